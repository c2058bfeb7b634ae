// FR-038 — PIPL Art 51(5): an incident emergency plan is drawn up and put into effect; Art 57: on a
// leak, tampering or loss, remedy at once and notify the regulator and the individuals, covering
// categories, cause and possible harm, remedial measures, what individuals can do, and contacts.
// An incident on record that was never notified is the same duty, unmet.
import { defineRule } from "./define-rule.js";
import type { RuleHit } from "./define-rule.js";
import { cite } from "../law/types.js";
import { bi, clip } from "./facts.js";

export default defineRule({
  id: "FR-038",
  slug: "breach-response-plan",
  severity: "required",
  protection: true,
  title: bi(
    "个人信息安全事件应急预案或通知机制缺失",
    "The PI security incident response plan or breach notice is missing",
  ),
  summary: bi(
    "须制定并组织实施个人信息安全事件应急预案，发生泄露、篡改、丢失时通知监管部门和个人",
    "Keep a working incident response plan, and notify the regulator and individuals of leaks, tampering or loss",
  ),
  remedy: bi(
    "制定个人信息安全事件应急预案并定期演练；准备事件通知模板，载明涉及的信息种类、原因和可能造成的危害、已采取的补救措施、个人可采取的减轻危害措施以及联系方式。",
    "Draw up an incident response plan and rehearse it; prepare a breach-notice template stating the categories of PI involved, the cause and possible harm, the remedial measures taken, what individuals can do to reduce the harm, and contact details.",
  ),
  cites: [cite("PIPL", 51, { item: 5 }), cite("PIPL", 57)],
  reads: ["security.incidentPlan", "security.breachNoticeTemplate", "incidents[].notified", "incidents[].date", "incidents[].description"],
  check(a) {
    const s = a.security;
    const hits: RuleHit[] = [];
    if (!s.incidentPlan)
      hits.push({
        at: "security.incidentPlan",
        detail: bi("处理者未制定个人信息安全事件应急预案。", "The processor has no PI security incident response plan."),
      });
    if (!s.breachNoticeTemplate)
      hits.push({
        at: "security.breachNoticeTemplate",
        detail: bi(
          "处理者未准备个人信息安全事件通知模板，发生事件时难以及时、完整地通知监管部门和个人。",
          "The processor has no breach-notice template, so after an incident it could not notify the regulator and individuals promptly and completely.",
        ),
      });
    a.incidents.forEach((inc, k) => {
      if (inc.notified) return;
      hits.push({
        at: `incidents[${k}].notified`,
        remedy: bi(
          "立即评估该事件，向履行个人信息保护职责的部门报告，并通知受影响的个人（采取措施能够有效避免危害的，可不通知个人，但部门认为可能造成危害的仍须通知）；记录处置过程。",
          "Assess the incident now, report it to the PI protection authority and notify the affected individuals (individuals need not be told where measures effectively avoid harm, unless the authority decides otherwise); record how it was handled.",
        ),
        detail: bi(
          `${inc.date} 发生的${inc.major ? "重大" : ""}安全事件（“${clip(inc.description)}”）未通知监管部门和个人。`,
          `The ${inc.major ? "major " : ""}incident of ${inc.date} ("${clip(inc.description)}") was not notified to the regulator or the individuals.`,
        ),
      });
    });
    return hits;
  },
});
