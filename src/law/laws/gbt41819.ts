// GB/T 41819-2022 (digest §5): status and section titles [O]; the requirements come from the 2021
// draft or memory, so each clause's specific content is UNCONFIRMED.
import type { Bilingual } from "../../vocab/types.js";
import { WHOLE, type Law } from "../types.js";

const DRAFT: Bilingual = {
  "zh-CN": "章节标题来自官方目录；具体要求依据2021年征求意见稿的公开资料，终稿的条款归属和措辞以正式文本为准。",
  en: "The section title is from the official contents; the specific requirements follow published material on the 2021 draft, and the published standard governs their clause and wording.",
};

export const gbt41819: Law = {
  id: "GBT41819",
  title: { "zh-CN": "GB/T 41819-2022《信息安全技术 人脸识别数据安全要求》", en: "GB/T 41819-2022 Information security technology — Security requirements of face recognition data" },
  short: { "zh-CN": "GB/T 41819-2022", en: "GB/T 41819-2022" },
  issuer: { "zh-CN": "国家市场监督管理总局、国家标准化管理委员会", en: "SAMR and Standardization Administration of China" },
  kind: "national-standard",
  effective: "2023-05-01",
  effectiveConfidence: "O",
  note: DRAFT,
  numbering: "clause",
  articles: {
    [WHOLE]: {
      gist: { "zh-CN": "规定人脸识别数据在收集、存储、使用、传输、提供和公开、删除各环节的安全要求。", en: "Sets security requirements for face-recognition data across collection, storage, use, transmission, provision and disclosure, and deletion." },
      confidence: "O",
    },
    "4": {
      gist: { "zh-CN": "概述。", en: "Overview." },
      confidence: "O",
    },
    "5": {
      gist: { "zh-CN": "安全通用要求：处理者应具备数据安全和个人信息保护能力（含防伪造、活体检测），向个人提供非人脸识别的身份验证替代方式，不得因个人拒绝人脸采集而拒绝基本业务功能。", en: "General requirements: data-security and PI capability including anti-spoofing and liveness checks; offer a non-face verification alternative and do not refuse basic functions to those who decline face collection." },
      confidence: "UNCONFIRMED",
      note: DRAFT,
    },
    "6": {
      gist: { "zh-CN": "收集：收集人脸识别数据前应取得明示同意。", en: "Collection: obtain express consent before collecting face-recognition data." },
      confidence: "UNCONFIRMED",
      note: DRAFT,
    },
    "7": {
      gist: { "zh-CN": "存储：存储人脸图像须取得单独书面授权，否则应在验证或辨识完成后立即删除；人脸识别数据应与身份信息分开并加密存储。", en: "Storage: storing face images needs separate written authorisation, otherwise delete them right after verification or identification; keep face data encrypted and apart from identity data." },
      confidence: "UNCONFIRMED",
      note: DRAFT,
    },
    "8": {
      gist: { "zh-CN": "使用：人脸识别数据仅用于身份识别，不得用于评估或预测工作表现、经济状况、健康、偏好或兴趣。", en: "Use: face data serves identity recognition only, not evaluating or predicting performance, finances, health, preferences or interests." },
      confidence: "UNCONFIRMED",
      note: DRAFT,
    },
    "9": {
      gist: { "zh-CN": "传输：人脸识别数据传输的安全要求，宜优先在本地（设备端）处理。", en: "Transmission: security requirements for transmitting face data, preferring local on-device processing." },
      confidence: "UNCONFIRMED",
      note: DRAFT,
    },
    "10": {
      gist: { "zh-CN": "提供、公开：向他人提供或公开人脸识别数据的限制性要求。", en: "Provision and disclosure: restrictions on providing face data to others or making it public." },
      confidence: "UNCONFIRMED",
      note: DRAFT,
    },
    "11": {
      gist: { "zh-CN": "删除：注销账户或撤回同意时应删除人脸识别数据。", en: "Deletion: delete face data on account closure or withdrawal of consent." },
      confidence: "UNCONFIRMED",
      note: DRAFT,
    },
  },
};
