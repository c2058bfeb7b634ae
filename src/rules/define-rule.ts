// A rule is one file: stable id, slug, severity, citations, the question ids it reads, zh/en texts,
// and a pure `check` over the assessment (design §4, after markdownlint).
import type { Assessment, Activity } from "../model/assessment.js";
import type { ActivityRisk, Bilingual, Consequence, Severity } from "../vocab/types.js";
import type { CitationRef } from "../law/types.js";

export type RuleContext = {
  /** Add N working days on the official PRC calendar (调休 included); estimated outside its years. */
  readonly addWorkingDays: (date: string, days: number) => { date: string; estimated: boolean };
  /** Does the face-recognition Measures apply to this activity (not pure R&D / algorithm training)? */
  readonly faceMeasuresApply: (activity: Activity) => boolean;
  /**
   * The GB/T 39335 risk rating of an activity. The rating reads the statutory findings, so it exists
   * only for rules marked `afterRisk` (they run second); calling it from another rule throws.
   */
  readonly riskOf: (activityId: string) => ActivityRisk;
};

export type RuleHit = {
  readonly activity?: string; // activity id; omit for processor-wide findings
  readonly at: string; // answers-file path, e.g. "activities[0].necessity.soleMethod"
  readonly detail: Bilingual; // quotes the facts that triggered it
  readonly severity?: Severity; // only where the norm differs by case (e.g. a standard vs a statute)
  /** What must happen now, when it differs from the rule's (e.g. stop only without any valid basis). */
  readonly consequence?: Consequence;
  /** The decisive legal ground in a few words, when it is not the rule's title (e.g. "no valid lawful basis"). */
  readonly ground?: Bilingual;
  /** A duty that had to be met before processing began and was not: recorded, cannot be cured. */
  readonly pastBreach?: boolean;
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
  /**
   * What must happen now, by default: `stop` for a prohibited act, `rectify-by` for an unmet duty,
   * `improve` for standards and practice (legal digest §00 A). Hits may say otherwise.
   */
  readonly consequence?: Consequence;
  /** The finding concerns the measures that protect the data (PIPL Art 56(3) adequacy). */
  readonly protection?: boolean;
  /** The rule reads the GB/T 39335 risk rating (`ctx.riskOf`), so it runs after the rating. */
  readonly afterRisk?: boolean;
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

/** The default consequence of a severity (legal digest §00 A). */
export function defaultConsequence(severity: Severity): Consequence {
  if (severity === "prohibited") return "stop";
  if (severity === "required") return "rectify-by";
  return "improve";
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
