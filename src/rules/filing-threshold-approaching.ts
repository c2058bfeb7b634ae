// FR-022 — Face Measures Art 15: filing is due within 30 working days of the stored count reaching
// 100,000 people. Warn when the count is close (90,000–99,999) or projected to cross within 12
// months, so the filing is prepared in time; lawful deletion under the retention rules keeps the
// count down (the test is people currently stored, not a cumulative total).
import { defineRule } from "./define-rule.js";
import { cite } from "../law/types.js";
import { bi, num } from "./facts.js";
import { FILING_THRESHOLD as THRESHOLD, FILING_WARNING_FROM as BAND } from "../facts/filing.js";


export default defineRule({
  id: "FR-022",
  slug: "filing-threshold-approaching",
  severity: "risk",
  title: bi(
    "人脸信息存储数量接近10万人的备案门槛",
    "The number of people whose faces are stored is approaching the 100,000 filing threshold",
  ),
  summary: bi(
    "存储人脸9万至10万人以下，或预计12个月内达到10万人的，应提前准备备案",
    "Plan the filing when 90,000–99,999 people's faces are stored or 100,000 is expected within 12 months",
  ),
  remedy: bi(
    "按月统计当前存储人脸信息的人数；提前备齐备案材料（处理者基本情况、处理目的和方式、存储数量和安全保护措施、处理规则和操作规程、影响评估报告），确保达到10万人之日起30个工作日内完成备案。按保存期限及时删除已无必要保存的人脸信息，可使存储数量保持在门槛以下，但删除须真实、彻底，不得以规避备案为目的虚报数量。",
    "Count the people whose faces are stored every month; prepare the filing materials now (processor details, purpose and method, stored count and security measures, processing rules and operating procedures, the PIA report) so the filing is made within 30 working days of reaching 100,000. Deleting face data that is no longer needed, on schedule, can keep the count below the threshold, but the deletion must be real and complete and the count reported truthfully.",
  ),
  cites: [cite("FRM", 15)],
  reads: ["activities[].faces.storedCount", "activities[].faces.projected12Months", "activities[].usesFaceRecognition", "activities[].purposes"],
  check(a, ctx) {
    const parts = a.activities
      .map((act, i) => ({ act, i }))
      .filter(({ act }) => ctx.faceMeasuresApply(act));
    if (parts.length === 0) return [];
    const stored = parts.reduce((n, p) => n + p.act.faces.storedCount, 0);
    const projected = parts.reduce((n, p) => n + p.act.faces.projected12Months, 0);
    if (stored >= THRESHOLD) return []; // FR-020's finding
    const near = stored >= BAND;
    if (!near && projected < THRESHOLD) return [];
    const field = near ? "storedCount" : "projected12Months";
    const top = parts.reduce((x, y) => (y.act.faces[field] > x.act.faces[field] ? y : x));
    const breakdown =
      parts.length > 1
        ? bi(
            `（${parts.map((p) => `“${p.act.name}” ${num(p.act.faces.storedCount)} 人，预计 ${num(p.act.faces.projected12Months)} 人`).join("；")}）`,
            ` (${parts.map((p) => `"${p.act.name}" ${num(p.act.faces.storedCount)}, expected ${num(p.act.faces.projected12Months)}`).join("; ")})`,
          )
        : bi("", "");
    const why = near
      ? bi(`距10万人门槛仅差 ${num(THRESHOLD - stored)} 人`, `only ${num(THRESHOLD - stored)} below the 100,000 threshold`)
      : bi("预计将在12个月内达到10万人门槛", "expected to reach the 100,000 threshold within 12 months");
    return [
      {
        at: `activities[${top.i}].faces.${field}`,
        detail: bi(
          `适用人脸识别办法的活动当前存储 ${num(stored)} 人的人脸信息，预计12个月后为 ${num(projected)} 人${breakdown["zh-CN"]}，${why["zh-CN"]}。`,
          `Activities within the Face Recognition Measures currently store face information of ${num(stored)} people, expected to be ${num(projected)} in 12 months${breakdown.en}: ${why.en}.`,
        ),
      },
    ];
  },
});
