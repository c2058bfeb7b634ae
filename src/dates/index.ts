// Dates on the PRC calendar: pure arithmetic on 'YYYY-MM-DD' strings, no clock, no timezone.
export { addDays, addMonths, addYears, compareDates, formatDate, weekday } from "./iso-date-math.js";
export { addWorkingDays, calendarCoversFrom, calendarCoversUntil, isWorkingDay } from "./working-days.js";
export {
  computeDates,
  retainUntil,
  FILING_REGIME_START,
  FILING_THRESHOLD,
  FILING_WARNING_FROM,
  FILING_WORKING_DAYS,
  MIN_RETENTION_YEARS,
  PRE_EXISTING_DEADLINE,
} from "./compute-dates.js";
