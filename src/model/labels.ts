// Labels for every enum value, read once from questionnaires/labels.yaml (data, not code).
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { dataPath } from "../paths.js";
import type { Bilingual } from "../vocab/types.js";
import { COUNTRY_ROWS } from "./countries-data.js";

export type LabelTable = Readonly<Record<string, Readonly<Record<string, Bilingual>>>>;

let cache: LabelTable | undefined;

export function labels(): LabelTable {
  // Countries and regions come from their own code list (countries-data.ts), not labels.yaml.
  cache ??= {
    ...(parse(readFileSync(dataPath("questionnaires", "labels.yaml"), "utf8")) as LabelTable),
    country: Object.fromEntries(COUNTRY_ROWS.map(([code, zh, en]) => [code, { "zh-CN": zh, en }])),
  };
  return cache;
}

/** The label of `value` in vocabulary `kind`; throws on an unknown pair (a template bug). */
export function label(kind: string, value: string): Bilingual {
  const table = labels()[kind];
  if (!table) throw new Error(`unknown label vocabulary "${kind}"; known: ${Object.keys(labels()).join(", ")}`);
  const l = table[value];
  if (!l) throw new Error(`no label for ${kind}.${value}`);
  return l;
}
