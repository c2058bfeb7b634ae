// FR-003 — Face Measures Art 2 para 2 excludes face processing purely for R&D / algorithm
// training; PIPL's sensitive-PI rules (specific purpose, separate consent, PIA) still apply.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { consentBased, handlesFacePi, isRndOnly } from "../facts/activity.js";
import { freshConsentMissing } from "../facts/sensitive.js";

export default defineRule({
  id: "FR-003",
  slug: "rnd-exclusion",
  severity: "required",
  title: {
    "zh-CN": "仅用于研发和算法训练的人脸信息处理不适用人脸识别办法，但仍须遵守敏感个人信息规则",
    en: "Face data used only for R&D or algorithm training is outside the Measures but still sensitive PI under PIPL",
  },
  summary: {
    "zh-CN": "研发、算法训练用途排除适用人脸识别办法，仍适用《个人信息保护法》敏感个人信息规则",
    en: "R&D/training use is excluded from the Measures; PIPL sensitive-PI rules still apply",
  },
  remedy: {
    "zh-CN": "确认人脸信息确仅用于研发或算法训练；以单独同意（或其他合法性基础）处理，完成本评估，并严格限制用途，转为实际应用前重新评估。",
    en: "Confirm the data is used only for R&D or training; rely on separate consent (or another lawful basis); complete this assessment; restrict use, and re-assess before any deployment.",
  },
  cites: [cite("FRM", 2, { para: 2 }), cite("PIPL", 28), cite("PIPL", 29), cite("PIPL", 55, { item: 1 })],
  reads: ["activities[].scenario", "activities[].purposes", "activities[].consent.form", "activities[].lawfulBasis", "activities[].reuse.newConsent", "activities[].reuse.fromPurposes"],
  check(a) {
    return eachActivity(a, (act, i) => {
      if (!isRndOnly(act) || !handlesFacePi(act)) return null;
      const formOk = !consentBased(act) || act.consent.form === "separate" || act.consent.form === "written";
      // Consent given for the purposes the data was first collected for does not cover training (PIPL Art 14 para 2; FR-049).
      const reused = consentBased(act) && freshConsentMissing(act);
      const consentOk = formOk && !reused;
      return {
        activity: act.id,
        at: `activities[${i}].purposes`,
        satisfied: consentOk,
        detail: {
          "zh-CN": `活动“${act.name}”仅用于研发或算法训练，不适用该办法；仍属处理敏感个人信息${consentOk ? "，已具备单独同意或其他合法性基础" : !formOk ? "，但同意形式为“" + act.consent.form + "”，未取得单独同意" : "，但所依据的同意系为原收集目的取得，未就研发或算法训练重新取得单独同意"}。`,
          en: `Activity "${act.name}" is R&D/training only and outside the Measures; it still processes sensitive PI${consentOk ? ", with separate consent or another lawful basis" : !formOk ? `, but the consent form is "${act.consent.form}", not separate consent` : ", but the consent relied on was given for the purposes of the original collection, and no fresh separate consent to R&D or training was obtained"}.`,
        },
      };
    });
  },
});
