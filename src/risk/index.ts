// GB/T 39335 risk rating. Levels are values ("low" … "severe"); templates turn them into labels.
export { RISK_MATRIX, riskLevel } from "./matrix.js";
export { rateActivity } from "./rate-activity.js";
export { IMPACT_SIGNALS, assessImpacts, type ImpactSignal } from "./impact.js";
export { GAP_THRESHOLDS, SCALE_FLOORS, assessLikelihood, levelFromGaps, scaleFloor, type LikelihoodAssessment } from "./likelihood.js";
export { highRiskItems, type HighRiskItem } from "./high-risk.js";
export { LARGE_SCALE_PEOPLE, activityFacts, type ActivityFacts } from "./activity-facts.js";
export { maxImpact, maxLikelihood, shiftImpact } from "./levels.js";
