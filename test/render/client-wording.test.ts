// Issue #12 "the report discredits itself": client documents speak as the firm. No document of any
// sample, in any language, names the tool or its questionnaire, or says its citations rest on
// memory or secondary sources; the caveat on citations is one professional note, in one place.
// (Document properties may carry the tool name; they are not part of the text checked here.)
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../src/analysis/analyze.js";
import type { Analysis } from "../../src/analysis/types.js";
import { loadAssessment } from "../../src/io/load-answers.js";
import { documentsFor, OUTPUT_LANGS, renderMarkdown } from "../../src/render/render-set.js";
import { SAMPLE_DIR } from "../helpers/fixtures.js";

const SAMPLES = ["office-attendance", "residential-gate", "mall-camera", "hotel-checkin"] as const;

/** Words a client document must not contain, with why. */
const FORBIDDEN: readonly [RegExp, string][] = [
  [/pipia/i, "the tool's name"],
  [/本工具|生成工具|this tool/i, "the tool"],
  [/答卷/, "the questionnaire (答卷)"],
  [/answers file|the answers\b|in the answers|Summary of the answers/i, "the questionnaire (answers)"],
  [/记忆|\bmemory\b/i, "citations from memory"],
  [/二手资料|secondary source/i, "citations from secondary sources"],
  [/标准草案数值|终版数值|final value UNCONFIRMED|draft's figure/i, "the in-line draft-value caveat"],
  [/UNCONFIRMED/, "an internal confidence tag"],
  [/资料摘要|the digest\b/i, "the research digest"],
];

/** Markdown escapes (`\(`, `\-`) removed, so the words are matched as a reader sees them. */
const plain = (md: string): string => md.replace(/\\(.)/g, "$1");

const analyses = new Map<string, Analysis>();
beforeAll(async () => {
  for (const s of SAMPLES) analyses.set(s, analyze(await loadAssessment(join(SAMPLE_DIR, `${s}.yaml`))));
});

describe("client documents speak as the firm", () => {
  it.each(SAMPLES)("%s: no forbidden words in any document, in zh-CN, en and bilingual", (sample) => {
    const an = analyses.get(sample);
    if (!an) throw new Error(sample);
    const docs = documentsFor(an);
    expect(docs.map((d) => d.id)).toEqual(expect.arrayContaining(["report", "records", "signage"]));
    const hits: string[] = [];
    for (const doc of docs)
      for (const lang of OUTPUT_LANGS) {
        const text = plain(renderMarkdown(an, doc, lang, null, {}));
        for (const [re, why] of FORBIDDEN) {
          const m = re.exec(text);
          if (m) hits.push(`${doc.id} (${lang}): ${why}: “…${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\n/g, " ")}…”`);
        }
      }
    expect(hits).toEqual([]);
  });

  it("the caveat on citations is one short note, in one place, listing only unconfirmed items", () => {
    const an = analyses.get("hotel-checkin");
    if (!an) throw new Error("hotel");
    const report = documentsFor(an).find((d) => d.id === "report");
    if (!report) throw new Error("no report");
    const zh = plain(renderMarkdown(an, report, "zh-CN", null, {}));
    const en = plain(renderMarkdown(an, report, "en", null, {}));
    expect(zh.split("条文以官方公布文本为准")).toHaveLength(2);
    expect(en.split("Citations should be read against the officially published texts")).toHaveLength(2);
    // Every listed item is an unconfirmed registry item, and every one of them is listed.
    expect(an.unconfirmedCitations.length).toBeGreaterThan(0);
    expect(an.unconfirmedCitations.every((c) => c.unconfirmed)).toBe(true);
    for (const c of an.unconfirmedCitations) expect(zh).toContain(`| ${c.label["zh-CN"]} |`);
    // The rating's draft-value caveat appears there, not in the body.
    expect(an.unconfirmedCitations.map((c) => `${c.law} ${c.article}`)).toEqual(expect.arrayContaining(["GBT39335 D.1", "GBT39335 D.4"]));
  });
});
