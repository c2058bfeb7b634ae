// One activity's GB/T 39335 risk: impacts × likelihood through matrix D.5, plus the high-risk flag.
import type { ActivityRisk, Bilingual, Finding } from "../vocab/types.js";
import type { Activity, Assessment } from "../model/assessment.js";
import { activityFacts } from "./activity-facts.js";
import { bi, levelLabel } from "./bilingual.js";
import { highRiskItems } from "./high-risk.js";
import { assessImpacts } from "./impact.js";
import { maxImpact } from "./levels.js";
import { assessLikelihood } from "./likelihood.js";
import { riskLevel } from "./matrix.js";

export function rateActivity(a: Assessment, act: Activity, faceMeasuresApply: boolean, findings: readonly Finding[]): ActivityRisk {
  const facts = activityFacts(act);
  const impacts = assessImpacts(a, act, facts);
  const impact = maxImpact(impacts.map((i) => i.level));
  const likelihood = assessLikelihood(a, act, facts, findings);
  const perCategory = impacts.map((i) => ({ category: i.category, risk: riskLevel(i.level, likelihood.level) }));
  const level = riskLevel(impact, likelihood.level);
  const items = highRiskItems(act, facts, faceMeasuresApply);

  const il = levelLabel("impactLevel", impact);
  const ll = levelLabel("likelihoodLevel", likelihood.level);
  const rl = levelLabel("impactLevel", level);
  const reasons: Bilingual[] = [
    bi(
      `影响程度${il["zh-CN"]} × 发生可能性${ll["zh-CN"]} → 风险等级${rl["zh-CN"]}（GB/T 39335 表D.5）`,
      `Impact ${il.en} × likelihood ${ll.en} → risk ${rl.en} (GB/T 39335 Table D.5)`,
    ),
    ...items.map((i) => i.reason),
  ];
  if (items.length === 0) reasons.push(bi("不属于 GB/T 39335 附录B 所列高风险处理活动", "Not a high-risk activity under GB/T 39335 App. B"));
  return { activity: act.id, impacts, impact, likelihood, perCategory, level, highRisk: items.length > 0, reasons };
}
