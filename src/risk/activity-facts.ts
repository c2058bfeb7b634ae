// The facts the GB/T 39335 judgements read, taken from the facts layer (src/facts) and named for
// the reasons the rating writes. Nothing here derives a fact of its own.
import type { Bilingual } from "../vocab/types.js";
import type { Activity, Processor } from "../model/assessment.js";
import { handlesFacePi, processesSensitivePi, scaleOf, vulnerableGroups, type VulnerableGroup } from "../facts/activity.js";
import { wideGeography } from "../facts/processor.js";
import { bi } from "./bilingual.js";

export { LARGE_SCALE_PEOPLE } from "../facts/activity.js";

const GROUP_NAMES: Readonly<Record<VulnerableGroup, Bilingual>> = {
  "minors-under-14": bi("不满十四周岁未成年人", "children under 14"),
  "minors-14-to-18": bi("已满十四周岁未满十八周岁的未成年人", "minors aged 14 to 17"),
  elderly: bi("老年人", "elderly people"),
  disabled: bi("残疾人", "people with disabilities"),
  students: bi("学生", "students"),
  patients: bi("患者", "patients"),
};

export type ActivityFacts = {
  /** Face images or templates are processed, or face recognition is used. */
  readonly face: boolean;
  /** Any sensitive PI (PIPL Art 28), including PI of children under 14. */
  readonly sensitive: boolean;
  /** max(people whose PI is processed, people whose faces are stored). */
  readonly scale: number;
  /** Vulnerable groups present (GB/T 39335 D.1, draft App. A (g)), as names. */
  readonly vulnerable: readonly Bilingual[];
  /** The processor operates across several provinces (GB/T 39335 App. B (e) wide geography). */
  readonly wideGeography: boolean;
};

export function activityFacts(act: Activity, processor: Processor): ActivityFacts {
  const face = handlesFacePi(act);
  return {
    wideGeography: wideGeography(processor),
    face,
    sensitive: face || processesSensitivePi(act),
    scale: scaleOf(act),
    vulnerable: vulnerableGroups(act).map((g) => GROUP_NAMES[g]),
  };
}

export function joinNames(names: readonly Bilingual[]): Bilingual {
  return bi(names.map((n) => n["zh-CN"]).join("、"), names.map((n) => n.en).join(", "));
}
