import { describe, expect, it } from "vitest";
import { addDays } from "../../src/dates/iso-date-math.js";
import { addWorkingDays, calendarCoversFrom, calendarCoversUntil, isWorkingDay } from "../../src/dates/working-days.js";

describe("calendar coverage", () => {
  it("chinese-days 1.5.7 knows 2004 through 2026", () => {
    expect(calendarCoversFrom()).toBe("2004-01-01");
    expect(calendarCoversUntil()).toBe("2026-12-31");
  });
});

describe("isWorkingDay", () => {
  it("follows the 2026 State Council notice (National Day + Mid-Autumn, make-up days)", () => {
    expect(isWorkingDay("2026-09-20")).toEqual({ working: true, estimated: false }); // Sunday, 补班
    expect(isWorkingDay("2026-10-10")).toEqual({ working: true, estimated: false }); // Saturday, 补班
    expect(isWorkingDay("2026-10-01")).toEqual({ working: false, estimated: false });
    expect(isWorkingDay("2026-10-07")).toEqual({ working: false, estimated: false });
    expect(isWorkingDay("2026-10-08")).toEqual({ working: true, estimated: false });
    expect(isWorkingDay("2026-09-25")).toEqual({ working: false, estimated: false }); // Friday, Mid-Autumn
    expect(isWorkingDay("2026-09-24")).toEqual({ working: true, estimated: false });
  });

  it("falls back to Mon–Fri, estimated, outside the data", () => {
    expect(isWorkingDay("2027-10-01")).toEqual({ working: true, estimated: true }); // a Friday; the real holiday is unknown
    expect(isWorkingDay("2027-10-02")).toEqual({ working: false, estimated: true });
    expect(isWorkingDay("2003-03-03")).toEqual({ working: true, estimated: true });
  });

  it("agrees with chinese-days isWorkday (run in Asia/Shanghai) for every day of 2025-2026", async () => {
    // chinese-days builds its tables with local-time getters, so compare in the timezone it is
    // written for; a fresh import after setting TZ makes it build them there.
    const saved = process.env["TZ"];
    process.env["TZ"] = "Asia/Shanghai";
    try {
      expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-480);
      const { default: chineseDays } = await import("chinese-days");
      let d = "2025-01-01";
      const mismatches: string[] = [];
      while (d <= "2026-12-31") {
        if (isWorkingDay(d).working !== chineseDays.isWorkday(d)) mismatches.push(d);
        d = addDays(d, 1);
      }
      expect(mismatches).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env["TZ"];
      else process.env["TZ"] = saved;
    }
  });

  it("does not depend on the machine's timezone", () => {
    const saved = process.env["TZ"];
    try {
      for (const tz of ["America/Los_Angeles", "Pacific/Kiritimati", "UTC"]) {
        process.env["TZ"] = tz;
        expect(isWorkingDay("2026-09-30")).toEqual({ working: true, estimated: false });
        expect(addWorkingDays("2026-09-20", 30).date).toBe("2026-11-06");
      }
    } finally {
      if (saved === undefined) delete process.env["TZ"];
      else process.env["TZ"] = saved;
    }
  });
});

describe("addWorkingDays", () => {
  it("counts 30 working days after 2026-09-20 across Mid-Autumn and National Day 2026", () => {
    // Start day not counted (Civil Code Art 201). Hand count against the 2026 State Council notice
    // (gov.cn content_7047090: 中秋 9-25 Fri..9-27 off; 国庆 10-01..10-07 off; 9-20 Sun and
    // 10-10 Sat are make-up workdays):
    //  9-21..9-24 Mon-Thu → 1-4; 9-25..9-27 Mid-Autumn; 9-28..9-30 → 5-7; 10-01..10-07 holiday;
    //  10-08 Thu 8, 10-09 Fri 9, 10-10 Sat make-up 10; 10-12..10-16 → 11-15;
    //  10-19..10-23 → 16-20; 10-26..10-30 → 21-25; 11-02..11-05 → 26-29; 11-06 Fri 30.
    expect(addWorkingDays("2026-09-20", 30)).toEqual({ date: "2026-11-06", estimated: false });
  });

  it("counts the make-up Saturday 2026-10-10 as a working day", () => {
    // 9-30 (Wed) + 1 → 10-08 (first day after the holiday); + 3 → 10-10 (Saturday make-up day).
    expect(addWorkingDays("2026-09-30", 1)).toEqual({ date: "2026-10-08", estimated: false });
    expect(addWorkingDays("2026-09-30", 3)).toEqual({ date: "2026-10-10", estimated: false });
  });

  it("uses Mon–Fri and flags the result outside the data (2027)", () => {
    // 2027-09-15 is a Wednesday. 9-16 1, 9-17 2; five full weeks 9-20..10-22 → 27;
    // 10-25 28, 10-26 29, 10-27 Wed 30. (National Day 2027 is not in the data, hence estimated.)
    expect(addWorkingDays("2027-09-15", 30)).toEqual({ date: "2027-10-27", estimated: true });
  });

  it("flags counting that crosses from 2026 into 2027", () => {
    // 2026-12-10 Thu: 12-11 1; 12-14..12-18 → 6; 12-21..12-25 → 11; 12-28..12-31 → 15;
    // 2027-01-01 Fri 16 (estimated: New Year 2027 unknown); 1-04..1-08 → 21; 1-11..1-15 → 26;
    // 1-18 27, 1-19 28, 1-20 29, 1-21 Thu 30.
    expect(addWorkingDays("2026-12-10", 30)).toEqual({ date: "2027-01-21", estimated: true });
    // Entirely inside 2026: 12-01 Tue + 10 → 12-02..12-04 (3), 12-07..12-11 (8), 12-14 9, 12-15 10.
    expect(addWorkingDays("2026-12-01", 10)).toEqual({ date: "2026-12-15", estimated: false });
  });

  it("returns the start date for 0 days and rejects negative counts", () => {
    expect(addWorkingDays("2026-10-01", 0)).toEqual({ date: "2026-10-01", estimated: false });
    expect(() => addWorkingDays("2026-10-01", -1)).toThrow(RangeError);
  });
});
