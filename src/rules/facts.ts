// What rule files share: the text helpers of src/vocab/text.ts, the facts of src/facts, and a few
// labels for rule wording. Judgements live in the rules themselves, facts in src/facts.
import type { ImpactLevel, LikelihoodLevel } from "../model/enums.js";
import type { Bilingual } from "../vocab/types.js";
import { bi } from "../vocab/text.js";

export { bi, num, estMark, listEn, listZh, listBi, clip } from "../vocab/text.js";
export { capturesImages, hasSeparateConsent } from "../facts/activity.js";

export const RISK_LEVEL_LABEL: Readonly<Record<ImpactLevel, Bilingual>> = {
  low: bi("低", "low"),
  medium: bi("中", "medium"),
  high: bi("高", "high"),
  severe: bi("严重", "severe"),
};

export const LIKELIHOOD_LABEL: Readonly<Record<LikelihoodLevel, Bilingual>> = {
  low: bi("低", "low"),
  medium: bi("中", "medium"),
  high: bi("高", "high"),
  "very-high": bi("很高", "very high"),
};

/**
 * A label set inside an English sentence: first letter lower-cased ("Health information" →
 * "health information") unless the word is an abbreviation ("R&D", "PI").
 */
export function inSentence(l: Bilingual): Bilingual {
  const en = /^[A-Z][a-z]/.test(l.en) ? l.en.charAt(0).toLowerCase() + l.en.slice(1) : l.en;
  return { "zh-CN": l["zh-CN"], en };
}
