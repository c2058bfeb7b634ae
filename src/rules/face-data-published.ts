// FR-032 — PIPL Art 25: PI is not made public without separate consent; GB/T 35273 §9.4(f): biometric
// information is never publicly disclosed, so even with consent publishing faces remains a risk;
// PSVS Art 22: published footage must protect faces and licence plates.
import { defineRule, eachActivity } from "./define-rule.js";
import type { RuleHit } from "./define-rule.js";
import { cite } from "../law/types.js";
import { handlesFacePi } from "../facts/activity.js";
import { bi } from "./facts.js";

export default defineRule({
  id: "FR-032",
  slug: "face-data-published",
  severity: "prohibited",
  protection: true,
  title: bi(
    "公开人脸图像或人脸信息",
    "Face images or face information are made public",
  ),
  summary: bi(
    "未取得单独同意不得公开个人信息；生物识别信息不应公开披露；公开视频图像须遮蔽人脸和车牌",
    "No publication without separate consent; biometrics should never be disclosed publicly; published footage must mask faces and plates",
  ),
  remedy: bi(
    "停止公开人脸图像和人脸信息，撤下已公开的内容；确需公开视频图像的，先对人脸、车牌等进行遮蔽处理，并事先进行影响评估、记录公开情况。",
    "Stop publishing face images and face information and take down what has been published; where footage must be published, mask faces and licence plates first, assess the impact beforehand and record the publication.",
  ),
  cites: [cite("PIPL", 25), cite("GBT35273", "9.4", { item: "f" }), cite("PSVS", 22)],
  reads: ["activities[].publication.published", "activities[].publication.separateConsent", "activities[].publication.masked", "activities[].videoSystem"],
  check(a) {
    return eachActivity(a, (act, i) => {
      const p = act.publication;
      if (!p.published) return null;
      const hits: RuleHit[] = [];
      const what = handlesFacePi(act) ? bi("人脸图像或人脸信息", "face images or face information") : bi("图像", "images");
      const at = `activities[${i}].publication`;
      if (!p.separateConsent)
        hits.push({
          activity: act.id,
          at: `${at}.separateConsent`,
          detail: bi(
            `活动“${act.name}”公开${what["zh-CN"]}，未取得个人单独同意。`,
            `Activity "${act.name}" makes ${what.en} public without the individuals' separate consent.`,
          ),
        });
      else if (handlesFacePi(act))
        hits.push({
          activity: act.id,
          at: `${at}.published`,
          severity: "risk",
          detail: bi(
            `活动“${act.name}”在取得单独同意后公开人脸信息；推荐性国家标准要求不公开披露生物识别信息，公开后无法收回，对个人权益影响重大。`,
            `Activity "${act.name}" publishes face information with separate consent; the national standard says biometric information should never be publicly disclosed, and once public it cannot be recalled.`,
          ),
        });
      if (act.videoSystem !== null && !p.masked)
        hits.push({
          activity: act.id,
          at: `${at}.masked`,
          severity: "required",
          detail: bi(
            `活动“${act.name}”公开视频图像时未对人脸、车牌等进行遮蔽。`,
            `Activity "${act.name}" publishes video footage without masking faces and licence plates.`,
          ),
        });
      return hits;
    });
  },
});
