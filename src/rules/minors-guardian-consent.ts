// FR-013 — PIPL Art 31; Face Measures Art 7; GB/T 35273 §5.4(d): consent-based processing of
// under-14s' PI needs a parent's or guardian's consent (para 1), and every processing of it needs
// dedicated processing rules, whatever the lawful basis (para 2; legal digest §00 C). The +1 impact
// modifier for vulnerable groups (GB/T 39335 D.1) is applied by the risk rating; the yearly audit of
// minors' PI (Regulation on the Online Protection of Minors Art 37) is FR-046's own finding.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { reliesOnConsent } from "../facts/lawful-basis.js";

export default defineRule({
  id: "FR-013",
  slug: "minors-guardian-consent",
  severity: "required",
  title: {
    "zh-CN": "处理不满十四周岁未成年人个人信息，未取得监护人同意或未制定专门处理规则",
    en: "Children's (under 14) PI is processed without a guardian's consent or dedicated rules",
  },
  summary: { "zh-CN": "不满十四周岁未成年人的信息须取得父母或其他监护人同意并制定专门规则", en: "Under-14s need guardian consent and dedicated processing rules" },
  remedy: {
    "zh-CN": "对不满十四周岁的儿童，由父母或其他监护人签署监护人同意书；制定并公开专门的儿童个人信息处理规则；评估能否对儿童不采用人脸识别。",
    en: "Have a parent or guardian sign a guardian-consent form for each child under 14; adopt and publish dedicated rules for children's PI; consider not using face recognition for children at all.",
  },
  cites: [cite("PIPL", 31), cite("FRM", 7), cite("GBT35273", "5.4", { item: "d" })],
  reads: ["activities[].subjects.minorsUnder14", "activities[].lawfulBasis", "activities[].consent.guardianConsent", "activities[].consent.childRules", "activities[].basisEvidence.statute"],
  check(a) {
    return eachActivity(a, (act, i) => {
      if (!act.subjects.minorsUnder14) return null;
      // Guardian consent where consent is what the processing rests on (PIPL Art 31 para 1);
      // dedicated rules whatever the basis (Art 31 para 2).
      const consent = reliesOnConsent(act);
      const noGuardian = consent && !act.consent.guardianConsent;
      const noRules = !act.consent.childRules;
      if (!noGuardian && !noRules) return null;
      const missing = [noGuardian ? "监护人同意" : "", noRules ? "专门的个人信息处理规则" : ""].filter(Boolean).join("、");
      const missingEn = [noGuardian ? "a parent's or guardian's consent" : "", noRules ? "dedicated processing rules" : ""].filter(Boolean).join(" and ");
      return {
        activity: act.id,
        at: `activities[${i}].consent.${noGuardian ? "guardianConsent" : "childRules"}`,
        // Without the guardian's consent a child's consent-based processing has no valid basis.
        ...(noGuardian
          ? {
              consequence: "stop" as const,
              ground: { "zh-CN": "未取得监护人同意，处理儿童个人信息缺乏有效的合法性基础", en: "no guardian consent: no valid lawful basis for children's data" },
            }
          : {}),
        detail: {
          "zh-CN": `活动“${act.name}”的信息主体包括不满十四周岁的未成年人${consent ? "，须以同意为基础处理" : ""}，但缺少${missing}。`,
          en: `Activity "${act.name}" processes PI of children under 14${consent ? " and has to rely on consent" : ""}, but lacks ${missingEn}.`,
        },
      };
    });
  },
});
