// FR-033 — PIPL Arts 38-39, 55(4): PI leaving mainland China needs an Art 38 route (CAC security
// assessment, certification, standard contract), notice of the overseas recipient and separate
// consent, and a PIA. The volume thresholds of the 2024 cross-border rules are UNCONFIRMED in the
// digest: sensitive PI of 10,000+ people is taken to need a security assessment, and flagged as a
// risk to verify when another route is used.
import { defineRule, eachActivity } from "./define-rule.js";
import type { RuleHit } from "./define-rule.js";
import { cite } from "../law/types.js";
import { goesAbroad, processesSensitivePi } from "../facts/activity.js";
import { bi, listBi, num } from "./facts.js";
import { countryName } from "../model/countries.js";

const SENSITIVE_ASSESSMENT_THRESHOLD = 10_000;

export default defineRule({
  id: "FR-033",
  slug: "cross-border-transfer",
  severity: "required",
  consequence: "suspend-until-fixed",
  protection: true,
  title: bi(
    "个人信息向境外提供或在境外存储，出境条件未全部满足",
    "Personal information goes or is stored outside mainland China without every transfer condition met",
  ),
  summary: bi(
    "个人信息出境须具备安全评估、认证或标准合同等途径，告知境外接收方并取得单独同意",
    "Cross-border transfer needs a security assessment, certification or standard contract, notice of the recipient and separate consent",
  ),
  remedy: bi(
    "出境前：按数量和类型确定并完成出境途径（网信部门安全评估、个人信息保护认证或订立并备案标准合同）；向个人告知境外接收方名称、联系方式、处理目的、方式、信息种类及向其行使权利的方式，取得单独同意；在本评估中专门评估出境风险。不能满足的，改为境内存储和处理。",
    "Before any transfer: choose and complete the route the volume and data type require (CAC security assessment, PI protection certification, or a filed standard contract); tell individuals the overseas recipient's name and contact, purpose, method, categories and how to exercise rights against it, and obtain separate consent; assess the transfer specifically in this PIA. If this cannot be done, store and process the data in China.",
  ),
  cites: [cite("PIPL", 38), cite("PIPL", 39), cite("PIPL", 55, { item: 4 }), cite("CROSS-BORDER", "-")],
  reads: [
    "activities[].crossBorder.transfers",
    "activities[].crossBorder.route",
    "activities[].crossBorder.separateConsent",
    "activities[].crossBorder.recipientNotice",
    "activities[].storage.location",
    "activities[].storage.region",
    "activities[].recipients[].country",
    "activities[].recipients[].name",
    "activities[].subjects.peopleCount",
    "activities[].personalInfo[].sensitive",
  ],
  check(a) {
    return eachActivity(a, (act, i) => {
      if (!goesAbroad(act)) return null;
      const cb = act.crossBorder;
      const how: string[][] = [];
      if (act.storage.location === "overseas") how.push([`存储于境外（${act.storage.region}）`, `stored abroad (${act.storage.region})`]);
      const abroad = act.recipients.filter((r) => r.country.trim().toUpperCase() !== "CN");
      if (abroad.length > 0)
        how.push([
          `提供给境外接收方 ${abroad.map((r) => `“${r.name}”（${countryName(r.country)["zh-CN"]}）`).join("、")}`,
          `provided to overseas recipient(s) ${abroad.map((r) => `"${r.name}" (${countryName(r.country).en})`).join(", ")}`,
        ]);
      if (how.length === 0) how.push(["答卷声明存在出境提供", "a cross-border transfer is declared"]);
      const via = bi(how.map((h) => h[0]).join("，并"), how.map((h) => h[1]).join(", and "));
      const gaps = [
        cb.route === "none" ? bi("未采用任何法定出境途径", "no statutory transfer route") : null,
        cb.recipientNotice ? null : bi("未告知境外接收方情况", "no notice of the overseas recipient"),
        cb.separateConsent ? null : bi("未取得单独同意", "no separate consent"),
      ].filter((g) => g !== null);
      const hits: RuleHit[] = [];
      if (gaps.length > 0) {
        const g = listBi(gaps);
        hits.push({
          activity: act.id,
          at: `activities[${i}].crossBorder.${cb.route === "none" ? "route" : cb.recipientNotice ? "separateConsent" : "recipientNotice"}`,
          detail: bi(
            `活动“${act.name}”的个人信息${via["zh-CN"]}，但${g["zh-CN"]}。`,
            `Activity "${act.name}": personal information is ${via.en}, with ${g.en}.`,
          ),
        });
      }
      const people = act.subjects.peopleCount;
      if ((cb.route === "standard-contract" || cb.route === "certification") && processesSensitivePi(act) && people >= SENSITIVE_ASSESSMENT_THRESHOLD)
        hits.push({
          activity: act.id,
          at: `activities[${i}].crossBorder.route`,
          severity: "risk",
          detail: bi(
            `活动“${act.name}”涉及 ${num(people)} 人的敏感个人信息出境，拟采用${cb.route === "standard-contract" ? "标准合同" : "认证"}途径；按《促进和规范数据跨境流动规定》，自当年1月1日起累计向境外提供1万人以上敏感个人信息的，可能须申报安全评估。该门槛未经核实（UNCONFIRMED），请以现行规定为准。`,
            `Activity "${act.name}" transfers sensitive PI of ${num(people)} people abroad under ${cb.route === "standard-contract" ? "the standard contract" : "certification"}; under the 2024 Provisions on Promoting and Regulating Cross-Border Data Flows, sensitive PI of 10,000 or more people counted from 1 January may require a CAC security assessment instead. This threshold is UNCONFIRMED; check the current rules.`,
          ),
          remedy: bi(
            "核实当年1月1日起累计出境的敏感个人信息人数；达到安全评估门槛的，通过省级网信部门申报数据出境安全评估。",
            "Count the people whose sensitive PI has gone abroad since 1 January; if the security-assessment threshold is met, apply for a CAC security assessment through the provincial CAC office.",
          ),
        });
      return hits;
    });
  },
});
