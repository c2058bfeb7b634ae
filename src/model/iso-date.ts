// Strict calendar dates, parsed by zod: "2025-02-30" and "20/9/2026" are rejected instead of rolling
// over. z.iso.date() checks the month's length and leap years, and its JSON Schema carries
// `format: date` plus the same pattern, so editors and ajv reject what `pipia validate` rejects.
import { z } from "zod";

export const isoDate = z.iso.date({
  error: (iss) => (typeof iss.input === "string" ? `expected a real date written YYYY-MM-DD, got ${JSON.stringify(iss.input).slice(0, 40)}` : "expected a date written YYYY-MM-DD"),
});

export function isStrictIsoDate(value: string): boolean {
  return isoDate.safeParse(value).success;
}
