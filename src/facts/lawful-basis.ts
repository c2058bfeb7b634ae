// PIPL Art 13 lawful bases, tested rather than taken on trust (legal digest §00 C). Items 2
// (contract / HR management) and 3 (statutory duty) hold only where the processing is necessary:
// an alternative that achieves the purpose defeats necessity; HR rules must have been adopted by
// the democratic procedure of 劳动合同法 Art 4; a statutory duty (and item 7, "other circumstances
// provided by laws and administrative regulations") must name the law or regulation.
import type { Activity } from "../model/assessment.js";
import type { LawfulBasis } from "../model/enums.js";
import { handlesFacePi } from "./activity.js";
import { freshConsentMissing } from "./sensitive.js";

export const BASIS_FAILURES = ["alternative-achieves-purpose", "hr-rules-not-adopted", "statute-not-named", "statute-does-not-require-face"] as const;
export type BasisFailure = (typeof BASIS_FAILURES)[number];

export type BasisTest = { readonly basis: LawfulBasis; readonly valid: boolean; readonly failures: readonly BasisFailure[] };

/** The HR-management leg of item 2 is relied on when the data subjects are employees. */
export function reliesOnHrRules(act: Activity): boolean {
  return act.lawfulBasis.includes("contract-or-hr") && act.subjects.categories.includes("employees");
}

function statuteNamed(act: Activity): boolean {
  const s = act.basisEvidence?.statute;
  return s !== undefined && s.trim() !== "";
}

export function testBasis(act: Activity, basis: LawfulBasis): BasisTest {
  const failures: BasisFailure[] = [];
  const face = handlesFacePi(act);
  // `alternativeFeasible` speaks of a non-face method, so it tests the necessity of face processing.
  if ((basis === "contract-or-hr" || basis === "legal-duty") && face && act.necessity.alternativeFeasible) failures.push("alternative-achieves-purpose");
  if (basis === "contract-or-hr" && reliesOnHrRules(act) && act.basisEvidence?.hrRulesAdopted !== true) failures.push("hr-rules-not-adopted");
  if ((basis === "legal-duty" || basis === "other-law") && !statuteNamed(act)) failures.push("statute-not-named");
  // A duty to register identities or to run a video system is not a duty to recognise faces (PSVS
  // Art 7 requires video systems, not face identification): face processing needs a law that
  // requires face recognition itself.
  else if ((basis === "legal-duty" || basis === "other-law") && face && act.basisEvidence?.statuteRequiresFaceRecognition !== true)
    failures.push("statute-does-not-require-face");
  return { basis, valid: failures.length === 0, failures };
}

/** Every claimed basis other than consent, tested. */
export function nonConsentBases(act: Activity): BasisTest[] {
  return act.lawfulBasis.filter((b) => b !== "consent").map((b) => testBasis(act, b));
}

/** At least one claimed basis other than consent survives its test. */
export function hasValidNonConsentBasis(act: Activity): boolean {
  return nonConsentBases(act).some((t) => t.valid);
}

/**
 * Consent is what the processing has to rest on: consent is claimed, or every other claimed basis
 * fails its test (then the consent rules apply in full).
 */
export function reliesOnConsent(act: Activity): boolean {
  return act.lawfulBasis.includes("consent") || !hasValidNonConsentBasis(act);
}

/**
 * Consent validly given for what the activity does: separate (or written) consent, and, where PI
 * collected for other purposes is reused for a new one, fresh consent to it (PIPL Art 14 para 2).
 */
export function validConsentObtained(act: Activity): boolean {
  return (act.consent.form === "separate" || act.consent.form === "written") && !freshConsentMissing(act);
}

/** The FRM Art 8 statutory exception to keeping face data on the device needs a named law. */
export function transmissionStatuteNamed(act: Activity): boolean {
  const s = act.storage.transmissionStatute;
  return act.storage.statutoryBasisForTransmission && s !== undefined && s.trim() !== "";
}
