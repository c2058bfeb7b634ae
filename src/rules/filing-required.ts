// FR-020 — Face Measures Art 15 and the CAC announcement of 2025-05-28: once the face information
// of 100,000 people is stored (currently stored, not cumulative), file with the provincial CAC
// within 30 working days via the 个人信息保护业务系统; holders at ≥100,000 before 2025-06-01 had
// until 2025-07-14. The deadline is counted on the PRC working-day calendar (ctx.addWorkingDays).
import { defineRule } from "./define-rule.js";
import { cite } from "../law/types.js";
import { faceMeasuresApply } from "../facts/activity.js";
import { storedFaces } from "../facts/filing.js";

export { FILING_THRESHOLD } from "../facts/filing.js";
import { FILING_THRESHOLD } from "../facts/filing.js";

export default defineRule({
  id: "FR-020",
  slug: "filing-required",
  severity: "required",
  title: {
    "zh-CN": "人脸信息存储数量达到 10 万人，应当向省级网信部门备案",
    en: "Face information of 100,000 people is stored: filing with the provincial CAC is required",
  },
  summary: { "zh-CN": "存储人脸信息达 10 万人之日起 30 个工作日内向省级以上网信部门备案", en: "File within 30 working days of storing 100,000 people's faces" },
  remedy: {
    "zh-CN": "通过“个人信息保护业务系统”（https://grxxbh.cacdtsc.cn）向所在地省级网信部门提交备案材料：处理者基本情况、处理目的和方式、存储数量和安全保护措施、处理规则和操作规程、本影响评估报告（随本报告提供的备案材料可作底稿）。",
    en: "File through the Personal Information Protection Business System (https://grxxbh.cacdtsc.cn) with the provincial CAC: processor information, purpose and method, stored count and security measures, processing rules and procedures, and this assessment report (the filing pack provided with this report can serve as a first draft).",
  },
  cites: [cite("FRM", 15), cite("CAC-FILING", "-")],
  reads: ["activities[].faces.storedCount", "activities[].faces.thresholdReachedOn", "filing.filed", "processor.province"],
  check(a, ctx) {
    const total = storedFaces(a);
    if (total < FILING_THRESHOLD || a.filing.filed) return [];
    const dates = a.activities
      .filter(faceMeasuresApply)
      .map((act) => act.faces.thresholdReachedOn)
      .filter((d): d is string => d !== null)
      .sort();
    const reached = dates[0] ?? null;
    const base = reached ?? a.assessment.date;
    const due = base < "2025-06-01" ? { date: "2025-07-14", estimated: false } : ctx.addWorkingDays(base, 30);
    const est = due.estimated ? "（估算：超出官方节假日数据年份，按周一至周五计）" : "";
    const estEn = due.estimated ? " (estimated: beyond the official holiday calendar, counted Monday to Friday)" : "";
    const overdue = due.date < a.assessment.date;
    const idx = a.activities.findIndex((act) => faceMeasuresApply(act) && act.faces.thresholdReachedOn === reached);
    return [
      {
        at: `activities[${Math.max(idx, 0)}].faces.storedCount`,
        due,
        detail: {
          "zh-CN": `当前存储人脸信息 ${total.toLocaleString("en-US")} 人，${reached ? `于 ${reached} 达到 10 万人` : "达到 10 万人的日期未填写（以评估日计算）"}；应于 ${due.date}${est} 前向${a.processor.province}网信办备案${overdue ? "，已逾期" : ""}。`,
          en: `${total.toLocaleString("en-US")} people's face information is stored${reached ? `; 100,000 was reached on ${reached}` : "; the date 100,000 was reached is not given (counted from the assessment date)"}. File with the ${a.processor.province} CAC by ${due.date}${estEn}${overdue ? " — overdue" : ""}.`,
        },
      },
    ];
  },
});
