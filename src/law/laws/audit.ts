// 《个人信息保护合规审计管理办法》 (digest §1, Art 54) [O]; the digest gives no article numbers, so it
// is cited as a whole.
import { WHOLE, type Law } from "../types.js";

export const audit: Law = {
  id: "AUDIT",
  title: { "zh-CN": "《个人信息保护合规审计管理办法》", en: "Measures for the Administration of Personal Information Protection Compliance Audits" },
  short: { "zh-CN": "《个人信息保护合规审计管理办法》", en: "PI Protection Compliance Audit Measures" },
  issuer: { "zh-CN": "国家互联网信息办公室", en: "Cyberspace Administration of China" },
  kind: "departmental-rule",
  effective: "2025-05-01",
  effectiveConfidence: "O",
  numbering: "article",
  articles: {
    [WHOLE]: {
      gist: { "zh-CN": "规范个人信息保护合规审计；处理超过1000万人个人信息的处理者应至少每两年开展一次合规审计。", en: "Governs PI compliance audits; processors handling PI of more than 10 million people must audit at least every two years." },
      confidence: "O",
    },
  },
};
