// FR-021 — Face Measures Art 15 and the CAC filing announcement: once filed, a substantive change
// to the filed information needs a change filing, and ending face recognition needs a cancellation
// filing, each within 30 working days. A purpose or method change recorded since the last PIA is
// such a change; it is certain when the filing predates the last PIA, otherwise to be verified.
import { defineRule } from "./define-rule.js";
import type { RuleHit } from "./define-rule.js";
import { cite } from "../law/types.js";
import type { Bilingual } from "../vocab/types.js";
import { bi, clip, estMark } from "./facts.js";

const CHANGE_REMEDY = bi(
  "通过个人信息保护业务系统向原备案的省级网信部门办理备案变更，更新处理目的和方式、存储数量、安全保护措施、处理规则和操作规程等已变化的信息，并提交更新后的个人信息保护影响评估报告。",
  "File the change with the provincial CAC office that holds the filing, through the PI protection business system: update whichever of purpose and method, stored count, security measures, processing rules and operating procedures has changed, and submit the updated PIA report.",
);

const CANCEL_REMEDY = bi(
  "通过个人信息保护业务系统办理注销备案，并依法删除或匿名化处理已存储的人脸信息，保留删除记录备查。",
  "Cancel the filing through the PI protection business system, delete or anonymise the stored face information as the law requires, and keep a record of the deletion.",
);

export default defineRule({
  id: "FR-021",
  slug: "filing-change-or-cancellation",
  severity: "required",
  title: bi(
    "已备案的人脸识别技术应用发生实质性变更或终止，应在30个工作日内办理备案变更或注销",
    "A filed face-recognition application has changed substantively or ended: a change or cancellation filing is due within 30 working days",
  ),
  summary: bi(
    "已备案后信息实质性变更须办理变更备案，终止应用须办理注销备案并依法处理人脸信息",
    "After filing, substantive changes need a change filing; ending face recognition needs cancellation and lawful disposal of the data",
  ),
  remedy: bi(
    "在变更或终止之日起30个工作日内，通过个人信息保护业务系统办理备案变更或注销备案；终止的，依法删除或匿名化处理人脸信息。",
    "Within 30 working days of the change or termination, file the change or cancel the filing through the PI protection business system; on termination, delete or anonymise the face information as the law requires.",
  ),
  cites: [cite("FRM", 15), cite("CAC-FILING", "-")],
  reads: [
    "filing.filed",
    "filing.filingNumber",
    "filing.filedOn",
    "filing.substantiveChangeOn",
    "filing.terminatedOn",
    "assessment.date",
    "assessment.previous.exists",
    "assessment.previous.date",
    "assessment.previous.purposeChanged",
    "assessment.previous.methodChanged",
    "assessment.previous.changes",
    "activities[].usesFaceRecognition",
  ],
  check(a, ctx) {
    const f = a.filing;
    if (!f.filed) return [];
    const hits: RuleHit[] = [];
    const today = a.assessment.date;
    const ref = bi(f.filingNumber ? `（备案编号 ${f.filingNumber}）` : "", f.filingNumber ? ` (filing no. ${f.filingNumber})` : "");
    const late = (due: string): Bilingual =>
      due < today ? bi(`；截至评估日 ${today} 已逾期`, `; as at the assessment date ${today} it is overdue`) : bi("", "");

    if (f.substantiveChangeOn !== undefined) {
      const due = ctx.addWorkingDays(f.substantiveChangeOn, 30);
      const est = estMark(due.estimated);
      const lt = late(due.date);
      hits.push({
        at: "filing.substantiveChangeOn",
        due,
        remedy: CHANGE_REMEDY,
        detail: bi(
          `人脸识别技术应用已备案${ref["zh-CN"]}，备案信息于 ${f.substantiveChangeOn} 发生实质性变更，应在30个工作日内办理备案变更手续，截止日为 ${due.date}${est["zh-CN"]}${lt["zh-CN"]}。`,
          `The face-recognition application is filed${ref.en}; the filed information changed substantively on ${f.substantiveChangeOn}, so a change filing is due by ${due.date}${est.en}${lt.en}.`,
        ),
      });
    } else {
      const p = a.assessment.previous;
      if (p.exists && (p.purposeChanged || p.methodChanged)) {
        const what = bi(
          [p.purposeChanged ? "处理目的" : "", p.methodChanged ? "处理方式" : ""].filter(Boolean).join("和"),
          [p.purposeChanged ? "purpose" : "", p.methodChanged ? "method" : ""].filter(Boolean).join(" and "),
        );
        const changes = p.changes ? bi(`（${clip(p.changes)}）`, ` ("${clip(p.changes)}")`) : bi("", "");
        // Filed on or before the last PIA: the change recorded since that PIA came after the filing.
        const certain = f.filedOn !== undefined && p.date !== undefined && f.filedOn <= p.date;
        hits.push({
          at: p.purposeChanged ? "assessment.previous.purposeChanged" : "assessment.previous.methodChanged",
          severity: certain ? "required" : "risk",
          remedy: CHANGE_REMEDY,
          detail: certain
            ? bi(
                `人脸识别技术应用于 ${f.filedOn ?? ""} 备案${ref["zh-CN"]}，此后（上次评估 ${p.date ?? ""} 以来）${what["zh-CN"]}发生变化${changes["zh-CN"]}，属于备案信息的实质性变更；应自变更之日起30个工作日内办理备案变更。变更日期未填写（filing.substantiveChangeOn），无法计算截止日。`,
                `The application was filed on ${f.filedOn ?? ""}${ref.en}; since then (after the last PIA of ${p.date ?? ""}) its ${what.en} changed${changes.en}, a substantive change to the filed information. A change filing is due within 30 working days of the change; the change date is not recorded (filing.substantiveChangeOn), so no deadline can be computed.`,
              )
            : bi(
                `人脸识别技术应用已备案${ref["zh-CN"]}，上次评估以来${what["zh-CN"]}发生变化${changes["zh-CN"]}；现有资料无法判断该变化是否发生在备案之后，请核实，如是则应在变更之日起30个工作日内办理备案变更。`,
                `The application is filed${ref.en} and its ${what.en} changed since the last PIA${changes.en}; it is not established whether the change came after the filing. Verify this; if it did, a change filing is due within 30 working days of the change.`,
              ),
        });
      }
    }

    if (f.terminatedOn !== undefined) {
      const due = ctx.addWorkingDays(f.terminatedOn, 30);
      const est = estMark(due.estimated);
      const lt = late(due.date);
      hits.push({
        at: "filing.terminatedOn",
        due,
        remedy: CANCEL_REMEDY,
        detail: bi(
          `已备案的人脸识别技术应用${ref["zh-CN"]}于 ${f.terminatedOn} 终止，应在30个工作日内办理注销备案并依法处理已存储的人脸信息，截止日为 ${due.date}${est["zh-CN"]}${lt["zh-CN"]}。`,
          `The filed face-recognition application${ref.en} ended on ${f.terminatedOn}; the filing must be cancelled by ${due.date}${est.en} and the stored face information disposed of lawfully${lt.en}.`,
        ),
      });
    } else if (!a.activities.some((act) => ctx.faceMeasuresApply(act))) {
      hits.push({
        at: "filing.filed",
        remedy: CANCEL_REMEDY,
        detail: bi(
          `人脸识别技术应用已备案${ref["zh-CN"]}，但本次评估的处理活动均未应用该办法所规范的人脸识别技术，应用似已终止；应自终止之日起30个工作日内办理注销备案并依法处理人脸信息。终止日期未填写（filing.terminatedOn），无法计算截止日。`,
          `A face-recognition application is filed${ref.en}, but none of the assessed activities uses face recognition within the Measures, so the application appears to have ended. Cancellation and lawful disposal of the face data are due within 30 working days of the end; the end date is not recorded (filing.terminatedOn), so no deadline can be computed.`,
        ),
      });
    }
    return hits;
  },
});
