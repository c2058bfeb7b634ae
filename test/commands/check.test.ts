// `pipia check` on the samples, through main(argv) in-process: exit codes, the JSON analysis, and the
// legal facts the issue asks to see (citations, conclusion, a filing deadline across a holiday).
import { describe, expect, it } from "vitest";
import { runMain } from "../helpers/run-main.js";
import type { Analysis } from "../../src/analysis/types.js";

async function checkJson(sample: string): Promise<{ code: number | null; an: Analysis }> {
  const r = await runMain(["check", `samples/${sample}.yaml`, "--format", "json"]);
  return { code: r.code, an: JSON.parse(r.stdout) as Analysis };
}

const citesOf = (an: Analysis, ruleId: string): string[] =>
  an.findings.filter((f) => f.ruleId === ruleId).flatMap((f) => f.citations.map((c) => `${c.law} ${c.article}`));

describe("pipia check", () => {
  it("residential gate (face-only, bundled consent, children): exit 3, citing FRM Art 10, SPC Art 4 and PIPL Art 31", async () => {
    const { code, an } = await checkJson("residential-gate");
    expect(code).toBe(3);
    const ids = an.findings.map((f) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(["FR-007", "FR-010", "FR-013"]));
    expect(citesOf(an, "FR-007")).toContain("FRM 10");
    expect(citesOf(an, "FR-007")).toContain("SH-DATA 23"); // Shanghai estate: sole-method ban
    expect(citesOf(an, "FR-010")).toContain("SPC-FACE 4");
    expect(citesOf(an, "FR-013")).toContain("PIPL 31");
    const fr010 = an.findings.find((f) => f.ruleId === "FR-010");
    expect(fr010?.severity).toBe("prohibited");
    expect(fr010?.citations.find((c) => c.law === "SPC-FACE")?.label["zh-CN"]).toBe(
      "《最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定》第四条第（二）项",
    );
    expect(an.conclusion.outcome).not.toBe("may-proceed");
  });

  it("office attendance done right: no prohibited finding, concludes may-proceed, exit 0", async () => {
    const { code, an } = await checkJson("office-attendance");
    expect(code).toBe(0);
    expect(an.findings.filter((f) => f.severity === "prohibited" && !f.satisfied)).toEqual([]);
    expect(an.counts.prohibited).toBe(0);
    expect(an.counts.required).toBe(0);
    expect(an.conclusion.outcome).toBe("may-proceed");
    expect(an.triggers.find((t) => t.item === 1)?.applies).toBe(true);
  });

  it("mall: 100,000 reached on 2026-09-20 → filing due 2026-11-06 across Mid-Autumn and National Day", async () => {
    const { an } = await checkJson("mall-camera");
    expect(an.dates.filing.storedFaces).toBe(120_000);
    expect(an.dates.filing.deadline).toEqual({ date: "2026-11-06", estimated: false });
    expect(an.dates.filing.status).toBe("overdue"); // assessed on 2026-11-20
    const fr020 = an.findings.find((f) => f.ruleId === "FR-020");
    expect(fr020?.due).toEqual({ date: "2026-11-06", estimated: false });
    expect(an.actions.find((x) => x.ruleId === "FR-020")?.due.date).toBe("2026-11-06");
  });

  it("hotel: a camera inside a changing room stops that activity only; R&D-only face use is outside the Measures", async () => {
    const { code, an } = await checkJson("hotel-checkin");
    expect(code).toBe(3);
    expect(an.conclusion.outcome).toBe("must-stop");
    const fr026 = an.findings.find((f) => f.ruleId === "FR-026");
    expect(fr026?.activity).toBe("gym-cameras");
    // a plain camera: the face Measures (Art 13) are not cited, only the video-system regulation
    expect(fr026?.citations.map((c) => `${c.law} ${c.article}`)).toEqual(["PSVS 8", "PSVS 27"]);
    expect(an.applicability.find((x) => x.activity === "algorithm-training")?.faceMeasuresApply).toBe(false);
    expect(an.findings.find((f) => f.ruleId === "FR-003")?.satisfied).toBe(false);
    // Check-in continues; its GB/T 39335 risk is high (face templates of elderly guests: impact 严重 ×
    // likelihood 中), so FR-039 asks for rectification by a deadline.
    expect(Object.fromEntries(an.conclusion.activities.map((x) => [x.activity, x.outcome]))).toEqual({
      checkin: "proceed-with-rectification",
      "gym-cameras": "must-stop",
      "algorithm-training": "must-stop",
    });
    // optional check-in verification rests on separate consent with a staffed alternative: FR-023 is only the residual risk
    expect(an.findings.filter((f) => f.activity === "checkin" && f.ruleId === "FR-023").map((f) => f.severity)).toEqual(["risk"]);
  });

  it("text output leads with the conclusion per activity, then groups findings by consequence; English on request", async () => {
    const zh = await runMain(["check", "samples/residential-gate.yaml"]);
    expect(zh.stdout.split("\n")[0]).toBe("结论: 应当立即停止处理");
    expect(zh.stdout).toContain("  应当立即停止处理 — 小区人脸识别门禁通行 (gate)");
    expect(zh.stdout).toMatch(/^立即停止 \(\d+\)$/m);
    const en = await runMain(["check", "samples/residential-gate.yaml", "--lang", "en"]);
    expect(en.stdout.split("\n")[0]).toBe("Conclusion: Processing must stop now");
    expect(en.stdout).toMatch(/^Stop now \(\d+\)$/m);
    expect(en.stdout).toContain("FR-007 [Prohibited] Face recognition is the only verification method");
    expect(en.stdout).not.toContain("\x1b["); // not a TTY: no colour
  });

  it("bad --format is an input error (exit 2) naming the allowed values", async () => {
    const r = await runMain(["check", "samples/office-attendance.yaml", "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("expected one of text, json");
  });

  it("pipia rules --format json lists every rule in a versioned object, each with resolving citations", async () => {
    const r = await runMain(["rules", "--format", "json"]);
    const listing = JSON.parse(r.stdout) as { schemaVersion: number; tool: { name: string }; rules: { id: string; citations: { label: { en: string } }[] }[] };
    expect(listing.schemaVersion).toBe(1);
    expect(listing.tool.name).toBe("pipia");
    const list = listing.rules;
    expect(list).toHaveLength(50);
    for (const x of list) expect(x.citations.length, x.id).toBeGreaterThan(0);
    expect(list.find((x) => x.id === "FR-007")?.citations[0]?.label.en).toBe("Face Recognition Measures Art 10");
  });
});

describe("golden analyses", () => {
  for (const s of ["office-attendance", "residential-gate", "mall-camera", "hotel-checkin"])
    it(`${s}: the analysis JSON matches test/golden/${s}.analysis.json`, async () => {
      const r = await runMain(["check", `samples/${s}.yaml`, "--format", "json"]);
      const an = JSON.parse(r.stdout) as Analysis & { tool: { version: string } };
      const stable = { ...an, tool: { name: an.tool.name, version: "(any)" } };
      await expect(JSON.stringify(stable, null, 2) + "\n").toMatchFileSnapshot(`../golden/${s}.analysis.json`);
    });
});
