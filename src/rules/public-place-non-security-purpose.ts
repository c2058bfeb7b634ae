// FR-023 — PIPL Art 26; Face Measures Art 13; SPC Provisions Art 2(1); Shanghai Data Regulation
// Art 23 para 2: image-capture and identity-recognition devices in public places serve public
// security only; any other use needs the individual's separate consent. Separate consent binds only
// those who gave it, so a device installed solely for a non-security use still captures everyone
// else who walks past: that is reported as a risk.
import { defineRule, eachActivity } from "./define-rule.js";
import { hasValidNonConsentBasis } from "../facts/lawful-basis.js";
import { cite } from "../law/types.js";
import { isShanghai } from "../facts/activity.js";
import { label } from "../model/labels.js";
import { bi, capturesImages, hasSeparateConsent, listBi } from "./facts.js";

export default defineRule({
  id: "FR-023",
  slug: "public-place-non-security-purpose",
  severity: "prohibited",
  title: bi(
    "公共场所的图像采集、人脸识别设备被用于维护公共安全以外的目的",
    "Image-capture or face-recognition devices in a public place are used for purposes other than public security",
  ),
  summary: bi(
    "公共场所采集的图像和身份识别信息只能用于维护公共安全，其他用途须取得个人单独同意",
    "Images and identity data collected in public places may serve public security only, unless the individual separately consents",
  ),
  remedy: bi(
    "停止将公共场所采集的图像、人脸信息用于营销、客流分析、会员识别等非公共安全目的；确需此类用途的，仅对事先单独同意的个人（如自愿登记的会员）处理，并使未同意者的图像不进入比对或分析。",
    "Stop using images or face information collected in the public place for marketing, footfall analytics, membership recognition or any other non-security purpose; where such a use is essential, limit it to people who gave separate consent in advance (e.g. members who enrolled) and keep everyone else's images out of the matching and analysis.",
  ),
  cites: [cite("PIPL", 26), cite("FRM", 13), cite("SPC-FACE", 2, { item: 1 })],
  reads: [
    "activities[].location.publicPlace",
    "activities[].location.province",
    "activities[].purposes",
    "activities[].lawfulBasis",
    "activities[].consent.form",
    "activities[].usesFaceRecognition",
    "activities[].personalInfo[].category",
    "activities[].videoSystem",
  ],
  check(a) {
    return eachActivity(a, (act, i) => {
      if (!act.location.publicPlace || !capturesImages(act)) return null;
      const other = act.purposes.filter((p) => p !== "public-security");
      if (other.length === 0) return null;
      const uses = listBi(other.map((p) => label("purpose", p)));
      const cites = isShanghai(act) ? [cite("SH-DATA", 23, { para: 2 })] : [];
      const where = act.location.site;
      // PIPL Art 13 last para: where a basis in items (2)–(7) applies (e.g. a statutory duty to
      // verify hotel guests), consent is not required even where another article asks for it —
      // but only a basis that survives its test (necessity, a named law; digest §00 C). A basis
      // that fails is FR-042's finding, and this use then needs separate consent.
      if (!hasSeparateConsent(act) && hasValidNonConsentBasis(act)) return null;
      if (!hasSeparateConsent(act))
        return {
          activity: act.id,
          at: `activities[${i}].purposes`,
          cites,
          ground: bi("在公共场所将采集的图像用于公共安全以外的目的，未取得单独同意", "images from a public place used beyond public security without separate consent"),
          detail: bi(
            `活动“${act.name}”在公共场所（${where}）采集图像或人脸信息，用于${uses["zh-CN"]}，不属于维护公共安全；同意形式为“${label("consentForm", act.consent.form)["zh-CN"]}”，未取得个人单独同意。`,
            `Activity "${act.name}" captures images or face information in a public place (${where}) for ${uses.en.toLowerCase()}, which is not public security; the consent form is "${label("consentForm", act.consent.form).en}", not separate consent.`,
          ),
        };
      if (act.purposes.includes("public-security")) return null;
      return {
        activity: act.id,
        at: `activities[${i}].purposes`,
        severity: "risk",
        cites,
        remedy: bi(
          "论证在公共场所设置该设备的必要性；优先改为由个人主动触发的识别（如会员扫码或在 App 内授权后到店识别），或确保未匹配人员的图像在比对后立即删除、不作任何分析或留存，并在标识中说明。",
          "Document why a device in the public place is needed at all; prefer recognition the individual triggers (e.g. a member scans a code or opts in through the app), or ensure images of people who do not match are deleted at once after matching and never analysed or kept, and say so on the signage.",
        ),
        detail: bi(
          `活动“${act.name}”在公共场所（${where}）设置设备仅用于${uses["zh-CN"]}，已就该用途取得单独同意；但设备会采集进入采集区域的所有人，未同意者的图像同样被采集，而公共场所安装设备应当为维护公共安全所必需。`,
          `Activity "${act.name}" installs devices in a public place (${where}) solely for ${uses.en.toLowerCase()}, with separate consent for that use; but the devices capture everyone who enters the capture area, including people who never consented, while installation in a public place must be necessary for public security.`,
        ),
      };
    });
  },
});
