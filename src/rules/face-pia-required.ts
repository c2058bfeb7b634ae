// FR-002 — Face Measures Art 9 (with PIPL Art 55(1)): any in-scope face-recognition use needs a
// prior PIA covering the Measures' four items, and records. Met by this report (whose chapters cover
// the four items; the face-specific risk scenarios are checked by FR-004) only when it comes before
// the processing; otherwise a past breach (legal digest §00 B).
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { priorAssessment, timingHit, timingText } from "./in-advance.js";

export default defineRule({
  id: "FR-002",
  slug: "face-pia-required",
  severity: "required",
  title: {
    "zh-CN": "应用人脸识别技术处理人脸信息，应当事前进行个人信息保护影响评估",
    en: "Face-recognition processing requires a prior impact assessment under the Face Recognition Measures",
  },
  summary: {
    "zh-CN": "人脸识别应用须事前评估，内容涵盖《人脸识别技术应用安全管理办法》规定的四项内容",
    en: "In-scope face recognition needs a prior PIA covering the four items of the Measures",
  },
  remedy: {
    "zh-CN": "评估应涵盖：处理目的和方式是否合法、正当、必要；对个人权益的影响及减损措施的有效性；人脸信息泄露、篡改、丢失、毁损或被非法获取、出售、使用的风险及危害；保护措施是否合法、有效并与风险相适应。",
    en: "Cover: lawfulness, legitimacy and necessity of purpose and method; impact on rights and the effectiveness of mitigation; the risks and harm of face data being leaked, tampered with, lost, destroyed or illegally obtained, sold or used; and whether the measures are lawful, effective and proportionate.",
  },
  cites: [cite("FRM", 9), cite("FRM", 2), cite("PIPL", 55, { item: 1 })],
  reads: ["activities[].startDate", "activities[].usesFaceRecognition", "activities[].purposes", "activities[].scenario"],
  check(a, ctx) {
    return eachActivity(a, (act, i) => {
      if (!ctx.faceMeasuresApply(act)) return null;
      const timing = priorAssessment(act, a);
      const t = timingText(timing, act, a);
      return {
        activity: act.id,
        at: `activities[${i}].startDate`,
        ...timingHit(timing, act.name, a.assessment.date),
        detail: {
          "zh-CN": `活动“${act.name}”在境内应用人脸识别技术（${act.matchingMode === "one-to-one" ? "1:1 验证" : act.matchingMode === "one-to-many" ? "1:N 辨识" : "属性分析"}），本报告按该办法要求进行评估。${t["zh-CN"]}`,
          en: `Activity "${act.name}" uses face recognition in the PRC; this report assesses it as the Measures require. ${t.en}`,
        },
      };
    });
  },
});
