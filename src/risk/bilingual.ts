// Small helpers for the bilingual reasons the risk module writes.
import type { Bilingual } from "../vocab/types.js";
import { label } from "../model/labels.js";

export function bi(zh: string, en: string): Bilingual {
  return { "zh-CN": zh, en };
}

/** 1200000 → "1,200,000" without depending on the runtime's ICU data. */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Labels of enum values joined for a sentence: "姓名、工号" / "Name, Employee number". */
export function labels(kind: string, values: readonly string[]): Bilingual {
  const ls = values.map((v) => label(kind, v));
  return bi(ls.map((l) => l["zh-CN"]).join("、"), ls.map((l) => l.en).join(", "));
}

export function levelLabel(kind: "impactLevel" | "likelihoodLevel", value: string): Bilingual {
  return label(kind, value);
}
