// 《促进和规范数据跨境流动规定》 (CAC, 2024-03-22). The legal digest §00 F now states its volume
// thresholds (counted from 1 January; the < 100,000 exemption covers non-sensitive PI only; sensitive PI
// of 10,000+ people, PI of 1,000,000+ people, important data or any export by a CIIO → security
// assessment). Its article numbers are not corroborated and the digest does not give them, so
// the Provisions are cited as a whole, at the secondary-source level, with a professional caveat.
import { WHOLE, type Law } from "../types.js";

const ARTICLES_UNVERIFIED = {
  "zh-CN": "该规定按整体引用，具体条文序号以官方公布文本为准。",
  en: "The Provisions are cited as a whole; article numbers should be read against the officially published text.",
} as const;

export const crossBorder: Law = {
  id: "CROSS-BORDER",
  title: { "zh-CN": "《促进和规范数据跨境流动规定》", en: "Provisions on Promoting and Regulating Cross-Border Data Flows" },
  short: { "zh-CN": "《促进和规范数据跨境流动规定》", en: "Cross-Border Data Flow Provisions" },
  issuer: { "zh-CN": "国家互联网信息办公室", en: "Cyberspace Administration of China" },
  kind: "departmental-rule",
  effective: "2024-03-22",
  numbering: "article",
  articles: {
    [WHOLE]: {
      gist: {
        "zh-CN":
          "出境人数自当年1月1日起累计计算：不满10万人个人信息（不含敏感个人信息）的免于申报安全评估、订立标准合同或认证；敏感个人信息不适用该豁免，任何数量的敏感个人信息出境至少须订立标准合同或通过认证；累计1万人以上敏感个人信息、100万人以上个人信息、涉及重要数据或者关键信息基础设施运营者向境外提供的，须申报数据出境安全评估。",
        en: "Counted cumulatively from 1 January: PI (not sensitive) of fewer than 100,000 people is exempt from the assessment, the standard contract and certification; that exemption does not cover sensitive PI, so any sensitive PI going abroad needs at least the standard contract or certification; sensitive PI of 10,000 or more people, PI of 1,000,000 or more people, important data, or any export by a critical information infrastructure operator needs a CAC security assessment.",
      },
      confidence: "S",
      note: ARTICLES_UNVERIFIED,
    },
  },
};
