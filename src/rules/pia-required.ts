// FR-001 — PIPL Art 55: sensitive PI, automated decisions, entrustment/provision/publication or
// cross-border transfer require a prior impact assessment and processing records. This report and
// the records document are that assessment: met when the activity has not begun before the
// assessment date, a past breach (recorded, cannot be cured) when it has (legal digest §00 B).
import { defineRule, eachActivity } from "./define-rule.js";
import { priorAssessment, timingHit, timingText } from "./in-advance.js";
import { cite } from "../law/types.js";
import { art55Triggers } from "./art55-triggers.js";

export default defineRule({
  id: "FR-001",
  slug: "pia-required",
  severity: "required",
  title: {
    "zh-CN": "应当事前进行个人信息保护影响评估并对处理情况进行记录",
    en: "A prior personal information protection impact assessment and processing records are required",
  },
  summary: {
    "zh-CN": "存在《个人信息保护法》第五十五条所列情形时，须事前评估并记录处理情况",
    en: "Any PIPL Art 55 circumstance requires a prior PIA and processing records",
  },
  remedy: {
    "zh-CN": "在处理开始前完成本评估并经审批；同时建立并持续更新处理情况记录，二者至少保存三年。",
    en: "Complete and approve this assessment before processing starts; keep the processing records up to date; retain both for at least three years.",
  },
  cites: [cite("PIPL", 55), cite("PIPL", 56)],
  reads: [
    "activities[].startDate",
    "activities[].personalInfo[].category",
    "activities[].personalInfo[].sensitive",
    "activities[].subjects.minorsUnder14",
    "activities[].automatedDecision.used",
    "activities[].recipients[].role",
    "activities[].publication.published",
    "activities[].crossBorder.transfers",
  ],
  check(a) {
    return eachActivity(a, (act, i) => {
      const items = art55Triggers({ ...a, activities: [act] }).filter((t) => t.applies && t.item <= 4);
      if (items.length === 0) return null;
      const zh = items.map((t) => `第（${"一二三四五"[t.item - 1]}）项 ${t.text["zh-CN"]}`).join("；");
      const en = items.map((t) => `item (${t.item}) ${t.text.en}`).join("; ");
      const timing = priorAssessment(act, a);
      return {
        activity: act.id,
        at: `activities[${i}].startDate`,
        ...timingHit(timing, act.name, a.assessment.date),
        detail: {
          "zh-CN": `活动“${act.name}”适用第五十五条：${zh}。${timingText(timing, act, a)["zh-CN"]}`,
          en: `Activity "${act.name}" falls under Art 55: ${en}. ${timingText(timing, act, a).en}`,
        },
      };
    });
  },
});
