// FR-012 — PIPL Art 29; Face Measures Art 6; SPC Provisions Art 2(3); Shanghai Data Regulation
// Art 22: consent-based processing of face (biometric) or other sensitive PI needs separate
// consent; PIPL Art 15 adds a convenient withdrawal method. Bundled consent is FR-010's finding,
// so this rule covers "none" for face information (FR-047 covers "none" and "bundled" for other
// sensitive PI), and missing records and missing withdrawal for any sensitive PI.
import { defineRule, eachActivity } from "./define-rule.js";
import type { RuleHit } from "./define-rule.js";
import { cite } from "../law/types.js";
import { handlesFacePi, isShanghai, processesSensitivePi } from "../facts/activity.js";
import { reliesOnConsent } from "../facts/lawful-basis.js";

export default defineRule({
  id: "FR-012",
  slug: "separate-consent-missing",
  severity: "required",
  title: {
    "zh-CN": "以同意为基础处理人脸等敏感个人信息，未取得单独同意",
    en: "Face or other sensitive PI is processed on consent without separate consent",
  },
  summary: { "zh-CN": "以同意处理人脸等敏感个人信息须取得并记录单独同意，并可便捷撤回", en: "Consent-based sensitive/face processing needs recorded separate consent and easy withdrawal" },
  remedy: {
    "zh-CN": "在处理前以单独的告知和确认（单独同意书或单独勾选）取得同意，保存同意记录（时间、版本、主体），并提供便捷的撤回方式。",
    en: "Before processing, obtain consent through a separate notice and confirmation (a separate consent form or tick box), keep records (time, version, who), and offer an easy way to withdraw.",
  },
  cites: [cite("PIPL", 29), cite("FRM", 6), cite("SPC-FACE", 2, { item: 3 })],
  reads: ["activities[].lawfulBasis", "activities[].basisEvidence.statute", "activities[].consent.form", "activities[].consent.records", "activities[].consent.withdrawalMethod"],
  check(a) {
    return eachActivity(a, (act, i) => {
      if (!reliesOnConsent(act) || !processesSensitivePi(act)) return null;
      const hits: RuleHit[] = [];
      const sh = isShanghai(act) && handlesFacePi(act) ? [cite("SH-DATA", 22)] : [];
      // No consent at all: face information here; other sensitive PI is FR-047's finding.
      if (act.consent.form === "none" && handlesFacePi(act))
        hits.push({
          activity: act.id,
          at: `activities[${i}].consent.form`,
          cites: sh,
          // Consent is what the processing rests on, and there is none: no valid lawful basis.
          consequence: "stop",
          ground: { "zh-CN": "未取得同意，处理缺乏有效的合法性基础", en: "no consent: no valid lawful basis" },
          detail: {
            "zh-CN": `活动“${act.name}”须以同意为合法性基础，处理人脸信息，但未取得任何形式的同意。`,
            en: `Activity "${act.name}" has to rely on consent to process face information but obtains no consent at all.`,
          },
        });
      if ((act.consent.form === "separate" || act.consent.form === "written") && !act.consent.records)
        hits.push({
          activity: act.id,
          at: `activities[${i}].consent.records`,
          severity: "risk",
          detail: {
            "zh-CN": `活动“${act.name}”称已取得单独同意，但未保存同意记录，发生争议时无法证明。`,
            en: `Activity "${act.name}" says separate consent is obtained but keeps no record of it, so it cannot be proven in a dispute.`,
          },
        });
      if (act.consent.form !== "none" && !act.consent.withdrawalMethod)
        hits.push({
          activity: act.id,
          at: `activities[${i}].consent.withdrawalMethod`,
          severity: "required",
          cites: [cite("PIPL", 15)],
          detail: {
            "zh-CN": `活动“${act.name}”未提供撤回同意的便捷方式。`,
            en: `Activity "${act.name}" offers no convenient way to withdraw consent.`,
          },
        });
      return hits;
    });
  },
});
