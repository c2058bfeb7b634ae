// The shape of a partial answers file: where the model has a section (a mapping) or a list, the
// file must have one too. A list where a section belongs used to crash the runner (exit 1), and a
// plain value there was silently replaced. Every such problem is reported at once, with its path.
import { z } from "zod";
import { assessmentSchema } from "../model/assessment.js";
import { formatPath } from "../model/format-issues.js";
import { isRecord } from "./answers.js";
import { unwrap, type Schema } from "./schema-at.js";

function what(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (isRecord(value)) return "a mapping";
  const s = JSON.stringify(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function walk(schema: Schema, value: unknown, path: PropertyKey[], out: string[]): void {
  if (value === undefined || value === null) return; // unanswered (or "none"): the runner asks
  const s = unwrap(schema);
  if (s instanceof z.core.$ZodObject) {
    if (!isRecord(value)) {
      out.push(`${formatPath(path)}: expected a mapping of fields, got ${what(value)}`);
      return;
    }
    for (const [key, field] of Object.entries(s._zod.def.shape)) walk(field, value[key], [...path, key], out);
  } else if (s instanceof z.core.$ZodArray) {
    if (!Array.isArray(value)) {
      out.push(`${formatPath(path)}: expected a list, got ${what(value)}`);
      return;
    }
    value.forEach((item, i) => walk(s._zod.def.element, item, [...path, i], out));
  }
}

/** `path: problem` for every place where the file has a value of the wrong shape. */
export function shapeProblems(data: unknown, schema: Schema = assessmentSchema): string[] {
  const out: string[] = [];
  walk(schema, data, [], out);
  return out;
}
