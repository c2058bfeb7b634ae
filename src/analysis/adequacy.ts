// PIPL Art 56(3) (and FRM Art 9 item 4): are an activity's protective measures lawful, effective and
// proportionate to the risk? Lawful: no open statutory finding (prohibited or required) among the
// findings that concern the protection of the data — the rules mark those (`protection`), on this
// activity or on the processor as a whole. Effective and proportionate: the GB/T 39335 risk with the
// measures now in place (pre-treatment) is 低 or 中. The residual risk (after the action plan) is
// carried alongside, for the approver's acceptance.
import type { ActivityRisk, Adequacy, Bilingual, Finding } from "../vocab/types.js";

const VERDICTS: Readonly<Record<"unlawful" | "disproportionate" | "ok", Bilingual>> = {
  unlawful: {
    "zh-CN": "保护措施存在违反法定要求的缺陷，不满足合法性要求",
    en: "The protective measures fall short of legal requirements, so they are not lawful as they stand",
  },
  disproportionate: {
    "zh-CN": "保护措施尚不足以将风险降至可接受水平，与风险程度不相适应",
    en: "The protective measures do not yet bring the risk down to an acceptable level, so they are not proportionate",
  },
  ok: { "zh-CN": "保护措施合法、有效，与风险程度相适应", en: "The protective measures are lawful, effective and proportionate to the risk" },
};

export function adequacyOf(findings: readonly Finding[], risk: ActivityRisk): Adequacy {
  const gaps = findings.filter((f) => !f.satisfied && f.protection && (f.activity === risk.activity || f.activity === null));
  const lawful = !gaps.some((f) => f.severity === "prohibited" || f.severity === "required");
  const proportionate = risk.level === "low" || risk.level === "medium";
  const seen = new Set<string>();
  return {
    activity: risk.activity,
    lawful,
    proportionate,
    ok: lawful && proportionate,
    verdict: VERDICTS[!lawful ? "unlawful" : proportionate ? "ok" : "disproportionate"],
    currentRisk: risk.level,
    residualRisk: risk.residual.level,
    gaps: gaps
      .filter((f) => (seen.has(f.ruleId) ? false : (seen.add(f.ruleId), true)))
      .map((f) => ({ ruleId: f.ruleId, title: f.title })),
  };
}
