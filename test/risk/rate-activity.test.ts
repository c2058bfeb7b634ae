import { analyze } from "../../src/analysis/analyze.js";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadAssessment } from "../../src/io/load-answers.js";
import type { Activity, Assessment } from "../../src/model/assessment.js";
import { rateActivity } from "../../src/risk/rate-activity.js";
import { SAMPLE_DIR } from "../helpers/fixtures.js";

let office: Assessment;
beforeAll(async () => {
  office = await loadAssessment(join(SAMPLE_DIR, "office-attendance.yaml"));
});

/** A copy of the office sample with its one activity (and anything else) changed. */
function variant(change: (a: Assessment, act: Activity) => void): { a: Assessment; act: Activity } {
  const a = structuredClone(office);
  const act = a.activities[0];
  if (!act) throw new Error("sample has no activity");
  change(a, act);
  return { a, act };
}

function rate(v: { a: Assessment; act: Activity }, faceMeasuresApply = true) {
  // The rating reads the statutory findings; take them from the full analysis of the same facts.
  return rateActivity(v.a, v.act, faceMeasuresApply, analyze(v.a).findings);
}

const levels = (r: ReturnType<typeof rate>) => Object.fromEntries(r.impacts.map((i) => [i.category, i.level]));
const factorLevels = (r: ReturnType<typeof rate>) => Object.fromEntries(r.likelihood.factors.map((f) => [f.factor, f.level]));
const en = (xs: readonly { en: string }[]) => xs.map((x) => x.en).join(" | ");

describe("office sample (done right)", () => {
  it("rates impact high, likelihood low, risk medium, high-risk for biometrics (h)", () => {
    const r = rate(variant(() => undefined));
    expect(r.activity).toBe("attendance");
    // Face → reputation 高 (impersonation, tracking), autonomy 中; employees under attendance →
    // discrimination 中; no payment → property 低.
    expect(levels(r)).toEqual({ autonomy: "medium", discrimination: "medium", reputation: "high", property: "low" });
    expect(r.impacts.map((i) => i.category)).toEqual(["autonomy", "discrimination", "reputation", "property"]);
    expect(r.impact).toBe("high");
    expect(factorLevels(r)).toEqual({ "network-technical": "low", "processing-flow": "low", "personnel-third-parties": "low", "scale-posture": "low" });
    expect(r.likelihood.factors.map((f) => f.factor)).toEqual(["network-technical", "processing-flow", "personnel-third-parties", "scale-posture"]);
    expect(r.likelihood).toMatchObject({ level: "low", suggested: "low", overridden: false });
    expect(r.perCategory.map((c) => [c.category, c.impact, c.likelihood, c.risk])).toEqual([
      ["autonomy", "medium", "low", "low"],
      ["discrimination", "medium", "low", "low"],
      ["reputation", "high", "low", "medium"],
      ["property", "low", "low", "low"],
    ]);
    expect(r.level).toBe("medium");
    expect(r.highRisk).toBe(true);
    expect(en(r.reasons)).toContain("Impact High × likelihood Low → risk Medium");
    expect(en(r.reasons)).toContain("high-risk activity (h)");
    expect(r.impacts[2]?.reasons[0]?.["zh-CN"]).toContain("生物识别信息");
    expect(r.impacts[1]?.reasons[0]?.en).toContain("attendance records");
    expect(r.likelihood.factors[3]?.reasons[0]?.en).toBe("380 people, no recorded security incident");
  });
});

describe("impact modifiers (GB/T 39335 D.1)", () => {
  it("raises every category one level for children under 14 (guardian consent in place)", () => {
    const r = rate(
      variant((_a, act) => {
        act.subjects.minorsUnder14 = true;
        act.consent.guardianConsent = true;
        act.consent.childRules = true;
      }),
    );
    expect(levels(r)).toEqual({ autonomy: "high", discrimination: "high", reputation: "severe", property: "medium" });
    expect(r.impact).toBe("severe");
    expect(r.likelihood.level).toBe("low");
    expect(r.level).toBe("medium"); // 严重 × 低
    expect(en(r.impacts[3]?.reasons ?? [])).toContain("Raised one level: vulnerable group (children under 14)");
    expect(en(r.reasons)).toContain("high-risk activity (g): vulnerable groups (children under 14)");
  });

  it("counts missing guardian consent as a processing-flow gap", () => {
    const r = rate(variant((_a, act) => void (act.subjects.minorsUnder14 = true)));
    expect(r.likelihood.factors[1]).toMatchObject({ factor: "processing-flow", level: "medium" });
    expect(r.level).toBe("high"); // 严重 × 中
  });

  it("raises for sensitive PI at 500,000 people and flags large scale (e), with no caveat in the reason", () => {
    const r = rate(variant((_a, act) => void (act.subjects.peopleCount = 500_000)));
    expect(levels(r)).toEqual({ autonomy: "high", discrimination: "high", reputation: "severe", property: "medium" });
    expect(en(r.impacts[0]?.reasons ?? [])).toContain("sensitive PI of 500,000 people");
    expect(en(r.reasons)).toContain("(e): large scale: 500,000 people");
    // The draft-value caveat is stated once, in the report's note on citations, not in each reason.
    expect(en(r.reasons)).not.toContain("UNCONFIRMED");
    expect(r.reasons.map((x) => x["zh-CN"]).join("")).not.toContain("未经核实");
  });

  it("lowers one level for de-identification where no face information is processed, floored at low", () => {
    const r = rate(
      variant((a, act) => {
        a.security.deidentification = true;
        act.usesFaceRecognition = false;
        act.personalInfo = [{ category: "name", sensitive: false }];
      }),
      false,
    );
    expect(levels(r)).toEqual({ autonomy: "low", discrimination: "low", reputation: "low", property: "low" });
    expect(en(r.impacts[3]?.reasons ?? [])).toContain("Capped at Low");
  });

  it("does not lower when raw images are kept", () => {
    const r = rate(
      variant((a, act) => {
        a.security.deidentification = true;
        act.storage.rawImagesKept = true;
      }),
    );
    expect(levels(r)["autonomy"]).toBe("medium");
  });

  it("caps at severe", () => {
    const r = rate(
      variant((_a, act) => {
        act.location.publicPlace = true;
        act.matchingMode = "one-to-many"; // autonomy 高
        act.subjects.peopleCount = 600_000; // +1
        act.subjects.elderly = true; // +1
      }),
    );
    expect(levels(r)["autonomy"]).toBe("severe");
    expect(en(r.impacts[0]?.reasons ?? [])).toContain("Capped at Severe");
  });
});

describe("impact signals", () => {
  it("payment → property high; publication → reputation high; health → discrimination high", () => {
    expect(levels(rate(variant((_a, act) => void act.purposes.push("payment"))))["property"]).toBe("high");
    expect(levels(rate(variant((_a, act) => void (act.publication.published = true))))["reputation"]).toBe("high");
    expect(levels(rate(variant((_a, act) => void act.personalInfo.push({ category: "health", sensitive: true }))))["discrimination"]).toBe("high");
  });

  it("attribute analysis → discrimination high and high-risk item (a)", () => {
    const r = rate(variant((_a, act) => void (act.matchingMode = "attribute-analysis")));
    expect(levels(r)["discrimination"]).toBe("high");
    expect(en(r.reasons)).toContain("(a): evaluating or profiling");
  });

  it("public-place one-to-many → autonomy high and high-risk item (c); a public place sets no likelihood floor", () => {
    const r = rate(
      variant((_a, act) => {
        act.location.publicPlace = true;
        act.matchingMode = "one-to-many";
      }),
    );
    expect(levels(r)["autonomy"]).toBe("high");
    expect(r.likelihood.factors[3]).toMatchObject({ level: "low", reasons: [{ en: "380 people, no recorded security incident" }] });
    expect(en(r.likelihood.reasons)).not.toContain("Scale");
    expect(en(r.reasons)).toContain("(c): systematic monitoring of a public place");
  });
});

describe("likelihood", () => {
  it("scale floor: more than 10 million people → at least high even with every control in place", () => {
    const r = rate(variant((_a, act) => void (act.subjects.peopleCount = 12_000_000)));
    expect(factorLevels(r)).toEqual({ "network-technical": "low", "processing-flow": "low", "personnel-third-parties": "low", "scale-posture": "high" });
    expect(r.likelihood.level).toBe("high");
    expect(en(r.likelihood.factors[3]?.reasons ?? [])).toContain("12,000,000 people, more than 10,000,000");
    // impact: face reputation 高 +1 (sensitive at scale) → 严重; 严重 × 高 → 严重
    expect(r.impact).toBe("severe");
    expect(r.level).toBe("severe");
  });

  it("scale floor: more than 1 million → at least medium", () => {
    expect(rate(variant((_a, act) => void (act.faces.storedCount = 1_500_000))).likelihood.level).toBe("medium");
  });

  it("counts missing controls: 3 → high, 5 → very-high", () => {
    const three = rate(
      variant((a) => {
        a.security.encryptionAtRest = false;
        a.security.auditLogs = false;
        a.security.backup = false;
      }),
    );
    expect(three.likelihood.factors[0]).toMatchObject({ factor: "network-technical", level: "high" });
    expect(en(three.likelihood.factors[0]?.reasons ?? [])).toBe("PI is not encrypted at rest | No security audit logs | No backup and recovery");
    expect(three.likelihood.level).toBe("high");
    expect(three.level).toBe("high"); // 高 × 高

    const five = rate(
      variant((a) => {
        a.security.encryptionAtRest = false;
        a.security.auditLogs = false;
        a.security.backup = false;
        a.security.livenessDetection = false;
        a.security.intrusionDetection = false;
      }),
    );
    expect(five.likelihood.factors[0]?.level).toBe("very-high");
    expect(five.level).toBe("severe"); // 高 × 很高
  });

  it("personnel: no PI officer and a recipient without contract", () => {
    const r = rate(
      variant((a, act) => {
        a.processor.piOfficer = null;
        const rec = act.recipients[0];
        if (rec) rec.contract = false;
      }),
    );
    expect(r.likelihood.factors[2]?.level).toBe("medium");
    // The recipient gap is FR-031's open finding, read by the rating (not re-derived).
    expect(en(r.likelihood.factors[2]?.reasons ?? [])).toBe(
      "No PI protection officer appointed | FR-031: Personal information is provided to another processor or entrusted without separate consent, a contract or supervision",
    );
  });

  it("any recorded incident → at least high", () => {
    const r = rate(variant((a) => void a.incidents.push({ date: "2026-07-08", description: "终端被盗", major: false, notified: true })));
    expect(r.likelihood.factors[3]?.level).toBe("high");
    expect(r.likelihood.level).toBe("high");
  });
});

describe("overrides", () => {
  it("an impact override replaces the level and keeps the suggestion", () => {
    const r = rate(
      variant((a) => {
        a.overrides = { impact: [{ activity: "attendance", category: "property", level: "high", reason: "终端同时用于食堂扣款" }] };
      }),
    );
    const property = r.impacts[3];
    expect(property).toMatchObject({ category: "property", level: "high", suggested: "low", overridden: true });
    expect(property?.reasons.at(-1)).toEqual({ "zh-CN": "评估人调整为高：终端同时用于食堂扣款", en: "Set to High by the assessor: 终端同时用于食堂扣款" });
    expect(r.impacts[0]).toMatchObject({ level: "medium", overridden: false });
    expect(r.impact).toBe("high");
    expect(r.level).toBe("medium"); // 高 × 低
  });

  it("ignores overrides for another activity", () => {
    const r = rate(variant((a) => void (a.overrides = { impact: [{ activity: "other", category: "property", level: "severe", reason: "x" }] })));
    expect(r.impacts[3]).toMatchObject({ level: "low", overridden: false });
  });

  it("a likelihood override replaces the level and keeps the suggestion", () => {
    const r = rate(variant((a) => void (a.overrides = { likelihood: [{ activity: "attendance", level: "very-high", reason: "同类终端已发生攻击" }] })));
    expect(r.likelihood).toMatchObject({ level: "very-high", suggested: "low", overridden: true });
    expect(r.likelihood.reasons.at(-1)?.en).toBe("Set to Very high by the assessor: 同类终端已发生攻击");
    expect(r.level).toBe("severe"); // 高 × 很高
  });
});

describe("high-risk list", () => {
  it("is not high-risk without faces, scale, vulnerable groups or automated decisions", () => {
    const r = rate(
      variant((_a, act) => {
        act.usesFaceRecognition = false;
        act.personalInfo = [{ category: "name", sensitive: false }];
      }),
      false,
    );
    expect(r.highRisk).toBe(false);
    expect(en(r.reasons)).toContain("Not a high-risk activity");
    expect(levels(r)).toEqual({ autonomy: "low", discrimination: "medium", reputation: "low", property: "low" });
  });

  it("face recognition without face PI listed counts as (h) only where the face measure applies", () => {
    const noFacePi = (_a: Assessment, act: Activity) => void (act.personalInfo = [{ category: "name", sensitive: false }]);
    expect(rate(variant(noFacePi), true).highRisk).toBe(true);
    expect(rate(variant(noFacePi), false).highRisk).toBe(false);
  });

  it("significant automated decisions → (b)", () => {
    const r = rate(
      variant((_a, act) => {
        act.automatedDecision.used = true;
        act.automatedDecision.significantEffect = true;
      }),
    );
    expect(en(r.reasons)).toContain("(b): automated decisions with a significant effect");
    expect(levels(r)["autonomy"]).toBe("high");
  });
});
