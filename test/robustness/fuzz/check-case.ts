// One fuzz case end to end: validate the generated answers, analyse, render every document, then
// check each document as Word would read it (every XML part well-formed, body, headers and footers
// valid WordprocessingML) and that every free-text value appears literally wherever it landed.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { assessmentSchema } from "../../../src/model/assessment.js";
import { analyze } from "../../../src/analysis/analyze.js";
import { documentsFor, renderDocuments } from "../../../src/render/render-set.js";
import { templateNames } from "../../../src/render/template-source.js";
import { sanitizeXmlText } from "../../../src/docx/sanitize.js";
import type { DocumentSpec } from "../../../src/render/documents.js";
import { readZip, visibleText } from "./docx-parts.js";
import type { FuzzCase } from "./arbitraries.js";

/** The WordprocessingML schema check-docx validates against. */
export const WML_SCHEMA = join(import.meta.dirname, "..", "..", "..", "scripts", "ooxml-schemas", "microsoft", "wml-2010.xsd");

/** What went wrong, for grouping: the field pattern (indexes dropped) and the kind of failure. */
export type Problem = {
  readonly kind: "invalid-generated" | "render-threw" | "not-a-zip" | "xml-not-well-formed" | "wml-schema" | "clipped" | "not-literal";
  readonly field: string | null;
  readonly detail: string;
  /** For text problems: the value around its marker as typed, and what the document has there. */
  readonly expected?: string;
  readonly seen?: string;
};

export type CaseResult = {
  readonly problems: readonly Problem[];
  readonly documents: readonly DocumentSpec["id"][];
  /** Documents the case needed but no template exists for yet (not checked). */
  readonly missingTemplates: readonly string[];
  /** Free-text fields (indexes dropped) and whether each landed in some document. */
  readonly fields: readonly (readonly [string, boolean])[];
  readonly answersBytes: number;
  readonly docxBytes: number;
  readonly renderMs: number;
};

/** Line breaks of every kind (CR LF, CR, U+2028, Word's w:br) read as one. */
function lineBreaks(s: string): string {
  return s.replace(/\r\n|\r|\u2028/g, "\n");
}

/** What the user typed, as a reader should see it: XML-forbidden characters dropped, nothing else. */
function normalise(s: string): string {
  return lineBreaks(sanitizeXmlText(s));
}

function at(value: unknown, path: readonly (string | number)[]): unknown {
  let v = value;
  for (const key of path) v = typeof v === "object" && v !== null ? (v as Record<string | number, unknown>)[key] : undefined;
  return v;
}

const show = (s: string): string => JSON.stringify(s.length > 120 ? `${s.slice(0, 60)}…${s.slice(-60)}` : s);

/** Every place `marker` landed must carry the whole value, exactly, around it. */
export function literalProblems(text: string, value: string, marker: string, field: string): { found: boolean; problems: Problem[] } {
  const expected = normalise(value);
  const cut = expected.indexOf(marker);
  if (cut < 0) return { found: false, problems: [{ kind: "invalid-generated", field, detail: `the marker ${marker} is not in the value` }] };
  const before = expected.slice(0, cut);
  const after = expected.slice(cut + marker.length);
  const around = (p: number, b: string, a: string): readonly [string, string] => [
    text.slice(Math.max(0, p - b.length), p),
    text.slice(p + marker.length, p + marker.length + a.length),
  ];
  let found = false;
  for (let p = text.indexOf(marker); p >= 0; p = text.indexOf(marker, p + marker.length)) {
    found = true;
    const [seenBefore, seenAfter] = around(p, before, after);
    if (seenBefore === before && seenAfter === after) continue;
    // Quoted inside a sentence, the value may be clipped: whitespace at both ends and trailing
    // 。；;.，, dropped (src/rules/facts.ts clip). That is told apart from any other change.
    const clippedBefore = before.trimStart();
    const clippedAfter = after.replace(/[。；;.，,\s]+$/u, "");
    const [cb, ca] = around(p, clippedBefore, clippedAfter);
    const kind = cb === clippedBefore && ca === clippedAfter ? "clipped" : "not-literal";
    const detail = `expected ${show(before)}${marker}${show(after)}, document has ${show(seenBefore)}${marker}${show(seenAfter)}`;
    return { found, problems: [{ kind, field, detail, expected: before + marker + after, seen: seenBefore + marker + seenAfter }] };
  }
  return { found, problems: [] };
}

const templatesOf = new Map<string, Set<string>>();
function hasTemplate(lang: "zh-CN" | "en", doc: string): boolean {
  let names = templatesOf.get(lang);
  if (!names) {
    names = new Set(templateNames(lang, null));
    templatesOf.set(lang, names);
  }
  return names.has(doc);
}

function xmllint(args: readonly string[]): string {
  const r = spawnSync("xmllint", ["--noout", ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return r.status === 0 ? "" : r.stderr.split("\n").filter((l) => l.trim() !== "" && !l.endsWith("fails to validate")).slice(0, 3).join(" | ").slice(0, 600);
}

export async function checkCase(c: FuzzCase, workDir: string): Promise<CaseResult> {
  const problems: Problem[] = [];
  const answersBytes = Buffer.byteLength(JSON.stringify(c.answers));
  const empty = { documents: [], missingTemplates: [], fields: [], answersBytes, docxBytes: 0, renderMs: 0 };
  const parsed = assessmentSchema.safeParse(c.answers);
  if (!parsed.success)
    return { ...empty, problems: [{ kind: "invalid-generated", field: null, detail: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") }] };

  const started = performance.now();
  const an = analyze(parsed.data);
  const langs = c.lang === "bilingual" ? (["zh-CN", "en"] as const) : ([c.lang] as const);
  const wanted = documentsFor(an);
  const only = wanted.filter((d) => langs.every((l) => hasTemplate(l, d.id))).map((d) => d.id);
  const missingTemplates = wanted.filter((d) => !only.includes(d.id)).map((d) => `${d.id} (${c.lang})`);
  let rendered;
  try {
    rendered = await renderDocuments(an, { lang: c.lang, templatesDir: null, branding: () => ({}), only });
  } catch (e) {
    const detail = e instanceof Error ? (e.stack ?? e.message).split("\n").slice(0, 4).join(" | ") : String(e);
    return { ...empty, missingTemplates, problems: [{ kind: "render-threw", field: null, detail }] };
  }
  const renderMs = performance.now() - started;

  rmSync(workDir, { recursive: true, force: true });
  const wellFormed: string[] = [];
  const wml: string[] = [];
  let text = "";
  let docxBytes = 0;
  for (const d of rendered) {
    docxBytes += d.docx.length;
    let parts: Map<string, Buffer>;
    try {
      parts = readZip(d.docx);
    } catch (e) {
      problems.push({ kind: "not-a-zip", field: null, detail: `${d.id}: ${(e as Error).message}` });
      continue;
    }
    for (const required of ["[Content_Types].xml", "word/document.xml"])
      if (!parts.has(required)) problems.push({ kind: "not-a-zip", field: null, detail: `${d.id}: missing part ${required}` });
    for (const [name, data] of parts) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const file = join(workDir, d.id, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, data);
      wellFormed.push(file);
      if (/^word\/(document|header\d*|footer\d*)\.xml$/.test(name)) wml.push(file);
    }
    text += lineBreaks(visibleText(parts));
  }
  const notWellFormed = xmllint(wellFormed);
  if (notWellFormed) problems.push({ kind: "xml-not-well-formed", field: null, detail: notWellFormed });
  else {
    const invalid = wml.length > 0 ? xmllint(["--schema", WML_SCHEMA, ...wml]) : "";
    if (invalid) problems.push({ kind: "wml-schema", field: null, detail: invalid });
  }
  rmSync(workDir, { recursive: true, force: true });

  const fields: (readonly [string, boolean])[] = [];
  for (const [marker, path] of c.markers) {
    const value = at(parsed.data, path);
    if (typeof value !== "string") continue; // replaced by the generator's repairs (e.g. activity references)
    const field = path.map((k) => (typeof k === "number" ? "[]" : `.${k}`)).join("").slice(1);
    const r = literalProblems(text, value, marker, field);
    fields.push([field, r.found]);
    problems.push(...r.problems);
  }
  return { problems, documents: rendered.map((d) => d.id), missingTemplates, fields, answersBytes, docxBytes, renderMs };
}
