// FR-025 — Face Measures Art 13 (依法合理确定人脸信息采集区域) and PSVS Art 13 (reasonable position,
// angle and range): a capture area that reaches beyond what the purpose needs (streets, neighbours'
// doors) is prohibited for face recognition under the Measures, and a risk for plain video, where
// PSVS Art 13 sets a reasonableness standard that weighs public-security needs against privacy.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { bi, capturesImages } from "./facts.js";

export default defineRule({
  id: "FR-025",
  slug: "capture-area-unbounded",
  severity: "required",
  protection: true,
  title: bi(
    "公共场所设备的采集区域未合理限定",
    "The capture area of devices in a public place is not reasonably bounded",
  ),
  summary: bi(
    "公共场所人脸识别和视频设备的采集区域应限于实现目的所需范围（人脸识别禁止，视频为风险）",
    "Capture areas in public places must be limited to what the purpose needs (prohibited for face recognition, a risk for video)",
  ),
  remedy: bi(
    "调整设备的安装位置、角度和焦距，或对超出范围的画面进行遮蔽，使采集区域限于出入口、通道等实现目的所必需的范围，不覆盖道路、相邻建筑或他人住宅门户；在评估报告和标识中写明采集区域。",
    "Move, re-angle or re-focus the devices, or mask the excess field of view, so that capture is limited to the entrances, passages and other areas the purpose needs and excludes roads, neighbouring buildings and other people's doors; state the capture area in the report and on the signage.",
  ),
  cites: [cite("FRM", 13), cite("PSVS", 13)],
  reads: [
    "activities[].location.publicPlace",
    "activities[].location.captureAreaBounded",
    "activities[].location.captureArea",
    "activities[].usesFaceRecognition",
    "activities[].purposes",
    "activities[].personalInfo[].category",
    "activities[].videoSystem",
  ],
  check(a, ctx) {
    return eachActivity(a, (act, i) => {
      if (!act.location.publicPlace || !capturesImages(act) || act.location.captureAreaBounded) return null;
      const face = ctx.faceMeasuresApply(act);
      return {
        activity: act.id,
        at: `activities[${i}].location.captureAreaBounded`,
        detail: face
          ? bi(
              `活动“${act.name}”在公共场所应用人脸识别，采集区域未合理限定：“${act.location.captureArea}”。`,
              `Activity "${act.name}" uses face recognition in a public place with a capture area that is not reasonably bounded: "${act.location.captureArea}".`,
            )
          : bi(
              `活动“${act.name}”在公共场所采集图像（不适用人脸识别办法），采集范围未合理限定：“${act.location.captureArea}”。`,
              `Activity "${act.name}" captures images in a public place (outside the Face Recognition Measures) over a range that is not reasonably bounded: "${act.location.captureArea}".`,
            ),
      };
    });
  },
});
