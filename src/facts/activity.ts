// The facts layer: language-free facts about one activity that every later stage reads (rules,
// risk, dates, analysis, view models). A fact is derived here once; nothing downstream re-derives it.
import type { Activity } from "../model/assessment.js";
import { SENSITIVE_BY_NATURE } from "../model/enums.js";

const FACE_PI = new Set(["face-image", "face-template"]);

/** The activity handles face information (images or templates), whatever the stated purpose. */
export function handlesFacePi(act: Activity): boolean {
  return act.usesFaceRecognition || act.personalInfo.some((p) => FACE_PI.has(p.category));
}

/** Sensitive PI categories under PIPL Art 28: flagged sensitive or sensitive by nature. */
export function sensitivePi(act: Activity): string[] {
  const cats = act.personalInfo.filter((p) => p.sensitive || SENSITIVE_BY_NATURE.includes(p.category)).map((p) => p.category);
  return [...new Set(cats)];
}

/** Any sensitive PI (PIPL Art 28), including any PI of children under 14. */
export function processesSensitivePi(act: Activity): boolean {
  return sensitivePi(act).length > 0 || act.subjects.minorsUnder14;
}

/**
 * Minors of any age (under 18) may be among the data subjects: children under 14, whose PI is all
 * sensitive (PIPL Art 28), or 14- to 17-year-olds. Both count as minors for the yearly audit of
 * minors' PI (Regulation on the Online Protection of Minors Art 37) and as a vulnerable group.
 */
export function processesMinors(act: Activity): boolean {
  return act.subjects.minorsUnder14 || act.subjects.minors14to18;
}

/** The face Measures exclude face processing solely for R&D and algorithm training (FRM Art 2 para 2). */
export function isRndOnly(act: Activity): boolean {
  return act.scenario === "rnd" || act.purposes.every((p) => p === "rnd");
}

/**
 * Face analysis that identifies no one (emotion, age or gender estimation, footfall counting): the
 * Measures govern identity recognition (Art 19(3): 1:1 verification, 1:N identification), so such
 * analysis falls outside them while PIPL's sensitive-PI rules apply in full (legal digest §00 D).
 */
export function analysisOnly(act: Activity): boolean {
  return act.matchingMode === "attribute-analysis";
}

/** Does the face-recognition Measures apply to the activity (identity recognition, not R&D only)? */
export function faceMeasuresApply(act: Activity): boolean {
  return act.usesFaceRecognition && !isRndOnly(act) && !analysisOnly(act);
}

/** Consent is among the bases the processor claims. */
export function consentBased(act: Activity): boolean {
  return act.lawfulBasis.includes("consent");
}

/** A recipient outside mainland China. */
export function isForeignRecipient(r: Activity["recipients"][number]): boolean {
  return r.country.trim().toUpperCase() !== "CN";
}

/**
 * Overseas: storage abroad, a recipient outside mainland China, a declared transfer, or access from
 * abroad (staff or a vendor abroad can view or retrieve the data), which is a transfer too.
 */
export function goesAbroad(act: Activity): boolean {
  return act.crossBorder.transfers || act.crossBorder.accessFromAbroad || act.storage.location === "overseas" || act.recipients.some(isForeignRecipient);
}

/**
 * The whole activity's data is abroad or reachable from abroad (storage abroad or
 * access from abroad); a foreign recipient alone takes only the categories it receives.
 */
export function wholeActivityAbroad(act: Activity): boolean {
  // `transfers` alone does not say what leaves: the overseas recipients' categories do (validate
  // requires an overseas recipient, overseas storage or access from abroad behind it).
  return act.crossBorder.accessFromAbroad || act.storage.location === "overseas";
}

/** Sensitive PI is among what goes abroad (PIPL Art 28; counted, or by the categories that leave). */
export function sensitiveGoesAbroad(act: Activity): boolean {
  if (!goesAbroad(act)) return false;
  if (act.crossBorder.sensitivePeopleThisYear > 0) return true;
  if (!processesSensitivePi(act)) return false;
  if (wholeActivityAbroad(act) || act.subjects.minorsUnder14) return true;
  const sensitive = new Set(sensitivePi(act));
  return act.recipients.some((r) => isForeignRecipient(r) && r.categories.some((c) => sensitive.has(c)));
}

export function isShanghai(act: Activity): boolean {
  return /上海/.test(act.location.province) || /shanghai/i.test(act.location.province);
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

/** Face information leaves the device (stored off the device, or sent over the internet). */
export function faceLeavesDevice(act: Activity): boolean {
  return act.storage.internetTransmission || act.storage.location !== "on-device";
}

/** Days the data is kept after collection (or after the event), or null when not stated / indefinite. */
export function retainedDays(act: Activity): number | null {
  const r = act.storage.retention;
  if (r.kind === "days") return r.days;
  if (r.kind === "event") return r.eventOffsetDays ?? null;
  return null;
}

/** The days the purpose needs, when stated. */
export function purposeDays(act: Activity): number | null {
  return act.storage.retention.purposeDays ?? null;
}

/**
 * A reason for the retention period is stated: the days the purpose needs, or a law or
 * administrative regulation that sets the period (PIPL Art 19, FRM Art 8 "unless law provides otherwise").
 */
export function retentionReasonStated(act: Activity): boolean {
  return purposeDays(act) !== null || (act.storage.retentionStatute ?? "").trim() !== "";
}

/**
 * A one-off identity check: 1:1 matching whose only purpose is to verify identity at that moment
 * (e.g. check-in against the ID-card photo). Nothing is matched again later, so nothing needs to be
 * kept once the match is done.
 */
export function oneOffVerification(act: Activity): boolean {
  return act.matchingMode === "one-to-one" && act.purposes.every((p) => p === "identity-verification");
}

/** GB/T 39335 D.1 example scale for "typical sensitive PI at scale" and draft App. A item (e). */
export const LARGE_SCALE_PEOPLE = 500_000;

export const VULNERABLE_GROUPS = ["minors-under-14", "minors-14-to-18", "elderly", "disabled", "students", "patients"] as const;
export type VulnerableGroup = (typeof VULNERABLE_GROUPS)[number];

/** Vulnerable groups among the data subjects (GB/T 39335 D.1, draft App. A (g)). */
export function vulnerableGroups(act: Activity): VulnerableGroup[] {
  const out: VulnerableGroup[] = [];
  if (act.subjects.minorsUnder14) out.push("minors-under-14");
  // Minors are under 18 (未成年人保护法 Art 2): 14–18-year-olds are a vulnerable group too.
  if (act.subjects.minors14to18 === true) out.push("minors-14-to-18");
  if (act.subjects.elderly) out.push("elderly");
  if (act.subjects.disabled) out.push("disabled");
  if (act.subjects.categories.includes("students")) out.push("students");
  if (act.subjects.categories.includes("patients")) out.push("patients");
  return out;
}

/** max(people whose PI is processed, people whose faces are stored). */
export function scaleOf(act: Activity): number {
  return Math.max(act.subjects.peopleCount, act.faces.storedCount);
}

/** Activities that get a signage section: face recognition (notice and consent), or image capture in a public place. */
export function needsSignage(act: Activity): boolean {
  return act.usesFaceRecognition || (act.location.publicPlace && capturesImages(act));
}

/**
 * Activities that get a poster and sticker: devices the face Measures cover (Art 13), or image
 * capture in a public place (PIPL Art 26, PSVS Art 13). Face processing solely for R&D or
 * algorithm training (Measures Art 2 para 2) has no capture area to sign; it keeps its notice.
 */
export function needsSign(act: Activity): boolean {
  return faceMeasuresApply(act) || (act.location.publicPlace && capturesImages(act));
}

/**
 * The data is provided to the recipient as another processor (PIPL Art 23): a third party or joint
 * processor, or a vendor called entrusted that also uses the data for its own purposes.
 */
export function isProvision(r: Activity["recipients"][number]): boolean {
  return r.role !== "entrusted" || r.ownUse;
}

/**
 * A recipient whose name and contact the notice must give (provision to another processor, or abroad;
 * PIPL Arts 23, 39). A vendor called entrusted that uses the data for its own purposes is a provision.
 */
export function recipientContactRequired(r: Activity["recipients"][number]): boolean {
  return isProvision(r) || isForeignRecipient(r);
}
