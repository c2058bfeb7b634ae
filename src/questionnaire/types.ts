// The loaded questionnaire: a tree of steps built from questionnaires/pipia/*.yaml. Question ids are
// answers-file paths in dotted form with `[]` for repeatable groups (`activities[].necessity.soleMethod`).
import type { Bilingual } from "../analysis/types.js";
import type { Condition } from "./conditions.js";

export type Text = Bilingual;

/** A fixed choice written in the questionnaire (for vocabularies that labels.yaml does not name). */
export type InlineChoice = { readonly value: string; readonly label: Text };

export const LEAF_TYPES = ["input", "number", "select", "checkbox", "confirm", "editor", "date"] as const;
export type LeafType = (typeof LEAF_TYPES)[number];

type QuestionBase = {
  readonly id: string;
  readonly message: Text;
  readonly help: Text;
  readonly when?: Condition;
  /** Value written when `when` skips the question; also the prompt's suggested answer. */
  readonly default?: unknown;
  /** The section file the question is written in, for error messages. */
  readonly file: string;
};

export type LeafQuestion = QuestionBase & {
  readonly type: LeafType;
  /** Vocabulary name in questionnaires/labels.yaml whose labels name the schema's enum values. */
  readonly choicesFrom?: string;
  readonly choices?: readonly InlineChoice[];
  /** Offer the values already answered at this question id (e.g. `activities[].id`). */
  readonly choicesFromAnswers?: string;
  /** Suggest the answer given at this earlier question (carried over: province, address). */
  readonly defaultFrom?: string;
  /** Refuse an empty answer although the schema field is optional (cross-field rule of the schema). */
  readonly required?: boolean;
  /** The value must differ from the same field of the other items of its group. */
  readonly unique?: boolean;
};

/** A repeatable list: `message` asks for the first item when the list may be empty, `more` for each next one. */
export type GroupQuestion = QuestionBase & {
  readonly type: "group";
  readonly more: Text;
  readonly item: Text;
  readonly steps: readonly Step[];
};

/** "Is there a …?": no → null, yes → the sub-questions. */
export type NullableQuestion = QuestionBase & {
  readonly type: "nullable";
  readonly steps: readonly Step[];
};

export type SectionStep = {
  readonly type: "section";
  readonly id: string;
  readonly title: Text;
  readonly file: string;
  readonly steps: readonly Step[];
};

/** Yes/no questions asked together as one checklist (ticked → true); each keeps its own id. */
export type FlagsStep = {
  readonly type: "flags";
  readonly message: Text;
  readonly help: Text;
  readonly file: string;
  readonly steps: readonly LeafQuestion[];
};

export type Question = LeafQuestion | GroupQuestion | NullableQuestion;
export type Step = Question | SectionStep | FlagsStep;

export type Questionnaire = {
  /** Top-level steps in order: sections, and the groups that span several section files. */
  readonly steps: readonly Step[];
  /** Every question in asking order (depth first). */
  readonly questions: readonly Question[];
};
