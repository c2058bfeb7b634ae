// FR-010 — SPC Provisions Art 4(2); PIPL Arts 14, 29; GB/T 35273 §5.3: consent to face
// processing bundled with other authorisations is not valid separate consent.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { handlesFacePi } from "../facts/activity.js";
import { reliesOnConsent } from "../facts/lawful-basis.js";

export default defineRule({
  id: "FR-010",
  slug: "bundled-consent",
  severity: "prohibited",
  title: {
    "zh-CN": "人脸信息处理的同意与其他授权捆绑取得",
    en: "Consent to face processing is bundled with other authorisations",
  },
  summary: { "zh-CN": "不得将人脸信息同意与其他授权捆绑", en: "Face consent must not be bundled with other consents" },
  remedy: {
    "zh-CN": "将人脸信息处理的同意从隐私政策、服务协议等授权中单独拆出，以单独的勾选或签字取得，并保存同意记录。",
    en: "Take consent to face processing apart from the privacy policy and service terms, by its own tick box or signature, and keep a record of it.",
  },
  cites: [cite("SPC-FACE", 4, { item: 2 }), cite("PIPL", 14), cite("PIPL", 29), cite("GBT35273", "5.3")],
  reads: ["activities[].consent.form", "activities[].lawfulBasis", "activities[].basisEvidence.statute"],
  check(a) {
    return eachActivity(a, (act, i) =>
      reliesOnConsent(act) && handlesFacePi(act) && act.consent.form === "bundled"
        ? {
            activity: act.id,
            at: `activities[${i}].consent.form`,
            ground: { "zh-CN": "捆绑同意不构成有效同意，处理缺乏有效的合法性基础", en: "bundled consent is not valid consent: no valid lawful basis" },
            detail: {
              "zh-CN": `活动“${act.name}”的处理须以同意为合法性基础，但人脸信息的同意与其他授权一并取得（捆绑同意）。`,
              en: `Activity "${act.name}" has to rely on consent, but consent to face processing is obtained together with other authorisations (bundled).`,
            },
          }
        : null,
    );
  },
});
