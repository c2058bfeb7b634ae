// FR-011 — Face Measures Art 12; SPC Provisions Art 4(3); PIPL Art 5: no misleading, fraud or
// coercion ("faster service", "system upgrade") to make people accept face verification.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";

export default defineRule({
  id: "FR-011",
  slug: "coerced-face-use",
  severity: "prohibited",
  title: {
    "zh-CN": "以误导、欺诈、胁迫等方式使个人接受人脸识别",
    en: "People are misled, deceived or pressed into accepting face recognition",
  },
  summary: { "zh-CN": "不得以办理业务、提升服务质量等为由误导、胁迫个人刷脸", en: "No misleading or coercing people into face verification" },
  remedy: {
    "zh-CN": "停止以“提升效率”“系统升级”等理由引导或强制刷脸；在现场和线上如实说明人脸识别为可选项。",
    en: "Stop steering or forcing people to face verification on grounds such as efficiency or system upgrades; state truthfully, on site and online, that it is optional.",
  },
  cites: [cite("FRM", 12), cite("SPC-FACE", 4, { item: 3 }), cite("PIPL", 5)],
  reads: ["activities[].necessity.pressureOrMisleading"],
  check(a) {
    return eachActivity(a, (act, i) =>
      act.necessity.pressureOrMisleading
        ? {
            activity: act.id,
            at: `activities[${i}].necessity.pressureOrMisleading`,
            detail: {
              "zh-CN": `活动“${act.name}”存在以误导或施压方式推动个人接受人脸识别的情况。`,
              en: `In activity "${act.name}", people are steered into face recognition by pressure or misleading claims.`,
            },
          }
        : null,
    );
  },
});
