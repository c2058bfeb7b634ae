// The law registry's shape: one entry per law, regulation, judicial interpretation or standard.
import type { Bilingual, Confidence } from "../analysis/types.js";

export type LawKind = "law" | "administrative-regulation" | "departmental-rule" | "judicial-interpretation" | "local-regulation" | "national-standard" | "policy";

export type Article = {
  readonly gist: Bilingual; // short paraphrase in our own words
  readonly confidence: Confidence;
  /** Why the number or wording is uncertain; shown wherever the article is cited. */
  readonly note?: Bilingual;
};

export type Law = {
  readonly id: string; // "PIPL", "FRM", …
  readonly title: Bilingual; // full title
  readonly short: Bilingual; // short name for citations: 《个人信息保护法》 / PIPL
  readonly issuer: Bilingual;
  readonly docNumber?: string;
  readonly effective: string; // YYYY-MM-DD
  readonly effectiveConfidence?: Confidence;
  /** "article" → 第N条 / Art N; "clause" → 第N条款 §N (standards). */
  readonly numbering: "article" | "clause";
  readonly articles: Readonly<Record<string, Article>>;
};

/** What a rule writes: `cite("PIPL", 26)`, `cite("SH-DATA", 23, { para: 3 })`, `cite("GBT35273", "6.3", { item: "b" })`. */
export type CitationRef = {
  readonly law: string;
  readonly article: string;
  readonly para?: number;
  readonly item?: number | string;
};

export function cite(law: string, article: number | string, extra: { para?: number; item?: number | string } = {}): CitationRef {
  return { law, article: String(article), ...extra };
}
