// FR-006 — Face Measures Art 9 (re-assessment when purpose or method changes or after a major
// security incident); GB/T 35273 §11.4; GB/T 39335 §5.1 (whole-scope triggers). When the change
// or incident predates this assessment, this assessment is the re-assessment (reported as met, so
// the report shows it must cover the change); an incident after it means a new one is due.
import { defineRule } from "./define-rule.js";
import { cite } from "../law/types.js";
import type { RuleHit } from "./define-rule.js";
import { timingHit, timingOf } from "./in-advance.js";
import { bi } from "../vocab/text.js";

export default defineRule({
  id: "FR-006",
  slug: "reassessment-required",
  severity: "required",
  title: {
    "zh-CN": "处理目的、方式变化或发生重大安全事件，应当重新进行影响评估",
    en: "A change of purpose or method, or a major security incident, requires a new impact assessment",
  },
  summary: { "zh-CN": "目的或方式变更、发生重大安全事件时须重新评估", en: "Re-assess after a change of purpose or method or a major incident" },
  remedy: {
    "zh-CN": "在本次评估中逐项分析变更内容和事件原因、影响及整改情况；今后在目的、方式变化或发生重大安全事件时及时重新评估。",
    en: "Analyse the changes and the incident (cause, impact, remediation) in this assessment; re-assess promptly whenever purpose or method changes or a major incident occurs.",
  },
  cites: [cite("FRM", 9), cite("GBT35273", "11.4"), cite("GBT39335", "5.1")],
  reads: ["assessment.previous.changeEffectiveOn", "assessment.previous.exists", "assessment.previous.purposeChanged", "assessment.previous.methodChanged", "incidents[].major", "incidents[].date"],
  check(a) {
    const hits: RuleHit[] = [];
    const p = a.assessment.previous;
    if (p.exists && (p.purposeChanged || p.methodChanged)) {
      const what = [p.purposeChanged ? "处理目的" : "", p.methodChanged ? "处理方式" : ""].filter(Boolean).join("和");
      const whatEn = [p.purposeChanged ? "purpose" : "", p.methodChanged ? "method" : ""].filter(Boolean).join(" and ");
      // The re-assessment, too, comes before the change takes effect (FRM Art 9; digest §00 B).
      const timing = timingOf(p.changeEffectiveOn, a.assessment.date);
      const when =
        timing === "before-processing"
          ? bi(`变化自 ${p.changeEffectiveOn ?? ""} 起生效，本次评估在此之前完成，即为重新评估。`, `The change takes effect on ${p.changeEffectiveOn ?? ""}; this assessment comes first and is the re-assessment.`)
          : timing === "after-processing-began"
            ? bi(
                `变化已于 ${p.changeEffectiveOn ?? ""} 生效，早于本次评估：变化前重新评估的义务已被违反，本次评估予以记录。`,
                `The change took effect on ${p.changeEffectiveOn ?? ""}, before this assessment: the duty to re-assess before the change was breached, and this assessment records it.`,
              )
            : bi("评估中未能确认变化生效的日期，无法确认重新评估是否在变化之前完成。", "It was not established when the change took effect, so it cannot be confirmed that the re-assessment came first.");
      hits.push({
        at: p.purposeChanged ? "assessment.previous.purposeChanged" : "assessment.previous.methodChanged",
        ...timingHit(timing, "", a.assessment.date),
        detail: {
          "zh-CN": `自上次评估（${p.reportId ?? "编号未填"}，${p.date ?? "日期未填"}）以来${what}发生变化${p.changes ? "：" + p.changes : ""}。${when["zh-CN"]}`,
          en: `The ${whatEn} changed since the previous assessment (${p.reportId ?? "no id"}, ${p.date ?? "no date"})${p.changes ? ": " + p.changes : ""}. ${when.en}`,
        },
      });
    }
    a.incidents.forEach((inc, i) => {
      if (!inc.major) return;
      const after = inc.date > a.assessment.date;
      hits.push({
        at: `incidents[${i}].major`,
        satisfied: !after,
        detail: after
          ? {
              "zh-CN": `${inc.date} 发生重大安全事件（${inc.description}），晚于本次评估日期，须重新评估。`,
              en: `A major security incident on ${inc.date} (${inc.description}) postdates this assessment; a new assessment is required.`,
            }
          : {
              "zh-CN": `${inc.date} 发生重大安全事件（${inc.description}）；本次评估须分析其原因、影响和整改情况。`,
              en: `A major security incident occurred on ${inc.date} (${inc.description}); this assessment must analyse its cause, impact and remediation.`,
            },
      });
    });
    return hits;
  },
});
