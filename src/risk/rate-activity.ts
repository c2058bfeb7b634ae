// One activity's GB/T 39335 risk: impacts × likelihood through matrix D.5, per category, plus the
// high-risk flag. Two ratings are kept apart:
// - pre-treatment (current): the facts as they are. A harm that follows from the processing itself
//   (a camera inside a changing room) is rated with certain likelihood (很高, D.3 "almost
//   unavoidable"), not an incident's;
// - residual (after the action plan), derived in one stated way: every open finding's remedy is taken
//   as done, so the likelihood gaps those findings account for are closed; the other gaps, scale,
//   incidents and impact stay. An activity that must stop (an open finding with consequence `stop`)
//   has no residual rating: it may resume only after a new assessment.
// An enforcement priority (the 2025 campaign, FR-041) is reported as such, never as a likelihood floor.
import type { ActivityRisk, Bilingual, CategoryRisk, Finding, ImpactAssessment, ResidualRisk } from "../vocab/types.js";
import type { Activity, Assessment } from "../model/assessment.js";
import type { LikelihoodLevel } from "../model/enums.js";
import { activityFacts } from "./activity-facts.js";
import { bi, levelLabel } from "./bilingual.js";
import { highRiskItems } from "./high-risk.js";
import { assessImpacts } from "./impact.js";
import { impactRank, maxImpact } from "./levels.js";
import { assessLikelihood } from "./likelihood.js";
import { riskLevel } from "./matrix.js";

/** FR-041: the activity falls within the 2025 campaign's enforcement focus. */
const CAMPAIGN_RULE = "FR-041";

/** Matrix D.5 per category: an inherent harm is certain (很高); otherwise the incident likelihood. */
function cells(impacts: readonly ImpactAssessment[], likelihood: LikelihoodLevel): CategoryRisk[] {
  return impacts.map((i) => {
    const l: LikelihoodLevel = i.inherent ? "very-high" : likelihood;
    return { category: i.category, impact: i.level, likelihood: l, inherent: i.inherent, risk: riskLevel(i.level, l) };
  });
}

function highest(cs: readonly CategoryRisk[]): CategoryRisk["risk"] {
  return maxImpact(cs.map((c) => c.risk));
}

function cellText(c: CategoryRisk | undefined): Bilingual {
  if (c === undefined) return bi("", "");
  const il = levelLabel("impactLevel", c.impact);
  const ll = c.inherent ? bi("必然发生", "certain") : levelLabel("likelihoodLevel", c.likelihood);
  const rl = levelLabel("impactLevel", c.risk);
  return bi(`影响程度${il["zh-CN"]} × 发生可能性${ll["zh-CN"]} → 风险等级${rl["zh-CN"]}`, `Impact ${il.en} × likelihood ${ll.en} → risk ${rl.en}`);
}

/** The cell that sets the level: the highest risk, then the highest impact. */
function decisive(cs: readonly CategoryRisk[]): CategoryRisk | undefined {
  return [...cs].sort((x, y) => impactRank(y.risk) - impactRank(x.risk) || impactRank(y.impact) - impactRank(x.impact))[0];
}

function residualOf(act: Activity, impacts: readonly ImpactAssessment[], likelihood: ReturnType<typeof assessLikelihood>, findings: readonly Finding[]): ResidualRisk {
  const stop = findings.find((f) => !f.satisfied && f.activity === act.id && f.consequence === "stop");
  const perCategory = cells(impacts, likelihood.residual.level);
  const rule = bi(
    "剩余风险按整改计划全部完成计算：各项待整改问题所对应的可能性缺口视为消除，不属任何问题整改范围的缺口、处理规模、已发生的安全事件和影响程度保持不变",
    "Residual risk assumes the action plan is carried out in full: the likelihood gaps that open findings account for are taken as closed; gaps no finding addresses, scale, recorded incidents and impact stay as they are",
  );
  if (stop !== undefined)
    return {
      level: null,
      likelihood: likelihood.residual.level,
      perCategory,
      remaining: likelihood.residual.remaining,
      reasons: [
        bi(
          `该活动须立即停止（${stop.ruleId}），停止后不存在剩余处理；如拟恢复，须重新设计并重新评估`,
          `The activity must stop (${stop.ruleId}); once stopped nothing is left to rate, and resuming it requires a new design and a new assessment`,
        ),
      ],
    };
  const level = highest(perCategory);
  return { level, likelihood: likelihood.residual.level, perCategory, remaining: likelihood.residual.remaining, reasons: [cellText(decisive(perCategory)), rule] };
}

export function rateActivity(a: Assessment, act: Activity, faceMeasuresApply: boolean, findings: readonly Finding[]): ActivityRisk {
  const facts = activityFacts(act, a.processor);
  const impacts = assessImpacts(a, act, facts);
  const impact = maxImpact(impacts.map((i) => i.level));
  const likelihood = assessLikelihood(a, act, facts, findings);
  const perCategory = cells(impacts, likelihood.level);
  const level = highest(perCategory);
  const items = highRiskItems(act, facts, faceMeasuresApply);

  const reasons: Bilingual[] = [bi(`${cellText(decisive(perCategory))["zh-CN"]}（GB/T 39335 表D.5）`, `${cellText(decisive(perCategory)).en} (GB/T 39335 Table D.5)`)];
  const inherent = perCategory.filter((c) => c.inherent);
  if (inherent.length > 0)
    reasons.push(
      bi(
        "部分损害由处理活动本身造成而非安全事件所致，相应影响类别按必然发生评定",
        "Some harm follows from the processing itself rather than from an incident; those categories are rated as certain",
      ),
    );
  reasons.push(...items.map((i) => i.reason));
  if (items.length === 0) reasons.push(bi("不属于 GB/T 39335 附录B 所列高风险处理活动", "Not a high-risk activity under GB/T 39335 App. B"));

  const campaign = findings.find((f) => !f.satisfied && f.ruleId === CAMPAIGN_RULE && f.activity === act.id);
  const enforcementPriority =
    campaign === undefined
      ? null
      : bi(
          `属于 2025 年个人信息保护系列专项行动的重点整治范围（${CAMPAIGN_RULE}）。这反映监管检查的关注程度，不计入安全事件发生的可能性。`,
          `An enforcement priority of the 2025 personal information protection campaign (${CAMPAIGN_RULE}). This reflects regulatory attention and is not counted in the likelihood of an incident.`,
        );

  return {
    activity: act.id,
    impacts,
    impact,
    likelihood: { level: likelihood.level, suggested: likelihood.suggested, overridden: likelihood.overridden, reasons: likelihood.reasons, factors: likelihood.factors },
    perCategory,
    level,
    residual: residualOf(act, impacts, likelihood, findings),
    highRisk: items.length > 0,
    enforcementPriority,
    reasons,
  };
}
