// Rule fixtures: test/fixtures/rules/<slug>.<case>.yaml =
//   { description, base: <sample name>, patch: <deep-merge patch>, expect: [rule ids that must fire] }
// Objects merge key by key; arrays replace, except `activities`, whose patch is a list applied by
// index (an item `null` keeps that activity unchanged). A key set to `~` (null) becomes null. An
// object whose `kind` changes (a discriminated union such as storage.retention) is replaced whole.
import { readFileSync, readdirSync } from "node:fs";
import { join, basename } from "node:path";
import { parse } from "yaml";

export const FIXTURE_DIR = join(import.meta.dirname, "..", "fixtures", "rules");
export const SAMPLE_DIR = join(import.meta.dirname, "..", "..", "samples");

export type RuleFixture = {
  readonly file: string;
  readonly slug: string;
  readonly caseName: string;
  readonly description: string;
  readonly expect: readonly string[];
  readonly answers: unknown;
};

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isObject(v: Json | undefined): v is { [k: string]: Json } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function mergePatch(base: Json, patch: Json, key = ""): Json {
  // Activities merge item by item (null keeps the base item). A recipients list replaces the base's,
  // unless it holds a null: then it merges item by item too (e.g. [null, {...}] appends a recipient).
  const itemByItem = key === "activities" || (key === "recipients" && Array.isArray(patch) && patch.includes(null));
  if (itemByItem && Array.isArray(base) && Array.isArray(patch)) {
    const out = [...base];
    patch.forEach((p, i) => {
      if (p === null) return;
      out[i] = i < base.length ? mergePatch(base[i] as Json, p) : p;
    });
    return out;
  }
  // A discriminated union (e.g. storage.retention) changes shape with its `kind`: replace, not merge.
  if (isObject(base) && isObject(patch) && "kind" in patch && patch["kind"] !== base["kind"]) return patch;
  if (isObject(base) && isObject(patch)) {
    const out: { [k: string]: Json } = { ...base };
    for (const [k, v] of Object.entries(patch)) out[k] = k in base ? mergePatch(base[k] as Json, v, k) : v;
    return out;
  }
  return patch;
}

export function loadSample(name: string): Json {
  return parse(readFileSync(join(SAMPLE_DIR, `${name}.yaml`), "utf8")) as Json;
}

export function loadRuleFixtures(dir = FIXTURE_DIR): RuleFixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => {
      const doc = parse(readFileSync(join(dir, f), "utf8")) as {
        description?: string;
        base?: string;
        patch?: Json;
        expect?: string[];
      };
      const [slug, caseName] = basename(f, ".yaml").split(".") as [string, string | undefined];
      if (!doc.base) throw new Error(`${f}: missing "base" (a sample name in samples/)`);
      if (!Array.isArray(doc.expect)) throw new Error(`${f}: missing "expect" (list of rule ids, may be empty)`);
      const answers = mergePatch(loadSample(doc.base), doc.patch ?? {});
      return { file: f, slug, caseName: caseName ?? "default", description: doc.description ?? "", expect: doc.expect, answers };
    });
}
