// Strict calendar dates, parsed by zod: "2025-02-30" and "20/9/2026" are rejected instead of rolling
// over. z.iso.date() checks the month's length and leap years, and its JSON Schema carries
// `format: date` plus the same pattern, so editors and ajv reject what `pipia validate` rejects.
import { z } from "zod";
import { say } from "./message-lang.js";

export const isoDate = z.iso.date({
  error: say((input) =>
    typeof input === "string"
      ? {
          "zh-CN": `应为 YYYY-MM-DD 格式的真实日期，如 2026-03-15；实为 ${JSON.stringify(input).slice(0, 40)}`,
          en: `expected a real date written YYYY-MM-DD, got ${JSON.stringify(input).slice(0, 40)}`,
        }
      : { "zh-CN": "应为 YYYY-MM-DD 格式的日期", en: "expected a date written YYYY-MM-DD" },
  ),
});

export function isStrictIsoDate(value: string): boolean {
  return isoDate.safeParse(value).success;
}
