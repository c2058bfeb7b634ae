// FR-026 — Face Measures Art 13 bans face-recognition devices inside private spaces of public
// places (hotel rooms, baths, changing rooms, toilets); PSVS Art 8 bans any image-capture equipment
// in the full list (also private dining rooms, dormitory and staff rest rooms, nursing and fitting
// rooms, any spot that can film private activity), with penalties under PSVS Art 27.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { label } from "../model/labels.js";
import { bi, capturesImages } from "./facts.js";

export default defineRule({
  id: "FR-026",
  slug: "private-space-installation",
  severity: "prohibited",
  title: bi(
    "在私密空间内部安装图像采集或人脸识别设备",
    "Image-capture or face-recognition equipment is installed inside a private space",
  ),
  summary: bi(
    "不得在客房、包间、浴室、卫生间、更衣室、试衣间、哺乳室、宿舍等私密空间内部安装图像采集设备",
    "No image-capture equipment inside guest rooms, private dining rooms, baths, toilets, changing, fitting or nursing rooms, dormitories or similar private spaces",
  ),
  remedy: bi(
    "立即拆除私密空间内部的设备，删除已采集的图像和人脸信息，并记录拆除和删除情况；场所管理者应当定期排查，发现此类设备及时报告公安机关。",
    "Remove the equipment from the private space at once, delete the images and face information already captured, and record the removal and deletion; the manager of the place must inspect regularly and report any such device to the police.",
  ),
  cites: [cite("FRM", 13), cite("PSVS", 8), cite("PSVS", 27)],
  reads: [
    "activities[].location.privateSpace",
    "activities[].location.site",
    "activities[].usesFaceRecognition",
    "activities[].personalInfo[].category",
    "activities[].videoSystem",
  ],
  check(a, ctx) {
    return eachActivity(a, (act, i) => {
      const space = act.location.privateSpace;
      if (space === "none" || !capturesImages(act)) return null;
      const sp = label("privateSpace", space);
      const kind = ctx.faceMeasuresApply(act) ? bi("人脸识别设备", "face-recognition devices") : bi("图像采集设备", "image-capture equipment");
      return {
        activity: act.id,
        at: `activities[${i}].location.privateSpace`,
        detail: bi(
          `活动“${act.name}”在${act.location.site}的私密空间（${sp["zh-CN"]}）内部安装${kind["zh-CN"]}。`,
          `Activity "${act.name}" has ${kind.en} inside a private space (${sp.en.toLowerCase()}) at ${act.location.site}.`,
        ),
      };
    });
  },
});
