// GB/T 35273-2020 (digest §4): clause text [T]; publication and effective dates from memory.
import type { Law } from "../types.js";

export const gbt35273: Law = {
  id: "GBT35273",
  title: { "zh-CN": "GB/T 35273-2020《信息安全技术 个人信息安全规范》", en: "GB/T 35273-2020 Information security technology — Personal information security specification" },
  short: { "zh-CN": "GB/T 35273-2020", en: "GB/T 35273-2020" },
  issuer: { "zh-CN": "国家市场监督管理总局、国家标准化管理委员会", en: "SAMR and Standardization Administration of China" },
  kind: "national-standard",
  effective: "2020-10-01",
  effectiveConfidence: "UNCONFIRMED",
  note: {
    "zh-CN": "发布日期（2020-03-06）和实施日期（2020-10-01）以官方公布信息为准；条款内容已与标准全文核对。",
    en: "The publication (2020-03-06) and effective (2020-10-01) dates are subject to the official announcement; the clause text was checked against the full text.",
  },
  numbering: "clause",
  articles: {
    "5.3": {
      gist: { "zh-CN": "不得捆绑多项业务功能强迫同意，不得以改善服务质量、提升使用体验、研发新产品、增强安全性等为由强迫收集。", en: "Do not bundle business functions to force consent, or force collection citing service quality, user experience, product research or security." },
      confidence: "T",
    },
    "5.4": {
      gist: { "zh-CN": "收集时的授权同意：敏感个人信息须明示同意；收集生物识别信息前应单独告知目的、方式、范围及存储时间并取得明示同意；不满14周岁的须取得监护人明示同意。", en: "Consent at collection: express consent for sensitive PI; before collecting biometrics, separately state purpose, method, scope and storage time and get express consent; a guardian's express consent under 14." },
      confidence: "T",
    },
    "6.1": {
      gist: { "zh-CN": "个人信息保存期限应为实现目的所必需的最短时间，超期后应删除或匿名化。", en: "Keep PI for the shortest necessary time, then delete or anonymise it." },
      confidence: "T",
    },
    "6.3": {
      gist: { "zh-CN": "敏感个人信息应加密传输和存储；生物识别信息应与个人身份信息分开存储，原则上不存储原始生物识别信息，可仅存摘要、在采集终端直接使用或在识别后删除原始图像。", en: "Encrypt sensitive PI in transit and at rest; store biometrics apart from identity data and in principle not as raw samples: keep only a summary, use it on the capture terminal, or delete raw images after matching." },
      confidence: "T",
    },
    "9.2": {
      gist: { "zh-CN": "共享、转让应准确记录日期、规模、目的和接收方；原则上不共享、转让生物识别信息，确需时应单独告知并取得明示同意。", en: "Record the date, scale, purpose and recipient of sharing and transfer; biometrics are in principle not shared or transferred, and if necessary only with separate notice and express consent." },
      confidence: "T",
    },
    "9.4": {
      gist: { "zh-CN": "公开披露前应开展影响评估并记录；不得公开披露生物识别信息。", en: "Assess and record before any public disclosure; never publicly disclose biometric information." },
      confidence: "T",
    },
    "11.1": {
      gist: { "zh-CN": "设立个人信息保护负责人和工作机构，达到规模的宜专职，职责包括维护个人信息清单和组织影响评估。", en: "Appoint a PI protection officer and office, full-time above set scales, maintaining the PI inventory and running impact assessments." },
      confidence: "T",
    },
    "11.3": {
      gist: { "zh-CN": "宜建立、维护和更新个人信息处理活动记录，包括种类、数量、来源、目的和场景、委托、共享、转让、公开、出境及涉及的系统、组织和人员。", en: "Keep and update records of processing: PI types, volume, source, purposes and scenarios, entrustment, sharing, transfer, disclosure, export and the systems, units and staff involved." },
      confidence: "T",
    },
    "11.4": {
      gist: { "zh-CN": "在产品发布或重大功能变更前、法律有新要求、业务模式或环境重大变化及重大安全事件后开展个人信息安全影响评估，内容包括原则遵循、对权益的不利影响、措施有效性、再识别风险、共享转让披露风险和事件影响。", en: "Assess before launch or major change, on new legal requirements, major business or environment change and after major incidents, covering principles, adverse effects on rights, safeguard effectiveness, re-identification, sharing and disclosure risk, and incident impact." },
      confidence: "T",
    },
    "11.7": {
      gist: { "zh-CN": "建立自动化审计系统记录个人信息处理活动，审计日志应防篡改并依法保存。", en: "Run automated audit logging of processing, with tamper-protected logs retained as the law requires." },
      confidence: "T",
    },
  },
};
