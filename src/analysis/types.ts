// The Analysis: what `pipia check --format json` prints and what every template renders.
// Stable: fields are added, never renamed; `schemaVersion` changes on a breaking change.
import type { Assessment } from "../model/assessment.js";
import type {
  ActionStatus,
  ImpactCategory,
  ImpactLevel,
  LikelihoodLevel,
} from "../model/enums.js";

/** Text in both languages the tool writes in. */
export type Bilingual = { readonly "zh-CN": string; readonly en: string };

export const SEVERITIES = ["prohibited", "required", "risk", "advice"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Confidence tags of the legal digest: checked text, official summary, secondary, unconfirmed. */
export type Confidence = "T" | "O" | "S" | "UNCONFIRMED";

/** A citation as resolved against the law registry. */
export type ResolvedCitation = {
  readonly law: string; // registry id, e.g. "PIPL"
  readonly article: string; // "26", "23", "6.3" for standards' clauses
  readonly para?: number;
  readonly item?: number | string;
  readonly label: Bilingual; // 《个人信息保护法》第二十六条 / PIPL Art 26
  readonly gist: Bilingual;
  readonly confidence: Confidence;
  readonly unconfirmed: boolean;
  readonly note?: Bilingual; // why it is unconfirmed, or other caveat
};

export type Finding = {
  readonly ruleId: string; // "FR-010"
  readonly slug: string;
  readonly severity: Severity;
  readonly activity: string | null; // activity id, or null for processor-wide findings
  readonly at: string; // answers-file path that triggered it, e.g. "activities[0].necessity.soleMethod"
  readonly title: Bilingual;
  readonly detail: Bilingual; // quotes the facts
  readonly remedy: Bilingual;
  readonly citations: readonly ResolvedCitation[];
  /** true when the obligation is already met (e.g. the PIA itself): reported, not actioned. */
  readonly satisfied: boolean;
  readonly due: DateInfo | null;
};

export type Art55Trigger = {
  readonly item: 1 | 2 | 3 | 4 | 5;
  readonly applies: boolean;
  readonly text: Bilingual; // the circumstance
  readonly reasons: readonly Bilingual[];
};

export type Applicability = {
  readonly activity: string;
  readonly faceMeasuresApply: boolean;
  readonly reason: Bilingual;
};

export type Reasoned<L> = {
  readonly level: L;
  readonly suggested: L;
  readonly overridden: boolean;
  readonly reasons: readonly Bilingual[];
};

export type ImpactAssessment = Reasoned<ImpactLevel> & { readonly category: ImpactCategory };

export const LIKELIHOOD_FACTORS = ["network-technical", "processing-flow", "personnel-third-parties", "scale-posture"] as const;
export type LikelihoodFactor = (typeof LIKELIHOOD_FACTORS)[number];

export type FactorAssessment = {
  readonly factor: LikelihoodFactor;
  readonly level: LikelihoodLevel;
  readonly reasons: readonly Bilingual[];
};

export type RiskLevel = ImpactLevel; // 低/中/高/严重

export type ActivityRisk = {
  readonly activity: string;
  readonly impacts: readonly ImpactAssessment[]; // one per category, in IMPACT_CATEGORIES order
  readonly impact: ImpactLevel; // the highest of the four
  readonly likelihood: Reasoned<LikelihoodLevel> & { readonly factors: readonly FactorAssessment[] };
  readonly perCategory: readonly { readonly category: ImpactCategory; readonly risk: RiskLevel }[];
  readonly level: RiskLevel; // matrix D.5 (impact × likelihood)
  readonly highRisk: boolean; // GB/T 39335 high-risk activity list
  readonly reasons: readonly Bilingual[];
};

/** A date, and whether it rests on an estimated (Mon–Fri) calendar outside the known years. */
export type DateInfo = { readonly date: string; readonly estimated: boolean };

export type FilingStatus = "not-required" | "approaching" | "due" | "overdue" | "filed";

export type Dates = {
  readonly assessmentDate: string;
  readonly reportRetainUntil: string;
  readonly recordsRetainUntil: string;
  readonly nextReview: string;
  readonly filing: {
    readonly required: boolean;
    readonly status: FilingStatus;
    readonly storedFaces: number;
    readonly thresholdReachedOn: string | null;
    readonly deadline: DateInfo | null;
    readonly changeDeadline: DateInfo | null;
    readonly cancellationDeadline: DateInfo | null;
    readonly calendarCoversUntil: string; // last date the official calendar data knows
  };
};

export type Conclusion = {
  readonly outcome: "may-proceed" | "proceed-after-rectification" | "must-stop";
  readonly label: Bilingual;
  readonly reasons: readonly Bilingual[];
};

export type ActionItem = {
  readonly ruleId: string;
  readonly activity: string | null;
  readonly severity: Severity;
  readonly finding: Bilingual;
  readonly measure: Bilingual;
  readonly owner: string | null; // null = to be assigned
  readonly due: DateInfo;
  readonly status: ActionStatus;
};

export type Analysis = {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: "pipia"; readonly version: string };
  readonly assessment: Assessment;
  readonly applicability: readonly Applicability[];
  readonly triggers: readonly Art55Trigger[];
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly risk: readonly ActivityRisk[];
  readonly dates: Dates;
  readonly conclusion: Conclusion;
  readonly actions: readonly ActionItem[];
  readonly lawsRelied: readonly { readonly id: string; readonly title: Bilingual; readonly effective: string }[];
  readonly unconfirmedCitations: readonly ResolvedCitation[];
};
