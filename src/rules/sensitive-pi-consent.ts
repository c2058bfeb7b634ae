// FR-047 — PIPL Art 29 (separate consent for sensitive PI), Art 28 para 1 (the categories that are
// sensitive by law: biometrics other than faces, health, financial accounts, whereabouts, and all PI
// of children under 14), Art 14 para 1 (consent informed, voluntary and explicit): sensitive PI other
// than face information processed on consent without separate consent, or with consent bundled with
// other authorisations (legal digest §00 G). Face information stays with FR-010 (bundled) and FR-012
// (none); children's PI without a guardian's consent stays with FR-013. Where consent is the only
// basis the processing has no valid lawful basis and must stop (§00 A); where another claimed basis
// holds (Art 13 last para), the consent claimed is put right by a deadline.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { hasValidNonConsentBasis, reliesOnConsent } from "../facts/lawful-basis.js";
import { hasSeparateConsent } from "../facts/activity.js";
import { nonFaceSensitiveCategories, sensitiveInItself } from "../facts/sensitive.js";
import { label } from "../model/labels.js";
import { bi, inSentence, listBi } from "./facts.js";
import type { Bilingual } from "../vocab/types.js";

export default defineRule({
  id: "FR-047",
  slug: "sensitive-pi-consent",
  severity: "required",
  title: bi(
    "以同意为基础处理人脸以外的敏感个人信息，未取得单独同意或同意与其他授权捆绑",
    "Sensitive PI other than faces is processed on consent without separate consent, or with consent bundled",
  ),
  summary: bi(
    "健康、金融账户、行踪轨迹、其他生物识别信息及不满十四周岁未成年人的信息须取得单独同意",
    "Health, financial-account, location, other biometric and under-14s' data need separate consent",
  ),
  remedy: bi(
    "就敏感个人信息的处理单独告知处理的必要性和对个人权益的影响，以单独的勾选或签字取得同意（不与隐私政策、服务协议等其他授权捆绑），保存同意记录并提供便捷的撤回方式；不能取得单独同意的，停止处理这些信息并删除已收集的部分。",
    "Tell people separately why the sensitive PI is needed and how it affects them, take consent by its own tick box or signature (not bundled with the privacy policy or service terms), keep records and offer easy withdrawal; where separate consent cannot be had, stop processing that information and delete what was collected.",
  ),
  cites: [cite("PIPL", 29), cite("PIPL", 28, { para: 1 }), cite("PIPL", 14, { para: 1 })],
  reads: [
    "activities[].personalInfo[].category",
    "activities[].personalInfo[].sensitive",
    "activities[].subjects.minorsUnder14",
    "activities[].consent.form",
    "activities[].consent.guardianConsent",
    "activities[].lawfulBasis",
    "activities[].basisEvidence.statute",
  ],
  check(a) {
    return eachActivity(a, (act, i) => {
      if (!reliesOnConsent(act) || hasSeparateConsent(act)) return null;
      // A child's PI without a guardian's consent is FR-013's finding; here only what it leaves.
      const children = act.subjects.minorsUnder14 && act.consent.guardianConsent;
      const nonFace = nonFaceSensitiveCategories(act);
      const inherent = nonFace.filter((c) => sensitiveInItself(act, c));
      const childOnly = children ? nonFace.filter((c) => !sensitiveInItself(act, c)) : [];
      if (inherent.length === 0 && childOnly.length === 0) return null;
      const what: Bilingual[] = inherent.map((c) => inSentence(label("piCategory", c)));
      if (childOnly.length > 0) {
        const l = listBi(childOnly.map((c) => inSentence(label("piCategory", c))));
        what.push(bi(`不满十四周岁未成年人的${l["zh-CN"]}`, `children's (under 14) ${l.en}`));
      }
      const list = listBi(what);
      const bundled = act.consent.form === "bundled";
      const how = bundled
        ? bi("同意与其他授权捆绑取得，不构成单独同意", "consent is bundled with other authorisations, which is not separate consent")
        : bi("未取得任何形式的同意", "no consent at all is obtained");
      const noBasis = !hasValidNonConsentBasis(act);
      return {
        activity: act.id,
        at: `activities[${i}].consent.form`,
        cites: children ? [cite("PIPL", 31)] : [],
        ...(noBasis
          ? {
              consequence: "stop" as const,
              ground: bi("敏感个人信息未取得单独同意，处理缺乏有效的合法性基础", "no separate consent to the sensitive PI: no valid lawful basis"),
            }
          : {}),
        detail: bi(
          `活动“${act.name}”以同意为基础处理下列敏感个人信息：${list["zh-CN"]}；但${how["zh-CN"]}。${noBasis ? "同意是该处理唯一可依据的合法性基础，目前不成立。" : "所主张的其他合法性基础成立，但所称同意不符合单独同意的要求，告知和记录须相应更正。"}`,
          `Activity "${act.name}" processes the following sensitive PI on consent: ${list.en}; but ${how.en}. ${noBasis ? "Consent is the only basis the processing can rest on, and it does not hold." : "Another basis claimed holds, but the consent claimed is not separate consent, so the notice and records must be corrected."}`,
        ),
      };
    });
  },
});
