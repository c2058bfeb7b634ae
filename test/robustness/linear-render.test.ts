// Issue 11 rows 3, 4 and 9: text size and activity count must cost linear time and memory.
// No timings are asserted: each case runs the compiled code in a child process under a heap limit
// (the old parser needed ~1.8 GB for 500 KB of punctuation) and the output is checked exactly.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { parseDialect } from "../../src/docx/parse.js";
import { escapeMarkdown } from "../../src/render/markdown-escape.js";
import { docxPart } from "../docx/helpers.js";
import { BIN, ROOT } from "../helpers/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "pipia-linear-"));
const DENSE = "*_[`|<>&#{}\\:!";

/** Runs a script in a child Node with the given heap limit; returns its exit code and stderr. */
function runLimited(script: string, heapMb: number): { code: number | null; stderr: string } {
  const file = join(dir, `script-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, script);
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, file], { encoding: "utf8", timeout: 300_000 });
  return { code: r.status, stderr: r.stderr };
}

const DIST = join(ROOT, "dist");

describe("row 3: punctuation-dense text renders in linear time and memory", () => {
  it("parses 100 KB of escaped punctuation into one text node holding the text exactly", () => {
    const value = DENSE.repeat(Math.ceil(100_000 / DENSE.length));
    const root = parseDialect(`${escapeMarkdown(value)}\n`);
    expect(root.children).toHaveLength(1);
    const [paragraph] = root.children;
    expect(paragraph?.type === "paragraph" ? paragraph.children : []).toEqual([{ type: "text", value }]);
  });

  it("writes 1 MB of punctuation into a document within a 384 MB heap, every character kept", () => {
    const size = 1_000_000;
    const out = join(dir, "dense.docx");
    const r = runLimited(
      `import { writeFileSync } from "node:fs";
import { markdownToDocx } from ${JSON.stringify(join(DIST, "docx", "index.js"))};
import { escapeMarkdown } from ${JSON.stringify(join(DIST, "render", "markdown-escape.js"))};
const value = ${JSON.stringify(DENSE)}.repeat(${Math.ceil(size / DENSE.length)});
writeFileSync(${JSON.stringify(out)}, await markdownToDocx("# 背景\\n\\n" + escapeMarkdown(value) + "\\n", { title: "t", classification: "内部", lang: "zh-CN" }));
`,
      384,
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const xml = docxPart(out, "word/document.xml");
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    const expected = DENSE.repeat(Math.ceil(size / DENSE.length)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    expect(text).toBe(`背景${expected}`);
  }, 300_000);
});

describe("row 4: many line breaks do not overflow the stack", () => {
  it('writes "a\\n" × 200,000 as one paragraph with 200,000 line breaks (the last one kept as typed)', () => {
    const out = join(dir, "lines.docx");
    const r = runLimited(
      `import { writeFileSync } from "node:fs";
import { markdownToDocx } from ${JSON.stringify(join(DIST, "docx", "index.js"))};
import { escapeMarkdown } from ${JSON.stringify(join(DIST, "render", "markdown-escape.js"))};
writeFileSync(${JSON.stringify(out)}, await markdownToDocx(escapeMarkdown("a\\n".repeat(200000)) + "\\n", { title: "t", classification: "c", lang: "en" }));
`,
      1024,
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const xml = docxPart(out, "word/document.xml");
    expect(xml.match(/<w:br\/>/g)?.length).toBe(200_000);
    expect(xml.match(/<w:t(?: [^>]*)?>a<\/w:t>/g)?.length).toBe(200_000);
    expect(xml.match(/<w:p[ >]/g)?.length).toBe(1);
  }, 300_000);
});

describe("row 9: rendering grows linearly with the number of activities", () => {
  function withActivities(n: number): string {
    const sample = parse(readFileSync(join(ROOT, "samples", "office-attendance.yaml"), "utf8")) as {
      activities: Array<Record<string, unknown>>;
      risks?: Array<{ activity: string }>;
    };
    const [first] = sample.activities;
    sample.activities = Array.from({ length: n }, (_, i) => ({ ...structuredClone(first), id: `act-${i}`, name: `活动 ${i}` }));
    for (const risk of sample.risks ?? []) risk.activity = "act-0";
    const file = join(dir, `acts-${n}.yaml`);
    writeFileSync(file, stringify(sample));
    return file;
  }

  it("renders the list maximum of 100 activities within a 512 MB heap, naming every one in the report and records", () => {
    const n = 100;
    const out = join(dir, "acts-out");
    const r = spawnSync(process.execPath, ["--max-old-space-size=512", BIN, "render", withActivities(n), "--out", out, "--only", "report,records"], {
      encoding: "utf8",
      timeout: 600_000,
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    for (const doc of ["report", "records"]) {
      const xml = docxPart(join(out, `acts-${n}-${doc}.docx`), "word/document.xml");
      for (const i of [0, 1, 50, n - 1]) expect(xml).toContain(`活动 ${i}`);
    }
  }, 600_000);
});
