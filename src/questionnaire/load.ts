// Load questionnaires/pipia/NN-<section>.yaml in prefix order, check each file's format with zod,
// then check the questionnaire against the answers schema: every id exists there, each type fits
// the field, choices name every enum value, `when` reads only earlier questions, and a question
// skipped by `when` still leaves a schema-valid value. Problems are listed as `FILE: path: message`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { ValidationError } from "../errors.js";
import { formatIssues } from "../model/format-issues.js";
import { labels } from "../model/labels.js";
import { dataPath } from "../paths.js";
import { conditionQuestions } from "./conditions.js";
import { sectionFormat, type QuestionDef, type SectionDef } from "./format.js";
import { accepts, enumValues, schemaAt, schemaKind, type Schema, type SchemaKind } from "./schema-at.js";
import type { GroupQuestion, LeafQuestion, Question, Questionnaire, SectionStep, Step, Text } from "./types.js";

export const SECTION_FILE = /^\d{2}-[a-z0-9-]+\.ya?ml$/;

/** Parse and format-check one section file. */
export function parseSection(file: string, source: string): SectionDef {
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  // Later YAML errors are mostly echoes of the first one.
  if (first) throw new ValidationError([`${file}: line ${first.linePos?.[0].line ?? "?"}: not valid YAML: ${first.message.split("\n")[0]}`]);
  const result = sectionFormat.safeParse(doc.toJS());
  if (!result.success) throw new ValidationError(formatIssues(file, result.error.issues));
  return result.data;
}

function toStep(def: QuestionDef, file: string): Step {
  if (def.type !== "flags") return toQuestion(def, file);
  // Children that are not leaves are reported by checkSteps (flags take confirm questions only).
  const steps = def.questions.map((q) => toStep(q, file)).filter((q): q is LeafQuestion => q.type !== "flags" && q.type !== "group" && q.type !== "nullable" && q.type !== "section");
  if (steps.length !== def.questions.length) throw new ValidationError([`${file}: flags: only confirm questions can be asked together`]);
  return { type: "flags", message: def.message, help: def.help, file, steps };
}

function toQuestion(def: Exclude<QuestionDef, { type: "flags" }>, file: string): Question {
  const common = { id: def.id, message: def.message, help: def.help, file, ...(def.when ? { when: def.when } : {}), ...("default" in def && def.default !== undefined ? { default: def.default } : {}) };
  if (def.type === "group")
    return { ...common, type: "group", more: def.more, item: def.item, steps: def.questions.map((q) => toStep(q, file)) };
  if (def.type === "nullable") return { ...common, type: "nullable", steps: def.questions.map((q) => toStep(q, file)) };
  const leaf: LeafQuestion = {
    ...common,
    type: def.type,
    ...(def.choicesFrom !== undefined ? { choicesFrom: def.choicesFrom } : {}),
    ...(def.choices !== undefined ? { choices: def.choices } : {}),
    ...(def.choicesFromAnswers !== undefined ? { choicesFromAnswers: def.choicesFromAnswers } : {}),
    ...(def.defaultFrom !== undefined ? { defaultFrom: def.defaultFrom } : {}),
    ...(def.required !== undefined ? { required: def.required } : {}),
    ...(def.unique !== undefined ? { unique: def.unique } : {}),
  };
  return leaf;
}

/** Build the step tree: consecutive sections repeating the same group become one group step. */
function buildSteps(sections: readonly { file: string; def: SectionDef }[], problems: string[]): Step[] {
  const steps: Step[] = [];
  let open: { group: GroupQuestion; steps: Step[] } | undefined;
  const seen = new Set<string>();
  for (const { file, def } of sections) {
    const section: SectionStep = { type: "section", id: def.id, title: def.title, file, steps: def.questions.map((q) => toStep(q, file)) };
    const repeat = def.repeat;
    if (!repeat) {
      open = undefined;
      steps.push(section);
      continue;
    }
    if (open && open.group.id === repeat.id) {
      open.steps.push(section);
      continue;
    }
    if (seen.has(repeat.id)) problems.push(`${file}: repeat.id: the sections repeating "${repeat.id}" must be consecutive files`);
    seen.add(repeat.id);
    const { message, more, item, help } = repeat;
    if (!message || !more || !item || !help) {
      problems.push(`${file}: repeat: the first section repeating "${repeat.id}" must give message, more, item and help`);
      continue;
    }
    const groupSteps: Step[] = [section];
    const group: GroupQuestion = { id: repeat.id, type: "group", message, help, more, item, file, steps: groupSteps };
    open = { group, steps: groupSteps };
    steps.push(group);
  }
  return steps;
}

const LEAF_KINDS: Readonly<Record<LeafQuestion["type"], readonly SchemaKind[]>> = {
  input: ["string"],
  editor: ["string"],
  date: ["string"],
  number: ["number"],
  select: ["enum", "string"],
  checkbox: ["enum-list"],
  confirm: ["boolean"],
};

type Frame = { readonly prefix: string; readonly groups: readonly string[] };

function checkText(file: string, where: string, t: Text, problems: string[]): void {
  if (t["zh-CN"].trim() === "" || t.en.trim() === "") problems.push(`${file}: ${where}: needs zh-CN and en text`);
}

function checkChoices(q: LeafQuestion, schema: Schema, asked: ReadonlyMap<string, number>, problems: string[]): void {
  const where = `${q.file}: ${q.id}`;
  const sources = [q.choicesFrom, q.choices, q.choicesFromAnswers].filter((s) => s !== undefined).length;
  if (q.type !== "select" && q.type !== "checkbox") {
    if (sources > 0) problems.push(`${where}: choices are only for select and checkbox questions`);
    return;
  }
  if (sources !== 1) {
    problems.push(`${where}: give exactly one of choicesFrom, choices or choicesFromAnswers`);
    return;
  }
  const values = enumValues(schema);
  if (q.choicesFrom !== undefined) {
    const table = labels()[q.choicesFrom];
    if (!table) {
      problems.push(`${where}: choicesFrom: no vocabulary "${q.choicesFrom}" in questionnaires/labels.yaml`);
      return;
    }
    const missing = values.filter((v) => !table[v]);
    if (values.length === 0) problems.push(`${where}: choicesFrom needs an enum field in the answers schema`);
    if (missing.length > 0) problems.push(`${where}: choicesFrom "${q.choicesFrom}" has no label for ${missing.join(", ")}`);
  }
  if (q.choices !== undefined) {
    const given = q.choices.map((c) => c.value);
    if (given.join("|") !== values.join("|")) problems.push(`${where}: choices must be exactly ${values.join(", ")} in that order, got ${given.join(", ")}`);
    q.choices.forEach((c, i) => checkText(q.file, `${q.id}.choices[${i}].label`, c.label, problems));
  }
  if (q.choicesFromAnswers !== undefined) {
    const from = asked.get(q.choicesFromAnswers);
    if (from === undefined) problems.push(`${where}: choicesFromAnswers "${q.choicesFromAnswers}" is not a question asked earlier`);
    else if (q.type === "checkbox" || schemaKind(schema) !== "string") problems.push(`${where}: choicesFromAnswers needs a select question on a text field`);
  }
}

/** Check every question against the answers schema; returns the list of problems. */
function checkSteps(steps: readonly Step[], frame: Frame, order: Question[], asked: Map<string, number>, problems: string[]): void {
  for (const step of steps) {
    if (step.type === "section") {
      checkText(step.file, `${step.id}.title`, step.title, problems);
      checkSteps(step.steps, frame, order, asked, problems);
      continue;
    }
    if (step.type === "flags") {
      checkText(step.file, "flags.message", step.message, problems);
      for (const q of step.steps)
        if (q.type !== "confirm" || q.when !== undefined) problems.push(`${q.file}: ${q.id}: a question asked in flags must be a confirm without "when"`);
      checkSteps(step.steps, frame, order, asked, problems);
      continue;
    }
    const q = step;
    const where = `${q.file}: ${q.id}`;
    const rest = q.id.startsWith(frame.prefix) ? q.id.slice(frame.prefix.length) : undefined;
    if (rest === undefined || rest.includes("[]"))
      problems.push(`${where}: must be a field of ${frame.prefix === "" ? "the answers file, outside any group" : `"${frame.prefix.slice(0, -1)}"`}`);
    if (asked.has(q.id)) problems.push(`${where}: the question id is used twice`);
    let schema: Schema | undefined;
    try {
      schema = schemaAt(q.id);
    } catch (e) {
      problems.push(`${where}: not a field of the answers schema (${(e as Error).message})`);
    }
    if (q.when) {
      for (const ref of conditionQuestions(q.when)) {
        if (!asked.has(ref)) problems.push(`${where}: when: "${ref}" is not a question asked before this one`);
        const refGroups = [...ref.matchAll(/\[\]/g)].map((m) => ref.slice(0, m.index));
        const outside = refGroups.filter((g) => !frame.groups.includes(g));
        if (outside.length > 0) problems.push(`${where}: when: "${ref}" reads an item of "${outside.join(", ")}", which this question is not inside`);
      }
    }
    if (schema) {
      if (q.default !== undefined && !accepts(schema, q.default)) problems.push(`${where}: default ${JSON.stringify(q.default)} is not valid for this field`);
      if (q.when && q.default === undefined && !accepts(schema, undefined))
        problems.push(`${where}: is skipped by "when" but has no default, and the answers file requires a value`);
      const kind = schemaKind(schema);
      if (q.type === "group") {
        if (kind !== "object-list") problems.push(`${where}: type group needs a list of objects, the schema has ${kind}`);
      } else if (q.type === "nullable") {
        if (kind !== "object" || !accepts(schema, null)) problems.push(`${where}: type nullable needs an object that may be null`);
      } else {
        if (!LEAF_KINDS[q.type].includes(kind)) problems.push(`${where}: type ${q.type} does not fit a ${kind} field`);
        checkChoices(q, schema, asked, problems);
        if (q.defaultFrom !== undefined) {
          const from = q.defaultFrom;
          if (!asked.has(from)) problems.push(`${where}: defaultFrom: "${from}" is not a question asked before this one`);
          else if ([...from.matchAll(/\[\]/g)].some((m) => !frame.groups.includes(from.slice(0, m.index))))
            problems.push(`${where}: defaultFrom: "${from}" reads an item of a list this question is not inside`);
        }
        if (q.unique && !frame.groups.some((g) => q.id.startsWith(`${g}[].`))) problems.push(`${where}: unique is only for questions inside a group`);
      }
    }
    asked.set(q.id, order.length);
    order.push(q);
    if (q.type === "group") checkSteps(q.steps, { prefix: `${q.id}[].`, groups: [...frame.groups, q.id] }, order, asked, problems);
    if (q.type === "nullable") checkSteps(q.steps, { prefix: `${q.id}.`, groups: frame.groups }, order, asked, problems);
  }
}

const sectionFiles = (dir: string): string[] => readdirSync(dir).filter((n) => SECTION_FILE.test(n)).sort();

/** Load every section file of `dir`; throws ValidationError listing every problem. */
export function loadQuestionnaireFrom(dir: string): Questionnaire {
  const names = sectionFiles(dir);
  const problems: string[] = [];
  const sections: { file: string; def: SectionDef }[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      sections.push({ file, def: parseSection(file, readFileSync(file, "utf8")) });
    } catch (e) {
      if (e instanceof ValidationError) problems.push(...e.problems);
      else throw e;
    }
  }
  if (names.length === 0) problems.push(`${dir}: no section files (NN-<section>.yaml)`);
  const ids = new Map<string, string>();
  for (const { file, def } of sections) {
    const other = ids.get(def.id);
    if (other) problems.push(`${file}: id: section id "${def.id}" is also used by ${other}`);
    ids.set(def.id, file);
  }
  const steps = buildSteps(sections, problems);
  const questions: Question[] = [];
  checkSteps(steps, { prefix: "", groups: [] }, questions, new Map(), problems);
  if (problems.length > 0) throw new ValidationError(problems);
  return { steps, questions };
}

/** Top-level steps, `undefined` past the end. */
export type StepSource = (index: number) => Step | undefined;

/**
 * The top-level steps of `dir`, each section file parsed (and format-checked) only when the runner
 * reaches it, so the first prompt does not wait for every file. The cross-checks against the answers
 * schema are not repeated here: loadQuestionnaire() runs them, and the tests load the bundled files.
 */
export function lazySteps(dir: string = BUNDLED): StepSource {
  const names = sectionFiles(dir);
  const parsed = new Map<number, { file: string; def: SectionDef }>();
  const read = (i: number): { file: string; def: SectionDef } => {
    let s = parsed.get(i);
    if (!s) {
      const file = join(dir, names[i] as string);
      s = { file, def: parseSection(file, readFileSync(file, "utf8")) };
      parsed.set(i, s);
    }
    return s;
  };
  const built: Step[] = [];
  let next = 0;
  return (index) => {
    while (built.length <= index && next < names.length) {
      const first = read(next++);
      const unit = [first];
      const group = first.def.repeat?.id;
      // A repeated group is one step: take the consecutive files that repeat the same group.
      while (group !== undefined && next < names.length && read(next).def.repeat?.id === group) unit.push(read(next++));
      const problems: string[] = [];
      built.push(...buildSteps(unit, problems));
      if (problems.length > 0) throw new ValidationError(problems);
    }
    return built[index];
  };
}

const BUNDLED = dataPath("questionnaires", "pipia");
let cache: Questionnaire | undefined;

/** The bundled questionnaire (questionnaires/pipia), loaded and checked once. */
export function loadQuestionnaire(): Questionnaire {
  cache ??= loadQuestionnaireFrom(BUNDLED);
  return cache;
}
