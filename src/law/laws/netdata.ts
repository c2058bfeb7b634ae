// 《网络数据安全管理条例》 (digest §9.5): Art 12 [T]; the digest gives no effective date.
import type { Law } from "../types.js";

export const netdata: Law = {
  id: "NETDATA",
  title: { "zh-CN": "《网络数据安全管理条例》", en: "Regulation on Network Data Security Management" },
  short: { "zh-CN": "《网络数据安全管理条例》", en: "Network Data Security Management Regulation" },
  issuer: { "zh-CN": "国务院", en: "State Council" },
  kind: "administrative-regulation",
  effective: "2025-01-01",
  effectiveConfidence: "UNCONFIRMED",
  note: {
    "zh-CN": "施行日期（2025年1月1日）以官方公布文本为准。",
    en: "The effective date (1 January 2025) is subject to the officially published text.",
  },
  numbering: "article",
  articles: {
    "12": {
      gist: { "zh-CN": "向他人提供或委托处理个人信息和重要数据的，处理情况记录应至少保存3年。", en: "Records of providing or entrusting PI and important data must be kept at least 3 years." },
      confidence: "T",
    },
  },
};
