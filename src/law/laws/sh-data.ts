// 《上海市数据条例》 (digest §6.1): 2021 text [T]; later amendments not checked.
import type { Bilingual } from "../../vocab/types.js";
import type { Law } from "../types.js";

const AMENDMENT: Bilingual = {
  "zh-CN": "依据2021年公布的文本核对；此后是否修订、条款序号是否变化以官方公布文本为准。",
  en: "Checked against the 2021 text; whether it has since been amended or renumbered is subject to the officially published text.",
};

export const shData: Law = {
  id: "SH-DATA",
  title: { "zh-CN": "《上海市数据条例》", en: "Shanghai Municipal Data Regulation" },
  short: { "zh-CN": "《上海市数据条例》", en: "Shanghai Data Regulation" },
  issuer: { "zh-CN": "上海市人民代表大会常务委员会", en: "Standing Committee of the Shanghai Municipal People's Congress" },
  kind: "local-regulation",
  effective: "2022-01-01",
  effectiveConfidence: "T",
  note: AMENDMENT,
  numbering: "article",
  articles: {
    "22": {
      gist: { "zh-CN": "处理生物识别信息应具有特定目的和充分必要性，采取严格保护措施，并取得个人单独同意。", en: "Biometric processing needs a specific purpose, sufficient necessity, strict safeguards and separate consent." },
      confidence: "T",
      note: AMENDMENT,
    },
    "23": {
      gist: {
        "zh-CN": "在商场、超市、公园、景区、公共文化体育场馆、宾馆等公共场所及居住小区、商务楼宇等区域安装图像采集、个人身份识别设备，应为维护公共安全所必需并设置显著标识，所收集信息仅用于公共安全（单独同意除外），且不得作为出入的唯一验证方式。",
        en: "Image-capture or identity-recognition devices in malls, supermarkets, parks, scenic spots, cultural and sports venues, hotels, residential estates and office buildings must be necessary for public security and clearly signed; the data serves public security only unless separately consented, and may not be the only way to enter.",
      },
      confidence: "T",
      note: AMENDMENT,
    },
  },
};
