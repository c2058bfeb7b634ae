// Sensitive PI other than faces (PIPL Arts 28–29), purpose change (Art 14 para 2) and a vendor's own
// use of the data (Arts 21, 23): language-free facts the rules read (FR-047 to FR-050). Face
// information stays with the face rules, so the "non-face" facts here leave it out on purpose.
import type { Activity, Recipient } from "../model/assessment.js";
import { FACE_CATEGORIES, SENSITIVE_BY_NATURE, type PiCategory, type Purpose } from "../model/enums.js";

/**
 * The activity's sensitive PI categories (PIPL Art 28 para 1): the categories the law names as
 * sensitive whatever the `sensitive` flag says, those the answers flag, and — where the subjects
 * include children under 14 — every category, since all PI of under-14s is sensitive.
 */
export function sensitiveCategories(act: Activity): PiCategory[] {
  const cats = act.personalInfo
    .filter((p) => p.sensitive || SENSITIVE_BY_NATURE.includes(p.category) || act.subjects.minorsUnder14)
    .map((p) => p.category);
  return [...new Set(cats)];
}

/** Sensitive categories other than face information (faces are the face rules' business). */
export function nonFaceSensitiveCategories(act: Activity): PiCategory[] {
  return sensitiveCategories(act).filter((c) => !FACE_CATEGORIES.includes(c));
}

/** Sensitive by the law's own list (or the answers' flag), not only because the subjects are children. */
export function sensitiveInItself(act: Activity, category: PiCategory): boolean {
  return SENSITIVE_BY_NATURE.includes(category) || act.personalInfo.some((p) => p.category === category && p.sensitive);
}

export type NecessityGap = {
  readonly category: PiCategory;
  /** "not-shown": no purpose is named as needing it; "not-needed": the purposes named are none of the activity's (or none at all). */
  readonly kind: "not-shown" | "not-needed";
};

/**
 * Non-face sensitive categories whose need the stated purposes do not establish (PIPL Art 28 para 2:
 * specific purpose and sufficient necessity; Art 6: the minimum the purpose needs).
 */
export function sensitiveNecessityGaps(act: Activity): NecessityGap[] {
  const sensitive = new Set(nonFaceSensitiveCategories(act));
  const out: NecessityGap[] = [];
  const seen = new Set<PiCategory>();
  for (const p of act.personalInfo) {
    if (!sensitive.has(p.category) || seen.has(p.category)) continue;
    seen.add(p.category);
    if (p.neededFor === undefined) out.push({ category: p.category, kind: "not-shown" });
    else if (!p.neededFor.some((x) => act.purposes.includes(x))) out.push({ category: p.category, kind: "not-needed" });
  }
  return out;
}

/**
 * The activity uses PI collected for other purposes for a purpose the original collection did not
 * have (PIPL Art 14 para 2). Returns the new purposes, or an empty list when there is no change.
 */
export function newPurposesOfReuse(act: Activity): Purpose[] {
  const r = act.reuse;
  if (r === null) return [];
  return act.purposes.filter((p) => !r.fromPurposes.includes(p));
}

/** PI reused for a new purpose without fresh consent (whether consent is needed is the rule's judgement). */
export function freshConsentMissing(act: Activity): boolean {
  return act.reuse !== null && !act.reuse.newConsent && newPurposesOfReuse(act).length > 0;
}

/**
 * A recipient the processor calls entrusted that also uses the data for its own purposes: in law
 * a provision to another processor (PIPL Art 23), not entrustment (Art 21).
 */
export function entrustedButOwnUse(r: Recipient): boolean {
  return r.role === "entrusted" && r.ownUse;
}
