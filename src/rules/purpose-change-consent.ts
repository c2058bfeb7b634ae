// FR-049 — PIPL Art 14 para 2: where the purpose of processing changes, fresh consent is needed
// (legal digest §00 G), e.g. photos collected for identity matching reused to train an algorithm.
// Consent is what the new purpose has to rest on when consent is claimed or no other claimed basis
// holds (Art 13 last para); without fresh consent and without another valid basis the reuse has no
// lawful basis and must stop (§00 A). Related, not duplicated: a change of purpose since the last
// assessment also calls for re-assessment where the face Measures apply (FRM Art 9, FR-006), and
// reuse of public-place images for another purpose is FR-023's (PIPL Art 26).
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { hasValidNonConsentBasis, reliesOnConsent } from "../facts/lawful-basis.js";
import { freshConsentMissing, newPurposesOfReuse } from "../facts/sensitive.js";
import { label } from "../model/labels.js";
import { bi, clip, inSentence, listBi } from "./facts.js";

export default defineRule({
  id: "FR-049",
  slug: "purpose-change-consent",
  severity: "required",
  title: bi(
    "将为其他目的收集的个人信息用于新的目的，未重新取得个人同意",
    "PI collected for another purpose is reused for a new purpose without fresh consent",
  ),
  summary: bi("处理目的变更的，应当重新取得个人同意", "A change of purpose needs fresh consent"),
  remedy: bi(
    "在新目的下使用前，向相关个人告知新的处理目的、方式和信息种类，并重新取得同意（敏感个人信息为单独同意）；未取得同意的，停止将这些信息用于新目的，并删除为新目的生成的数据。目的变更同时须在影响评估中予以分析。",
    "Before any use for the new purpose, tell the people concerned the new purpose, method and categories and obtain their consent again (separate consent for sensitive PI); until then stop using the information for the new purpose and delete what was derived for it. The impact assessment must also analyse the change of purpose.",
  ),
  cites: [cite("PIPL", 14, { para: 2 })],
  reads: [
    "activities[].reuse.source",
    "activities[].reuse.fromPurposes",
    "activities[].reuse.categories",
    "activities[].reuse.newConsent",
    "activities[].purposes",
    "activities[].lawfulBasis",
    "activities[].basisEvidence.statute",
  ],
  check(a) {
    return eachActivity(a, (act, i) => {
      const r = act.reuse;
      if (r === null || !freshConsentMissing(act) || !reliesOnConsent(act)) return null;
      const added = newPurposesOfReuse(act);
      const from = listBi(r.fromPurposes.map((p) => inSentence(label("purpose", p))));
      const to = listBi(added.map((p) => inSentence(label("purpose", p))));
      const cats = listBi(r.categories.map((c) => inSentence(label("piCategory", c))));
      const noBasis = !hasValidNonConsentBasis(act);
      return {
        activity: act.id,
        at: `activities[${i}].reuse.newConsent`,
        ...(noBasis
          ? {
              consequence: "stop" as const,
              ground: bi("新目的未重新取得同意，处理缺乏有效的合法性基础", "no fresh consent for the new purpose: no valid lawful basis"),
            }
          : {}),
        detail: bi(
          `活动“${act.name}”使用${clip(r.source)}中的${cats["zh-CN"]}，这些信息原为${from["zh-CN"]}而收集，现用于${to["zh-CN"]}，属于处理目的变更，但未重新取得相关个人的同意。${noBasis ? "原有同意不能覆盖新目的，新目的下的处理目前没有有效的合法性基础。" : ""}`,
          `Activity "${act.name}" uses ${cats.en} from ${clip(r.source)}, collected for ${from.en}, for ${to.en}: a change of purpose, without the people's fresh consent.${noBasis ? " The original consent does not cover the new purpose, so processing for it has no valid lawful basis at present." : ""}`,
        ),
      };
    });
  },
});
