// FR-039 — GB/T 39335 §§5.4-5.6 and matrix D.5: an activity rated 高 or 严重 cannot be concluded as
// acceptable; the report must call for rectification with deadlines, and at 严重 recommend
// suspending the activity until the risk is mitigated.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { bi, LIKELIHOOD_LABEL, RISK_LEVEL_LABEL } from "./facts.js";

const SEVERE_REMEDY = bi(
  "建议在风险降至可接受水平前暂停该处理活动；同时制定整改计划，逐项明确措施、责任人和完成期限，整改后重新评估风险等级。",
  "Suspend the activity until the risk is brought down to an acceptable level; meanwhile draw up a remediation plan with measures, owners and deadlines, and re-rate the risk once it is done.",
);

export default defineRule({
  id: "FR-039",
  slug: "risk-rating-high",
  // GB/T 39335 is a recommended standard: severity `risk`. The consequence still follows the
  // matrix: 严重 → suspend until mitigated, 高 → rectify by deadlines.
  severity: "risk",
  consequence: "rectify-by",
  afterRisk: true,
  title: bi(
    "处理活动的安全风险等级为高或严重，须限期整改",
    "The activity's risk level is high or severe and must be remedied by set deadlines",
  ),
  summary: bi(
    "风险等级为高或严重的活动，评估结论应为需整改并设定期限；严重的建议暂停",
    "High or severe risk: the conclusion is 'rectify by deadlines'; severe risk: suspend until mitigated",
  ),
  remedy: bi(
    "针对导致高风险的影响因素和可能性因素制定整改计划，逐项明确措施、责任人和完成期限；整改完成后重新评估风险等级，并在评估结论中写明“需整改”。",
    "Draw up a remediation plan addressing the impact and likelihood factors behind the rating, with measures, owners and deadlines; re-rate the risk when done, and conclude the report as 'rectification required'.",
  ),
  cites: [cite("GBT39335", "5.4"), cite("GBT39335", "5.5"), cite("GBT39335", "5.6"), cite("GBT39335", "D.5")],
  reads: [
    "activities[].personalInfo[].category",
    "activities[].subjects.peopleCount",
    "activities[].subjects.minorsUnder14",
    "activities[].subjects.elderly",
    "activities[].subjects.disabled",
  ],
  check(a, ctx) {
    return eachActivity(a, (act, i) => {
      const r = ctx.riskOf(act.id);
      if (r.level !== "high" && r.level !== "severe") return null;
      const lv = RISK_LEVEL_LABEL[r.level];
      const im = RISK_LEVEL_LABEL[r.impact];
      const lk = LIKELIHOOD_LABEL[r.likelihood.level];
      const severe = r.level === "severe";
      // Harm inherent in the processing is rated as certain, whatever the incident likelihood.
      const inherent = r.perCategory.some((c) => c.inherent);
      const certainZh = inherent ? "；部分损害由处理活动本身造成，按必然发生评定" : "";
      const certainEn = inherent ? "; some harm follows from the processing itself and is rated as certain" : "";
      return {
        activity: act.id,
        at: `activities[${i}]`,
        ...(severe
          ? {
              remedy: SEVERE_REMEDY,
              consequence: "suspend-until-fixed" as const,
              ground: bi("风险等级为“严重”，风险缓解前应暂停", "severe risk: suspend until mitigated"),
            }
          : {}),
        detail: bi(
          `活动“${act.name}”的安全风险等级为“${lv["zh-CN"]}”（对个人权益的影响程度：${im["zh-CN"]}；安全事件发生的可能性：${lk["zh-CN"]}${certainZh}）${severe ? "，建议在风险缓解前暂停处理" : ""}。`,
          `Activity "${act.name}" is rated ${lv.en} risk (impact on individuals: ${im.en}; likelihood of an incident: ${lk.en}${certainEn})${severe ? "; suspension until the risk is mitigated is recommended" : ""}.`,
        ),
      };
    });
  },
});
