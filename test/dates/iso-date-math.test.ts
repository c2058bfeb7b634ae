import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears, compareDates, formatDate, weekday } from "../../src/dates/iso-date-math.js";

describe("iso date arithmetic", () => {
  it("adds years, clamping 29 February to the 28th", () => {
    expect(addYears("2024-02-29", 3)).toBe("2027-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(addYears("2026-11-16", 1)).toBe("2027-11-16");
  });

  it("adds months with month-end clamping and across years", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-11-16", 42)).toBe("2030-05-16");
    expect(addMonths("2026-03-15", -3)).toBe("2025-12-15");
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("compares dates", () => {
    expect(compareDates("2025-05-31", "2025-06-01")).toBe(-1);
    expect(compareDates("2025-06-01", "2025-06-01")).toBe(0);
    expect(compareDates("2026-01-01", "2025-12-31")).toBe(1);
  });

  it("knows the weekday", () => {
    expect(weekday("2026-09-20")).toBe(0); // Sunday (a make-up workday in 2026)
    expect(weekday("2026-10-01")).toBe(4); // Thursday
  });

  it("formats in Chinese and English", () => {
    expect(formatDate("2026-09-20", "zh-CN")).toBe("2026年9月20日");
    expect(formatDate("2026-09-20", "en")).toBe("20 September 2026");
    expect(formatDate("2025-07-04", "en")).toBe("4 July 2025");
  });

  it("rejects impossible dates instead of rolling over", () => {
    expect(() => addDays("2025-02-30", 1)).toThrow(/real date/);
    expect(() => addYears("2025-01-01", 1.5)).toThrow(/whole number/);
  });
});
