// FR-034 — GB/T 41819 §8 (face data is not used to evaluate or predict performance, health,
// preferences or economic status); GB/T 39335 high-risk list (a)(b). Inferring attributes from faces
// departs from a recommended standard: a risk. The statutory duties on automated decisions are
// decided by their own rules, each once: PIPL Art 24 para 2 (marketing pushes, FR-045) and
// para 3 (significant decisions, FR-044); the Art 55(2) assessment by FR-001.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { handlesFacePi } from "../facts/activity.js";
import { bi, clip } from "./facts.js";

export default defineRule({
  id: "FR-034",
  slug: "face-inference-automated-decision",
  severity: "risk",
  title: bi(
    "利用人脸信息推断个人特征，超出身份识别用途",
    "Face data is used to infer personal attributes, beyond identification",
  ),
  summary: bi(
    "人脸信息仅用于身份识别，不用于评价或预测情绪、健康、偏好、工作表现、经济状况等个人特征",
    "Use face data for identification only, not to evaluate or predict emotion, health, preferences, performance or economic status",
  ),
  remedy: bi(
    "停止利用人脸信息推断情绪、健康、偏好、工作表现、经济状况等特征，人脸信息仅用于身份识别；确有必要分析的，在影响评估中论证其必要性，并向个人告知分析的内容及对其权益的影响。",
    "Stop using face data to infer emotion, health, preferences, performance, economic status or similar traits, and use it for identification only; where analysis is truly needed, justify it in the impact assessment and tell people what is analysed and how it affects them.",
  ),
  cites: [cite("GBT41819", "8"), cite("GBT39335", "B")],
  reads: ["activities[].automatedDecision.infersAttributes", "activities[].matchingMode", "activities[].purposeDetail"],
  check(a) {
    return eachActivity(a, (act, i) => {
      const ad = act.automatedDecision;
      if (!handlesFacePi(act) || !(ad.infersAttributes || act.matchingMode === "attribute-analysis")) return null;
      return {
        activity: act.id,
        at: `activities[${i}].${ad.infersAttributes ? "automatedDecision.infersAttributes" : "matchingMode"}`,
        detail: bi(
          `活动“${act.name}”利用人脸信息分析个人特征（所述用途：“${clip(act.purposeDetail)}”），超出身份识别用途。`,
          `Activity "${act.name}" analyses personal attributes from face data (stated purpose: "${clip(act.purposeDetail)}"), beyond identification.`,
        ),
      };
    });
  },
});
