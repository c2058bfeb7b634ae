// The law registry's shape: one entry per law, regulation, judicial interpretation or standard.
import type { Bilingual, Confidence } from "../vocab/types.js";

export type LawKind = "law" | "administrative-regulation" | "departmental-rule" | "judicial-interpretation" | "local-regulation" | "national-standard" | "policy";

export type Article = {
  readonly gist: Bilingual; // short paraphrase in our own words
  readonly confidence: Confidence;
  /** Why the number or wording is uncertain; shown wherever the article is cited. */
  readonly note?: Bilingual;
  /** Replaces the number part of the label for annexes and tables: 附录B / Annex B, 表D.5 / Table D.5. */
  readonly label?: Bilingual;
};

/** Article key for citing a document as a whole (`cite("CAC-FILING", WHOLE)`); "" and "-" are accepted too. */
export const WHOLE = "whole";

export type Law = {
  readonly id: string; // "PIPL", "FRM", …
  readonly title: Bilingual; // full title
  readonly short: Bilingual; // short name for citations: 《个人信息保护法》 / PIPL
  readonly issuer: Bilingual;
  readonly docNumber?: string;
  readonly effective: string; // YYYY-MM-DD
  readonly effectiveConfidence?: Confidence;
  readonly docNumberConfidence?: Confidence;
  readonly kind?: LawKind;
  /** Law-wide caveat (uncertain date, number or amendment status); used for whole-document citations. */
  readonly note?: Bilingual;
  /**
   * "article" → 第N条 / Art N; "clause" → 第N条 / §N (standards);
   * "none" → cited only as a whole (key WHOLE); "item" → 第N项 / item N (campaign items).
   */
  readonly numbering: "article" | "clause" | "none" | "item";
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
