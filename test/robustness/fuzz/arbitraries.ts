// Valid assessments generated from the answers schema's own shape (walking the zod schema), with
// hostile Unicode in every free-text field. Each free-text value carries a unique marker ⟦n⟧ in
// the middle, so the checker can find where a value landed and compare the text around it.
import fc from "fast-check";
import { z } from "zod";
import { assessmentSchema } from "../../../src/model/assessment.js";
import { rules } from "../../../src/rules/index.js";
import { creditCodeCheckChar } from "../../../src/model/credit-code.js";
import { PROVINCES } from "../../../src/model/provinces.js";

/** Stand-in replaced by ⟦n⟧ once the whole assessment exists. */
const MARK = "\u27E6?\u27E7";
export const marker = (n: number): string => `\u27E6${n}\u27E7`;

/** Markdown, HTML, XML, Handlebars, directive and Word-hostile pieces, and text from every corner of Unicode. */
export const TRICKY: readonly string[] = [
  // Markdown and pipia's dialect
  "*", "**", "_", "__x__", "`", "```", "~~~", "#", "## ", "> ", "- ", "+ ", "1. ", "1) ", "---", "===", "***", "|", "\\|", "\\",
  "[a](http://x.example)", "![i](x.png)", "[^1]", "[^1]: note", ":::", ":::landscape", "::toc", "::pagebreak", "::image{name=\"logo\"}",
  ":risk[高]{level=high}", "<https://example.com>", "www.example.com", "a@b.example", "    code", "\t", "  \n",
  // HTML / XML / entities
  "<b>", "</w:t>", "<w:p/>", "<![CDATA[x]]>", "<!-- c -->", "&amp;", "&lt;", "&#0;", "&#65;", "&#xFFFE;", "\"", "'", "<?xml?>",
  // Handlebars
  "{{x}}", "{{{x}}}", "{{> p}}", "{{!-- c --}}", "{{#if a}}", "\\{{x}}", "{{constructor}}",
  // control characters (XML 1.0 forbids most; they must vanish without harming neighbours)
  "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001B", "\u001F", "\u007F", "\u0085", "\uFFFE", "\uFFFF",
  // line breaks of every kind
  "\n", "\r\n", "\r", "\u2028", "\u2029", "\n\n", "\\\n",
  // lone surrogates and their valid neighbours
  "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDBFF\uDFFF", "a\uD83D", "\uDE00b",
  // emoji: astral, ZWJ sequences, flags, skin tones, keycaps, variation selectors
  "😀", "👨‍👩‍👧‍👦", "🇨🇳", "👍🏽", "1️⃣", "❤︎", "🏳️‍🌈",
  // right-to-left text and bidi controls
  "مرحبا بالعالم", "שלום עולם", "\u202Eevil\u202C", "\u202D", "\u2066x\u2069", "\u200F", "\u061C",
  // spaces and invisible characters
  " ", "   ", "\u00A0", "\u3000", "\u2003", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u034F",
  // CJK and other scripts, combining marks
  "甲公司", "个人信息保护", "𠀀𪚥", "（", "、", "《》", "ｘ", "e\u0301", "ﷺ", "Ꙭ", "ก่", "\uFDD0", "\uE000",
];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...TRICKY), weight: 6 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 6 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary-ascii", maxLength: 6 }), weight: 1 },
  // lone surrogates (the "binary" unit never produces them)
  { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), weight: 1 },
);

/** One side of a free-text value: up to a few hostile pieces. */
export const userText: fc.Arbitrary<string> = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(""));

/** Room left in a field for the two userText sides and the marker around a huge paragraph. */
const SIDES = 2_000;

/** A paragraph near its field's maximum length (20,000 for long descriptions) built from hostile pieces (rare: it is slow to render). */
const hugeText = (max: number): fc.Arbitrary<string> =>
  fc.tuple(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.integer({ min: Math.floor((max - SIDES) * 0.75), max: max - SIDES })).map(([parts, size]) => {
    const unit = `${parts.join("")} 甲乙 abc `;
    return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  });

/** Fields that hold paragraphs in real assessments; only these get paragraphs near their maximum length. */
const PARAGRAPH_FIELDS = new Set(["background", "scope", "description", "justification", "purposeDetail", "captureArea", "deletionMethod", "notes", "complaintChannel", "harm", "mitigation", "changes", "reason"]);

/** The model's maximum length of a string field (every free-text field has one). */
function maxLengthOf(schema: z.ZodType): number {
  const max = (schema as z.ZodString).maxLength;
  return typeof max === "number" ? max : Number.MAX_SAFE_INTEGER;
}

const freeText = (key: string, max: number): fc.Arbitrary<string> => {
  const side = PARAGRAPH_FIELDS.has(key) && max > 4 * SIDES ? fc.oneof({ arbitrary: userText, weight: 600 }, { arbitrary: hugeText(max), weight: 1 }) : userText;
  // Hostile pieces are long in UTF-16 units: keep a value within its field's limit (rarely needed).
  return fc.tuple(side, userText).map(([a, b]) => `${a}${MARK}${b}`).filter((v) => v.trim().length <= max - 8); // the marker grows to ⟦n⟧
};

const accepts = (schema: z.ZodType, value: unknown): boolean => schema.safeParse(value).success;

const isoDate = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const count = fc.oneof(
  fc.integer({ min: 0, max: 60 }),
  fc.constantFrom(0, 1, 13, 14, 99_999, 100_000, 100_001, 999_999, 1_000_000, 10_000_000),
  fc.integer({ min: 0, max: 2_000_000_000 }),
);

/** What kind of string a string schema wants, found by asking it. */
function stringArbitrary(schema: z.ZodType, key: string, path: string): fc.Arbitrary<string> {
  if (accepts(schema, "甲 X y") && accepts(schema, "\u0000<b>")) return freeText(key, maxLengthOf(schema));
  if (accepts(schema, "2026-05-01") && !accepts(schema, "2026-02-30")) return isoDate;
  if (accepts(schema, "user@example.com")) return fc.stringMatching(/^[a-z0-9][a-z0-9_+-]{0,10}@[a-z0-9]{1,10}\.(cn|com|org)$/).filter((s) => accepts(schema, s));
  if (accepts(schema, "https://example.com/notice")) return fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((s) => accepts(schema, s)), fc.constant("https://example.com/隐私?a=1&b=<2>#frag"));
  // The 18th character of a credit code is its GB 32100 check character.
  if (accepts(schema, "91310115MA1K4XYW34"))
    return fc.stringMatching(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{9}$/).map((s) => `${s}${creditCodeCheckChar(s)}`);
  if (accepts(schema, "a-1") && !accepts(schema, "A 1")) return fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
  // A provincial-level division (model/provinces.ts): full, short or English name.
  if (accepts(schema, "上海市") && !accepts(schema, "甲 X y")) return fc.constantFrom(...PROVINCES.flatMap(([full, short, en]) => [full, short, en]));
  throw new Error(`fuzz generator: no arbitrary for the string at ${path}; teach stringArbitrary about it`);
}

function numberArbitrary(schema: z.ZodNumber): fc.Arbitrary<number> {
  const max = schema.maxValue ?? Number.MAX_SAFE_INTEGER; // every number has a range in the model
  if (accepts(schema, 1.5)) return fc.oneof(fc.integer({ min: 0, max: Math.min(30, max) }), fc.double({ min: 0, max: Math.min(100, max), noNaN: true, noDefaultInfinity: true }));
  return count.map((n) => Math.min(n, max));
}

/** An array's `.min(n)`, read from its checks (zod keeps it there, not in the bag). */
function minLength(schema: z.ZodArray): number {
  let min = 0;
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def as { check: string; minimum?: number };
    if (def.check === "min_length" && typeof def.minimum === "number") min = Math.max(min, def.minimum);
  }
  return min;
}

const ARRAY_MAX: Readonly<Record<string, number>> = { activities: 3, recipients: 3, risks: 4, incidents: 2, assessors: 3, personalInfo: 3, impact: 2, likelihood: 2, actions: 3 };

/** An arbitrary for any part of the answers schema. */
export function arbitraryFor(schema: z.ZodType, key = "", path = "(root)"): fc.Arbitrary<unknown> {
  if (schema instanceof z.ZodOptional) return fc.option(arbitraryFor(schema.unwrap() as z.ZodType, key, path), { nil: undefined, freq: 3 });
  if (schema instanceof z.ZodNullable) return fc.option(arbitraryFor(schema.unwrap() as z.ZodType, key, path), { nil: null, freq: 3 });
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const fields: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [k, v] of Object.entries(shape)) fields[k] = arbitraryFor(v, k, path === "(root)" ? k : `${path}.${k}`);
    return fc.record(fields);
  }
  if (schema instanceof z.ZodArray) {
    const element = schema.element as z.ZodType;
    const min = minLength(schema);
    if (element instanceof z.ZodEnum) {
      const options = element.options as readonly string[];
      return fc.uniqueArray(fc.constantFrom(...options), { minLength: Math.max(min, 0), maxLength: options.length });
    }
    return fc.array(arbitraryFor(element, key, `${path}[]`), { minLength: min, maxLength: Math.max(min, ARRAY_MAX[key] ?? 2) });
  }
  if (schema instanceof z.ZodEnum) return fc.constantFrom(...(schema.options as readonly string[]));
  // A discriminated union (storage.retention by kind): any of its shapes.
  if (schema instanceof z.ZodUnion) return fc.oneof(...(schema.options as readonly z.ZodType[]).map((o) => arbitraryFor(o, key, path)));
  if (schema instanceof z.ZodLiteral) return fc.constantFrom(...(schema._zod.def.values as readonly unknown[]));
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodNumber) return numberArbitrary(schema);
  if (schema._zod.def.type === "string") return stringArbitrary(schema, key, path);
  throw new Error(`fuzz generator: no arbitrary for ${schema._zod.def.type} at ${path}`);
}

export const OUTPUT_LANGS = ["zh-CN", "en", "bilingual"] as const;

/** A generated case: the answers-file data (as a user would write it) and the output language. */
export type FuzzCase = {
  readonly answers: Record<string, unknown>;
  readonly lang: (typeof OUTPUT_LANGS)[number];
  /** Marker → path of the free-text field carrying it, e.g. "activities[1].storage.deletionMethod". */
  readonly markers: ReadonlyMap<string, readonly (string | number)[]>;
};

type Json = null | boolean | number | string | undefined | Json[] | { [k: string]: Json };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Replaces each stand-in with a numbered marker, recording where it is. */
function numberMarkers(value: unknown, path: (string | number)[], markers: Map<string, (string | number)[]>): unknown {
  if (typeof value === "string" && value.includes(MARK)) {
    const m = marker(markers.size);
    markers.set(m, [...path]);
    return value.replace(MARK, m);
  }
  if (Array.isArray(value)) return value.map((v, i) => numberMarkers(v, [...path, i], markers));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, numberMarkers(v, [...path, k], markers)]));
  return value;
}

/** Cross-field rules the shape alone does not carry (unique activity ids, references, retention). */
function repair(a: Record<string, unknown>): void {
  const activities = Array.isArray(a["activities"]) ? a["activities"].filter(isRecord) : [];
  const ids = activities.map((act, i) => {
    const id = `${String(act["id"])}-${i}`;
    act["id"] = id;
    return id;
  });
  const pick = (i: number): string => ids[i % Math.max(1, ids.length)] ?? "a-0";
  const refer = (list: unknown): void => {
    if (Array.isArray(list)) list.filter(isRecord).forEach((r, i) => (r["activity"] = pick(i)));
  };
  refer(a["risks"]);
  const overrides = a["overrides"];
  if (isRecord(overrides)) {
    refer(overrides["impact"]);
    refer(overrides["likelihood"]);
    // Action overrides name real rules (and activities), so their owners reach the action plan.
    const actions = overrides["actions"];
    if (Array.isArray(actions))
      actions.filter(isRecord).forEach((o, i) => {
        o["rule"] = rules[(i * 7) % rules.length]?.id ?? "FR-001";
        if (o["activity"] !== undefined) o["activity"] = pick(i);
      });
  }
  for (const act of activities) {
    const storage = act["storage"];
    const retention = isRecord(storage) ? storage["retention"] : undefined;
    if (!isRecord(retention)) continue;
    if (retention["kind"] === "days" && retention["days"] === undefined) retention["days"] = 30;
    if (retention["kind"] === "event" && (typeof retention["event"] !== "string" || retention["event"].trim() === "")) retention["event"] = "劳动关系终止";
  }
}

const shapeArbitrary = arbitraryFor(assessmentSchema);

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.tuple(shapeArbitrary, fc.constantFrom(...OUTPUT_LANGS)).map(([raw, lang]) => {
  const markers = new Map<string, (string | number)[]>();
  const answers = numberMarkers(raw, [], markers);
  if (!isRecord(answers)) throw new Error("fuzz generator: the root is not a mapping");
  repair(answers);
  // Repairs overwrite some free text (activity references); those values carry no marker any more.
  for (const [m, path] of markers) {
    let v: unknown = answers;
    for (const k of path) v = isRecord(v) ? v[k] : Array.isArray(v) ? v[Number(k)] : undefined;
    if (typeof v !== "string" || !v.includes(m)) markers.delete(m);
  }
  return { answers, lang, markers };
});

/** The case as an answers file: JSON keeps every code point, lone surrogates included (as \\uD800). */
export function toAnswersJson(c: FuzzCase): string {
  return JSON.stringify(c.answers as Json, null, 1);
}
