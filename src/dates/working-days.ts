// The PRC working-day calendar (holidays and 调休 make-up workdays) from the bundled chinese-days
// data. The package is frozen at its release: years it does not know fall back to Mon–Fri and are
// flagged `estimated`, because the State Council publishes each year's holidays only in November.
//
// We read the package's static `dist/chinese-days.json` and apply isWorkday's own formula
// (make-up workday, or Mon–Fri and not a holiday) instead of calling isWorkday: chinese-days 1.5.7
// builds its in-memory tables with local-time getters, so west of UTC every entry moves one day
// earlier (TZ=America/Los_Angeles: 2026-09-30 "is" National Day). The JSON keys are plain text.
import { createRequire } from "node:module";
import type { DateInfo } from "../vocab/types.js";
import { addDays, compareDates, weekday } from "./iso-date-math.js";

type CalendarData = { readonly holidays: Record<string, unknown>; readonly workdays: Record<string, unknown> };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function loadCalendarData(): CalendarData {
  const raw: unknown = createRequire(import.meta.url)("chinese-days/dist/chinese-days.json");
  if (!isRecord(raw) || !isRecord(raw["holidays"]) || !isRecord(raw["workdays"]))
    throw new Error("chinese-days/dist/chinese-days.json has no holidays/workdays tables; the package layout changed");
  return { holidays: raw["holidays"], workdays: raw["workdays"] };
}

let data: CalendarData | undefined;

function calendarData(): CalendarData {
  data ??= loadCalendarData();
  return data;
}

type Coverage = { readonly from: string; readonly until: string };
let coverage: Coverage | undefined;

function calendarCoverage(): Coverage {
  if (coverage) return coverage;
  const { holidays, workdays } = calendarData();
  // A year counts as known once any of its holidays or make-up days is listed: the State Council
  // notice always covers the whole year, so the data's last year is known to 12-31.
  const years = [...Object.keys(holidays), ...Object.keys(workdays)]
    .filter((k) => /^\d{4}-\d{2}-\d{2}$/.test(k))
    .map((k) => Number(k.slice(0, 4)));
  if (years.length === 0) throw new Error("chinese-days data lists no dates");
  coverage = { from: `${Math.min(...years)}-01-01`, until: `${Math.max(...years)}-12-31` };
  return coverage;
}

/** Last date the bundled official calendar knows (chinese-days 1.5.7: 2026-12-31). */
export function calendarCoversUntil(): string {
  return calendarCoverage().until;
}

/** First date the bundled official calendar knows (chinese-days 1.5.7: 2004-01-01). */
export function calendarCoversFrom(): string {
  return calendarCoverage().from;
}

function isCovered(date: string): boolean {
  const { from, until } = calendarCoverage();
  return compareDates(date, from) >= 0 && compareDates(date, until) <= 0;
}

/** Official working day (调休 make-up days count as working); Mon–Fri with `estimated` outside the data. */
export function isWorkingDay(date: string): { readonly working: boolean; readonly estimated: boolean } {
  if (!isCovered(date)) {
    const wd = weekday(date);
    return { working: wd >= 1 && wd <= 5, estimated: true };
  }
  const { holidays, workdays } = calendarData();
  const wd = weekday(date);
  return { working: Object.hasOwn(workdays, date) || (wd >= 1 && wd <= 5 && !Object.hasOwn(holidays, date)), estimated: false };
}

/**
 * The `days`-th working day after `date`. The start day itself is not counted (PRC Civil Code
 * Art 201: a period counted in days starts on the next day). `estimated` is true when any day
 * counted lies outside the bundled calendar (Mon–Fri assumed there).
 */
export function addWorkingDays(date: string, days: number): DateInfo {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${days}`);
  let current = date;
  let estimated = false;
  let counted = 0;
  while (counted < days) {
    current = addDays(current, 1);
    const day = isWorkingDay(current);
    if (day.estimated) estimated = true;
    if (day.working) counted += 1;
  }
  return { date: current, estimated };
}
