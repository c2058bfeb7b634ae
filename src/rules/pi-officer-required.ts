// FR-036 — PIPL Art 52: processors above the CAC volume must appoint a PI protection officer, publish
// the contact and report name and contact to the regulator. The CAC volume is 1 million people (CAC
// announcement of 2025-07-18, confirmed in legal digest §00 E): report to the 设区的市级 CAC within 30
// working days of reaching it. GB/T 35273 §11.1(c) advises a
// full-time officer for sensitive PI of more than 100,000 people: advice below the 1 million mark.
import { defineRule } from "./define-rule.js";
import type { RuleHit } from "./define-rule.js";
import { cite } from "../law/types.js";
import { processesSensitivePi } from "../facts/activity.js";
import { bi, listBi, num } from "./facts.js";

const OFFICER_THRESHOLD = 1_000_000;
const SENSITIVE_THRESHOLD = 100_000;

const CAC_2025 = bi(
  "依国家网信办2025年7月18日公告，处理100万人以上个人信息的，应自达到之日起30个工作日内向设区的市级网信部门报送个人信息保护负责人信息。",
  "Under the CAC announcement of 18 July 2025, a processor of PI of 1 million people or more reports its PI protection officer to the CAC office of its city within 30 working days of reaching that number.",
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
    "处理100万人以上个人信息的，须指定个人信息保护负责人，公开联系方式，并在30个工作日内报送设区的市级网信部门",
    "Processors of PI of 1 million+ people appoint a PI protection officer, publish the contact and report it to the city CAC within 30 working days",
  ),
  remedy: bi(
    "指定个人信息保护负责人，负责监督个人信息处理活动和保护措施；公开其联系方式，并将其姓名、联系方式报送履行个人信息保护职责的部门。规定数量为100万人（国家网信办2025年7月18日公告），应自达到之日起30个工作日内报送设区的市级网信部门。",
    "Appoint a PI protection officer to supervise processing and protective measures; publish the officer's contact details and report the name and contact to the PI protection authority. The prescribed volume is 1 million people (CAC announcement of 18 July 2025); report within 30 working days of reaching it.",
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
            detail: bi(`${base["zh-CN"]}，但未指定个人信息保护负责人。${CAC_2025["zh-CN"]}`, `${base.en}, but no PI protection officer is appointed. ${CAC_2025.en}`),
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
            `${base["zh-CN"]}；已指定个人信息保护负责人“${o.name}”，但${g["zh-CN"]}。${CAC_2025["zh-CN"]}`,
            `${base.en}; "${o.name}" is appointed PI protection officer, but ${g.en}. ${CAC_2025.en}`,
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
        `处理者共处理 ${num(total)} 人的个人信息，低于100万人的报送门槛，但涉及敏感个人信息的活动人数合计约 ${num(sensitive)} 人（各活动之间可能重复），超过10万人，且未指定个人信息保护负责人。`,
        `The processor handles PI of ${num(total)} people, below the 1 million reporting threshold, but the activities processing sensitive PI involve about ${num(sensitive)} people in total (activities may overlap), more than 100,000, and no PI protection officer is appointed.`,
      ),
    };
    return [hit];
  },
});
