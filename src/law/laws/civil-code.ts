// 《中华人民共和国民法典》: Art 1034 as cited by the SPC provisions (digest §7); Art 201 is not in the
// digest (used for counting deadlines), so it is UNCONFIRMED.
import type { Law } from "../types.js";

export const civilCode: Law = {
  id: "CIVIL-CODE",
  title: { "zh-CN": "《中华人民共和国民法典》", en: "Civil Code of the People's Republic of China" },
  short: { "zh-CN": "《民法典》", en: "Civil Code" },
  issuer: { "zh-CN": "全国人民代表大会", en: "National People's Congress" },
  kind: "law",
  effective: "2021-01-01",
  effectiveConfidence: "UNCONFIRMED",
  note: {
    "zh-CN": "施行日期（2021年1月1日）以官方公布文本为准。",
    en: "The effective date (1 January 2021) is subject to the officially published text.",
  },
  numbering: "article",
  articles: {
    "201": {
      gist: { "zh-CN": "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。", en: "Periods counted in years, months or days start on the day after the starting day." },
      confidence: "UNCONFIRMED",
      note: {
        "zh-CN": "条文序号与内容以官方公布文本为准。",
        en: "The article number and content are subject to the officially published text.",
      },
    },
    "1034": {
      gist: { "zh-CN": "自然人的个人信息受法律保护，个人信息包括生物识别信息。", en: "Natural persons' PI is protected by law, and PI includes biometric information." },
      confidence: "T",
    },
  },
};
