// 《深圳经济特区数据条例》 (digest §6.2): Art 19 [T]; the digest gives no effective date.
import type { Law } from "../types.js";

export const szData: Law = {
  id: "SZ-DATA",
  title: { "zh-CN": "《深圳经济特区数据条例》", en: "Data Regulation of the Shenzhen Special Economic Zone" },
  short: { "zh-CN": "《深圳经济特区数据条例》", en: "Shenzhen SEZ Data Regulation" },
  issuer: { "zh-CN": "深圳市人民代表大会常务委员会", en: "Standing Committee of the Shenzhen Municipal People's Congress" },
  kind: "local-regulation",
  effective: "2022-01-01",
  effectiveConfidence: "UNCONFIRMED",
  note: {
    "zh-CN": "施行日期（2022年1月1日）以官方公布文本为准。",
    en: "The effective date (1 January 2022) is subject to the officially published text.",
  },
  numbering: "article",
  articles: {
    "19": {
      gist: { "zh-CN": "征求处理生物识别数据的明示同意时应提供非生物识别的替代方式（生物识别为必需且不可替代的除外），未经明示同意不得用于其他目的。", en: "When seeking express consent for biometrics, offer a non-biometric alternative unless biometrics are necessary and irreplaceable; no other use without express consent." },
      confidence: "T",
    },
  },
};
