// The law registry: every law, regulation, interpretation and standard rules may cite, plus
// citation resolution and bilingual labels (《个人信息保护法》第二十六条 / PIPL Art 26).
import type { Bilingual, Confidence, ResolvedCitation } from "../vocab/types.js";
import { toChineseNumeral } from "./chinese-numerals.js";
import { accessibility } from "./laws/accessibility.js";
import { audit } from "./laws/audit.js";
import { cacFiling } from "./laws/cac-filing.js";
import { campaign2025 } from "./laws/campaign-2025.js";
import { civilCode } from "./laws/civil-code.js";
import { labourContract } from "./laws/labour-contract.js";
import { crossBorder } from "./laws/cross-border.js";
import { frm } from "./laws/frm.js";
import { gbt35273 } from "./laws/gbt35273.js";
import { gbt39335 } from "./laws/gbt39335.js";
import { gbt41819 } from "./laws/gbt41819.js";
import { minorsOnline } from "./laws/minors-online.js";
import { netdata } from "./laws/netdata.js";
import { pipl } from "./laws/pipl.js";
import { psvs } from "./laws/psvs.js";
import { shData } from "./laws/sh-data.js";
import { spcFace } from "./laws/spc-face.js";
import { szData } from "./laws/sz-data.js";
import { supplement } from "./supplement.js";
import { WHOLE, type Article, type CitationRef, type Law } from "./types.js";

type Supplement = Readonly<Record<string, Readonly<Record<string, Article>>>>;

/** Order = the order of a report's 评估依据 list: laws, regulations, rules, local rules, standards. */
const BASE_LAWS: readonly Law[] = [
  pipl,
  civilCode,
  labourContract,
  accessibility,
  psvs,
  netdata,
  minorsOnline,
  frm,
  audit,
  crossBorder,
  cacFiling,
  spcFace,
  shData,
  szData,
  campaign2025,
  gbt35273,
  gbt39335,
  gbt41819,
];

/** Adds or replaces articles from the supplement; an unknown law id there is a programming error. */
export function mergeSupplement(laws: readonly Law[], extra: Supplement): readonly Law[] {
  const ids = new Set(laws.map((l) => l.id));
  for (const id of Object.keys(extra)) {
    if (!ids.has(id)) throw new Error(`law supplement names unknown law "${id}"; known: ${[...ids].join(", ")}`);
  }
  return laws.map((law) => {
    const add = extra[law.id];
    return add === undefined ? law : { ...law, articles: { ...law.articles, ...add } };
  });
}

const LAWS: readonly Law[] = Object.freeze(mergeSupplement(BASE_LAWS, supplement));
const BY_ID: ReadonlyMap<string, Law> = new Map(LAWS.map((l) => [l.id, l]));

export function allLaws(): readonly Law[] {
  return LAWS;
}

export function getLaw(id: string): Law {
  const law = BY_ID.get(id);
  if (law === undefined) throw new Error(`unknown law "${id}"; known: ${[...BY_ID.keys()].join(", ")}`);
  return law;
}

/** "", "-" and "whole" all mean the document as a whole (rules already cite `cite("AUDIT", "-")`). */
function articleKey(article: string): string {
  const key = article.trim();
  return key === "" || key === "-" ? WHOLE : key;
}

function lookup(ref: CitationRef): { law: Law; key: string; article: Article } | undefined {
  const law = BY_ID.get(ref.law);
  const key = articleKey(ref.article);
  const article = law?.articles[key];
  return law === undefined || article === undefined ? undefined : { law, key, article };
}

function mustLookup(ref: CitationRef): { law: Law; key: string; article: Article } {
  const found = lookup(ref);
  if (found === undefined) throw new Error(`unknown citation: ${ref.law} ${ref.article}`);
  return found;
}

export function isKnownCitation(ref: CitationRef): boolean {
  return lookup(ref) !== undefined;
}

const isWeak = (c: Confidence | undefined): boolean => c === "S" || c === "UNCONFIRMED";

/** 3 → 三, "3" → 三; anything non-numeric ("b") stays as written. */
function zhNumber(n: number | string): string {
  const v = typeof n === "number" ? n : /^\d+$/.test(n) ? Number(n) : Number.NaN;
  return Number.isSafeInteger(v) && v > 0 ? toChineseNumeral(v) : String(n);
}

function zhLabel(law: Law, key: string, article: Article, ref: CitationRef): string {
  const short = law.short["zh-CN"];
  if (key === WHOLE) return short;
  const para = ref.para === undefined ? "" : `第${zhNumber(ref.para)}款`;
  if (law.numbering === "clause") {
    const head = `${short} ${article.label?.["zh-CN"] ?? `第${key}条`}${para}`;
    return ref.item === undefined ? head : `${head} ${ref.item})`;
  }
  const item = ref.item === undefined ? "" : `第（${zhNumber(ref.item)}）项`;
  if (article.label !== undefined) return `${short}${article.label["zh-CN"]}${para}${item}`;
  const unit = law.numbering === "item" ? "项" : "条";
  return `${short}第${zhNumber(key)}${unit}${para}${item}`;
}

function enLabel(law: Law, key: string, article: Article, ref: CitationRef): string {
  const short = law.short.en;
  if (key === WHOLE) return short;
  const para = ref.para === undefined ? "" : ` para ${ref.para}`;
  if (law.numbering === "clause") {
    const head = `${short} ${article.label?.en ?? `§${key}`}${para}`;
    return ref.item === undefined ? head : `${head}(${ref.item})`;
  }
  const item = ref.item === undefined ? "" : ` item (${ref.item})`;
  if (article.label !== undefined) return `${short} ${article.label.en}${para}${item}`;
  const unit = law.numbering === "item" ? "item" : "Art";
  return `${short} ${unit} ${key}${para}${item}`;
}

function labels(law: Law, key: string, article: Article, ref: CitationRef): Bilingual {
  return { "zh-CN": zhLabel(law, key, article, ref), en: enLabel(law, key, article, ref) };
}

export function citationLabel(ref: CitationRef, lang: "zh-CN" | "en"): string {
  const { law, key, article } = mustLookup(ref);
  return labels(law, key, article, ref)[lang];
}

/** Joins the article's note with the law-wide one (used when a document is cited as a whole). */
function joinNotes(a: Bilingual | undefined, b: Bilingual | undefined): Bilingual | undefined {
  if (a === undefined || b === undefined || a === b) return a ?? b;
  return { "zh-CN": `${a["zh-CN"]}${b["zh-CN"]}`, en: `${a.en} ${b.en}` };
}

export function resolveCitation(ref: CitationRef): ResolvedCitation {
  const { law, key, article } = mustLookup(ref);
  const whole = key === WHOLE;
  // Citing a whole document also relies on its date and number being right.
  const lawUncertain = whole && (isWeak(law.effectiveConfidence) || isWeak(law.docNumberConfidence));
  const note = whole ? joinNotes(article.note, lawUncertain ? law.note : undefined) : article.note;
  return {
    law: law.id,
    article: key,
    ...(ref.para === undefined ? {} : { para: ref.para }),
    ...(ref.item === undefined ? {} : { item: ref.item }),
    label: labels(law, key, article, ref),
    gist: article.gist,
    confidence: article.confidence,
    unconfirmed: isWeak(article.confidence) || lawUncertain,
    ...(note === undefined ? {} : { note }),
  };
}
