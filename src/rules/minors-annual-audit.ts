// FR-046 — Regulation on the Online Protection of Minors Art 37 [T]: a processor of minors' PI
// audits, in-house or through a professional body, that processing's compliance with laws and
// administrative regulations every year, and reports the results to the CAC and other authorities.
// Minors are everyone under 18: children under 14 and 14- to 17-year-olds alike
// (`processesMinors`). The duty rests on an administrative regulation, so a missing yearly audit
// is `required`, rectify by a deadline (legal digest §00 A, G). The processor's general audit under
// PIPL Art 54 is FR-037's; it does not show that minors' PI was audited and reported.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { processesMinors } from "../facts/activity.js";
import { bi } from "./facts.js";

export default defineRule({
  id: "FR-046",
  slug: "minors-annual-audit",
  severity: "required",
  title: bi(
    "处理未成年人个人信息，未每年开展合规审计",
    "Minors' personal information is processed without a yearly compliance audit",
  ),
  summary: bi(
    "处理未成年人（不满十八周岁）个人信息的，每年进行合规审计并将审计情况报告网信等部门",
    "Processing minors' (under-18s') PI needs a yearly compliance audit, reported to the CAC and other authorities",
  ),
  remedy: bi(
    "自行或委托专业机构每年对处理未成年人个人信息遵守法律、行政法规的情况开展合规审计，形成审计报告并跟踪整改，及时将审计情况报告网信等部门；将审计周期和报告日期记入处理情况记录。",
    "Audit, in-house or through a professional body, every year how the processing of minors' PI complies with laws and administrative regulations; write up the findings and track remediation, report the results promptly to the CAC and other authorities, and record the audit cycle and reporting dates in the processing records.",
  ),
  cites: [cite("MINORS-ONLINE", 37)],
  reads: ["activities[].subjects.minorsUnder14", "activities[].subjects.minors14to18", "activities[].subjects.minorsAuditYearly"],
  check(a) {
    return eachActivity(a, (act, i) => {
      if (!processesMinors(act) || act.subjects.minorsAuditYearly) return null;
      const who = act.subjects.minorsUnder14
        ? act.subjects.minors14to18
          ? bi("不满十四周岁的儿童和已满十四周岁不满十八周岁的未成年人", "children under 14 and minors aged 14 to 17")
          : bi("不满十四周岁的儿童", "children under 14")
        : bi("已满十四周岁不满十八周岁的未成年人", "minors aged 14 to 17");
      return {
        activity: act.id,
        at: `activities[${i}].subjects.minorsAuditYearly`,
        detail: bi(
          `活动“${act.name}”的信息主体可能包括${who["zh-CN"]}，但处理者未说明每年对处理未成年人个人信息的情况开展合规审计并报告网信等部门。`,
          `Activity "${act.name}" may process PI of ${who.en}, but the processor does not state that it audits the processing of minors' PI every year and reports the results to the CAC and other authorities.`,
        ),
      };
    });
  },
});
