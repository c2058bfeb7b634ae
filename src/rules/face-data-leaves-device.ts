// FR-016 — Face Measures Art 8: face information is stored in the face-recognition device and not
// sent out over the internet, unless law or regulation provides otherwise or the person gives
// separate consent. Cloud storage or internet transmission without either is prohibited; with
// one of them it remains a risk to document and encrypt. A local server reached without the
// internet is flagged as a risk: it is outside the device, but the transmission ban is not engaged.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { label } from "../model/labels.js";

export default defineRule({
  id: "FR-016",
  slug: "face-data-leaves-device",
  severity: "prohibited",
  title: {
    "zh-CN": "人脸信息未存储于设备内，或通过互联网对外传输",
    en: "Face information is stored off the device or sent out over the internet",
  },
  summary: { "zh-CN": "人脸信息原则上存储于设备内、不得经互联网对外传输（除法定或单独同意）", en: "Face data stays on the device and off the internet unless law or separate consent allows" },
  remedy: {
    "zh-CN": "改为在终端本地比对和存储；确需上传的，须取得个人单独同意或具备法律、行政法规依据，并加密传输、在评估中记录理由。",
    en: "Match and store on the device; if upload is truly needed, obtain separate consent or rely on a statutory basis, encrypt in transit, and record the justification in this assessment.",
  },
  cites: [cite("FRM", 8)],
  reads: [
    "activities[].storage.location",
    "activities[].storage.internetTransmission",
    "activities[].storage.separateConsentForTransmission",
    "activities[].storage.statutoryBasisForTransmission",
    "activities[].storage.encryptedInTransit",
  ],
  check(a, ctx) {
    return eachActivity(a, (act, i) => {
      if (!ctx.faceMeasuresApply(act)) return null;
      const s = act.storage;
      if (s.location === "on-device" && !s.internetTransmission) return null;
      const where = label("storageLocation", s.location);
      const justified = s.separateConsentForTransmission || s.statutoryBasisForTransmission;
      const offDeviceOnly = s.location === "local-server" && !s.internetTransmission;
      const enc = s.encryptedInTransit ? { zh: "", en: "" } : { zh: "且传输未加密。", en: " Transmission is not encrypted." };
      if (offDeviceOnly || justified)
        return {
          activity: act.id,
          at: `activities[${i}].storage.location`,
          severity: "risk",
          detail: {
            "zh-CN": `活动“${act.name}”的人脸信息存储于${where["zh-CN"]}（${s.region}）${offDeviceOnly ? "，未经互联网传输" : justified ? "，已取得单独同意或具备法定依据" : ""}；应在评估中说明理由并加密。${enc.zh}`,
            en: `Face information for "${act.name}" is stored in ${where.en} (${s.region})${offDeviceOnly ? ", without internet transmission" : ", with separate consent or a statutory basis"}; document why and encrypt it.${enc.en}`,
          },
        };
      return {
        activity: act.id,
        at: `activities[${i}].storage.${s.internetTransmission ? "internetTransmission" : "location"}`,
        detail: {
          "zh-CN": `活动“${act.name}”的人脸信息存储于${where["zh-CN"]}（${s.region}）${s.internetTransmission ? "并通过互联网传输" : ""}，既未取得单独同意，也无法律、行政法规依据。${enc.zh}`,
          en: `Face information for "${act.name}" is stored in ${where.en} (${s.region})${s.internetTransmission ? " and sent over the internet" : ""}, with neither separate consent nor a statutory basis.${enc.en}`,
        },
      };
    });
  },
});
