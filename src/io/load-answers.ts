// Read an answers file (YAML or JSON) and validate it: every problem at once, each naming the file,
// the field path and what is allowed. Never a stack trace for bad input.
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { parseDocument } from "yaml";
import { assessmentSchema, type Assessment } from "../model/assessment.js";
import { formatIssues } from "../model/format-issues.js";
import { PipiaError, ValidationError } from "../errors.js";
import { sourcePositions } from "./source-positions.js";
import { readStdinText, STDIN_NAME } from "./stdin.js";

/** Largest answers file we read; real assessments are a few tens of KB. */
export const MAX_ANSWERS_BYTES = 10 * 1024 * 1024;

export async function readAnswersText(file: string): Promise<string> {
  if (file === "-") return readStdinText(MAX_ANSWERS_BYTES);
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new PipiaError(`${file}: no such file; check the path or create one with: pipia new ${file}`);
    if (code === "EACCES") throw new PipiaError(`${file}: permission denied; make the file readable`);
    throw new PipiaError(`${file}: cannot be read (${code ?? "unknown error"})`);
  }
  if (info.isDirectory()) throw new PipiaError(`${file}: is a folder, expected an answers file (.yaml, .yml or .json)`);
  if (info.size > MAX_ANSWERS_BYTES)
    throw new PipiaError(`${file}: is ${(info.size / 1048576).toFixed(1)} MB; answers files are limited to ${MAX_ANSWERS_BYTES / 1048576} MB`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") throw new PipiaError(`${file}: permission denied; make the file readable`);
    throw new PipiaError(`${file}: cannot be read (${code ?? "unknown error"})`);
  }
  if (bytes.length === 0 || bytes.toString("utf8").trim() === "") throw new PipiaError(`${file}: is empty; expected an answers file (see: pipia schema)`);
  try {
    const t = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
  } catch {
    throw new PipiaError(`${file}: is not UTF-8 text; save it as UTF-8 (GBK and other encodings are not accepted)`);
  }
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
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
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

/** `text`, when given, is the file's source: each problem then ends with its line and column. */
export function validateAnswers(file: string, data: unknown, text?: string): Assessment {
  if (data === null || typeof data !== "object" || Array.isArray(data))
    throw new ValidationError([`${file}: (root): expected a mapping of sections (processor, assessment, activities, …), got ${Array.isArray(data) ? "a list" : JSON.stringify(data)}`]);
  const result = assessmentSchema.safeParse(data);
  if (!result.success) throw new ValidationError(formatIssues(file, result.error.issues, text === undefined ? undefined : sourcePositions(text)));
  return result.data;
}

/** `file` "-" reads standard input; messages then name it STDIN_NAME. */
export async function loadAssessment(file: string): Promise<Assessment> {
  const text = await readAnswersText(file);
  const name = file === "-" ? STDIN_NAME : file;
  return validateAnswers(name, parseAnswersText(name, text), text);
}
