// The fuzz harness itself (its checker must catch what it claims to), plus a few seeded property
// runs so `npm test` keeps it working. The full runs: `npm run fuzz` (10,000) and `npm run fuzz:ci`.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { markdownToDocx } from "../../src/docx/index.js";
import { assessmentSchema } from "../../src/model/assessment.js";
import { fuzzCase, marker, toAnswersJson } from "./fuzz/arbitraries.js";
import { checkCase, literalProblems } from "./fuzz/check-case.js";
import { PARAGRAPH, readZip, visibleText, wmlText } from "./fuzz/docx-parts.js";
import { knownDeviation } from "./fuzz/known.js";

describe("fuzz checker", () => {
  const m = marker(7);

  it("accepts a value shown literally, dropping only what XML cannot carry", () => {
    const value = `a\uFFFE<b>${m}\u0001\uD800&amp;\r\nz`;
    expect(literalProblems(`x a<b>${m}&amp;\nz y`, value, m, "f")).toEqual({ found: true, problems: [] });
  });

  it("reports a changed neighbour, and a value that never appears", () => {
    const r = literalProblems(`a<b>${m}&amp\nz`, `a<b>${m}&amp;\nz`, m, "processor.name");
    expect(r.found).toBe(true);
    expect(r.problems.map((p) => [p.kind, p.field])).toEqual([["not-literal", "processor.name"]]);
    expect(literalProblems("nothing here", `x${m}`, m, "f")).toEqual({ found: false, problems: [] });
  });

  it("checks every place a value lands, not just the first", () => {
    const r = literalProblems(`[ab${m}cd] [ab${m}c]`, `ab${m}cd`, m, "f");
    expect(r.problems.map((p) => p.kind)).toEqual(["not-literal"]);
  });

  it("tells a value clipped for a sentence (trimmed, trailing ；dropped) from other changes, and counts it as a problem", () => {
    const [p] = literalProblems(`“${m}事件”`, `  ${m}事件；\n`, m, "f").problems;
    expect(p?.kind).toBe("clipped");
    expect(p && knownDeviation(p)).toBe(null); // no deviation is tolerated any more
    const [q] = literalProblems(`“${m}事X”`, `${m}事件`, m, "f").problems;
    expect(q?.kind).toBe("not-literal");
    expect(q && knownDeviation(q)).toBe(null);
  });

  it("reads a real .docx: text with tabs and breaks, entities decoded, the TOC left out", async () => {
    const docx = await markdownToDocx("::toc\n\n# 标题 Title\n\nA\\<b\\> \\&amp; tab\tend\u2028second\n", {
      title: "T & <t>",
      creator: "甲",
      classification: "内部",
      lang: "zh-CN",
      images: {},
    });
    const parts = readZip(docx);
    expect(parts.has("word/document.xml")).toBe(true);
    const body = wmlText(parts.get("word/document.xml")?.toString("utf8") ?? "");
    expect(body).toContain(`A<b> &amp; tab\tend\nsecond${PARAGRAPH}`);
    expect(body.split("标题 Title")).toHaveLength(3); // the TOC entry and the heading
    const visible = visibleText(parts);
    expect(visible.split("标题 Title")).toHaveLength(2); // the heading, not its TOC entry
    expect(visible).toContain(`T & <t>${PARAGRAPH}`);
  });
});

describe("generated assessments", () => {
  it("are valid answers files that survive a JSON round trip, lone surrogates included", () => {
    for (const c of fc.sample(fuzzCase, { numRuns: 30, seed: 42 })) {
      expect(assessmentSchema.safeParse(c.answers).success).toBe(true);
      expect(JSON.parse(toAnswersJson(c))).toEqual(JSON.parse(JSON.stringify(c.answers)));
      expect(c.markers.size).toBeGreaterThan(20);
    }
  });
});

describe("rendering hostile assessments (seeded sample; the full runs are npm run fuzz / fuzz:ci)", () => {
  it("every document is valid WordprocessingML and shows the user's text literally", async () => {
    const work = mkdtempSync(join(tmpdir(), "pipia-fuzz-"));
    await fc.assert(
      fc.asyncProperty(fuzzCase, async (c) => {
        const r = await checkCase(c, join(work, "case"));
        expect(r.documents).toContain("report");
        expect(r.fields.filter(([, found]) => found).length).toBeGreaterThan(10);
        expect(r.problems.filter((p) => knownDeviation(p) === null)).toEqual([]);
      }),
      { numRuns: 5, seed: 1123, endOnFailure: true },
    );
  }, 240_000);
});
