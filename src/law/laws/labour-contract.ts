// 《中华人民共和国劳动合同法》 Art 4: rules and major matters that directly concern workers' interests
// (pay, working hours, labour discipline, …) are adopted after discussion by the workers' congress or
// all workers and equal consultation with the union or workers' representatives (legal digest §00 C:
// HR rules relied on under PIPL Art 13(1) item 2 must have been made this way). Checked against a
// full-text copy of the law.
import type { Law } from "../types.js";

export const labourContract: Law = {
  id: "LABOUR-CONTRACT",
  title: { "zh-CN": "《中华人民共和国劳动合同法》", en: "Labour Contract Law of the People's Republic of China" },
  short: { "zh-CN": "《劳动合同法》", en: "Labour Contract Law" },
  issuer: { "zh-CN": "全国人民代表大会常务委员会", en: "Standing Committee of the National People's Congress" },
  kind: "law",
  effective: "2008-01-01",
  effectiveConfidence: "T",
  numbering: "article",
  articles: {
    "4": {
      gist: {
        "zh-CN": "用人单位制定、修改或者决定直接涉及劳动者切身利益的规章制度或者重大事项时，应当经职工代表大会或者全体职工讨论，并与工会或者职工代表平等协商确定。",
        en: "Rules or major matters directly affecting workers' interests are adopted after discussion by the workers' congress or all workers, and equal consultation with the union or workers' representatives.",
      },
      confidence: "T",
    },
  },
};
