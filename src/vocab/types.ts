// The analysis vocabulary: the types every layer shares (facts, rules, risk, dates, law, analysis,
// render). It sits below all of them so no lower layer has to import from src/analysis.
// The Analysis is what `pipia check --format json` prints and what every template renders.
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

/**
 * The nature of the norm a finding rests on: `prohibited` (a 不得/禁止 norm is breached), `required`
 * (an 应当 duty of a law, administrative regulation or departmental rule is unmet), `risk` and
 * `advice` (recommended national standards and good practice only).
 */
export const SEVERITIES = ["prohibited", "required", "risk", "advice"] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * What must happen now, a judgement separate from the severity (legal digest §00 A):
 * `stop` the processing (a prohibited act, no valid lawful basis, a device in a private space);
 * `suspend-until-fixed` (a missing precondition: notice, signage, separate consent for transmission,
 * a cross-border route); `rectify-by` a date while processing continues (another unmet duty);
 * `improve` (recommended standards and practice).
 */
export const CONSEQUENCES = ["stop", "suspend-until-fixed", "rectify-by", "improve"] as const;
export type Consequence = (typeof CONSEQUENCES)[number];

/** Whether a finding's obligation is unmet now, met, or was breached in the past and cannot be cured. */
export const FINDING_STATUSES = ["open", "met", "past-breach"] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

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
  /** open / met / past-breach (a duty that had to be met before processing began and was not). */
  readonly status: FindingStatus;
  /** The finding concerns the measures that protect the data (storage, transfer, security, retention). */
  readonly protection: boolean;
  /** What must happen now; null when the obligation is met. */
  readonly consequence: Consequence | null;
  /** The decisive legal ground in a few words (e.g. "no valid lawful basis"), for conclusions. */
  readonly ground: Bilingual | null;
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

export type ImpactAssessment = Reasoned<ImpactLevel> & {
  readonly category: ImpactCategory;
  /** A harm in this category follows from the processing itself (not from an incident): rated as certain. */
  readonly inherent: boolean;
};

export const LIKELIHOOD_FACTORS = ["network-technical", "processing-flow", "personnel-third-parties", "scale-posture"] as const;
export type LikelihoodFactor = (typeof LIKELIHOOD_FACTORS)[number];

export type FactorAssessment = {
  readonly factor: LikelihoodFactor;
  readonly level: LikelihoodLevel;
  readonly reasons: readonly Bilingual[];
};

export type RiskLevel = ImpactLevel; // 低/中/高/严重

/**
 * One cell of matrix D.5 for one impact category, with its inputs. `likelihood` is the incident
 * likelihood, or 很高 ("certain") where the harm is inherent in the processing (`inherent`).
 */
export type CategoryRisk = {
  readonly category: ImpactCategory;
  readonly impact: ImpactLevel;
  readonly likelihood: LikelihoodLevel;
  readonly inherent: boolean;
  readonly risk: RiskLevel;
};

/**
 * The risk left once the action plan is carried out, derived in one stated way: every open finding's
 * remedy is taken as done, so the likelihood gaps those findings account for are closed; gaps no
 * finding addresses, scale, incidents and impact stay. An activity that must stop has no residual
 * rating (`level` null): it may resume only after a new assessment.
 */
export type ResidualRisk = {
  readonly level: RiskLevel | null;
  readonly likelihood: LikelihoodLevel;
  readonly perCategory: readonly CategoryRisk[];
  /** Likelihood gaps that no open finding's remedy closes, so they remain after the action plan. */
  readonly remaining: readonly Bilingual[];
  readonly reasons: readonly Bilingual[];
};

export type ActivityRisk = {
  readonly activity: string;
  readonly impacts: readonly ImpactAssessment[]; // one per category, in IMPACT_CATEGORIES order
  readonly impact: ImpactLevel; // the highest of the four
  readonly likelihood: Reasoned<LikelihoodLevel> & { readonly factors: readonly FactorAssessment[] };
  /** Pre-treatment (current) risk per category: impact × likelihood through matrix D.5. */
  readonly perCategory: readonly CategoryRisk[];
  readonly level: RiskLevel; // pre-treatment: the highest per-category risk (matrix D.5)
  readonly residual: ResidualRisk; // after the action plan
  readonly highRisk: boolean; // GB/T 39335 high-risk activity list
  /** The activity is an enforcement priority (a finding says so); reported, never a likelihood floor. */
  readonly enforcementPriority: Bilingual | null;
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

/**
 * The outcome for one activity or overall, from the consequences of the open findings:
 * `must-stop` (any `stop`), `suspend-until-rectified` (any `suspend-until-fixed`),
 * `proceed-with-rectification` (continue, fixing `rectify-by` items by their dates), `may-proceed`.
 */
export const OUTCOMES = ["must-stop", "suspend-until-rectified", "proceed-with-rectification", "may-proceed"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A finding that decides an outcome, by reference. */
export type DecisiveFinding = {
  readonly ruleId: string;
  readonly activity: string | null;
  readonly consequence: Consequence;
  readonly ground: Bilingual; // the finding's ground, or its title
};

export type ActivityConclusion = {
  readonly activity: string;
  readonly name: string;
  readonly outcome: Outcome;
  readonly label: Bilingual;
  /** The findings that decide this outcome (those with the outcome's consequence), strongest first. */
  readonly decisive: readonly DecisiveFinding[];
  /** Every open finding of this activity, by rule id (the rest of what must be done). */
  readonly openRules: readonly string[];
  readonly reasons: readonly Bilingual[];
};

export type Conclusion = {
  /** The overall outcome: the strongest of the activities' and of the processor-wide findings. */
  readonly outcome: Outcome;
  readonly label: Bilingual;
  readonly reasons: readonly Bilingual[];
  readonly activities: readonly ActivityConclusion[];
  /** Findings that concern the processor as a whole (no activity), with their own outcome. */
  readonly processor: { readonly outcome: Outcome; readonly decisive: readonly DecisiveFinding[]; readonly openRules: readonly string[] };
  /** A risk-rating override was applied: it may move the risk level, never a statutory finding. */
  readonly overrideNote: Bilingual | null;
  /** Duties that had to be met before processing began and were not (cannot be cured). */
  readonly pastBreaches: readonly DecisiveFinding[];
};

/** PIPL Art 56(3): are one activity's protective measures lawful, effective and proportionate? */
export type Adequacy = {
  readonly activity: string;
  readonly lawful: boolean; // no open prohibited/required finding on the protection of the data
  readonly proportionate: boolean; // current (pre-treatment) GB/T 39335 risk 低 or 中
  readonly ok: boolean;
  readonly verdict: Bilingual;
  /** The GB/T 39335 risk with the measures now in place (pre-treatment). */
  readonly currentRisk: RiskLevel;
  /** The risk once the action plan is done, or null when the activity must stop. */
  readonly residualRisk: RiskLevel | null;
  /** The open protection findings behind the verdict. */
  readonly gaps: readonly { readonly ruleId: string; readonly title: Bilingual }[];
};

/** Something that must be done before the signage and notices of an activity may be used. */
export type SignageTodo = {
  readonly activity: string;
  readonly ruleId: string | null; // the finding it comes from, or null for a drafting step
  readonly text: Bilingual;
};

/** A public statement the notice needs and the answers do not yet give (Assessment activities[].public). */
export type MissingPublicText = "necessity-statement";

/**
 * What an activity's public documents may print, decided once by the analysis from the facts and
 * findings; the signage view model only places it (one source of judgement).
 */
export type SignagePlan = {
  readonly activity: string;
  /** The processing rests on consent (facts/lawful-basis reliesOnConsent): print the separate-consent form. */
  readonly consentForm: boolean;
  /** …and children under 14 are concerned: print the guardian-consent form. */
  readonly guardianForm: boolean;
  /** The notice can be written truthfully and completely; when false it is withheld (and the forms that refer to it). */
  readonly noticeWritten: boolean;
  readonly missing: readonly MissingPublicText[];
  /**
   * Uses beyond public security in a public place: the sign and notice may say that separate
   * consent is sought first — only when a separate-consent process exists and reaches everyone
   * captured for that use.
   */
  readonly promisesConsent: boolean;
  /** The alternative to face recognition may be offered on the sign (one is named and actually offered on refusal). */
  readonly offersAlternative: boolean;
  /** Publication may be described as done only with separate consent. */
  readonly publicationWithConsent: boolean;
};

export type ActionItem = {
  readonly ruleId: string;
  readonly activity: string | null;
  readonly severity: Severity;
  readonly consequence: Consequence;
  /** true when the action is due at once (stop, or suspend until fixed): `due` is the assessment date. */
  readonly immediate: boolean;
  readonly finding: Bilingual;
  readonly measure: Bilingual;
  readonly owner: string | null; // null = to be assigned
  readonly due: DateInfo;
  readonly status: ActionStatus;
};

/** Two answers that contradict each other (model/consistency.ts); rendering them needs --allow-inconsistent. */
export type InputInconsistency = {
  readonly check: string;
  /** The field to change first, and the field it contradicts (answers-file paths). */
  readonly path: string;
  readonly other: string;
  readonly message: Bilingual;
};

export type Analysis = {
  readonly schemaVersion: 2;
  readonly tool: { readonly name: "pipia"; readonly version: string };
  readonly assessment: Assessment;
  readonly applicability: readonly Applicability[];
  readonly triggers: readonly Art55Trigger[];
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly risk: readonly ActivityRisk[];
  readonly dates: Dates;
  readonly conclusion: Conclusion;
  readonly adequacy: readonly Adequacy[];
  readonly signageTodo: readonly SignageTodo[];
  readonly signage: readonly SignagePlan[];
  readonly actions: readonly ActionItem[];
  readonly lawsRelied: readonly { readonly id: string; readonly title: Bilingual; readonly effective: string }[];
  readonly unconfirmedCitations: readonly ResolvedCitation[];
  /** Contradictions between the answers; empty unless rendered with --allow-inconsistent. Documents are stamped. */
  readonly inconsistencies: readonly InputInconsistency[];
};
