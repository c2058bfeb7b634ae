// Pure calendar arithmetic on 'YYYY-MM-DD' strings. Everything runs on UTC day numbers, so the
// machine's timezone and clock never change a result (a deadline must be reproducible).
import { isStrictIsoDate } from "../model/iso-date.js";

const MS_PER_DAY = 86_400_000;

type Ymd = { readonly y: number; readonly m: number; readonly d: number };

function parse(date: string): Ymd {
  if (!isStrictIsoDate(date)) throw new RangeError(`expected a real date written YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function fromUtc(ms: number): string {
  const t = new Date(ms);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

function toUtc(date: string): number {
  const { y, m, d } = parse(date);
  return Date.UTC(y, m - 1, d);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function requireInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(toUtc(date)).getUTCDay();
}

export function addDays(date: string, n: number): string {
  requireInteger(n, "days");
  return fromUtc(toUtc(date) + n * MS_PER_DAY);
}

/** Calendar months; a day that does not exist in the target month becomes its last day (01-31 + 1 month → 02-28/29). */
export function addMonths(date: string, n: number): string {
  requireInteger(n, "months");
  const { y, m, d } = parse(date);
  const index = y * 12 + (m - 1) + n;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return `${pad(ty, 4)}-${pad(tm, 2)}-${pad(Math.min(d, daysInMonth(ty, tm)), 2)}`;
}

/** Whole calendar years; 2024-02-29 + 3 → 2027-02-28 (same rule as dayjs and Civil Code Art 202's month-end rule). */
export function addYears(date: string, n: number): string {
  requireInteger(n, "years");
  return addMonths(date, n * 12);
}

/** Negative if a is earlier, 0 if equal, positive if later. */
export function compareDates(a: string, b: string): number {
  return Math.sign(toUtc(a) - toUtc(b));
}

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "2026年9月20日" or "20 September 2026". */
export function formatDate(date: string, lang: "zh-CN" | "en"): string {
  const { y, m, d } = parse(date);
  if (lang === "zh-CN") return `${y}年${m}月${d}日`;
  return `${d} ${EN_MONTHS[m - 1] ?? ""} ${y}`;
}
