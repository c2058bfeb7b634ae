// FR-009 — PIPL Art 16 and SPC Provisions Art 4(1): refusing a product or service because the
// person will not consent to face processing, when face processing is not necessary for it,
// is unlawful, and consent obtained that way is no defence.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";

export default defineRule({
  id: "FR-009",
  slug: "service-conditional-on-face",
  severity: "prohibited",
  title: {
    "zh-CN": "以个人同意处理人脸信息作为提供产品或服务的条件，而人脸信息并非必需",
    en: "The product or service is refused unless the person accepts face processing, which is not necessary for it",
  },
  summary: { "zh-CN": "不得因个人不同意人脸识别而拒绝提供非必需人脸信息的产品或服务", en: "No refusal of service for declining face processing that is not necessary" },
  remedy: {
    "zh-CN": "取消“不刷脸不服务”的做法；个人不同意或撤回同意时照常提供产品或服务。",
    en: "Stop making the service conditional on face processing; keep serving people who refuse or withdraw consent.",
  },
  cites: [cite("PIPL", 16), cite("SPC-FACE", 4, { item: 1 })],
  reads: ["activities[].necessity.serviceConditionalOnFace", "activities[].necessity.faceNecessaryForService"],
  check(a) {
    return eachActivity(a, (act, i) =>
      act.necessity.serviceConditionalOnFace && !act.necessity.faceNecessaryForService
        ? {
            activity: act.id,
            at: `activities[${i}].necessity.serviceConditionalOnFace`,
            detail: {
              "zh-CN": `活动“${act.name}”以同意人脸识别为提供服务的前提，而该服务并不必需人脸信息。`,
              en: `Activity "${act.name}" makes consent to face processing a condition of a service that does not need face data.`,
            },
          }
        : null,
    );
  },
});
