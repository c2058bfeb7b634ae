// Read an answers file (YAML or JSON) and validate it: every problem at once, each naming the file,
// the field path and what is allowed. Never a stack trace for bad input.
import { extname } from "node:path";
import { parseDocument } from "yaml";
import { assessmentSchema, type Assessment } from "../model/assessment.js";
import { formatIssues, formatPath } from "../model/format-issues.js";
import { inconsistencies, type Inconsistency } from "../model/consistency.js";
import { messageLang } from "../model/message-lang.js";
import type { Lang } from "../model/enums.js";
import { PipiaError, ValidationError } from "../errors.js";
import { decodeUtf8, INPUT_LIMITS, readInput } from "./read-input.js";
import { sourcePositions } from "./source-positions.js";
import { readStdinText, STDIN_NAME } from "./stdin.js";

/** Largest answers file we read; real assessments are a few tens of KB. */
export const MAX_ANSWERS_BYTES = INPUT_LIMITS.answers;

export async function readAnswersText(file: string, kind: "answers" | "config" = "answers"): Promise<string> {
  if (file === "-") return readStdinText(MAX_ANSWERS_BYTES);
  const bytes = await readInput(file, kind);
  const text = decodeUtf8(file, bytes);
  // An empty config simply sets nothing; an empty answers file is a mistake.
  if (kind === "answers" && text.trim() === "") throw new PipiaError(`${file}: is empty; expected an answers file (see: pipia schema)`);
  return text;
}

/** Parse YAML or JSON into plain data. Syntax errors name the line and column. */
export function parseAnswersText(file: string, text: string): unknown {
  const isJson = extname(file).toLowerCase() === ".json";
  if (isJson) {
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw new ValidationError([`${file}: (root): not valid JSON: ${(e as Error).message}`]);
    }
  }
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, merge: true });
  if (doc.errors.length > 0) {
    throw new ValidationError(
      doc.errors.map((err) => {
        const pos = err.linePos?.[0];
        const where = pos ? `line ${pos.line}, column ${pos.col}` : "(root)";
        return `${file}: ${where}: not valid YAML: ${err.message.split("\n")[0]}`;
      }),
    );
  }
  try {
    return doc.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (e) {
    // e.g. an alias bomb: the yaml package refuses to expand more than maxAliasCount aliases.
    throw new ValidationError([`${file}: (root): not valid YAML: ${(e as Error).message.split("\n")[0]} (too many aliases?)`]);
  }
}

/** Answers that pass the schema, with the contradictions between them (model/consistency.ts). */
export type CheckedAnswers = {
  readonly assessment: Assessment;
  readonly inconsistencies: readonly Inconsistency[];
  /** The contradictions as `FILE: path: message (line L, column C)` lines, in the message language. */
  readonly problems: readonly string[];
};

/** Options: `allowInconsistent` returns contradictions instead of throwing (render --allow-inconsistent). */
export type ValidateOptions = {
  readonly allowInconsistent?: boolean;
  /** Language of the contradiction messages; default: the message language (model/message-lang.ts). */
  readonly lang?: Lang;
};

/** Schema first (every problem at once); then the cross-field checks, every contradiction at once. */
export function checkAnswers(file: string, data: unknown, text?: string, o: ValidateOptions = {}): CheckedAnswers {
  if (data === null || typeof data !== "object" || Array.isArray(data))
    throw new ValidationError([`${file}: (root): expected a mapping of sections (processor, assessment, activities, …), got ${Array.isArray(data) ? "a list" : JSON.stringify(data)}`]);
  const position = text === undefined ? undefined : sourcePositions(text);
  const result = assessmentSchema.safeParse(data);
  if (!result.success) throw new ValidationError(formatIssues(file, result.error.issues, position));
  const found = inconsistencies(result.data);
  const problems = found.map((x) => {
    const p = position?.(x.path);
    return `${file}: ${formatPath(x.path)}: ${x.message[o.lang ?? messageLang()]}${p ? ` (line ${p.line}, column ${p.column})` : ""}`;
  });
  if (problems.length > 0 && o.allowInconsistent !== true) throw new ValidationError(problems);
  return { assessment: result.data, inconsistencies: found, problems };
}

/** `text`, when given, is the file's source: each problem then ends with its line and column. */
export function validateAnswers(file: string, data: unknown, text?: string): Assessment {
  return checkAnswers(file, data, text).assessment;
}

/** `file` "-" reads standard input; messages then name it STDIN_NAME. */
export async function loadChecked(file: string, o: ValidateOptions = {}): Promise<CheckedAnswers> {
  const text = await readAnswersText(file);
  const name = file === "-" ? STDIN_NAME : file;
  return checkAnswers(name, parseAnswersText(name, text), text, o);
}

/** `file` "-" reads standard input; messages then name it STDIN_NAME. */
export async function loadAssessment(file: string): Promise<Assessment> {
  return (await loadChecked(file)).assessment;
}
