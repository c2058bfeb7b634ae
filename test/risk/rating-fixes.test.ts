// Issue #9, risk rating (GB/T 39335): each fix pinned on the samples' facts, through the real analysis.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../src/analysis/analyze.js";
import { loadAssessment } from "../../src/io/load-answers.js";
import type { Activity, Assessment } from "../../src/model/assessment.js";
import { IMPACT_SIGNALS } from "../../src/risk/impact.js";
import { DOCUMENTS } from "../../src/render/documents.js";
import { renderMarkdown } from "../../src/render/render-set.js";
import { SAMPLE_DIR } from "../helpers/fixtures.js";

let office: Assessment;
beforeAll(async () => {
  office = await loadAssessment(join(SAMPLE_DIR, "office-attendance.yaml"));
});

/** The office sample's one activity, changed, analysed in full (rules, rating, adequacy). */
function officeWith(change: (a: Assessment, act: Activity) => void) {
  const a = structuredClone(office);
  const act = a.activities[0];
  if (!act) throw new Error("sample has no activity");
  change(a, act);
  const an = analyze(a);
  const risk = an.risk[0];
  if (!risk) throw new Error("no rating");
  return { an, risk };
}

const en = (xs: readonly { en: string }[]) => xs.map((x) => x.en).join(" | ");
const cat = (r: ReturnType<typeof officeWith>["risk"], c: string) => {
  const i = r.impacts.find((x) => x.category === c);
  const p = r.perCategory.find((x) => x.category === c);
  if (!i || !p) throw new Error(`no category ${c}`);
  return { impact: i, cell: p };
};

describe("1. biometric data: base impact and its reason agree", () => {
  it("every signal whose reason names a Table D.1 level sets exactly that level", () => {
    const named = { Low: "low", Medium: "medium", High: "high", Severe: "severe" } as const;
    for (const s of IMPACT_SIGNALS) {
      const m = /Table D\.1 (Low|Medium|High|Severe)/.exec(s.reason.en);
      if (!m) continue;
      expect(Object.values(s.levels), s.id).toEqual(Object.values(s.levels).map(() => named[m[1] as keyof typeof named]));
    }
  });

  it("face information: irreversible impersonation and tracking is rated 高 and said to be 高; autonomy 中 with 中 reasons", () => {
    const { risk } = officeWith(() => undefined);
    const rep = cat(risk, "reputation").impact;
    expect(rep.level).toBe("high");
    expect(rep.reasons[0]?.en).toMatch(/^Base High: Face information is biometric: once leaked it cannot be changed/);
    expect(rep.reasons[0]?.["zh-CN"]).toMatch(/^基准高：处理人脸信息（生物识别信息），一旦泄露无法更改/);
    const aut = cat(risk, "autonomy").impact;
    expect(aut.level).toBe("medium");
    expect(en(aut.reasons)).not.toContain("cannot be changed");
    expect(en(aut.reasons)).toContain("Table D.1 Medium");
  });
});

describe("2. de-identification does not lower the impact of face templates", () => {
  it("templates only, de-identified: the levels stay, with the reason", () => {
    const before = officeWith(() => undefined).risk;
    const after = officeWith((a, act) => {
      a.security.deidentification = true;
      act.storage.rawImagesKept = false;
    }).risk;
    expect(after.impacts.map((i) => i.level)).toEqual(before.impacts.map((i) => i.level));
    expect(en(cat(after, "reputation").impact.reasons)).toContain("Not lowered: a face template itself identifies the person");
  });

  it("without face information, de-identification still lowers one level", () => {
    const { risk } = officeWith((a, act) => {
      a.security.deidentification = true;
      act.usesFaceRecognition = false;
      act.personalInfo = [{ category: "name", sensitive: false }];
    });
    expect(cat(risk, "discrimination").impact.level).toBe("low");
    expect(en(cat(risk, "discrimination").impact.reasons)).toContain("Lowered one level");
  });
});

describe("3. inherent harms are certain, not an incident likelihood", () => {
  it("a terminal inside a changing room: reputation and autonomy rated with certain likelihood, whatever the controls", () => {
    const { risk } = officeWith((_a, act) => void (act.location.privateSpace = "changing-room"));
    const rep = cat(risk, "reputation");
    expect(rep.impact.inherent).toBe(true);
    expect(rep.cell).toMatchObject({ impact: "severe", likelihood: "very-high", inherent: true, risk: "severe" });
    expect(cat(risk, "autonomy").cell).toMatchObject({ likelihood: "very-high", inherent: true });
    // The other categories keep the incident likelihood.
    expect(cat(risk, "property").cell).toMatchObject({ likelihood: risk.likelihood.level, inherent: false });
    expect(risk.level).toBe("severe");
    expect(en(rep.impact.reasons)).toContain("rated as certain");
  });

  it("published face images: reputation certain; an ordinary attendance terminal has no inherent harm", () => {
    const pub = officeWith((_a, act) => void (act.publication.published = true)).risk;
    expect(cat(pub, "reputation").cell).toMatchObject({ inherent: true, likelihood: "very-high" });
    const plain = officeWith(() => undefined).risk;
    expect(plain.perCategory.every((c) => !c.inherent && c.likelihood === plain.likelihood.level)).toBe(true);
  });
});

describe("4. pre-treatment and residual risk are separate", () => {
  it("missing Art 14 controls (FR-019 open) are closed by the action plan; backup, which no finding asks for, stays", () => {
    const { an, risk } = officeWith((a) => {
      a.security.encryptionAtRest = false;
      a.security.auditLogs = false;
      a.security.backup = false;
    });
    expect(an.findings.some((f) => f.ruleId === "FR-019" && !f.satisfied)).toBe(true);
    expect(risk.likelihood.level).toBe("high");
    expect(risk.level).toBe("high");
    expect(risk.residual.likelihood).toBe("medium"); // one gap left: backup
    expect(risk.residual.remaining.map((g) => g.en)).toEqual(["No backup and recovery"]);
    expect(risk.residual.level).toBe("medium"); // 高 × 中
    expect(en(risk.residual.reasons)).toContain("assumes the action plan is carried out in full");
    const adequacy = an.adequacy[0];
    expect(adequacy).toMatchObject({ currentRisk: "high", residualRisk: "medium", proportionate: false });
  });

  it("an activity that must stop has no residual rating", () => {
    const { an, risk } = officeWith((_a, act) => void (act.location.privateSpace = "changing-room"));
    expect(an.conclusion.activities[0]?.outcome).toBe("must-stop");
    expect(risk.residual.level).toBeNull();
    expect(an.adequacy[0]?.residualRisk).toBeNull();
    expect(en(risk.residual.reasons)).toContain("must stop");
  });

  it("the report has a current-risk and a residual-risk column, and 剩余风险 names the residual only", () => {
    const a = structuredClone(office);
    a.security.encryptionAtRest = false;
    a.security.auditLogs = false;
    a.security.backup = false;
    const md = renderMarkdown(analyze(a), DOCUMENTS[0] as (typeof DOCUMENTS)[number], "zh-CN", null, {});
    expect(md).toContain("| 影响类别 | 影响程度 | 发生可能性 | 现有风险 | 整改后可能性 | 剩余风险 |");
    expect(md).toContain("活动整体风险等级：现有风险 :risk[高]{level=high}");
    expect(md).toContain("剩余风险 :risk[中]{level=medium}");
    expect(md).toContain("现有风险：:risk[高]{level=high}；整改计划完成后的剩余风险：:risk[中]{level=medium}");
    expect(md).not.toMatch(/剩余风险等级：:risk\[高\]/);
  });
});

describe("5. enforcement priority is reported, not a likelihood floor", () => {
  it("a campaign-sector public place (FR-041) is reported as such and leaves the likelihood to the facts", () => {
    const { an, risk } = officeWith((a, act) => {
      act.location.publicPlace = true;
      act.scenario = "retail";
      a.security.encryptionAtRest = false;
    });
    expect(an.findings.some((f) => f.ruleId === "FR-041" && !f.satisfied)).toBe(true);
    expect(risk.enforcementPriority?.en).toContain("An enforcement priority of the 2025 personal information protection campaign (FR-041)");
    expect(risk.enforcementPriority?.en).toContain("not counted in the likelihood");
    const posture = risk.likelihood.factors.find((f) => f.factor === "scale-posture");
    expect(posture?.level).toBe("low");
    expect(en(posture?.reasons ?? [])).not.toMatch(/campaign|enforcement/i);
    // Without the campaign finding there is nothing to report.
    expect(officeWith(() => undefined).risk.enforcementPriority).toBeNull();
  });

  it("a small public-place deployment with every control is not floored at medium", () => {
    const { risk } = officeWith((_a, act) => {
      act.location.publicPlace = true;
      act.scenario = "retail";
    });
    expect(risk.likelihood.factors.find((f) => f.factor === "scale-posture")?.level).toBe("low");
  });
});

describe("6. wide geography is a scale signal (App. B (e))", () => {
  it("a national operation makes the activity large-scale; a local one does not", () => {
    const national = officeWith((a) => void (a.processor.geography = "national")).risk;
    expect(en(national.reasons)).toContain("(e): large scale: processing spread over several provinces (national operation)");
    const local = officeWith(() => undefined).risk;
    expect(en(local.reasons)).not.toContain("(e)");
  });
});

describe("7. the report's matrix table shows its inputs and its result", () => {
  it("each category row gives impact, likelihood and the D.5 result", () => {
    const md = renderMarkdown(analyze(office), DOCUMENTS[0] as (typeof DOCUMENTS)[number], "en", null, {});
    expect(md).toContain("| Category | Impact | Likelihood | Current risk | Likelihood after action plan | Residual risk |");
    // reputation: High × Low → Medium (D.5)
    expect(md).toMatch(/\| Damage to reputation and mental stress \| High \| Low \| :risk\[Medium\]\{level=medium\} \| Low \| :risk\[Medium\]\{level=medium\} \|/);
    expect(md).toContain("(impact High × likelihood Low)");
  });
});

describe("8. 14–18-year-olds count as minors for impact", () => {
  it("raises every category one level, naming the group; absent or false changes nothing", () => {
    const base = officeWith(() => undefined).risk;
    const teens = officeWith((_a, act) => void (act.subjects.minors14to18 = true)).risk;
    expect(teens.impacts.map((i) => i.level)).toEqual(["high", "high", "severe", "medium"]);
    expect(en(teens.impacts[0]?.reasons ?? [])).toContain("Raised one level: vulnerable group (minors aged 14 to 17)");
    expect(en(teens.reasons)).toContain("(g): vulnerable groups (minors aged 14 to 17)");
    const no = officeWith((_a, act) => void (act.subjects.minors14to18 = false)).risk;
    expect(no.impacts.map((i) => i.level)).toEqual(base.impacts.map((i) => i.level));
  });
});
