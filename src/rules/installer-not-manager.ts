// FR-027 — PSVS Art 7 para 3 and Art 9 para 1: in a public place only its manager or the unit
// holding its security-protection duty may install image-capture equipment; others may not
// (rectification, deletion, confiscation and fines under PSVS Art 26).
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { bi, capturesImages } from "./facts.js";

export default defineRule({
  id: "FR-027",
  slug: "installer-not-manager",
  severity: "prohibited",
  title: bi(
    "公共场所的图像采集设备由非场所管理者或非安全防范责任单位安装",
    "Image-capture equipment in a public place is installed by someone who neither manages the place nor holds its security duty",
  ),
  summary: bi(
    "公共场所图像采集设备只能由场所经营管理单位或负有安全防范职责的单位安装",
    "Only the manager of a public place or the unit with its security duty may install image-capture equipment there",
  ),
  remedy: bi(
    "由场所经营管理单位或负有安全防范职责的单位作为安装和使用主体，与现安装方重新明确权责（如改为受托运维并签订协议）；无权安装的，拆除设备并删除已采集的图像。",
    "Make the manager of the place, or the unit holding its security duty, the party that installs and operates the equipment, and redefine the current installer's role (e.g. as an entrusted maintainer under contract); if no entitled party takes it over, remove the equipment and delete the images captured.",
  ),
  cites: [cite("PSVS", 7, { para: 3 }), cite("PSVS", 9, { para: 1 }), cite("PSVS", 26)],
  reads: [
    "activities[].location.publicPlace",
    "activities[].location.installerIsManager",
    "activities[].location.site",
    "activities[].usesFaceRecognition",
    "activities[].personalInfo[].category",
    "activities[].videoSystem",
  ],
  check(a) {
    return eachActivity(a, (act, i) => {
      if (!act.location.publicPlace || !capturesImages(act) || act.location.installerIsManager) return null;
      return {
        activity: act.id,
        at: `activities[${i}].location.installerIsManager`,
        detail: bi(
          `活动“${act.name}”在公共场所（${act.location.site}）安装图像采集设备，但安装者既非该场所的经营管理单位，也不负有其安全防范职责。`,
          `Activity "${act.name}" installs image-capture equipment in a public place (${act.location.site}), but the installer neither manages the place nor holds its security-protection duty.`,
        ),
      };
    });
  },
});
