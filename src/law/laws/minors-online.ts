// 《未成年人网络保护条例》 (digest §1, Art 54): Art 37 [T]; the digest gives no effective date.
import type { Law } from "../types.js";

export const minorsOnline: Law = {
  id: "MINORS-ONLINE",
  title: { "zh-CN": "《未成年人网络保护条例》", en: "Regulation on the Online Protection of Minors" },
  short: { "zh-CN": "《未成年人网络保护条例》", en: "Regulation on the Online Protection of Minors" },
  issuer: { "zh-CN": "国务院", en: "State Council" },
  kind: "administrative-regulation",
  effective: "2024-01-01",
  effectiveConfidence: "UNCONFIRMED",
  note: {
    "zh-CN": "施行日期（2024年1月1日）以官方公布文本为准。",
    en: "The effective date (1 January 2024) is subject to the officially published text.",
  },
  numbering: "article",
  articles: {
    "37": {
      gist: { "zh-CN": "个人信息处理者应每年对处理未成年人个人信息的合规情况进行审计，并将审计情况报送网信等部门。", en: "Processors must audit their handling of minors' PI every year and report the results to the CAC and other regulators." },
      confidence: "T",
    },
  },
};
