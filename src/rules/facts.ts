// Small facts and text helpers shared by rule files (FR-021 onwards). Facts the rest of the
// analysis also needs live in src/analysis/facts.ts; this file is for rule wording and rule-only
// predicates. Append only: several rule authors use it.
import type { Activity } from "../model/assessment.js";
import type { ImpactLevel, LikelihoodLevel } from "../model/enums.js";
import type { Bilingual } from "../analysis/types.js";
import { handlesFacePi } from "../analysis/facts.js";

export function bi(zh: string, en: string): Bilingual {
  return { "zh-CN": zh, en };
}

/** 120000 → "120,000" in both languages (a legal text should not depend on the machine's locale). */
export function num(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "（估算）" / " (estimated)" after a date computed outside the known official calendar. */
export function estMark(estimated: boolean): Bilingual {
  return estimated ? bi("（估算）", " (estimated)") : bi("", "");
}

/** Join for English prose: "a", "a and b", "a, b and c". */
export function listEn(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

export function listZh(items: readonly string[]): string {
  return items.join("、");
}

/** Both languages of a list of bilingual labels. */
export function listBi(items: readonly Bilingual[]): Bilingual {
  return bi(listZh(items.map((x) => x["zh-CN"])), listEn(items.map((x) => x.en)));
}

/**
 * The activity puts image-capture or identity-recognition equipment somewhere (PIPL Art 26,
 * PSVS Art 2): face recognition, face images or templates, video, or a video system.
 */
export function capturesImages(act: Activity): boolean {
  return handlesFacePi(act) || act.videoSystem !== null || act.personalInfo.some((p) => p.category === "video");
}

/** Separate consent is recorded; written consent is recorded as written *separate* consent. */
export function hasSeparateConsent(act: Activity): boolean {
  return act.consent.form === "separate" || act.consent.form === "written";
}

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

/** User text quoted inside a sentence, kept exactly as typed. */
export function clip(s: string): string {
  // User text quoted in a sentence stays literal (even if that doubles a full stop).
  return s;
}
