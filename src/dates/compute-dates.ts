// Retention, review and face-recognition filing dates of an assessment (Analysis.dates).
import type { Dates, DateInfo, FilingStatus } from "../vocab/types.js";
import type { Activity, Assessment } from "../model/assessment.js";
import { addMonths, addYears, compareDates } from "./iso-date-math.js";
import { addWorkingDays, calendarCoversUntil } from "./working-days.js";

import { FILING_THRESHOLD, FILING_WARNING_FROM, projectedFaces, storedFaces as storedFacesOf } from "../facts/filing.js";

export { FILING_THRESHOLD, FILING_WARNING_FROM };
/** Working days to file, change or cancel a filing (办法 Art 15). */
export const FILING_WORKING_DAYS = 30;
/** CAC announcement of 2025-05-28: holders already at the threshold before this date file by PRE_EXISTING_DEADLINE. */
export const FILING_REGIME_START = "2025-06-01";
export const PRE_EXISTING_DEADLINE = "2025-07-14";
/** PIPL Art 56 para 2: the report and the processing records are kept for at least 3 years. */
export const MIN_RETENTION_YEARS = 3;

/**
 * Assessment date + max(3, years). Whole years add calendar years; a fraction is rounded UP to
 * whole months (3.5 → 42 months), so the result never falls short of the stated period.
 */
export function retainUntil(date: string, years: number): string {
  const y = Math.max(MIN_RETENTION_YEARS, years);
  return Number.isInteger(y) ? addYears(date, y) : addMonths(date, Math.ceil(y * 12));
}

function earliest(dates: readonly string[]): string | null {
  return dates.reduce<string | null>((min, d) => (min === null || compareDates(d, min) < 0 ? d : min), null);
}

export function computeDates(a: Assessment, faceMeasuresApply: (act: Activity) => boolean): Dates {
  const date = a.assessment.date;
  const faceActs = a.activities.filter((act) => faceMeasuresApply(act));

  // The filing count is per processor: stored counts add up over its face-recognition activities.
  // People enrolled in two activities are counted twice, which errs towards filing (conservative).
  const storedFaces = storedFacesOf(a, faceMeasuresApply);
  const thresholdReachedOn = earliest(faceActs.flatMap((act) => (act.faces.thresholdReachedOn === null ? [] : [act.faces.thresholdReachedOn])));
  const required = storedFaces >= FILING_THRESHOLD;

  let deadline: DateInfo | null = null;
  if (required) {
    // Without a stated threshold date, the assessment date is the latest date it can have been reached.
    const base = thresholdReachedOn ?? date;
    deadline =
      compareDates(base, FILING_REGIME_START) < 0
        ? { date: PRE_EXISTING_DEADLINE, estimated: false }
        : addWorkingDays(base, FILING_WORKING_DAYS);
  }
  const changeDeadline = a.filing.substantiveChangeOn ? addWorkingDays(a.filing.substantiveChangeOn, FILING_WORKING_DAYS) : null;
  const cancellationDeadline = a.filing.terminatedOn ? addWorkingDays(a.filing.terminatedOn, FILING_WORKING_DAYS) : null;

  let status: FilingStatus;
  if (a.filing.filed) status = "filed";
  else if (deadline !== null) status = compareDates(deadline.date, date) < 0 ? "overdue" : "due";
  else if (storedFaces >= FILING_WARNING_FROM || projectedFaces(a, faceMeasuresApply) >= FILING_THRESHOLD) status = "approaching";
  else status = "not-required";

  return {
    assessmentDate: date,
    reportRetainUntil: retainUntil(date, a.assessment.reportRetentionYears),
    recordsRetainUntil: retainUntil(date, a.assessment.recordsRetentionYears),
    // GB/T 39335 §5.1 lists the annual review among the whole-scope triggers: review one year on.
    // Kept at one year even when growth will cross the filing threshold sooner; that case is
    // reported through the "approaching" filing status instead of an earlier review date.
    nextReview: addYears(date, 1),
    filing: {
      required,
      status,
      storedFaces,
      thresholdReachedOn,
      deadline,
      changeDeadline,
      cancellationDeadline,
      calendarCoversUntil: calendarCoversUntil(),
    },
  };
}
