// CAC announcement of 2025-05-28 on face-recognition filing (digest §2.2) [O]; cited as a whole.
import { WHOLE, type Law } from "../types.js";

export const cacFiling: Law = {
  id: "CAC-FILING",
  title: { "zh-CN": "《国家互联网信息办公室关于开展人脸识别技术应用备案工作的公告》", en: "CAC Announcement on Filing of Face Recognition Technology Applications" },
  short: { "zh-CN": "《关于开展人脸识别技术应用备案工作的公告》", en: "CAC Face Recognition Filing Announcement" },
  issuer: { "zh-CN": "国家互联网信息办公室", en: "Cyberspace Administration of China" },
  kind: "policy",
  effective: "2025-05-28",
  effectiveConfidence: "O",
  numbering: "none",
  articles: {
    [WHOLE]: {
      gist: {
        "zh-CN": "人脸信息存储数量达到10万人的处理者应通过“个人信息保护业务系统”向所在地省级网信部门在线备案；2025年6月1日前已达到的应于2025年7月14日前备案，实质性变更应在30个工作日内办理变更。",
        en: "Processors storing face data of 100,000 people file online with the provincial CAC via the PI protection business system; those already at that level before 1 June 2025 had to file by 14 July 2025, and substantive changes are filed within 30 working days.",
      },
      confidence: "O",
    },
  },
};
