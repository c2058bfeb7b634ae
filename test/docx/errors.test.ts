// Template mistakes fail loudly, naming what is wrong.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { markdownToDocx } from "../../src/docx/index.js";
import { docxPart, tinyPng } from "./helpers.js";

const base = { title: "T", classification: "C", lang: "zh-CN" } as const;
const images = { logo: { data: tinyPng(4, 4), type: "png" }, qr: { data: tinyPng(4, 4), type: "png" } } as const;

const dir = mkdtempSync(join(tmpdir(), "pipia-docx-err-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function documentText(markdown: string): Promise<string> {
  const file = join(dir, "d.docx");
  writeFileSync(file, await markdownToDocx(markdown, base));
  return docxPart(file, "word/document.xml").replace(/<[^>]+>/g, "");
}

describe("markdownToDocx errors", () => {
  it.each([
    ["::foo", /unknown directive ::foo \(known: ::toc, ::pagebreak, ::image, ::table, ::spacer\)/],
    [":::foo\nx\n:::", /unknown directive :::foo \(known: :::cover.*:::box\)/],
    ["a :foo[x] b", /unknown text directive :foo/],
    ["a :risk[高] b", /:risk needs level=low\|medium\|high\|severe\|very-high, got level=""/],
    ["a :risk[高]{level=extreme} b", /got level="extreme"/],
    ['::table{widths="1,2,3"}\n| a | b |\n|---|---|\n| 1 | 2 |', /gives 3 widths for a table of 2 columns/],
    ['::table{widths="1,x"}\n| a | b |\n|---|---|', /widths must be positive numbers/],
    ['::table{widths="1,2"}\n\npara', /::table\{widths=…\} must be followed directly by a table/],
    ['::table{widths="1,2"}', /must be followed directly by a table/],
    [":::box\n::toc\n:::", /::toc must be at the top level/],
    [":::box\n:::landscape\nx\n:::\n:::", /:::landscape must be at the top level/],
    ["![logo](logo.png)", /Markdown images are not supported/],
    ["::spacer{lines=0}", /lines must be a positive number/],
    ["::spacer{lines=2.5}", /whole number/],
    ['::image{name="logo" align=middle}', /align must be left, center or right/],
  ])("rejects %j", async (markdown, message) => {
    await expect(markdownToDocx(markdown, { ...base, images })).rejects.toThrow(message);
  });

  it("names an unknown image and the known ones", async () => {
    await expect(markdownToDocx('::image{name="stamp" width=30}', { ...base, images })).rejects.toThrow(
      '::image: unknown image "stamp" (known: "logo", "qr")',
    );
    await expect(markdownToDocx('::image{name="stamp"}', base)).rejects.toThrow('unknown image "stamp" (known: none)');
  });

  it("rejects an accent colour that is not RRGGBB", async () => {
    await expect(markdownToDocx("x", { ...base, accentColor: "red" })).rejects.toThrow('accentColor must be a hex colour RRGGBB, got "red"');
  });

  it("keeps colons that only look like directives as text", async () => {
    expect(await documentText("会议 10:30 开始，注意:事项")).toContain("会议 10:30 开始，注意:事项");
  });
});
