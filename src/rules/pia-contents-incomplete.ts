// FR-004 — PIPL Art 56 and Face Measures Art 9: the report must cover lawfulness/necessity,
// impact and security risks, and the adequacy of measures; for face recognition also the
// leak / tampering / loss / destruction / illegal acquisition, sale or use scenarios and their harm.
// pipia's report template always carries the first three chapters (from the answers and the GB/T
// 39335 rating); what it cannot invent is the face-specific risk scenarios, so this rule checks them.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";

const CORE_EVENTS = ["leak", "tampering", "loss"] as const;

export default defineRule({
  id: "FR-004",
  slug: "pia-contents-incomplete",
  severity: "required",
  title: {
    "zh-CN": "影响评估缺少人脸信息泄露、篡改、丢失等风险情形及其危害的分析",
    en: "The assessment lacks the face-data leak, tampering and loss scenarios and their harm",
  },
  summary: {
    "zh-CN": "评估内容须齐备：合法正当必要、权益影响与安全风险、措施适当性，人脸应用另含泄露等风险情形",
    en: "PIA must cover Art 56 items, plus face-data leak/tampering/loss scenarios for face use",
  },
  remedy: {
    "zh-CN": "在 risks 中为该活动逐项描述人脸信息泄露、篡改、丢失（及毁损、被非法获取、出售、使用）的情形、可能造成的危害和已采取的减损措施，然后重新生成报告。",
    en: "Under risks, describe for this activity how face data could be leaked, tampered with or lost (and destroyed, illegally obtained, sold or used), the harm, and the mitigation; then regenerate the report.",
  },
  cites: [cite("PIPL", 56), cite("FRM", 9)],
  reads: ["risks[].activity", "risks[].event", "risks[].scenario", "risks[].harm", "risks[].mitigation"],
  check(a, ctx) {
    return eachActivity(a, (act, i) => {
      if (!ctx.faceMeasuresApply(act)) return null;
      const events = new Set(a.risks.filter((r) => r.activity === act.id).map((r) => r.event));
      const missing = CORE_EVENTS.filter((e) => !events.has(e));
      if (events.size > 0 && missing.length < CORE_EVENTS.length) return null;
      return {
        activity: act.id,
        at: "risks",
        detail: {
          "zh-CN": `活动“${act.name}”（activities[${i}]）未在 risks 中描述人脸信息泄露、篡改或丢失的任何情形，报告无法满足该办法第九条的评估内容要求。`,
          en: `No leak, tampering or loss scenario is described under risks for activity "${act.name}" (activities[${i}]), so the report cannot meet the content required by Measures Art 9.`,
        },
      };
    });
  },
});
