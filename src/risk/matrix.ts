// GB/T 39335 Table D.5 (draft numbering; also used for the final text): impact × likelihood → risk.
import type { RiskLevel } from "../vocab/types.js";
import type { ImpactLevel, LikelihoodLevel } from "../model/enums.js";

export const RISK_MATRIX = {
  severe: { low: "medium", medium: "high", high: "severe", "very-high": "severe" },
  high: { low: "medium", medium: "medium", high: "high", "very-high": "severe" },
  medium: { low: "low", medium: "medium", high: "medium", "very-high": "high" },
  low: { low: "low", medium: "low", high: "medium", "very-high": "medium" },
} as const satisfies Readonly<Record<ImpactLevel, Readonly<Record<LikelihoodLevel, RiskLevel>>>>;

export function riskLevel(impact: ImpactLevel, likelihood: LikelihoodLevel): RiskLevel {
  return RISK_MATRIX[impact][likelihood];
}
