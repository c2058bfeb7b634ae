// Ordering of GB/T 39335 levels: raise, lower and take the highest, capped at both ends.
import { IMPACT_LEVELS, LIKELIHOOD_LEVELS, type ImpactLevel, type LikelihoodLevel } from "../model/enums.js";

function at<L extends string>(levels: readonly L[], i: number): L {
  const clamped = Math.min(levels.length - 1, Math.max(0, i));
  const l = levels[clamped];
  if (l === undefined) throw new Error("empty level list");
  return l;
}

export function impactRank(l: ImpactLevel): number {
  return IMPACT_LEVELS.indexOf(l);
}

export function likelihoodRank(l: LikelihoodLevel): number {
  return LIKELIHOOD_LEVELS.indexOf(l);
}

/** Move an impact level by `steps` (±), capped at 严重 and floored at 低 (GB/T 39335 D.1 modifiers). */
export function shiftImpact(l: ImpactLevel, steps: number): ImpactLevel {
  return at(IMPACT_LEVELS, impactRank(l) + steps);
}

export function maxImpact(levels: readonly ImpactLevel[]): ImpactLevel {
  return at(IMPACT_LEVELS, Math.max(0, ...levels.map(impactRank)));
}

export function maxLikelihood(levels: readonly LikelihoodLevel[]): LikelihoodLevel {
  return at(LIKELIHOOD_LEVELS, Math.max(0, ...levels.map(likelihoodRank)));
}
