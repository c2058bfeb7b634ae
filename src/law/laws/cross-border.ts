// 《促进和规范数据跨境流动规定》 (digest §1, Arts 38-40): everything here is UNCONFIRMED, from memory.
import { WHOLE, type Law } from "../types.js";

export const crossBorder: Law = {
  id: "CROSS-BORDER",
  title: { "zh-CN": "《促进和规范数据跨境流动规定》", en: "Provisions on Promoting and Regulating Cross-Border Data Flows" },
  short: { "zh-CN": "《促进和规范数据跨境流动规定》", en: "Cross-Border Data Flow Provisions" },
  issuer: { "zh-CN": "国家互联网信息办公室", en: "Cyberspace Administration of China" },
  kind: "departmental-rule",
  effective: "2024-03-22",
  effectiveConfidence: "UNCONFIRMED",
  note: {
    "zh-CN": "发布日期（2024年3月22日）及各项数量门槛以官方公布文本为准。",
    en: "The date (22 March 2024) and the volume thresholds are subject to the officially published text.",
  },
  numbering: "article",
  articles: {
    [WHOLE]: {
      gist: {
        "zh-CN": "按自当年1月1日起累计出境人数确定路径：100万人以上个人信息（不含敏感）或1万人以上敏感个人信息须申报安全评估；10万人以上不满100万人或不满1万人敏感个人信息须订立标准合同或认证；不满10万人（不含敏感）的免于上述手续。",
        en: "Routes by people counted cumulatively from 1 January: PI of 1 million or more (non-sensitive) or sensitive PI of 10,000 or more needs a security assessment; 100,000 to under 1 million, or sensitive PI under 10,000, needs the standard contract or certification; under 100,000 non-sensitive is exempt.",
      },
      confidence: "UNCONFIRMED",
      note: {
        "zh-CN": "各项数量门槛及其计算方式以官方公布文本为准，适用前应予核对。",
        en: "The thresholds and how they are counted are subject to the officially published text and should be checked before reliance.",
      },
    },
  },
};
