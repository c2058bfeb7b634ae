// FR-018 — GB/T 35273 §6.3(b)(c): biometric data stored apart from identity data, and raw images
// not kept after verification; GB/T 41819's storage clause (draft wording) likewise. A recommended
// standard, so a risk rather than a prohibition — but a strong assessment finding.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { handlesFacePi } from "../facts/activity.js";

export default defineRule({
  id: "FR-018",
  slug: "raw-images-or-joint-storage",
  severity: "risk",
  protection: true,
  title: {
    "zh-CN": "比对完成后仍保存原始人脸图像，或人脸信息与身份信息混合存储",
    en: "Raw face images are kept after matching, or face data is stored with identity data",
  },
  summary: { "zh-CN": "原则上不保存原始人脸图像，人脸信息与身份信息分开存储", en: "No raw face images after matching; store face data apart from identity data" },
  remedy: {
    "zh-CN": "比对完成后即删除原始图像，仅保存不可逆的特征值或摘要；将人脸特征与姓名、证件号等身份信息分库分权限存储。",
    en: "Delete raw images once matching is done and keep only irreversible templates; store face templates apart from names and ID numbers, with separate access rights.",
  },
  cites: [cite("GBT35273", "6.3", { item: "b" }), cite("GBT35273", "6.3", { item: "c" }), cite("GBT41819", "7")],
  reads: ["activities[].storage.rawImagesKept", "activities[].storage.templatesSeparate"],
  check(a) {
    return eachActivity(a, (act, i) => {
      if (!handlesFacePi(act) || (!act.storage.rawImagesKept && act.storage.templatesSeparate)) return null;
      const zh = [act.storage.rawImagesKept ? "比对后仍保存原始人脸图像" : "", !act.storage.templatesSeparate ? "人脸信息与身份信息未分开存储" : ""].filter(Boolean).join("；");
      const en = [act.storage.rawImagesKept ? "raw face images are kept after matching" : "", !act.storage.templatesSeparate ? "face data is not stored apart from identity data" : ""].filter(Boolean).join("; ");
      return {
        activity: act.id,
        at: `activities[${i}].storage.${act.storage.rawImagesKept ? "rawImagesKept" : "templatesSeparate"}`,
        detail: { "zh-CN": `活动“${act.name}”：${zh}。`, en: `Activity "${act.name}": ${en}.` },
      };
    });
  },
});
