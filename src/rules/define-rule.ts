// A rule is one file: stable id, slug, severity, citations, the question ids it reads, zh/en texts,
// and a pure `check` over the assessment (design §4, after markdownlint).
import type { Assessment, Activity } from "../model/assessment.js";
import type { ActivityRisk, Bilingual, Severity } from "../analysis/types.js";
import type { CitationRef } from "../law/types.js";

export type RuleContext = {
  /** Add N working days on the official PRC calendar (调休 included); estimated outside its years. */
  readonly addWorkingDays: (date: string, days: number) => { date: string; estimated: boolean };
  /** Does the face-recognition Measures apply to this activity (not pure R&D / algorithm training)? */
  readonly faceMeasuresApply: (activity: Activity) => boolean;
  /** The GB/T 39335 risk rating of an activity (computed before the rules run). */
  readonly riskOf: (activityId: string) => ActivityRisk;
};

export type RuleHit = {
  readonly activity?: string; // activity id; omit for processor-wide findings
  readonly at: string; // answers-file path, e.g. "activities[0].necessity.soleMethod"
  readonly detail: Bilingual; // quotes the facts that triggered it
  readonly severity?: Severity; // only for rules whose digest entry says BLOCK/WARN by case
  readonly remedy?: Bilingual; // overrides the rule's remedy for this hit
  readonly cites?: readonly CitationRef[]; // extra citations for this hit only (e.g. Shanghai)
  /** The hit rests only on its own `cites`, not on the rule's (e.g. a Shanghai-only duty). */
  readonly onlyOwnCites?: boolean;
  /** The obligation exists and this assessment (or the facts) already meets it — shown, not actioned. */
  readonly satisfied?: boolean;
  /** A legal deadline for the action (e.g. the filing deadline); default is by severity. */
  readonly due?: { readonly date: string; readonly estimated: boolean };
};

export type Rule = {
  readonly id: string; // "FR-007": FR-NNN = check NNN of the legal digest's list
  readonly slug: string;
  readonly severity: Severity;
  readonly title: Bilingual; // the finding, one sentence
  readonly summary: Bilingual; // one line for `pipia rules`
  readonly remedy: Bilingual;
  readonly cites: readonly CitationRef[];
  readonly reads: readonly string[]; // question ids, e.g. "activities[].necessity.soleMethod"
  readonly check: (a: Assessment, ctx: RuleContext) => readonly RuleHit[];
};

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Helper: iterate activities with their index, for `at` paths. */
export function eachActivity<T>(a: Assessment, f: (act: Activity, i: number) => T | T[] | undefined | null): T[] {
  const out: T[] = [];
  a.activities.forEach((act, i) => {
    const r = f(act, i);
    if (r === undefined || r === null) return;
    if (Array.isArray(r)) out.push(...r);
    else out.push(r);
  });
  return out;
}
