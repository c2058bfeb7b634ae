// Text helpers for the bilingual sentences rules, risk and the analysis write (no document markup).
import type { Bilingual } from "./types.js";

export function bi(zh: string, en: string): Bilingual {
  return { "zh-CN": zh, en };
}

/** 120000 → "120,000" in both languages (a legal text should not depend on the machine's locale). */
export function num(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "（估算）" / " (estimated)" after a date computed outside the known official calendar. */
export function estMark(estimated: boolean): Bilingual {
  return estimated ? bi("（估算）", " (estimated)") : bi("", "");
}

/** Join for English prose: "a", "a and b", "a, b and c". */
export function listEn(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

export function listZh(items: readonly string[]): string {
  return items.join("、");
}

/** Both languages of a list of bilingual labels. */
export function listBi(items: readonly Bilingual[]): Bilingual {
  return bi(listZh(items.map((x) => x["zh-CN"])), listEn(items.map((x) => x.en)));
}

/** User text quoted inside a sentence, kept exactly as typed. */
export function clip(s: string): string {
  return s;
}
