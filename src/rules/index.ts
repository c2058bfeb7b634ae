// The explicit, ordered rule registry (design §4, after markdownlint). FR-NNN is check NNN of
// the legal digest's list; ids are stable and never reused. A retired rule stays here as a comment.
import type { Rule } from "./define-rule.js";
import piaRequired from "./pia-required.js"; // FR-001
import facePiaRequired from "./face-pia-required.js"; // FR-002
import rndExclusion from "./rnd-exclusion.js"; // FR-003
import piaContentsIncomplete from "./pia-contents-incomplete.js"; // FR-004
import retentionUnderThreeYears from "./retention-under-three-years.js"; // FR-005
import reassessmentRequired from "./reassessment-required.js"; // FR-006
import faceSoleVerification from "./face-sole-verification.js"; // FR-007
import noAlternativeOnRefusal from "./no-alternative-on-refusal.js"; // FR-008
import serviceConditionalOnFace from "./service-conditional-on-face.js"; // FR-009
import bundledConsent from "./bundled-consent.js"; // FR-010
import coercedFaceUse from "./coerced-face-use.js"; // FR-011
import separateConsentMissing from "./separate-consent-missing.js"; // FR-012
import minorsGuardianConsent from "./minors-guardian-consent.js"; // FR-013
import noticeIncomplete from "./notice-incomplete.js"; // FR-014
import accessibleNoticeMissing from "./accessible-notice-missing.js"; // FR-015
import faceDataLeavesDevice from "./face-data-leaves-device.js"; // FR-016
import faceRetentionExcessive from "./face-retention-excessive.js"; // FR-017
import rawImagesOrJointStorage from "./raw-images-or-joint-storage.js"; // FR-018
import securityControlsMissing from "./security-controls-missing.js"; // FR-019
import filingRequired from "./filing-required.js"; // FR-020
import filingChangeOrCancellation from "./filing-change-or-cancellation.js"; // FR-021
import filingThresholdApproaching from "./filing-threshold-approaching.js"; // FR-022
import publicPlaceNonSecurityPurpose from "./public-place-non-security-purpose.js"; // FR-023
import publicPlaceSignageMissing from "./public-place-signage-missing.js"; // FR-024
import captureAreaUnbounded from "./capture-area-unbounded.js"; // FR-025
import privateSpaceInstallation from "./private-space-installation.js"; // FR-026
import installerNotManager from "./installer-not-manager.js"; // FR-027
import videoSystemPoliceFiling from "./video-system-police-filing.js"; // FR-028
import videoRetention from "./video-retention.js"; // FR-029
import viewingLogMissing from "./viewing-log-missing.js"; // FR-030
import recipientsAndEntrustment from "./recipients-and-entrustment.js"; // FR-031
import faceDataPublished from "./face-data-published.js"; // FR-032
import crossBorderTransfer from "./cross-border-transfer.js"; // FR-033
import faceInferenceAutomatedDecision from "./face-inference-automated-decision.js"; // FR-034
import nationalIdentityChannel from "./national-identity-channel.js"; // FR-035
import piOfficerRequired from "./pi-officer-required.js"; // FR-036
import complianceAudit from "./compliance-audit.js"; // FR-037
import breachResponsePlan from "./breach-response-plan.js"; // FR-038
import riskRatingHigh from "./risk-rating-high.js"; // FR-039
import highRiskActivity from "./high-risk-activity.js"; // FR-040
import campaignSectorPriority from "./campaign-sector-priority.js"; // FR-041
import lawfulBasisFails from "./lawful-basis-fails.js"; // FR-042
import largePlatformDuties from "./large-platform-duties.js"; // FR-043
import automatedSignificantDecision from "./automated-significant-decision.js"; // FR-044
import automatedMarketingOptOut from "./automated-marketing-opt-out.js"; // FR-045
import minorsAnnualAudit from "./minors-annual-audit.js"; // FR-046
import sensitivePiConsent from "./sensitive-pi-consent.js"; // FR-047
import sensitivePiNecessity from "./sensitive-pi-necessity.js"; // FR-048
import purposeChangeConsent from "./purpose-change-consent.js"; // FR-049
import entrustedOwnUse from "./entrusted-own-use.js"; // FR-050

export const rules: readonly Rule[] = [
  piaRequired,
  facePiaRequired,
  rndExclusion,
  piaContentsIncomplete,
  retentionUnderThreeYears,
  reassessmentRequired,
  faceSoleVerification,
  noAlternativeOnRefusal,
  serviceConditionalOnFace,
  bundledConsent,
  coercedFaceUse,
  separateConsentMissing,
  minorsGuardianConsent,
  noticeIncomplete,
  accessibleNoticeMissing,
  faceDataLeavesDevice,
  faceRetentionExcessive,
  rawImagesOrJointStorage,
  securityControlsMissing,
  filingRequired,
  filingChangeOrCancellation,
  filingThresholdApproaching,
  publicPlaceNonSecurityPurpose,
  publicPlaceSignageMissing,
  captureAreaUnbounded,
  privateSpaceInstallation,
  installerNotManager,
  videoSystemPoliceFiling,
  videoRetention,
  viewingLogMissing,
  recipientsAndEntrustment,
  faceDataPublished,
  crossBorderTransfer,
  faceInferenceAutomatedDecision,
  nationalIdentityChannel,
  piOfficerRequired,
  complianceAudit,
  breachResponsePlan,
  riskRatingHigh,
  highRiskActivity,
  campaignSectorPriority,
  lawfulBasisFails,
  largePlatformDuties,
  automatedSignificantDecision,
  automatedMarketingOptOut,
  minorsAnnualAudit,
  sensitivePiConsent,
  sensitivePiNecessity,
  purposeChangeConsent,
  entrustedOwnUse,
];
