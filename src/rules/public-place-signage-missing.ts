// FR-024 — PIPL Art 26; Face Measures Art 13; PSVS Art 13: image-capture and identity-recognition
// devices in public places need prominent signage. Shanghai Data Regulation Art 23 para 1 extends
// the duty to residential estates and office buildings, which the answers may not mark as public
// places. A sign placed where people see it only after entering the capture area is not prominent
// notice in advance (digest §10): reported as a risk. For a Shanghai estate or office building that
// is not a public place, the finding cites the Shanghai regulation only.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { isShanghai } from "../facts/activity.js";
import { label } from "../model/labels.js";
import { bi, capturesImages } from "./facts.js";

/** Scenarios that are 居住小区 / 商务楼宇 areas under Shanghai Data Regulation Art 23 para 1. */
const SH_AREAS = new Set(["residential", "office"]);

export default defineRule({
  id: "FR-024",
  slug: "public-place-signage-missing",
  severity: "required",
  consequence: "suspend-until-fixed",
  title: bi(
    "公共场所安装图像采集、人脸识别设备未设置显著的提示标识",
    "Image-capture or face-recognition devices in a public place have no prominent signage",
  ),
  summary: bi(
    "公共场所（上海还包括居住小区、商务楼宇）安装图像采集、身份识别设备须设置显著提示标识",
    "Devices in public places (in Shanghai also residential estates and office buildings) need prominent signage",
  ),
  remedy: bi(
    "在进入采集区域前、人员进入摄像机视野之前即可看清的位置设置显著提示标识，载明处理者名称和联系方式、目的、采集区域、保存期限、存储位置、替代验证方式及查询规则和行使权利的途径（可使用随本报告提供的标识文本）。",
    "Put up prominent signs where people can read them before they enter the capture area and the cameras' field of view, stating the operator and contact, the purpose, the capture area, retention, where data is stored, the alternative to face verification, and how to read the full rules and exercise rights (the signage text provided with this report can be used).",
  ),
  cites: [cite("PIPL", 26), cite("FRM", 13), cite("PSVS", 13)],
  reads: [
    "activities[].location.publicPlace",
    "activities[].location.province",
    "activities[].scenario",
    "activities[].signage.present",
    "activities[].signage.beforeCaptureArea",
    "activities[].usesFaceRecognition",
    "activities[].personalInfo[].category",
    "activities[].videoSystem",
  ],
  check(a) {
    return eachActivity(a, (act, i) => {
      if (!capturesImages(act)) return null;
      const sh = isShanghai(act);
      const shArea = sh && !act.location.publicPlace && SH_AREAS.has(act.scenario);
      if (!act.location.publicPlace && !shArea) return null;
      const cites = sh ? [cite("SH-DATA", 23, { para: 1 })] : [];
      const sc = label("scenario", act.scenario);
      const place = shArea
        ? bi(`上海市${sc["zh-CN"]}（${act.location.site}；属《上海市数据条例》第二十三条所列区域）`, `a ${sc.en.toLowerCase()} in Shanghai (${act.location.site}; an area covered by Shanghai Data Regulation Art 23)`)
        : bi(`公共场所（${act.location.site}）`, `a public place (${act.location.site})`);
      if (!act.signage.present)
        return {
          activity: act.id,
          at: `activities[${i}].signage.present`,
          cites,
          // Not a public place: the duty rests on the Shanghai regulation alone.
          onlyOwnCites: shArea,
          detail: bi(
            `活动“${act.name}”在${place["zh-CN"]}安装图像采集或身份识别设备，但未设置提示标识。`,
            `Activity "${act.name}" installs image-capture or identity-recognition devices in ${place.en} but has no signage.`,
          ),
        };
      if (!act.signage.beforeCaptureArea)
        return {
          activity: act.id,
          at: `activities[${i}].signage.beforeCaptureArea`,
          severity: "risk",
          cites,
          onlyOwnCites: shArea,
          detail: bi(
            `活动“${act.name}”在${place["zh-CN"]}设有提示标识，但标识不在进入采集区域之前，人员看到标识时已被采集，难以认定为“显著”的事先提示。`,
            `Activity "${act.name}" has signage in ${place.en}, but not before the capture area: people are captured before they can see it, so it can hardly count as prominent prior notice.`,
          ),
        };
      return null;
    });
  },
});
