// FR-048 — PIPL Art 28 para 2 (sensitive PI only for a specific purpose, with sufficient necessity
// and strict protective measures) and Art 6 (collection limited to the minimum the purpose needs):
// a sensitive category other than face information that none of the activity's stated purposes is
// shown to need (legal digest §00 G). Where the answers say no stated purpose needs it, the category
// may not be processed at all: stop collecting it. Where the need is simply not shown, the processor
// must establish it (or stop) by a deadline. Strict protection (same paragraph, read with Art 51
// items 3 and 4): encrypted storage, access control, authorisation management and audit logs for such
// data — where the face Measures apply, FR-019 already reports these controls for the activity, so
// only other activities get that hit here (and encryption, when FR-019's Art 51 finding names it). The necessity of face information is FR-007's and the
// necessity section's business; it is not reported here again.
import { defineRule, eachActivity } from "./define-rule.js";
import type { RuleHit } from "./define-rule.js";
import { cite } from "../law/types.js";
import { nonFaceSensitiveCategories, sensitiveNecessityGaps } from "../facts/sensitive.js";
import { missingPipl51, missingStrictProtection, type StrictProtectionControl } from "../facts/security.js";
import type { Bilingual } from "../vocab/types.js";
import { label } from "../model/labels.js";
import { bi, inSentence, listBi } from "./facts.js";

const CONTROL_NAMES: Readonly<Record<StrictProtectionControl, Bilingual>> = {
  encryptionAtRest: bi("加密存储", "encrypted storage"),
  accessControl: bi("访问控制", "access control"),
  authorisationManagement: bi("授权管理", "authorisation management"),
  auditLogs: bi("安全审计日志", "security audit logs"),
};

export default defineRule({
  id: "FR-048",
  slug: "sensitive-pi-necessity",
  severity: "required",
  title: bi(
    "处理人脸以外的敏感个人信息，缺乏充分的必要性或严格的保护措施",
    "Sensitive PI other than faces is processed without sufficient necessity or strict protection",
  ),
  summary: bi(
    "人脸以外的敏感个人信息须有特定目的和充分的必要性，收集限于实现目的的最小范围，并采取严格保护措施",
    "Sensitive PI other than faces needs a specific purpose, sufficient necessity, the minimum collected and strict protection",
  ),
  remedy: bi(
    "逐项说明每类敏感个人信息服务于哪一项处理目的、为何不可或缺；不能说明的，停止收集该类信息并删除已收集的部分，相应修改告知书、同意书和处理情况记录；继续处理的，采取加密存储、最小授权访问等严格保护措施。",
    "For each sensitive category, state which purpose it serves and why that purpose cannot do without it; where this cannot be shown, stop collecting the category, delete what was collected and update the notice, consent form and processing records; where processing continues, protect it strictly (encrypted storage, least-privilege access).",
  ),
  cites: [cite("PIPL", 28, { para: 2 }), cite("PIPL", 6)],
  reads: [
    "activities[].personalInfo[].category",
    "activities[].personalInfo[].sensitive",
    "activities[].personalInfo[].neededFor",
    "activities[].subjects.minorsUnder14",
    "activities[].purposes",
    "security.encryptionAtRest",
    "security.accessControl",
    "security.authorisationManagement",
    "security.auditLogs",
  ],
  check(a, ctx) {
    // Encryption missing with no de-identification either is FR-019's processor-wide Art 51 finding.
    const pipl51 = missingPipl51(a.security);
    const missing = missingStrictProtection(a.security).filter((k) => !(k === "encryptionAtRest" && pipl51.includes("deidentification")));
    return eachActivity(a, (act, i) => {
      const gaps = sensitiveNecessityGaps(act);
      const unprotected = ctx.faceMeasuresApply(act) ? [] : missing;
      const sensitive = nonFaceSensitiveCategories(act);
      if (gaps.length === 0 && (unprotected.length === 0 || sensitive.length === 0)) return null;
      const purposes = listBi(act.purposes.map((p) => inSentence(label("purpose", p))));
      const hits: RuleHit[] = [];
      const notNeeded = gaps.filter((g) => g.kind === "not-needed").map((g) => g.category);
      const notShown = gaps.filter((g) => g.kind === "not-shown").map((g) => g.category);
      const at = (c: string) => `activities[${i}].personalInfo[${act.personalInfo.findIndex((p) => p.category === c)}].neededFor`;
      if (notNeeded.length > 0) {
        const cats = listBi(notNeeded.map((c) => inSentence(label("piCategory", c))));
        hits.push({
          activity: act.id,
          at: at(notNeeded[0] ?? ""),
          consequence: "stop",
          ground: bi("不具备处理敏感个人信息的充分必要性", "no sufficient necessity for the sensitive PI"),
          detail: bi(
            `活动“${act.name}”的处理目的为${purposes["zh-CN"]}，答卷表明其中没有任何一项需要${cats["zh-CN"]}；不具备充分必要性的敏感个人信息不得处理。`,
            `Activity "${act.name}" serves ${purposes.en}, and the answers show that none of these purposes needs ${cats.en}; sensitive PI without sufficient necessity may not be processed.`,
          ),
        });
      }
      if (notShown.length > 0) {
        const cats = listBi(notShown.map((c) => inSentence(label("piCategory", c))));
        hits.push({
          activity: act.id,
          at: at(notShown[0] ?? ""),
          detail: bi(
            `活动“${act.name}”处理敏感个人信息（${cats["zh-CN"]}），但未说明处理目的（${purposes["zh-CN"]}）中哪一项需要这些信息，处理的充分必要性未得到证明。`,
            `Activity "${act.name}" processes sensitive PI (${cats.en}) but does not say which of its purposes (${purposes.en}) needs it, so sufficient necessity is not shown.`,
          ),
        });
      }
      if (unprotected.length > 0 && sensitive.length > 0) {
        const cats = listBi(sensitive.map((c) => inSentence(label("piCategory", c))));
        const what = listBi(unprotected.map((k) => CONTROL_NAMES[k]));
        hits.push({
          activity: act.id,
          at: `security.${unprotected[0] ?? "encryptionAtRest"}`,
          cites: [cite("PIPL", 51)],
          detail: bi(
            `活动“${act.name}”处理敏感个人信息（${cats["zh-CN"]}），但缺少下列保护措施：${what["zh-CN"]}，不符合严格保护措施的要求。`,
            `Activity "${act.name}" processes sensitive PI (${cats.en}) without ${what.en}, short of the strict protection the law requires.`,
          ),
        });
      }
      return hits;
    });
  },
});
