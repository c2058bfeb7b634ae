// FR-005 — PIPL Art 56 para 2 and Face Measures Art 9: report and records are kept ≥ 3 years;
// NETDATA Art 12 adds ≥ 3 years for records of providing or entrusting PI.
import { defineRule } from "./define-rule.js";
import { cite } from "../law/types.js";
import type { RuleHit } from "./define-rule.js";

export default defineRule({
  id: "FR-005",
  slug: "retention-under-three-years",
  severity: "required",
  title: {
    "zh-CN": "影响评估报告或处理情况记录的保存期限少于三年",
    en: "The assessment report or the processing records are kept for less than three years",
  },
  summary: { "zh-CN": "评估报告和处理情况记录至少保存三年", en: "Report and processing records must be kept at least three years" },
  remedy: {
    "zh-CN": "将评估报告和处理情况记录的保存期限设为不少于三年（自评估日起算），并写入档案管理制度。",
    en: "Set the retention of the report and the processing records to at least three years from the assessment date and write it into the records policy.",
  },
  cites: [cite("PIPL", 56, { para: 2 }), cite("FRM", 9)],
  reads: ["assessment.reportRetentionYears", "assessment.recordsRetentionYears"],
  check(a) {
    const hits: RuleHit[] = [];
    const entrusts = a.activities.some((act) => act.recipients.length > 0);
    const extra = entrusts ? [cite("NETDATA", 12)] : [];
    if (a.assessment.reportRetentionYears < 3)
      hits.push({
        at: "assessment.reportRetentionYears",
        detail: {
          "zh-CN": `评估报告保存期限为 ${a.assessment.reportRetentionYears} 年，少于法定的三年。`,
          en: `The report is kept for ${a.assessment.reportRetentionYears} year(s), less than the statutory three.`,
        },
        cites: extra,
      });
    if (a.assessment.recordsRetentionYears < 3)
      hits.push({
        at: "assessment.recordsRetentionYears",
        detail: {
          "zh-CN": `处理情况记录保存期限为 ${a.assessment.recordsRetentionYears} 年，少于法定的三年。`,
          en: `The processing records are kept for ${a.assessment.recordsRetentionYears} year(s), less than the statutory three.`,
        },
        cites: extra,
      });
    return hits;
  },
});
