// FR-014 — PIPL Arts 17, 30; Face Measures Art 5; SPC Provisions Art 2(2): the notice must name
// the processor and contact, purpose, method, categories, retention period and how to exercise
// rights, plus — for sensitive or face PI — the necessity and the impact on the individual.
import { defineRule, eachActivity } from "./define-rule.js";
import type { RuleHit } from "./define-rule.js";
import { cite } from "../law/types.js";
import { handlesFacePi, processesSensitivePi } from "../facts/activity.js";
import { label } from "../model/labels.js";
import type { NoticeItem } from "../model/enums.js";

const BASE: readonly NoticeItem[] = ["processor-identity", "purpose", "method", "categories", "retention", "rights"];
const SENSITIVE: readonly NoticeItem[] = ["necessity", "impact"];

export default defineRule({
  id: "FR-014",
  slug: "notice-incomplete",
  severity: "required",
  consequence: "suspend-until-fixed",
  title: { "zh-CN": "告知内容不完整", en: "The notice is incomplete" },
  summary: {
    "zh-CN": "告知须含处理者、目的、方式、种类、保存期限、权利行使方式，敏感信息另含必要性及影响",
    en: "Notice must cover Art 17 items and, for sensitive/face PI, necessity and impact",
  },
  remedy: {
    "zh-CN": "补全告知书（本评估随附的告知书已包含全部事项），通过显著方式在处理前告知，并公开人脸信息处理规则。",
    en: "Complete the notice (the notice accompanying this assessment carries every item), give it prominently before processing, and publish the face-processing rules.",
  },
  cites: [cite("PIPL", 17), cite("PIPL", 30), cite("FRM", 5)],
  reads: ["activities[].notice.covers", "activities[].notice.rulesPublished"],
  check(a, ctx) {
    return eachActivity(a, (act, i) => {
      const hits: RuleHit[] = [];
      const need = processesSensitivePi(act) ? [...BASE, ...SENSITIVE] : BASE;
      const missing = need.filter((n) => !act.notice.covers.includes(n));
      if (missing.length > 0)
        hits.push({
          activity: act.id,
          at: `activities[${i}].notice.covers`,
          detail: {
            "zh-CN": `活动“${act.name}”的告知缺少：${missing.map((m) => label("noticeItem", m)["zh-CN"]).join("、")}。`,
            en: `The notice for activity "${act.name}" lacks: ${missing.map((m) => label("noticeItem", m).en).join(", ")}.`,
          },
        });
      if (handlesFacePi(act) && ctx.faceMeasuresApply(act) && !act.notice.rulesPublished)
        hits.push({
          activity: act.id,
          at: `activities[${i}].notice.rulesPublished`,
          cites: [cite("SPC-FACE", 2, { item: 2 })],
          // Publishing the rules is a duty to rectify; the missing notice items are the precondition.
          consequence: "rectify-by",
          detail: {
            "zh-CN": `活动“${act.name}”未公开人脸信息处理规则。`,
            en: `Activity "${act.name}" has not published its face-processing rules.`,
          },
        });
      return hits;
    });
  },
});
