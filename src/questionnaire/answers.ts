// The partial answers being built: plain data edited by path, saved in the answers schema's key
// order (like samples/office-attendance.yaml) whatever order the questions were asked in.
import { extname } from "node:path";
import { Document, isScalar, visit } from "yaml";
import { z } from "zod";
import { assessmentSchema } from "../model/assessment.js";
import { getAt, idSegments, type PathKey } from "./conditions.js";
import { unwrap, type Schema } from "./schema-at.js";

export type Answers = Record<string, unknown>;

export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** Set `value` at `keys`, creating the objects on the way; `undefined` removes the key. */
export function setAt(data: Answers, keys: readonly PathKey[], value: unknown): void {
  let cur: unknown = data;
  keys.forEach((k, i) => {
    const last = i === keys.length - 1;
    const next = keys[i + 1];
    if (typeof k === "number") {
      if (!Array.isArray(cur)) throw new Error(`cannot set ${keys.join(".")}: not a list at ${String(k)}`);
      const arr: unknown[] = cur;
      if (last) arr[k] = value;
      else {
        if (!isRecord(arr[k]) && !Array.isArray(arr[k])) arr[k] = typeof next === "number" ? [] : {};
        cur = arr[k];
      }
      return;
    }
    if (!isRecord(cur)) throw new Error(`cannot set ${keys.join(".")}: not an object at ${k}`);
    const obj = cur;
    if (last) {
      if (value === undefined) delete obj[k];
      else obj[k] = value;
    } else {
      if (!isRecord(obj[k]) && !Array.isArray(obj[k])) obj[k] = typeof next === "number" ? [] : {};
      cur = obj[k];
    }
  });
}

/** Every value answered at a question id, across all items of its groups (`activities[].id` → each id). */
export function valuesAt(data: unknown, id: string): unknown[] {
  let current: unknown[] = [data];
  for (const seg of idSegments(id)) {
    current = current.map((c) => getAt(c, [seg.name])).filter((v) => v !== undefined);
    if (seg.list) current = current.flatMap((v) => (Array.isArray(v) ? (v as unknown[]) : []));
  }
  return current;
}

/** A copy of `data` with object keys in the schema's order; unknown keys keep their place at the end. */
export function orderLike(schema: Schema, data: unknown): unknown {
  const s = unwrap(schema);
  if (Array.isArray(data)) {
    return s instanceof z.core.$ZodArray ? data.map((v) => orderLike(s._zod.def.element, v)) : data;
  }
  if (!isRecord(data) || !(s instanceof z.core.$ZodObject)) return data;
  const shape = s._zod.def.shape;
  const out: Answers = {};
  for (const [key, field] of Object.entries(shape)) if (key in data) out[key] = orderLike(field, data[key]);
  for (const [key, value] of Object.entries(data)) if (!(key in out)) out[key] = value;
  return out;
}

/** Number of answers given: each scalar, null, scalar list or empty list counts once. */
export function countAnswers(data: unknown): number {
  if (Array.isArray(data)) return data.length > 0 && data.every(isRecord) ? data.reduce<number>((n, v) => n + countAnswers(v), 0) : 1;
  if (isRecord(data)) return Object.values(data).reduce<number>((n, v) => n + countAnswers(v), 0);
  return data === undefined ? 0 : 1;
}

/** The file text: JSON for `.json`, else YAML with short lists inline like the samples. */
export function serializeAnswers(file: string, data: Answers): string {
  const ordered = orderLike(assessmentSchema, data);
  if (extname(file).toLowerCase() === ".json") return `${JSON.stringify(ordered, null, 2)}\n`;
  const doc = new Document(ordered);
  visit(doc, {
    Seq(_, node) {
      if (node.items.length > 0 && node.items.every((i) => isScalar(i))) node.flow = true;
    },
  });
  // lineWidth 0 keeps long Chinese answers on one line; `[a, b]` as in the samples.
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
