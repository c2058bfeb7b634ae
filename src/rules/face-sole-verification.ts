// FR-007 — Face Measures Art 10: where a non-face method can achieve the same purpose, face
// recognition must not be the sole verification method. Shanghai Data Regulation Art 23 para 3
// bans it as the sole entry method in the listed places and areas; SPC Provisions Art 10 lets
// residents demand another method at residential estates.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import type { CitationRef } from "../law/types.js";
import { isShanghai } from "../facts/activity.js";
import { label } from "../model/labels.js";
import { bi } from "../vocab/text.js";

const SH_AREAS = new Set(["residential", "office", "retail", "park", "venue", "hotel"]);

export default defineRule({
  id: "FR-007",
  slug: "face-sole-verification",
  severity: "prohibited",
  consequence: "stop",
  title: {
    "zh-CN": "在应当提供其他方式时，将人脸识别作为唯一验证方式",
    en: "Face recognition is the only verification method where another method must be offered",
  },
  summary: {
    "zh-CN": "存在非人脸识别方式可实现同一目的时，不得以人脸识别为唯一验证方式",
    en: "Face recognition must not be the sole verification method when alternatives exist",
  },
  remedy: {
    "zh-CN": "增设门禁卡、二维码、密码或人工核验等非人脸识别方式，并在标识和告知书中说明，使个人可自由选择。",
    en: "Add a non-face method (access card, QR code, PIN or staffed check), announce it on the signage and in the notice, and let people choose freely.",
  },
  cites: [cite("FRM", 10)],
  reads: ["activities[].necessity.soleMethod", "activities[].necessity.alternativeFeasible", "activities[].scenario", "activities[].location.province"],
  check(a, ctx) {
    return eachActivity(a, (act, i) => {
      if (!ctx.faceMeasuresApply(act) || !act.necessity.soleMethod) return null;
      // Shanghai Data Regulation Art 23 para 3 (listed places and areas) and SPC Provisions Art 10
      // (residential estates) require another way in whether or not the operator thinks one is
      // feasible; FRM Art 10 only where a non-face method would serve (legal digest §00, issue v2).
      const shanghai = isShanghai(act) && (act.location.publicPlace || SH_AREAS.has(act.scenario));
      const residential = act.scenario === "residential";
      if (!act.necessity.alternativeFeasible && !shanghai && !residential) return null;
      const extra: CitationRef[] = [];
      if (shanghai) extra.push(cite("SH-DATA", 23, { para: 3 }));
      if (residential) extra.push(cite("SPC-FACE", 10));
      const sc = label("scenario", act.scenario);
      const why = act.necessity.alternativeFeasible
        ? bi("而非人脸识别方式可以实现同一目的", "although a non-face method would achieve the same purpose")
        : shanghai
          ? bi("而在上海市该类场所和区域不得以人脸识别作为唯一进入方式", "while in Shanghai such places and areas may not make face recognition the only way in")
          : bi("而小区业主有权要求提供其他合理的验证方式", "while residents of an estate are entitled to another reasonable method");
      return {
        activity: act.id,
        at: `activities[${i}].necessity.soleMethod`,
        cites: extra,
        onlyOwnCites: !act.necessity.alternativeFeasible,
        // Outside Shanghai, a residential estate's duty to offer another way rests on the SPC
        // provisions (owners may demand it): an unmet duty, not a prohibition.
        ...(!act.necessity.alternativeFeasible && !shanghai ? { severity: "required" as const } : {}),
        detail: {
          "zh-CN": `活动“${act.name}”（${sc["zh-CN"]}）以人脸识别为唯一验证方式，${why["zh-CN"]}。`,
          en: `Activity "${act.name}" (${sc.en}) makes face recognition the only verification method ${why.en}.`,
        },
      };
    });
  },
});
