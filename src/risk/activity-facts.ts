// Facts about one activity that several GB/T 39335 judgements share (impact, likelihood, high-risk).
import type { Bilingual } from "../analysis/types.js";
import type { Activity } from "../model/assessment.js";
import { SENSITIVE_BY_NATURE } from "../model/enums.js";
import { bi } from "./bilingual.js";

/** GB/T 39335 D.1 example scale for "typical sensitive PI at scale" and draft App. A item (e). */
export const LARGE_SCALE_PEOPLE = 500_000;

export type ActivityFacts = {
  /** Face images or templates are processed, or face recognition is used. */
  readonly face: boolean;
  /** Any sensitive PI (PIPL Art 28), including PI of children under 14. */
  readonly sensitive: boolean;
  /** max(people whose PI is processed, people whose faces are stored). */
  readonly scale: number;
  /** Vulnerable groups present (GB/T 39335 D.1, draft App. A (g)), as names. */
  readonly vulnerable: readonly Bilingual[];
};

export function activityFacts(act: Activity): ActivityFacts {
  const face = act.usesFaceRecognition || act.personalInfo.some((p) => p.category === "face-image" || p.category === "face-template");
  const sensitive =
    face || act.subjects.minorsUnder14 || act.personalInfo.some((p) => p.sensitive || SENSITIVE_BY_NATURE.includes(p.category));
  const vulnerable: Bilingual[] = [];
  if (act.subjects.minorsUnder14) vulnerable.push(bi("不满十四周岁未成年人", "children under 14"));
  if (act.subjects.elderly) vulnerable.push(bi("老年人", "elderly people"));
  if (act.subjects.disabled) vulnerable.push(bi("残疾人", "people with disabilities"));
  if (act.subjects.categories.includes("students")) vulnerable.push(bi("学生", "students"));
  if (act.subjects.categories.includes("patients")) vulnerable.push(bi("患者", "patients"));
  return { face, sensitive, scale: Math.max(act.subjects.peopleCount, act.faces.storedCount), vulnerable };
}

export function joinNames(names: readonly Bilingual[]): Bilingual {
  return bi(names.map((n) => n["zh-CN"]).join("、"), names.map((n) => n.en).join(", "));
}
