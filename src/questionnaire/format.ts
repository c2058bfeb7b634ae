// The format of a questionnaire section file (questionnaires/pipia/NN-<section>.yaml), as zod, so a
// broken file fails with `FILE: path: message` lines instead of a confusing prompt later.
import { z } from "zod";
import type { Condition, Scalar } from "./conditions.js";
import { LEAF_TYPES, type InlineChoice, type LeafType, type Text } from "./types.js";

const words = z.string().trim().min(1, { error: "must not be empty" });
const text = z.strictObject({ "zh-CN": words, en: words });

/** Dotted answers-file path, `[]` after a repeatable group: `activities[].recipients[].name`. */
export const QUESTION_ID = /^[a-zA-Z$][a-zA-Z0-9]*(\[\])?(\.[a-zA-Z][a-zA-Z0-9]*(\[\])?)*$/;
const questionId = z.string().regex(QUESTION_ID, { error: "expected a dotted answers-file path such as activities[].necessity.soleMethod" });

const scalar: z.ZodType<Scalar> = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const conditionFormat: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ question: questionId, equals: scalar }),
    z.strictObject({ question: questionId, in: z.array(scalar).min(1) }),
    z.strictObject({ question: questionId, includes: scalar }),
    z.strictObject({ not: conditionFormat }),
    z.strictObject({ all: z.array(conditionFormat).min(1) }),
    z.strictObject({ any: z.array(conditionFormat).min(1) }),
  ]),
);

type DefBase = { id: string; message: Text; help: Text; when?: Condition | undefined; default?: unknown };
export type LeafDef = DefBase & {
  type: LeafType;
  choicesFrom?: string | undefined;
  choices?: InlineChoice[] | undefined;
  choicesFromAnswers?: string | undefined;
  defaultFrom?: string | undefined;
  required?: boolean | undefined;
  unique?: boolean | undefined;
};
export type GroupDef = DefBase & { type: "group"; more: Text; item: Text; questions: QuestionDef[] };
export type NullableDef = DefBase & { type: "nullable"; questions: QuestionDef[] };
/** Several yes/no questions asked as one checklist: ticked → true, not ticked → false. */
export type FlagsDef = { type: "flags"; message: Text; help: Text; questions: QuestionDef[] };
export type QuestionDef = LeafDef | GroupDef | NullableDef | FlagsDef;

const base = {
  id: questionId,
  message: text,
  help: text,
  when: conditionFormat.optional(),
  default: z.unknown().optional(),
};

export const questionFormat: z.ZodType<QuestionDef> = z.lazy(() =>
  z.discriminatedUnion("type", [
    z.strictObject({
      ...base,
      type: z.enum(LEAF_TYPES),
      choicesFrom: z.string().optional(),
      choices: z.array(z.strictObject({ value: z.string(), label: text })).min(1).optional(),
      choicesFromAnswers: questionId.optional(),
      /** Suggest the answer already given at this earlier question (e.g. the processor's province). */
      defaultFrom: questionId.optional(),
      required: z.boolean().optional(),
      unique: z.boolean().optional(),
    }),
    z.strictObject({ ...base, type: z.literal("group"), more: text, item: text, questions: z.array(questionFormat).min(1) }),
    z.strictObject({ ...base, type: z.literal("nullable"), questions: z.array(questionFormat).min(1) }),
    z.strictObject({ type: z.literal("flags"), message: text, help: text, questions: z.array(questionFormat).min(2) }),
  ]),
);

export const sectionFormat = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: "expected a short lower-case section id" }),
  title: text,
  /** The section's questions are asked once per item of this repeatable group (e.g. activities). */
  repeat: z
    .strictObject({ id: questionId, message: text.optional(), more: text.optional(), item: text.optional(), help: text.optional() })
    .optional(),
  questions: z.array(questionFormat).min(1, { error: "a section needs at least one question" }),
});
export type SectionDef = z.output<typeof sectionFormat>;
