// Cross-border facts (PIPL Arts 38-40; 促进和规范数据跨境流动规定 2024, legal digest §00 F): how many
// people's PI goes abroad this calendar year, and which transfer route that volume requires. Decided
// here once; the rule (FR-033), the analysis and the documents read it.
//
// Counts are cumulative from 1 January of the year and processor-wide: the sum over every activity
// whose data goes abroad. A person in two activities counts twice, which can only overstate the
// volume (it errs towards the stricter route).
import type { Activity, Assessment } from "../model/assessment.js";
import type { CrossBorderRoute } from "../model/enums.js";
import { goesAbroad, sensitiveGoesAbroad } from "./activity.js";

/** Non-sensitive PI of fewer people than this, counted from 1 January, is exempt from any route. */
export const EXEMPT_BELOW_PEOPLE = 100_000;
/** PI of this many people or more (from 1 January) → CAC security assessment. */
export const ASSESSMENT_PEOPLE = 1_000_000;
/** Sensitive PI of this many people or more (from 1 January) → CAC security assessment. */
export const ASSESSMENT_SENSITIVE_PEOPLE = 10_000;

/** The least a transfer needs: nothing, the standard contract or certification, or a security assessment. */
export const ROUTE_LEVELS = ["none", "contract-or-certification", "security-assessment"] as const;
export type RouteLevel = (typeof ROUTE_LEVELS)[number];

/** Why a level is required (language-free; the rule words them). */
export type RouteGround =
  | "ciio" // any export by a critical information infrastructure operator
  | "important-data" // the data includes important data
  | "people-1m" // PI of ≥ 1,000,000 people this year (processor-wide)
  | "sensitive-10k" // sensitive PI of ≥ 10,000 people this year (processor-wide)
  | "sensitive-pi" // any sensitive PI: the < 100,000 exemption covers non-sensitive PI only
  | "people-100k"; // PI of ≥ 100,000 people this year (processor-wide)

/** People counted for one activity this year; `estimated` when the answers give no count. */
export type CrossBorderVolume = {
  readonly people: number;
  readonly sensitivePeople: number;
  readonly estimated: boolean;
};

/**
 * The activity's people whose PI goes abroad this calendar year. An activity that goes abroad with
 * no count stated (0) is taken at its whole people count, so the stricter route is never missed.
 */
export function crossBorderVolume(act: Activity): CrossBorderVolume {
  if (!goesAbroad(act)) return { people: 0, sensitivePeople: 0, estimated: false };
  const cb = act.crossBorder;
  const stated = Math.max(cb.peopleThisYear, cb.sensitivePeopleThisYear);
  const people = stated > 0 ? stated : act.subjects.peopleCount;
  const sensitive = sensitiveGoesAbroad(act);
  const sensitivePeople = !sensitive ? 0 : cb.sensitivePeopleThisYear > 0 ? cb.sensitivePeopleThisYear : people;
  const estimated = stated === 0 || (sensitive && cb.sensitivePeopleThisYear === 0);
  return { people, sensitivePeople, estimated };
}

/** Processor-wide totals this year: the sum over every activity whose data goes abroad. */
export function crossBorderTotals(a: Assessment): CrossBorderVolume {
  const vols = a.activities.map(crossBorderVolume);
  return {
    people: vols.reduce((n, v) => n + v.people, 0),
    sensitivePeople: vols.reduce((n, v) => n + v.sensitivePeople, 0),
    estimated: vols.some((v) => v.estimated),
  };
}

export type RouteRequirement = {
  readonly level: RouteLevel;
  /** Every ground that applies, strictest first; empty when no route is needed. */
  readonly grounds: readonly RouteGround[];
  readonly activity: CrossBorderVolume;
  readonly totals: CrossBorderVolume;
};

/** The route the activity's transfer requires (digest §00 F); level "none" when nothing goes abroad. */
export function crossBorderRouteRequired(a: Assessment, act: Activity): RouteRequirement {
  const activity = crossBorderVolume(act);
  const totals = crossBorderTotals(a);
  if (!goesAbroad(act)) return { level: "none", grounds: [], activity, totals };
  const sensitive = sensitiveGoesAbroad(act);
  const assessment: RouteGround[] = [];
  if (a.processor.ciio) assessment.push("ciio");
  if (act.crossBorder.importantData) assessment.push("important-data");
  if (totals.people >= ASSESSMENT_PEOPLE) assessment.push("people-1m");
  if (sensitive && totals.sensitivePeople >= ASSESSMENT_SENSITIVE_PEOPLE) assessment.push("sensitive-10k");
  const contract: RouteGround[] = [];
  if (sensitive) contract.push("sensitive-pi");
  if (totals.people >= EXEMPT_BELOW_PEOPLE) contract.push("people-100k");
  const grounds = [...assessment, ...contract];
  const level: RouteLevel = assessment.length > 0 ? "security-assessment" : contract.length > 0 ? "contract-or-certification" : "none";
  return { level, grounds, activity, totals };
}

/** Does the route in place meet the level? "Other" (set by law or the CAC) stands in for a contract, not an assessment. */
export function routeMeets(route: CrossBorderRoute, level: RouteLevel): boolean {
  if (level === "none") return true;
  if (level === "security-assessment") return route === "security-assessment";
  return route !== "none";
}
