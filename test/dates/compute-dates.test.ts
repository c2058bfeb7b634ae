import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { computeDates, retainUntil } from "../../src/dates/compute-dates.js";
import { loadAssessment } from "../../src/io/load-answers.js";
import { analyze } from "../../src/analysis/analyze.js";
import type { Activity, Assessment } from "../../src/model/assessment.js";
import { SAMPLE_DIR } from "../helpers/fixtures.js";

let office: Assessment;
beforeAll(async () => {
  office = await loadAssessment(join(SAMPLE_DIR, "office-attendance.yaml"));
});

const allFace = (): boolean => true;

function patched(base: Assessment, faces: Partial<Activity["faces"]>, meta: Partial<Assessment["assessment"]> = {}): Assessment {
  const a = structuredClone(base);
  const act = a.activities[0];
  if (!act) throw new Error("sample has no activity");
  act.faces = { ...act.faces, ...faces };
  a.assessment = { ...a.assessment, ...meta };
  return a;
}

describe("computeDates on the office sample", () => {
  it("keeps the report and records 5 years, reviews after 1 year, and has no filing deadline", () => {
    const d = computeDates(office, allFace);
    expect(d.assessmentDate).toBe("2026-11-16");
    expect(d.reportRetainUntil).toBe("2031-11-16");
    expect(d.recordsRetainUntil).toBe("2031-11-16");
    expect(d.nextReview).toBe("2027-11-16");
    // Only dates: whether filing is required is the analysis's judgement (FR-020/FR-022), not computeDates'.
    expect(d.filing).toEqual({
      storedFaces: 312,
      thresholdReachedOn: null,
      deadline: null,
      changeDeadline: null,
      cancellationDeadline: null,
      calendarCoversUntil: "2026-12-31",
    });
  });
});

describe("filing deadline (办法 Art 15)", () => {
  it("is 30 working days after the threshold date: 2026-09-20 → 2026-11-06 (overdue at the 2026-11-16 assessment)", () => {
    // Hand count in test/dates/working-days.test.ts (Mid-Autumn 9-25..27, National Day 10-01..07, make-up 10-10).
    const a = patched(office, { storedCount: 120_000, thresholdReachedOn: "2026-09-20" });
    const d = computeDates(a, allFace);
    expect(d.filing.storedFaces).toBe(120_000);
    expect(d.filing.thresholdReachedOn).toBe("2026-09-20");
    expect(d.filing.deadline).toEqual({ date: "2026-11-06", estimated: false });
    expect(d.filing).not.toHaveProperty("status");
    expect(d.filing).not.toHaveProperty("required");
    // The status comes from the analysis, which reads FR-020 and keeps computeDates' deadline.
    const an = analyze(a);
    expect(an.dates.filing).toMatchObject({ status: "overdue", required: true, deadline: { date: "2026-11-06", estimated: false } });
  });

  it("is due when the assessment comes before the deadline", () => {
    const a = patched(office, { storedCount: 120_000, thresholdReachedOn: "2026-09-20" }, { date: "2026-10-20" });
    const d = computeDates(a, allFace);
    expect(d.filing.deadline).toEqual({ date: "2026-11-06", estimated: false });
    expect(analyze(a).dates.filing.status).toBe("due");
  });

  it("counts from the assessment date when no threshold date is given", () => {
    // 2026-11-16 Mon: 11-17..11-20 → 4; 11-23..11-27 → 9; 11-30 10; 12-01..12-04 → 14;
    // 12-07..12-11 → 19; 12-14..12-18 → 24; 12-21..12-25 → 29; 12-28 Mon 30.
    const a = patched(office, { storedCount: 100_000 });
    const d = computeDates(a, allFace);
    expect(d.filing.deadline).toEqual({ date: "2026-12-28", estimated: false });
    expect(analyze(a).dates.filing.status).toBe("due");
  });

  it("is 2025-07-14 for holders at the threshold before 2025-06-01 (CAC announcement 2025-05-28)", () => {
    const a = patched(office, { storedCount: 150_000, thresholdReachedOn: "2025-03-01" });
    const d = computeDates(a, allFace);
    expect(d.filing.deadline).toEqual({ date: "2025-07-14", estimated: false });
    expect(analyze(a).dates.filing.status).toBe("overdue");
  });

  it("counts 30 working days for a threshold reached after 2025-06-01", () => {
    // 2025-06-03 Tue (Dragon Boat 5-31..6-02 is over): 6-04..6-06 → 3; 6-09..6-13 → 8;
    // 6-16..6-20 → 13; 6-23..6-27 → 18; 6-30 19; 7-01..7-04 → 23; 7-07..7-11 → 28; 7-14 29; 7-15 Tue 30.
    // (From 2025-06-01 itself the count also ends on 2025-07-14, so the boundary day cannot be told apart.)
    const d = computeDates(patched(office, { storedCount: 150_000, thresholdReachedOn: "2025-06-03" }), allFace);
    expect(d.filing.deadline).toEqual({ date: "2025-07-15", estimated: false });
  });

  it("sums stored counts over face-measure activities and takes the earliest threshold date", () => {
    const a = structuredClone(office);
    const first = a.activities[0];
    if (!first) throw new Error("sample has no activity");
    first.faces = { storedCount: 60_000, thresholdReachedOn: null, projected12Months: 60_000 };
    a.activities.push({ ...structuredClone(first), id: "second", faces: { storedCount: 50_000, thresholdReachedOn: "2026-10-12", projected12Months: 50_000 } });
    a.activities.push({ ...structuredClone(first), id: "rnd-only", faces: { storedCount: 900_000, thresholdReachedOn: "2026-01-05", projected12Months: 900_000 } });
    const d = computeDates(a, (act) => act.id !== "rnd-only");
    expect(d.filing.storedFaces).toBe(110_000);
    expect(d.filing.thresholdReachedOn).toBe("2026-10-12");
    // 2026-10-12 Mon: 10-13..10-16 → 4; 10-19..10-23 → 9; 10-26..10-30 → 14; 11-02..11-06 → 19;
    // 11-09..11-13 → 24; 11-16..11-20 → 29; 11-23 Mon 30.
    expect(d.filing.deadline).toEqual({ date: "2026-11-23", estimated: false });
  });

  it("no deadline below the threshold; the analysis warns from 90,000 stored or a 12-month projection of 100,000 (FR-022)", () => {
    expect(computeDates(patched(office, { storedCount: 99_999 }), allFace).filing.deadline).toBeNull();
    expect(analyze(patched(office, { storedCount: 90_000 })).dates.filing.status).toBe("approaching");
    expect(analyze(patched(office, { storedCount: 89_999 })).dates.filing.status).toBe("not-required");
    expect(analyze(patched(office, { projected12Months: 100_000 })).dates.filing.status).toBe("approaching");
  });

  it("reports filed, and change and cancellation deadlines", () => {
    const a = patched(office, { storedCount: 120_000, thresholdReachedOn: "2026-09-20" });
    a.filing = { filed: true, filedOn: "2026-10-30", substantiveChangeOn: "2026-09-20", terminatedOn: "2027-09-15" };
    const d = computeDates(a, allFace);
    expect(analyze(a).dates.filing).toMatchObject({ status: "filed", required: true });
    expect(d.filing.changeDeadline).toEqual({ date: "2026-11-06", estimated: false });
    // Mon–Fri outside the data; see working-days.test.ts.
    expect(d.filing.cancellationDeadline).toEqual({ date: "2027-10-27", estimated: true });
  });
});

describe("retainUntil (PIPL Art 56: at least 3 years)", () => {
  it("raises short periods to 3 years and rounds fractions up to whole months", () => {
    expect(retainUntil("2026-11-16", 2)).toBe("2029-11-16");
    expect(retainUntil("2026-11-16", 3.5)).toBe("2030-05-16");
    expect(retainUntil("2026-11-16", 3.01)).toBe("2029-12-16"); // 36.12 months → 37
    expect(retainUntil("2024-02-29", 3)).toBe("2027-02-28");
  });
});
