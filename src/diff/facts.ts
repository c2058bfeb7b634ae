// Two answers files → the facts that differ, by answers-file path. Mappings are compared key by key;
// lists of items are matched by a natural key where one exists (LIST_KEYS), else by position; lists
// of choices are one value, compared regardless of order.
import type { FactChange, FactValue } from "./types.js";

/** Lists whose items are matched by these fields (a question-id style path, lists as `[]`). */
export const LIST_KEYS: Readonly<Record<string, readonly string[]>> = {
  activities: ["id"],
  "activities[].personalInfo": ["category"],
  "activities[].recipients": ["name"],
  "assessment.assessors": ["name"],
  risks: ["activity", "event"],
  "overrides.impact": ["activity", "category"],
  "overrides.likelihood": ["activity"],
  "overrides.actions": ["rule", "activity"],
};

/** Top-level keys that are not facts of the assessment. */
const IGNORED = new Set(["$schema"]);

type Plain = { readonly [key: string]: unknown };

const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): boolean => v === null || ["string", "number", "boolean"].includes(typeof v);

/** Deep equality of JSON-like values; lists of scalars compare as sets. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.every(isScalar) && b.every(isScalar)) {
      const key = (xs: readonly unknown[]): string => JSON.stringify([...new Set(xs.map((x) => JSON.stringify(x)))].sort());
      return key(a) === key(b);
    }
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (isPlain(a) && isPlain(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameValue(a[k], b[k])) return false;
    return true;
  }
  return a === b;
}

/** A copy without `undefined` (absent optional fields), typed as a fact value. */
function value(v: unknown): FactValue {
  if (Array.isArray(v)) return v.map(value);
  if (isPlain(v)) return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, value(x)]));
  return v as FactValue;
}

/** The item's key, e.g. `id=gate` or `activity=gate,event=leak`; null if a key field is not text. */
function itemKey(item: unknown, fields: readonly string[]): string | null {
  if (!isPlain(item)) return null;
  const parts: string[] = [];
  for (const f of fields) {
    const v = item[f];
    if (v === undefined) continue;
    if (typeof v !== "string") return null;
    parts.push(`${f}=${v}`);
  }
  return parts.length === 0 ? null : parts.join(",");
}

/** Items by key, or null when a key is missing or repeated (the list is then compared by position). */
function byKey(items: readonly unknown[], fields: readonly string[]): Map<string, unknown> | null {
  const map = new Map<string, unknown>();
  for (const item of items) {
    const k = itemKey(item, fields);
    if (k === null || map.has(k)) return null;
    map.set(k, item);
  }
  return map;
}

function walk(before: unknown, after: unknown, path: string, field: string, out: FactChange[]): void {
  if (before === undefined && after === undefined) return;
  if (before === undefined) {
    out.push({ path, field, change: "added", after: value(after) });
    return;
  }
  if (after === undefined) {
    out.push({ path, field, change: "removed", before: value(before) });
    return;
  }
  if (isPlain(before) && isPlain(after)) {
    const keys = [...Object.keys(after), ...Object.keys(before).filter((k) => !(k in after))];
    for (const k of keys) {
      if (path === "" && IGNORED.has(k)) continue;
      walk(before[k], after[k], path === "" ? k : `${path}.${k}`, field === "" ? k : `${field}.${k}`, out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && !(before.every(isScalar) && after.every(isScalar))) {
    const fields = LIST_KEYS[field];
    const old = fields ? byKey(before, fields) : null;
    const now = fields ? byKey(after, fields) : null;
    if (old !== null && now !== null) {
      for (const [k, item] of now) walk(old.get(k), item, `${path}[${k}]`, `${field}[]`, out);
      for (const [k, item] of old) if (!now.has(k)) walk(item, undefined, `${path}[${k}]`, `${field}[]`, out);
      return;
    }
    for (let i = 0; i < Math.max(before.length, after.length); i++) walk(before[i], after[i], `${path}[${i}]`, `${field}[]`, out);
    return;
  }
  if (!sameValue(before, after)) out.push({ path, field, change: "changed", before: value(before), after: value(after) });
}

/** The facts that differ between two validated answers files, in the newer file's order (then what was removed). */
export function diffFacts(before: unknown, after: unknown): FactChange[] {
  const out: FactChange[] = [];
  walk(before, after, "", "", out);
  return out;
}
