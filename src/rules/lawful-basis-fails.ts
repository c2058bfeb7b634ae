// FR-042 — PIPL Art 13: a claimed lawful basis other than consent is tested, not taken on trust
// (legal digest §00 C). Item 2 (contract / HR management) and item 3 (statutory duty) hold only where
// the processing is necessary — an alternative that achieves the purpose defeats necessity; HR
// rules must have been adopted by the democratic procedure of Labour Contract Law Art 4; a statutory
// duty (and item 7) must name the law or administrative regulation. When every claimed basis fails,
// the consent rules apply in full (FR-010, FR-012, FR-013, FR-023); without valid consent the
// processing has no valid lawful basis and must stop.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import type { CitationRef } from "../law/types.js";
import { hasValidNonConsentBasis, nonConsentBases, validConsentObtained, type BasisFailure } from "../facts/lawful-basis.js";
import { label } from "../model/labels.js";
import { bi, listBi } from "./facts.js";
import type { Bilingual } from "../vocab/types.js";

const WHY: Readonly<Record<BasisFailure, Bilingual>> = {
  "alternative-achieves-purpose": bi("经评估，非人脸方式可以实现同一目的，处理并非“所必需”", "another method achieves the purpose, so the processing is not necessary"),
  "hr-rules-not-adopted": bi(
    "未表明所依据的人力资源管理制度已经职工代表大会或全体职工讨论、与工会或职工代表平等协商确定",
    "it is not shown that the HR rules relied on were adopted through discussion by the workers' congress or all workers and consultation with the union or workers' representatives",
  ),
  "statute-not-named": bi("未写明规定该项义务的法律、行政法规及条款", "no law or administrative regulation imposing the duty is named"),
  "statute-does-not-require-face": bi(
    "所列法律规定的是身份登记或视频监控等义务，并未要求采用人脸识别，不能作为处理人脸信息的依据",
    "the law named requires identity registration or a video system, not face recognition, so it cannot ground the face processing",
  ),
};

export default defineRule({
  id: "FR-042",
  slug: "lawful-basis-fails",
  severity: "required",
  title: bi("所主张的合法性基础不成立", "The lawful basis claimed does not hold"),
  summary: bi(
    "合同或人力资源管理、法定职责义务等依据须以“所必需”为前提；人力资源管理制度须经民主程序；法定义务须写明具体法律",
    "Contract/HR and statutory-duty bases need necessity; HR rules need the democratic procedure; a statutory duty needs a named law",
  ),
  remedy: bi(
    "重新确定合法性基础：确有法定义务的，写明法律、行政法规及条款；依据人力资源管理制度的，按《劳动合同法》第四条履行民主程序；存在可实现同一目的的其他方式的，改用该方式，或以单独同意为基础并允许个人拒绝。相应修改告知书和处理情况记录。",
    "Settle the lawful basis again: name the law or regulation and article where a statutory duty really exists; adopt HR rules through the procedure of Labour Contract Law Art 4; where another method achieves the purpose, use it, or rely on separate consent and let people refuse. Update the notice and the processing records accordingly.",
  ),
  cites: [cite("PIPL", 13)],
  reads: ["activities[].lawfulBasis", "activities[].basisEvidence.statute", "activities[].basisEvidence.hrRulesAdopted", "activities[].basisEvidence.statuteRequiresFaceRecognition", "activities[].necessity.alternativeFeasible", "activities[].subjects.categories", "activities[].consent.form"],
  check(a) {
    return eachActivity(a, (act, i) => {
      const failed = nonConsentBases(act).filter((t) => !t.valid);
      if (failed.length === 0) return null;
      const extra: CitationRef[] = failed.some((t) => t.failures.includes("hr-rules-not-adopted")) ? [cite("LABOUR-CONTRACT", 4)] : [];
      const what = listBi(
        failed.map((t) => {
          const l = label("lawfulBasis", t.basis);
          const why = listBi(t.failures.map((f) => WHY[f]));
          return bi(`“${l["zh-CN"]}”（${why["zh-CN"]}）`, `"${l.en}" (${why.en})`);
        }),
      );
      // The processing still has a valid basis if another claimed basis holds or consent was validly obtained.
      const noBasis = !hasValidNonConsentBasis(act) && !validConsentObtained(act);
      return {
        activity: act.id,
        at: `activities[${i}].lawfulBasis`,
        cites: extra,
        ...(noBasis
          ? {
              consequence: "stop" as const,
              ground: bi("所主张的合法性基础不成立且未取得有效同意，处理缺乏有效的合法性基础", "the claimed basis fails and no valid consent exists: no valid lawful basis"),
            }
          : {}),
        detail: bi(
          `活动“${act.name}”主张的合法性基础不成立：${what["zh-CN"]}。${noBasis ? "亦未取得有效的单独同意，该处理目前没有有效的合法性基础。" : "该处理只能以其他成立的依据或已取得的有效同意为基础，同意规则随之适用。"}`,
          `The lawful basis claimed for "${act.name}" does not hold: ${what.en}. ${noBasis ? "No valid separate consent exists either, so the processing has no valid lawful basis at present." : "The processing can rest only on another basis that holds or on valid consent already obtained, and the consent rules then apply."}`,
        ),
      };
    });
  },
});
