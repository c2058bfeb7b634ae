// GB/T 39335 high-risk processing activities (final App. B; draft App. A), items that answers can
// show: (a) evaluation, (b) significant automated decisions, (c) systematic public monitoring,
// (e) large scale, (g) vulnerable groups, (h) biometrics and other innovative technology.
import type { Bilingual } from "../vocab/types.js";
import type { Activity } from "../model/assessment.js";
import { LARGE_SCALE_PEOPLE, joinNames, type ActivityFacts } from "./activity-facts.js";
import { bi, count } from "./bilingual.js";

export type HighRiskItem = { readonly item: "a" | "b" | "c" | "e" | "g" | "h"; readonly reason: Bilingual };

function entry(item: HighRiskItem["item"], zh: string, en: string): HighRiskItem {
  return { item, reason: bi(`GB/T 39335 附录B 高风险处理活动（${item}）：${zh}`, `GB/T 39335 App. B high-risk activity (${item}): ${en}`) };
}

export function highRiskItems(act: Activity, facts: ActivityFacts, faceMeasuresApply: boolean): readonly HighRiskItem[] {
  const out: HighRiskItem[] = [];
  if (act.matchingMode === "attribute-analysis" || act.automatedDecision.infersAttributes)
    out.push(entry("a", "对个人进行评价或画像（从人脸推断属性）", "evaluating or profiling people (attributes inferred from faces)"));
  if (act.automatedDecision.used && act.automatedDecision.significantEffect)
    out.push(entry("b", "对个人权益有重大影响的自动化决策", "automated decisions with a significant effect"));
  if (act.location.publicPlace && act.matchingMode === "one-to-many")
    out.push(entry("c", "在公共场所进行系统性监控（1:N 识别）", "systematic monitoring of a public place (one-to-many recognition)"));
  // (e) large scale: a number of people, or a wide geography. The threshold is the standard's
  // (approval-draft) figure; its caveat is stated once, in the report's note on citations.
  const scale: Bilingual[] = [];
  if (facts.scale >= LARGE_SCALE_PEOPLE)
    scale.push(bi(`涉及 ${count(facts.scale)} 人，达到 ${count(LARGE_SCALE_PEOPLE)} 人`, `${count(facts.scale)} people, at least ${count(LARGE_SCALE_PEOPLE)}`));
  if (facts.wideGeography) scale.push(bi("处理范围覆盖多个省级行政区（全国性经营）", "processing spread over several provinces (national operation)"));
  if (scale.length > 0)
    out.push(entry("e", `大规模处理：${scale.map((x) => x["zh-CN"]).join("；")}`, `large scale: ${scale.map((x) => x.en).join("; ")}`));
  if (facts.vulnerable.length > 0) {
    const names = joinNames(facts.vulnerable);
    out.push(entry("g", `涉及弱势群体（${names["zh-CN"]}）`, `vulnerable groups (${names.en})`));
  }
  const facePi = act.personalInfo.some((p) => p.category === "face-image" || p.category === "face-template");
  if ((act.usesFaceRecognition && faceMeasuresApply) || facePi)
    out.push(entry("h", "应用人脸识别等生物识别创新技术", "innovative technology such as biometrics (face recognition)"));
  return out;
}
