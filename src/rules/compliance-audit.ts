// FR-037 — PIPL Art 54: processors audit their compliance regularly; the CAC audit measures (in
// force 2025-05-01) require processors of PI of more than 10 million people to audit at least every
// two years (missing that is prohibited). For smaller processors "regularly" has no fixed interval;
// two years without an audit is reported as a risk, using the large-processor interval as the outer
// benchmark. The yearly audit of minors' PI (Regulation on the Online Protection of Minors Art 37)
// is a duty of its own, decided once by FR-046.
import { defineRule } from "./define-rule.js";
import type { RuleHit } from "./define-rule.js";
import { cite } from "../law/types.js";
import { addYears } from "../dates/iso-date-math.js";
import { bi, num } from "./facts.js";

const LARGE = 10_000_000;

export default defineRule({
  id: "FR-037",
  slug: "compliance-audit",
  severity: "required",
  title: bi(
    "未定期开展个人信息保护合规审计",
    "No regular personal information protection compliance audit",
  ),
  summary: bi(
    "处理者应定期开展合规审计；处理1000万人以上个人信息的，至少每两年一次",
    "Processors audit compliance regularly; above 10 million people, at least every two years",
  ),
  remedy: bi(
    "自行或委托专业机构开展个人信息保护合规审计，形成审计报告并跟踪整改；建立审计周期（处理1000万人以上个人信息的至少每两年一次），将审计日期记入处理情况记录。",
    "Audit PI protection compliance in-house or through a professional body, write up the findings and track remediation; set an audit cycle (at least every two years above 10 million people) and record audit dates in the processing records.",
  ),
  cites: [cite("PIPL", 54), cite("AUDIT", "-")],
  reads: [
    "processor.totalPeople",
    "processor.lastComplianceAudit",
    "assessment.date",
  ],
  check(a) {
    const p = a.processor;
    const today = a.assessment.date;
    const last = p.lastComplianceAudit;
    const hits: RuleHit[] = [];
    const at = "processor.lastComplianceAudit";
    const people = bi(`处理者共处理 ${num(p.totalPeople)} 人的个人信息`, `The processor handles PI of ${num(p.totalPeople)} people`);
    const nextDue = last === null ? null : addYears(last, 2);
    if (p.totalPeople > LARGE) {
      if (last === null)
        hits.push({
          at,
          detail: bi(`${people["zh-CN"]}，超过1000万人，但从未开展合规审计。`, `${people.en}, more than 10 million, but has never audited its compliance.`),
        });
      else if (nextDue !== null && nextDue < today)
        hits.push({
          at,
          due: { date: nextDue, estimated: false },
          detail: bi(
            `${people["zh-CN"]}，超过1000万人；上次合规审计为 ${last}，下一次审计应不晚于 ${nextDue}，截至评估日 ${today} 已逾期。`,
            `${people.en}, more than 10 million; the last compliance audit was on ${last}, so the next was due by ${nextDue} and is overdue as at the assessment date ${today}.`,
          ),
        });
    } else if (last === null) {
      hits.push({
        at,
        detail: bi(`${people["zh-CN"]}，未开展过个人信息保护合规审计。`, `${people.en} and has never carried out a PI protection compliance audit.`),
      });
    } else if (nextDue !== null && nextDue < today) {
      hits.push({
        at,
        severity: "risk",
        detail: bi(
          `上次合规审计为 ${last}，距评估日 ${today} 已超过两年；法律要求“定期”审计，两年是对最大规模处理者规定的最长间隔。`,
          `The last compliance audit was on ${last}, more than two years before the assessment date ${today}; the law requires regular audits, and two years is the longest interval allowed even for the largest processors.`,
        ),
      });
    }
    return hits;
  },
});
