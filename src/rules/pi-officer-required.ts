// FR-036 — PIPL Art 52: processors above the CAC volume must appoint a PI protection officer, publish
// the contact and report name and contact to the regulator. The CAC volume is taken as 1 million
// people, which the digest marks UNCONFIRMED, so every hit says so. GB/T 35273 §11.1(c) advises a
// full-time officer for sensitive PI of more than 100,000 people: advice below the 1 million mark.
import { defineRule } from "./define-rule.js";
import type { RuleHit } from "./define-rule.js";
import { cite } from "../law/types.js";
import { processesSensitivePi } from "../facts/activity.js";
import { bi, listBi, num } from "./facts.js";

const OFFICER_THRESHOLD = 1_000_000;
const SENSITIVE_THRESHOLD = 100_000;

const UNCONFIRMED = bi(
  "“100万人”系按国家网信部门规定掌握的数量，该门槛尚未经核实（UNCONFIRMED），请以现行规定为准。",
  "The 1 million figure is the CAC volume as we understand it; this threshold is UNCONFIRMED, so check the current rules.",
);

export default defineRule({
  id: "FR-036",
  slug: "pi-officer-required",
  severity: "required",
  title: bi(
    "处理个人信息达到规定数量，须指定个人信息保护负责人并公开、报送其信息",
    "The processor handles PI at the prescribed volume and must appoint, publish and report a PI protection officer",
  ),
  summary: bi(
    "处理100万人以上个人信息的（门槛未经核实），须指定个人信息保护负责人，公开联系方式并报送监管部门",
    "Processors of PI of 1 million+ people (threshold unconfirmed) appoint a PI protection officer, publish the contact and report it",
  ),
  remedy: bi(
    "指定个人信息保护负责人，负责监督个人信息处理活动和保护措施；公开其联系方式，并将其姓名、联系方式报送履行个人信息保护职责的部门。规定数量（100万人）尚未经核实，请以国家网信部门现行规定为准。",
    "Appoint a PI protection officer to supervise processing and protective measures; publish the officer's contact details and report the name and contact to the PI protection authority. The prescribed volume (1 million people) is UNCONFIRMED; check the CAC's current rules.",
  ),
  cites: [cite("PIPL", 52), cite("GBT35273", "11.1", { item: "c" })],
  reads: [
    "processor.totalPeople",
    "processor.piOfficer",
    "processor.piOfficer.published",
    "processor.piOfficer.reportedToRegulator",
    "activities[].subjects.peopleCount",
    "activities[].personalInfo[].sensitive",
  ],
  check(a) {
    const p = a.processor;
    const total = p.totalPeople;
    const o = p.piOfficer;
    if (total >= OFFICER_THRESHOLD) {
      const base = bi(`处理者共处理 ${num(total)} 人的个人信息，达到100万人`, `The processor handles PI of ${num(total)} people, at or above 1 million`);
      if (o === null)
        return [
          {
            at: "processor.piOfficer",
            detail: bi(`${base["zh-CN"]}，但未指定个人信息保护负责人。${UNCONFIRMED["zh-CN"]}`, `${base.en}, but no PI protection officer is appointed. ${UNCONFIRMED.en}`),
          },
        ];
      const gaps = [
        o.published ? null : bi("未公开其联系方式", "the contact details are not published"),
        o.reportedToRegulator ? null : bi("未向监管部门报送其姓名和联系方式", "the name and contact are not reported to the regulator"),
      ].filter((g) => g !== null);
      if (gaps.length === 0) return [];
      const g = listBi(gaps);
      return [
        {
          at: o.published ? "processor.piOfficer.reportedToRegulator" : "processor.piOfficer.published",
          detail: bi(
            `${base["zh-CN"]}；已指定个人信息保护负责人“${o.name}”，但${g["zh-CN"]}。${UNCONFIRMED["zh-CN"]}`,
            `${base.en}; "${o.name}" is appointed PI protection officer, but ${g.en}. ${UNCONFIRMED.en}`,
          ),
        },
      ];
    }
    if (o !== null) return [];
    const sensitive = Math.min(
      total,
      a.activities.filter(processesSensitivePi).reduce((n, act) => n + act.subjects.peopleCount, 0),
    );
    if (sensitive <= SENSITIVE_THRESHOLD) return [];
    const hit: RuleHit = {
      at: "processor.piOfficer",
      severity: "advice",
      remedy: bi(
        "参照推荐性国家标准，设立专职的个人信息保护负责人和个人信息保护工作机构。",
        "Following the national standard, appoint a full-time PI protection officer and set up a PI protection office.",
      ),
      detail: bi(
        `处理者共处理 ${num(total)} 人的个人信息，低于100万人（该法定门槛未经核实，UNCONFIRMED），但涉及敏感个人信息的活动人数合计约 ${num(sensitive)} 人（各活动之间可能重复），超过10万人，且未指定个人信息保护负责人。`,
        `The processor handles PI of ${num(total)} people, below 1 million (that statutory threshold is UNCONFIRMED), but the activities processing sensitive PI involve about ${num(sensitive)} people in total (activities may overlap), more than 100,000, and no PI protection officer is appointed.`,
      ),
    };
    return [hit];
  },
});
