// What `pipia diff OLD NEW --format json` prints and the report's "changes since the previous
// assessment" section reads: language-free data (values as in the answers files, findings by rule
// id, outcomes and risk levels by key). Formatting lives in src/cli/format-diff.ts and src/render.
// Stable: fields are added, never renamed; `schemaVersion` changes on a breaking change.
import type { Bilingual, Consequence, FindingStatus, Outcome, RiskLevel, Severity } from "../vocab/types.js";

/** A value as written in an answers file (after validation): text, number, yes/no, list or mapping. */
export type FactValue = string | number | boolean | null | readonly FactValue[] | { readonly [key: string]: FactValue };

/**
 * One changed fact. `path` names it in the answers file, with list items matched by a key:
 * `activities[id=gate].storage.location`, `activities[id=gate].personalInfo[category=face].sensitive`,
 * `activities[id=gate].recipients[name=…]`, `assessment.assessors[name=…]`,
 * `risks[activity=gate,event=leak]`, `overrides.actions[rule=FR-010,activity=gate]`; other lists by
 * position (`incidents[0].date`). Lists of choices (purposes, channels…) are one value, compared
 * regardless of order.
 */
export type FactChange = {
  readonly path: string;
  /** The same path as a question id, lists written `[]` (`activities[].storage.location`): for descriptions and labels. */
  readonly field: string;
  readonly change: "added" | "removed" | "changed";
  /** Absent when the fact was added. */
  readonly before?: FactValue;
  /** Absent when the fact was removed. */
  readonly after?: FactValue;
};

/** What decides a finding's weight: its severity, what must happen now, and whether it is open or a past breach. */
export type FindingState = {
  readonly severity: Severity;
  readonly consequence: Consequence | null;
  readonly status: FindingStatus;
};

/**
 * A finding that is open (or a past breach) in one assessment and not in the other, or whose
 * severity, consequence or status changed. Findings are matched by rule id + activity + `at`.
 * Findings that only record a met obligation are not compared.
 */
export type FindingChange = {
  readonly ruleId: string;
  readonly activity: string | null;
  readonly at: string;
  readonly change: "opened" | "closed" | "changed";
  /** The finding's title (the newer one when both exist). */
  readonly title: Bilingual;
  /** null when the finding opened. */
  readonly before: FindingState | null;
  /** null when the finding closed. */
  readonly after: FindingState | null;
};

export type RiskState = { readonly level: RiskLevel; readonly highRisk: boolean };

/** One activity's GB/T 39335 risk rating before → after (null: the activity is not in that assessment). */
export type RiskChange = {
  readonly activity: string;
  readonly name: string;
  readonly before: RiskState | null;
  readonly after: RiskState | null;
  readonly changed: boolean;
};

export type OutcomeChange = {
  readonly before: Outcome;
  readonly after: Outcome;
  readonly changed: boolean;
};

/** One activity's conclusion before → after (null: the activity is not in that assessment). */
export type ActivityOutcomeChange = {
  readonly activity: string;
  readonly name: string;
  readonly before: Outcome | null;
  readonly after: Outcome | null;
  readonly changed: boolean;
};

/** Which assessment a side of the comparison is. */
export type DiffSide = {
  /** The answers file as named on the command line (or in `assessment.previous.file`). */
  readonly file: string;
  readonly date: string;
  readonly documentNumber: string | null;
  readonly version: string;
};

export type AssessmentDiff = {
  /** Changes only on a breaking change of this object's shape. */
  readonly schemaVersion: 1;
  readonly tool: { readonly name: "pipia"; readonly version: string };
  readonly before: DiffSide;
  readonly after: DiffSide;
  /** true when no fact, finding, risk level or conclusion differs. */
  readonly identical: boolean;
  readonly counts: {
    readonly facts: number;
    readonly opened: number;
    readonly closed: number;
    readonly changed: number;
  };
  readonly facts: readonly FactChange[];
  readonly findings: readonly FindingChange[];
  readonly risk: readonly RiskChange[];
  readonly conclusion: {
    readonly overall: OutcomeChange;
    /** Findings that concern the processor as a whole. */
    readonly processor: OutcomeChange;
    readonly activities: readonly ActivityOutcomeChange[];
  };
};
