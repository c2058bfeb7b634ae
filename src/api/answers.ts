// Answers files for programs: parse text (YAML or JSON) into a validated Assessment, or collect every
// problem without throwing. The same checks and messages as `pipia validate`.
import { parseAnswersText, validateAnswers } from "../io/load-answers.js";
import { ValidationError } from "../errors.js";
import type { Assessment } from "../model/assessment.js";

export type AnswersOptions = {
  /** Named in messages; a `.json` ending parses as JSON, anything else as YAML. Default "answers.yaml". */
  readonly fileName?: string;
};

export type ValidationResult =
  | { readonly valid: true; readonly assessment: Assessment; readonly problems: readonly [] }
  | { readonly valid: false; readonly problems: readonly string[] };

/**
 * Parses and validates an answers file's text. Throws `ValidationError` (its `problems` list every
 * mistake as "FILE: path: message (line L, column C)").
 */
export function parseAnswers(text: string, options: AnswersOptions = {}): Assessment {
  const file = options.fileName ?? "answers.yaml";
  return validateAnswers(file, parseAnswersText(file, text), text);
}

/** Validates answers given as text (YAML or JSON) or as parsed data; never throws for bad input. */
export function validate(input: string | object, options: AnswersOptions = {}): ValidationResult {
  const file = options.fileName ?? "answers.yaml";
  try {
    const assessment = typeof input === "string" ? parseAnswers(input, options) : validateAnswers(file, input);
    return { valid: true, assessment, problems: [] };
  } catch (e) {
    if (e instanceof ValidationError) return { valid: false, problems: e.problems };
    throw e;
  }
}
