// FR-016 — Face Measures Art 8: face information is stored in the face-recognition device and not
// sent out over the internet, unless law or regulation provides otherwise or the person gives
// separate consent. Internet transmission without either breaches the prohibition; storage off the
// device (a local server, a cloud) without either breaches the duty to keep it on the device. Both
// lack a precondition: suspend until separate consent is obtained or the law is named. With one of
// them it remains a risk to document and encrypt.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { label } from "../model/labels.js";
import { transmissionStatuteNamed } from "../facts/lawful-basis.js";

export default defineRule({
  id: "FR-016",
  slug: "face-data-leaves-device",
  severity: "prohibited",
  protection: true,
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
    "activities[].storage.transmissionStatute",
    "activities[].storage.encryptedInTransit",
  ],
  check(a, ctx) {
    return eachActivity(a, (act, i) => {
      if (!ctx.faceMeasuresApply(act)) return null;
      const s = act.storage;
      if (s.location === "on-device" && !s.internetTransmission) return null;
      const where = label("storageLocation", s.location);
      // The Art 8 exception "法律、行政法规另有规定" holds only where the law is named.
      const statute = transmissionStatuteNamed(act);
      const justified = s.separateConsentForTransmission || statute;
      const enc = s.encryptedInTransit ? { zh: "", en: "" } : { zh: "且传输未加密。", en: " Transmission is not encrypted." };
      if (justified)
        return {
          activity: act.id,
          at: `activities[${i}].storage.location`,
          severity: "risk",
          detail: {
            "zh-CN": `活动“${act.name}”的人脸信息存储于${where["zh-CN"]}（${s.region}）${s.internetTransmission ? "并经互联网传输" : ""}，${s.separateConsentForTransmission ? "已取得单独同意" : `依据${s.transmissionStatute ?? ""}`}；应在评估中说明理由并加密。${enc.zh}`,
            en: `Face information for "${act.name}" is stored in ${where.en} (${s.region})${s.internetTransmission ? " and sent over the internet" : ""}, ${s.separateConsentForTransmission ? "with separate consent" : `under ${s.transmissionStatute ?? ""}`}; document why and encrypt it.${enc.en}`,
          },
        };
      const claimed = s.statutoryBasisForTransmission
        ? { zh: "处理者称有法定依据，但未写明具体的法律、行政法规；", en: " A statutory basis is claimed but no law or administrative regulation is named;" }
        : { zh: "", en: "" };
      // Sending face data over the internet breaches a 不得 norm; storing it off the device breaches
      // the 应当 duty to keep it there. Either way separate consent (or a named law) is the missing
      // precondition: suspend until it is in place.
      return {
        activity: act.id,
        at: `activities[${i}].storage.${s.internetTransmission ? "internetTransmission" : "location"}`,
        severity: s.internetTransmission ? "prohibited" : "required",
        consequence: "suspend-until-fixed",
        ground: s.internetTransmission
          ? { "zh-CN": "未经单独同意通过互联网传输人脸信息", en: "face data sent over the internet without separate consent" }
          : { "zh-CN": "未经单独同意在设备以外存储人脸信息", en: "face data stored off the device without separate consent" },
        detail: {
          "zh-CN": `活动“${act.name}”的人脸信息存储于${where["zh-CN"]}（${s.region}）${s.internetTransmission ? "并通过互联网传输" : ""}；${claimed.zh}既未取得单独同意，也无写明的法律、行政法规依据。${enc.zh}`,
          en: `Face information for "${act.name}" is stored in ${where.en} (${s.region})${s.internetTransmission ? " and sent over the internet" : ""}.${claimed.en} There is neither separate consent nor a named law or administrative regulation.${enc.en}`,
        },
      };
    });
  },
});
