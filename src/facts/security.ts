// Security controls the law names, and which of them the answers say are missing (language-free).
import type { Security } from "../model/assessment.js";

/** FRM Art 14: encryption, security audit, access control, authorisation management, intrusion detection and prevention. */
export const FRM14_CONTROLS = ["encryptionAtRest", "encryptionInTransit", "auditLogs", "accessControl", "authorisationManagement", "intrusionDetection"] as const;
/** PIPL Art 51 organisational measures (items 1, 2, 4, 5). */
export const PIPL51_CONTROLS = ["internalRules", "dataClassification", "training", "incidentPlan"] as const;

export type ControlKey = (typeof FRM14_CONTROLS)[number] | (typeof PIPL51_CONTROLS)[number] | "deidentification";

export function missingFrm14(s: Security): ControlKey[] {
  return FRM14_CONTROLS.filter((k) => s[k] !== true);
}

/** PIPL Art 51 items missing; item 3 (encryption, de-identification) counts as missing when neither is in place. */
export function missingPipl51(s: Security): ControlKey[] {
  const out: ControlKey[] = PIPL51_CONTROLS.filter((k) => s[k] !== true);
  if (!s.encryptionAtRest && !s.deidentification) out.push("deidentification");
  return out;
}

/**
 * The technical core of "strict protective measures" for sensitive PI (PIPL Art 28 para 2), read with
 * Art 51 items 3 and 4 (encryption; reasonable operating permissions): encrypted storage, access
 * control, authorisation management and audit logs.
 */
export const STRICT_PROTECTION_CONTROLS = ["encryptionAtRest", "accessControl", "authorisationManagement", "auditLogs"] as const;

export type StrictProtectionControl = (typeof STRICT_PROTECTION_CONTROLS)[number];

export function missingStrictProtection(s: Security): StrictProtectionControl[] {
  return STRICT_PROTECTION_CONTROLS.filter((k) => s[k] !== true);
}
