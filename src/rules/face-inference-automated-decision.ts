// FR-034 — PIPL Art 24 (transparent, fair automated decisions; explanation and refusal where the
// effect is significant), Art 55(2); GB/T 41819 (face data not used to evaluate or predict
// performance, health, preferences or economic status); GB/T 39335 high-risk list (a)(b).
// Inferring attributes from faces is a risk (a recommended standard); a significant automated
// decision without explanation and refusal breaches Art 24 para 3 (prohibited).
import { defineRule, eachActivity } from "./define-rule.js";
import type { RuleHit } from "./define-rule.js";
import { cite } from "../law/types.js";
import { handlesFacePi } from "../facts/activity.js";
import { bi, clip } from "./facts.js";

export default defineRule({
  id: "FR-034",
  slug: "face-inference-automated-decision",
  severity: "risk",
  title: bi(
    "利用人脸信息推断个人特征或作出对个人权益有重大影响的自动化决策",
    "Face data is used to infer personal attributes, or automated decisions with significant effects are made",
  ),
  summary: bi(
    "人脸信息仅用于身份识别，不用于评价或预测个人特征；重大影响的自动化决策须可说明、可拒绝",
    "Use face data for identification only, not to evaluate or predict traits; significant automated decisions must be explainable and refusable",
  ),
  remedy: bi(
    "停止利用人脸信息推断情绪、健康、偏好、工作表现、经济状况等特征，人脸信息仅用于身份识别；确需自动化决策的，保证决策透明和结果公平公正，提供不针对个人特征的选项，就重大影响的决定向个人说明并允许其拒绝仅通过自动化决策作出的决定。",
    "Stop using face data to infer emotion, health, preferences, performance, economic status or similar traits; use it for identification only. Where automated decisions are needed, keep them transparent and fair, offer an option not based on personal traits, and for decisions with significant effect explain them and let people refuse decisions made solely by automated means.",
  ),
  cites: [cite("PIPL", 24), cite("PIPL", 55, { item: 2 }), cite("GBT41819", "8"), cite("GBT39335", "B")],
  reads: [
    "activities[].automatedDecision.used",
    "activities[].automatedDecision.significantEffect",
    "activities[].automatedDecision.infersAttributes",
    "activities[].automatedDecision.explanationAndRefusal",
    "activities[].matchingMode",
  ],
  check(a) {
    return eachActivity(a, (act, i) => {
      const ad = act.automatedDecision;
      const hits: RuleHit[] = [];
      if (handlesFacePi(act) && (ad.infersAttributes || act.matchingMode === "attribute-analysis"))
        hits.push({
          activity: act.id,
          at: `activities[${i}].${ad.infersAttributes ? "automatedDecision.infersAttributes" : "matchingMode"}`,
          detail: bi(
            `活动“${act.name}”利用人脸信息分析个人特征（所述用途：“${clip(act.purposeDetail)}”），超出身份识别用途${ad.explanationAndRefusal ? "" : "，且未向个人提供说明和拒绝的途径"}。`,
            `Activity "${act.name}" analyses personal attributes from face data (stated purpose: "${clip(act.purposeDetail)}"), beyond identification${ad.explanationAndRefusal ? "" : ", and offers no explanation or way to refuse"}.`,
          ),
        });
      if (ad.used && ad.significantEffect && !ad.explanationAndRefusal)
        hits.push({
          activity: act.id,
          at: `activities[${i}].automatedDecision.explanationAndRefusal`,
          severity: "required",
          cites: [cite("PIPL", 24, { para: 3 })],
          detail: bi(
            `活动“${act.name}”通过自动化决策作出对个人权益有重大影响的决定，但个人无法要求说明，也无法拒绝仅通过自动化决策作出的决定。`,
            `Activity "${act.name}" makes automated decisions with a significant effect on individuals, who can neither ask for an explanation nor refuse decisions made solely by automated means.`,
          ),
        });
      return hits;
    });
  },
});
