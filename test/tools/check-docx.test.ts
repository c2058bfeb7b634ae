// The project's own .docx checker (scripts/check-docx.mjs) must catch what Word rejects: each broken
// variant of a good document fails with a message naming the part and the problem.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { checkDocx, dropIgnorable } from "../../scripts/check-docx.mjs";
import { markdownToDocx } from "../../src/docx/index.js";
import { CHECK_DOCX } from "../helpers/check-docx.js";

let dir: string;
let good: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pipia-checker-"));
  good = await markdownToDocx("# 概述\n\n正文。\n\n1. 第一\n2. 第二\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", {
    title: "测试",
    classification: "内部",
    lang: "zh-CN",
    footerText: "页脚",
  });
});

/** Writes a copy of the good document with one part changed (or removed, for `null`). */
function variant(name: string, edit: (parts: Record<string, Uint8Array>) => void): string {
  const parts = unzipSync(good);
  edit(parts);
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, zipSync(parts));
  return file;
}

function replaceIn(parts: Record<string, Uint8Array>, part: string, from: RegExp | string, to: string): void {
  const xml = strFromU8(parts[part] ?? new Uint8Array());
  const changed = xml.replace(from, to);
  if (changed === xml) throw new Error(`test setup: ${String(from)} not found in ${part}`);
  parts[part] = strToU8(changed);
}

function problemsOf(file: string): string[] {
  return checkDocx([file], { pdf: false }).problems.map((p) => p.message);
}

describe("check-docx (structure, no LibreOffice)", () => {
  it("passes a document pipia's writer produced", () => {
    const file = variant("good", () => {});
    expect(problemsOf(file)).toEqual([]);
  });

  it("rejects a file that is not a zip", () => {
    const file = join(dir, "not-zip.docx");
    writeFileSync(file, "hello");
    expect(problemsOf(file)[0]).toMatch(/^not a readable zip/);
  });

  it("rejects a package without word/document.xml", () => {
    const file = variant("no-document", (p) => delete p["word/document.xml"]);
    expect(problemsOf(file)).toEqual(["missing part word/document.xml"]);
  });

  it("rejects a part that is not well-formed XML (U+FFFE in text)", () => {
    const file = variant("fffe", (p) => replaceIn(p, "word/document.xml", "正文。", "正文\uFFFE。"));
    const problems = problemsOf(file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^word\/document\.xml is not well-formed XML: .*0xFFFE/);
  });

  it("rejects styles that do not validate against WordprocessingML", () => {
    const file = variant("bad-style", (p) => replaceIn(p, "word/styles.xml", "<w:docDefaults>", "<w:docDefaults><w:bogus/>"));
    const problems = problemsOf(file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^word\/styles\.xml does not validate against WordprocessingML: .*bogus/);
  });

  it("rejects settings and numbering that do not validate", () => {
    const file = variant("bad-settings", (p) => {
      replaceIn(p, "word/settings.xml", /(<w:settings[^>]*>)/, "$1<w:nonsense/>");
      replaceIn(p, "word/numbering.xml", /(<w:abstractNum )/, '$1w:bad="1" ');
    });
    const problems = problemsOf(file);
    expect(problems.map((m) => m.split(" does not validate")[0])).toEqual(["word/numbering.xml", "word/settings.xml"]);
  });

  it("rejects a footer with an element WordprocessingML does not allow there", () => {
    const file = variant("bad-footer", (p) => replaceIn(p, "word/footer1.xml", /(<w:p[ >])/, "<w:tbl/>$1"));
    expect(problemsOf(file)[0]).toMatch(/^word\/footer1\.xml does not validate against WordprocessingML/);
  });

  it("rejects a relationship that points at a missing part", () => {
    const file = variant("missing-target", (p) => delete p["word/footer1.xml"]);
    const problems = problemsOf(file);
    expect(problems).toContain("package structure: content type override for missing part /word/footer1.xml");
    expect(problems.some((m) => /relationship rId\d+ points at missing part \/word\/footer1\.xml$/.test(m))).toBe(true);
  });

  it("rejects a part without a content type", () => {
    const file = variant("no-content-type", (p) => {
      p["word/extra.bin"] = strToU8("x");
    });
    expect(problemsOf(file)).toEqual(["package structure: part /word/extra.bin has no content type"]);
  });

  it("rejects a numbering reference numbering.xml does not define", () => {
    const file = variant("bad-numid", (p) => replaceIn(p, "word/document.xml", /<w:numId w:val="\d+"\/>/, '<w:numId w:val="999"/>'));
    expect(problemsOf(file)).toEqual(["package structure: document uses numbering w:numId=999 that numbering.xml does not define"]);
  });

  it("rejects an r:id the part's relationships do not define", () => {
    const file = variant("bad-rid", (p) => replaceIn(p, "word/document.xml", /r:id="rId\d+"/, 'r:id="rId999"'));
    expect(problemsOf(file)).toEqual(["package structure: /word/document.xml uses relationship rId999 that /word/_rels/document.xml.rels does not define"]);
  });

  it("drops only the ignorable namespaces the schemas do not define (markup compatibility)", () => {
    const xml =
      '<w:numbering mc:Ignorable="w14 w15" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">' +
      '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w15:x a="1"/><w14:keep/></w:abstractNum></w:numbering>';
    expect(dropIgnorable(xml)).toBe(
      '<w:numbering xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">' +
        '<w:abstractNum w:abstractNumId="1"><w14:keep/></w:abstractNum></w:numbering>',
    );
  });

  it("as a command: exit 1 and a FAIL line for a broken file, exit 2 without files", () => {
    const bad = variant("cli-bad", (p) => delete p["word/footer1.xml"]);
    const r = spawnSync(process.execPath, [CHECK_DOCX, "--no-pdf", bad], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`FAIL ${bad}: package structure: content type override for missing part /word/footer1.xml`);
    const usage = spawnSync(process.execPath, [CHECK_DOCX], { encoding: "utf8" });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe("usage: check-docx [--text DIR] [--no-pdf] FILE.docx...\n");
  });
});
