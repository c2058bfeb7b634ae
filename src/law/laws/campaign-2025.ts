// 2025 个人信息保护系列专项行动 (CAC, MIIT, MPS, SAMR; digest §2.3): item 4 rests on a secondary source.
import type { Bilingual } from "../../vocab/types.js";
import { WHOLE, type Law } from "../types.js";

const SECONDARY: Bilingual = {
  "zh-CN": "项号与措辞依据公开报道，以官方公告为准。",
  en: "The item number and wording follow published reports; the official announcement governs.",
};

export const campaign2025: Law = {
  id: "CAMPAIGN-2025",
  title: { "zh-CN": "2025年个人信息保护系列专项行动", en: "2025 Personal Information Protection Special Campaigns" },
  short: { "zh-CN": "2025年个人信息保护系列专项行动", en: "2025 PI Protection Campaign" },
  issuer: {
    "zh-CN": "中央网信办、工业和信息化部、公安部、国家市场监督管理总局",
    en: "CAC, Ministry of Industry and Information Technology, Ministry of Public Security and State Administration for Market Regulation",
  },
  kind: "policy",
  effective: "2025-03-28",
  effectiveConfidence: "S",
  note: SECONDARY,
  numbering: "item",
  articles: {
    [WHOLE]: {
      gist: { "zh-CN": "四部门联合开展的2025年个人信息保护系列专项执法行动。", en: "Joint 2025 enforcement campaigns on PI protection by four regulators." },
      confidence: "S",
      note: SECONDARY,
    },
    "4": {
      gist: {
        "zh-CN": "重点整治交通、住宿旅游、教育培训、文化体育、物流商贸、休闲娱乐等公共场所使用人脸识别时未取得单独或书面同意、未设置显著提示标识、未加密等严格保护、未开展个人信息保护影响评估的问题。",
        en: "Targets face recognition in transport, lodging and tourism, education, culture and sports, logistics and commerce, and leisure venues that lacks separate or written consent, prominent signs, encryption or a PI impact assessment.",
      },
      confidence: "S",
      note: SECONDARY,
    },
  },
};
