// The questionnaire as data (design §3): loader, ids, conditions and the interactive runner.
import { loadQuestionnaire } from "./load.js";

export { lazySteps, loadQuestionnaire, loadQuestionnaireFrom, parseSection, type StepSource } from "./load.js";
export { evaluate, resolvePath, type Condition, type Scope } from "./conditions.js";
export { schemaAt } from "./schema-at.js";
export { runQuestionnaire, type RunOptions } from "./runner.js";
export type { Question, Questionnaire, Step } from "./types.js";

let ids: ReadonlySet<string> | undefined;

/**
 * Every question id of the bundled questionnaire, e.g. `processor.name`,
 * `activities[].necessity.soleMethod`, `activities[].recipients` (a group), `processor.piOfficer` (nullable).
 */
export function questionIds(): ReadonlySet<string> {
  ids ??= new Set(loadQuestionnaire().questions.map((q) => q.id));
  return ids;
}
