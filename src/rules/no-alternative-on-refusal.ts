// FR-008 — Face Measures Art 10 (the refusal clause rests on secondary sources, flagged by the
// registry): someone who declines face verification must be offered another reasonable and
// convenient method. Shenzhen Data Regulation Art 19 requires a non-biometric option in Shenzhen.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";

export default defineRule({
  id: "FR-008",
  slug: "no-alternative-on-refusal",
  severity: "required",
  title: {
    "zh-CN": "个人拒绝人脸识别时，未提供其他合理、便捷的方式",
    en: "No other reasonable, convenient method is offered to someone who declines face recognition",
  },
  summary: { "zh-CN": "拒绝刷脸者须获得其他合理、便捷的验证方式", en: "People who decline face verification must get another convenient method" },
  remedy: {
    "zh-CN": "为不同意人脸识别的个人提供同等便捷的替代方式（如门禁卡、二维码、人工核验），不得增加额外条件或费用。",
    en: "Give anyone who declines face recognition an equally convenient alternative (card, QR code, staffed check) without extra conditions or fees.",
  },
  cites: [cite("FRM", 10)],
  reads: ["activities[].necessity.alternativeOnRefusal", "activities[].location.city"],
  check(a, ctx) {
    return eachActivity(a, (act, i) => {
      if (!ctx.faceMeasuresApply(act) || act.necessity.alternativeOnRefusal) return null;
      const shenzhen = /深圳|shenzhen/i.test(act.location.city);
      return {
        activity: act.id,
        at: `activities[${i}].necessity.alternativeOnRefusal`,
        cites: shenzhen ? [cite("SZ-DATA", 19)] : [],
        detail: {
          "zh-CN": `活动“${act.name}”中，拒绝人脸识别的个人没有其他合理、便捷的方式可用。`,
          en: `In activity "${act.name}", people who decline face recognition have no other reasonable, convenient method.`,
        },
      };
    });
  },
});
