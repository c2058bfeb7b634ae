// Retention, review and face-recognition filing dates of an assessment (Analysis.dates). Only
// dates: whether filing is due, overdue or approaching is a legal judgement the analysis reads from
// the filing findings (FR-020, FR-022; analysis/analyze.ts filingStatus).
import type { Dates, DateInfo } from "../vocab/types.js";
import type { Activity, Assessment } from "../model/assessment.js";
import { addMonths, addYears, compareDates } from "./iso-date-math.js";
import { addWorkingDays, calendarCoversUntil } from "./working-days.js";

import { FILING_THRESHOLD, FILING_WARNING_FROM, storedFaces as storedFacesOf } from "../facts/filing.js";

/** The dates of an assessment, before the analysis adds the filing status it reads from the findings. */
export type Schedule = Omit<Dates, "filing"> & { readonly filing: Omit<Dates["filing"], "status" | "required"> };

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

export function computeDates(a: Assessment, faceMeasuresApply: (act: Activity) => boolean): Schedule {
  const date = a.assessment.date;
  const faceActs = a.activities.filter((act) => faceMeasuresApply(act));

  // The filing count is per processor: stored counts add up over its face-recognition activities.
  // People enrolled in two activities are counted twice, which errs towards filing (conservative).
  const storedFaces = storedFacesOf(a, faceMeasuresApply);
  const thresholdReachedOn = earliest(faceActs.flatMap((act) => (act.faces.thresholdReachedOn === null ? [] : [act.faces.thresholdReachedOn])));
  // The 30-working-day period runs from the day 100,000 stored faces are reached (FRM Art 15).
  let deadline: DateInfo | null = null;
  if (storedFaces >= FILING_THRESHOLD) {
    // Without a stated threshold date, the assessment date is the latest date it can have been reached.
    const base = thresholdReachedOn ?? date;
    deadline =
      compareDates(base, FILING_REGIME_START) < 0
        ? { date: PRE_EXISTING_DEADLINE, estimated: false }
        : addWorkingDays(base, FILING_WORKING_DAYS);
  }
  const changeDeadline = a.filing.substantiveChangeOn ? addWorkingDays(a.filing.substantiveChangeOn, FILING_WORKING_DAYS) : null;
  const cancellationDeadline = a.filing.terminatedOn ? addWorkingDays(a.filing.terminatedOn, FILING_WORKING_DAYS) : null;

  return {
    assessmentDate: date,
    reportRetainUntil: retainUntil(date, a.assessment.reportRetentionYears),
    recordsRetainUntil: retainUntil(date, a.assessment.recordsRetentionYears),
    // GB/T 39335 §5.1 lists the annual review among the whole-scope triggers: review one year on.
    // Kept at one year even when growth will cross the filing threshold sooner; that case is
    // reported through the "approaching" filing status instead of an earlier review date.
    nextReview: addYears(date, 1),
    filing: {
      storedFaces,
      thresholdReachedOn,
      deadline,
      changeDeadline,
      cancellationDeadline,
      calendarCoversUntil: calendarCoversUntil(),
    },
  };
}
