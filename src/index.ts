// pipia as a library: `import { parseAnswers, analyze, render } from "pipia"`.
// The same model, rules and templates as the command line; nothing here writes files or prints.
export { parseAnswers, validate, type AnswersOptions, type ValidationResult } from "./api/answers.js";
export { analyze } from "./analysis/analyze.js";
export { render, OUTPUT_LANGS, type DocumentId, type OutputLang, type RenderOptions, type RenderedFile } from "./api/render.js";
export { diff } from "./api/diff.js";
export type { AssessmentDiff, FactChange, FactValue, FindingChange, FindingState, RiskChange, OutcomeChange, ActivityOutcomeChange, DiffSide } from "./diff/types.js";
export { rulesListing as rules, type RuleListing, type RulesListing } from "./api/rules-listing.js";
export { answersJsonSchema } from "./model/json-schema.js";
export { ExitCode, PipiaError, ValidationError } from "./errors.js";
export type { Assessment } from "./model/assessment.js";
export type { Branding } from "./render/config.js";
export type {
  ActionItem,
  ActivityRisk,
  Analysis,
  Applicability,
  Art55Trigger,
  Bilingual,
  Conclusion,
  Dates,
  DateInfo,
  Finding,
  ResolvedCitation,
  Severity,
} from "./analysis/types.js";
export { toolVersion as version } from "./version.js";
