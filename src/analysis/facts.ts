// Small derived facts several parts of the analysis share (rules, triggers, templates).
import type { Activity, Assessment } from "../model/assessment.js";
import { SENSITIVE_BY_NATURE } from "../model/enums.js";

const FACE_PI = new Set(["face-image", "face-template"]);

/** The activity handles face information (images or templates), whatever the stated purpose. */
export function handlesFacePi(act: Activity): boolean {
  return act.usesFaceRecognition || act.personalInfo.some((p) => FACE_PI.has(p.category));
}

/** Sensitive PI under PIPL Art 28: flagged sensitive, sensitive by nature, or any PI of under-14s. */
export function sensitivePi(act: Activity): string[] {
  const cats = act.personalInfo.filter((p) => p.sensitive || SENSITIVE_BY_NATURE.includes(p.category)).map((p) => p.category);
  return [...new Set(cats)];
}

export function processesSensitivePi(act: Activity): boolean {
  return sensitivePi(act).length > 0 || act.subjects.minorsUnder14;
}

/** The face Measures exclude face processing solely for R&D and algorithm training (FRM Art 2 para 2). */
export function isRndOnly(act: Activity): boolean {
  return act.scenario === "rnd" || act.purposes.every((p) => p === "rnd");
}

/** Does the face-recognition Measures apply to the activity? */
export function faceMeasuresApply(act: Activity): boolean {
  return act.usesFaceRecognition && !isRndOnly(act);
}

export function consentBased(act: Activity): boolean {
  return act.lawfulBasis.includes("consent");
}

/** Overseas: storage abroad, a recipient outside mainland China, or a declared transfer. */
export function goesAbroad(act: Activity): boolean {
  return act.crossBorder.transfers || act.storage.location === "overseas" || act.recipients.some((r) => r.country.trim().toUpperCase() !== "CN");
}

/** People whose face information is currently stored, summed over activities the Measures cover. */
export function storedFaces(a: Assessment): number {
  return a.activities.filter(faceMeasuresApply).reduce((n, act) => n + act.faces.storedCount, 0);
}

export function isShanghai(act: Activity): boolean {
  return /上海/.test(act.location.province) || /shanghai/i.test(act.location.province);
}
