// Builds documents with every construct, checks them with a real reader (schema, package
// structure, LibreOffice → PDF) and asserts on what a reader sees and on the XML.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markdownToDocx } from "../../src/docx/index.js";
import { escapeMarkdown } from "../../src/render/markdown-escape.js";
import { BILINGUAL_DOC, EN_DOC, ZH_DOC } from "./fixtures.js";
import { type CheckResult, checkDocx, docxPart, squash, tinyPng } from "./helpers.js";
import { footerText } from "../helpers/check-docx.js";

const USER_VALUE = "**甲公司** | # {{x}} <w:p> & 😀\n第二行  1. x";

const ESCAPE_DOC = `# 转义

${escapeMarkdown(USER_VALUE)}

${escapeMarkdown("左\uFFFE右\u0001边\uD800界")}

| 字段 | 值 |
|---|---|
| 名称 | ${escapeMarkdown(USER_VALUE)} |
`;

let dir: string;
let files: Record<"zh" | "en" | "bilingual" | "escape", string>;
let check: CheckResult;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pipia-docx-"));
  const logo = tinyPng(20, 10);
  const build = async (name: string, markdown: string, options: Parameters<typeof markdownToDocx>[1]) => {
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, await markdownToDocx(markdown, options));
    return file;
  };
  files = {
    zh: await build("zh", ZH_DOC, {
      title: "个人信息保护影响评估报告",
      subject: "人脸识别考勤",
      creator: "pipia 测试",
      keywords: "PIPL, PIA",
      description: "测试文档",
      classification: "内部资料",
      headerText: "甲公司",
      footerText: "甲公司 版权所有",
      lang: "zh-CN",
      images: { logo: { data: logo, type: "png" } },
    }),
    en: await build("en", EN_DOC, {
      title: "Impact Assessment",
      classification: "Confidential",
      lang: "en",
      accentColor: "#C00000",
      fonts: { bodyLatin: "Calibri", headingEastAsia: "Microsoft YaHei" },
    }),
    bilingual: await build("bilingual", BILINGUAL_DOC, { title: "评估 Assessment", classification: "内部 Internal", lang: "bilingual", orientation: "landscape" }),
    escape: await build("escape", ESCAPE_DOC, { title: "转义", classification: "公开", lang: "zh-CN" }),
  };
  check = checkDocx(dir, Object.values(files));
});

afterAll(() => {
  // PIPIA_KEEP_DOCX=1 keeps the files for a look in Word or LibreOffice.
  if (process.env.PIPIA_KEEP_DOCX === "1") console.log(`docx test files kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
});

describe("markdownToDocx through a real reader", () => {
  it("passes schema, package and LibreOffice checks", () => {
    expect(check.output).not.toMatch(/FAIL/);
    expect(check.code).toBe(0);
  });

  it("shows cover, TOC, headings, inline text, footnote, header and footer (zh-CN)", () => {
    const text = squash(check.text(files.zh));
    const compact = text.replace(/\s+/g, "");
    expect(text).toContain("个人信息保护影响评估报告");
    expect(text).toContain("甲公司人脸识别考勤项目");
    expect(text).toContain("目录");
    // Once in the cached TOC, once as the heading.
    expect(text.match(/一、评估概述/g)?.length).toBe(2);
    expect(text).toContain("（一）评估范围");
    expect(compact).toContain("本报告依据第五十五条编制，仅供内部使用，编号PIA-01，参见网信办(https://www.cac.gov.cn/)。法律依据1。");
    expect(text).toMatch(/第一行\n\s*硬换行后的第二行/);
    expect(text).toContain("《中华人民共和国个人信息保护法》第五十五条。");
    expect(compact).toContain("甲公司");
    expect(compact).toContain("个人信息保护影响评估报告内部资料");
    expect(compact).toContain("甲公司版权所有");
    // The cover carries no footer; the running footer numbers every other page.
    expect(compact).not.toMatch(/第1页共/);
    expect(footerText(files.zh).replace(/\s+/g, "")).toContain("第{PAGE}页共{NUMPAGES}页");
  });

  it("numbers lists, restarting and honouring a list's start", () => {
    const text = squash(check.text(files.zh));
    expect(text).toContain("• 人脸信息");
    expect(text).toContain("◦ 考勤模板");
    expect(text).toContain("1. 收集");
    expect(text).toContain("2. 存储");
    expect(text).toContain("(1) 本地存储");
    expect(text).toContain("(2) 云端存储");
    expect(text).toContain("3. 第三步删除");
    expect(text).toContain("4. 第四步审计");
  });

  it("shows tables, quote, containers and the signature block (zh-CN)", () => {
    const text = squash(check.text(files.zh));
    expect(text).toContain("第二十八条");
    expect(text).toMatch(/数据泄露 +高/);
    expect(text).toMatch(/越权访问 +说明 中 文字/);
    expect(text).toMatch(/评估人 +签字： +日期：/);
    expect(text).toMatch(/负责人 +签字： +日期：/);
    for (const s of ["居中文字", "框内文字", "大字版说明", "处理活动记录", "安全措施", "张三", "人脸识别提示", "本区域已启用人脸识别考勤", "扫码查看个人信息处理规则"]) {
      expect(text).toContain(s);
    }
  });

  it("uses English labels for an English document", () => {
    const text = squash(check.text(files.en));
    const flat = text.replace(/\s+/g, " ");
    expect(text).toContain("Contents");
    expect(text.match(/1\. Overview/g)?.length).toBe(2);
    expect(flat).toContain("Plain text with bold, italic, code and a link (https://example.com/pipl). A note1.");
    expect(text).toMatch(/Assessor +Signature: +Date:/);
    expect(footerText(files.en)).toMatch(/Page\s*\{PAGE\}\s*of\s*\{NUMPAGES\}/);
    expect(footerText(files.en, "header")).toMatch(/Impact Assessment\s*Confidential/);
    expect(text).toContain("Personal Information Protection Law, Article 55.");
    expect(text).not.toContain("第 1 页");
  });

  it("uses both languages' labels for a bilingual document", () => {
    const compact = check.text(files.bilingual).replace(/\s+/g, "");
    expect(compact).toContain("评估人Assessor签字Signature：日期Date：");
    expect(compact).toContain("第1页共1页/Page1of1");
  });

  it("renders escaped user text literally, in a paragraph and in a table cell", () => {
    const text = check.text(files.escape);
    const first = "**甲公司** | # {{x}} <w:p> &";
    // pdftotext shows the two spaces before "1." as one.
    const second = /^第二行 +1\. x$/;
    const lines = text.split("\n").map((l) => l.trim());
    const paragraph = lines.indexOf(`${first} 😀`);
    expect(paragraph).toBeGreaterThan(-1);
    expect(lines[paragraph + 1]).toMatch(second);
    // In the table the value's two lines sit right of the "名称" label, which is centred between them.
    const cell = lines.lastIndexOf(`${first} 😀`);
    expect(cell).toBeGreaterThan(paragraph + 1);
    expect(lines[cell + 1]).toBe("名称");
    expect(lines[cell + 2]).toMatch(second);
  });

  it("drops characters XML cannot carry without touching their neighbours", () => {
    expect(check.text(files.escape)).toContain("左右边界");
  });
});

describe("markdownToDocx XML", () => {
  it("repeats table header rows and lays tables out in DXA with fixed layout", () => {
    const xml = docxPart(files.zh, "word/document.xml");
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(2);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    // ::table{widths="30,70"} over the 160 mm text width.
    expect(xml).toContain('<w:gridCol w:w="2721"/><w:gridCol w:w="6351"/>');
    expect(xml).not.toMatch(/w:type="pct"/);
  });

  it("puts :::landscape in its own landscape section (width > height)", () => {
    const xml = docxPart(files.zh, "word/document.xml");
    const sizes = [...xml.matchAll(/<w:pgSz w:w="(\d+)" w:h="(\d+)" w:orient="(\w+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2]), m[3]]);
    expect(sizes).toEqual([
      [11906, 16838, "portrait"],
      [16838, 11906, "landscape"],
      [11906, 16838, "portrait"],
    ]);
    const bilingual = docxPart(files.bilingual, "word/document.xml");
    expect(bilingual).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
  });

  it("shades risk cells and runs", () => {
    const xml = docxPart(files.zh, "word/document.xml");
    // Alone in a cell: the cell is shaded.
    expect(xml).toMatch(/<w:tcPr>(?:(?!<\/w:tcPr>).)*<w:shd w:fill="F4B183"/);
    expect(xml).toMatch(/<w:tcPr>(?:(?!<\/w:tcPr>).)*<w:shd w:fill="C6EFCE"/);
    expect(xml).toMatch(/<w:tcPr>(?:(?!<\/w:tcPr>).)*<w:shd w:fill="FF7C80"/);
    // With other text: only the run.
    expect(xml).toMatch(/<w:rPr>(?:(?!<\/w:rPr>).)*<w:shd w:fill="FFEB9C"/);
    expect(xml).not.toMatch(/<w:tcPr>(?:(?!<\/w:tcPr>).)*<w:shd w:fill="FFEB9C"/);
  });

  it("defines every numbering id it uses", () => {
    const used = new Set([...docxPart(files.zh, "word/document.xml").matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]));
    const defined = new Set([...docxPart(files.zh, "word/numbering.xml").matchAll(/<w:num w:numId="(\d+)"/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThanOrEqual(5);
    for (const id of used) expect(defined).toContain(id);
  });

  it("writes a TOC field over headings 1-3 with titles but no page numbers, and asks Word to update it", () => {
    const xml = docxPart(files.zh, "word/document.xml");
    expect(xml).toContain("TOC \\h \\o &quot;1-3&quot;");
    expect(xml).toContain('w:anchor="_Toc_pipia_1"');
    expect(xml).toContain('w:name="_Toc_pipia_1"');
    // Entry text, a tab, then an empty page number.
    expect(xml).toMatch(/<w:t[^>]*>一、评估概述<\/w:t><w:tab\/><w:t[^>]*><\/w:t>/);
    // The cached entries' character style is defined, not left dangling.
    expect(xml).toContain('<w:rStyle w:val="IndexLink"/>');
    expect(docxPart(files.zh, "word/styles.xml")).toContain('w:styleId="IndexLink"');
    // The cover title is not a heading and not in the TOC.
    expect(xml).not.toContain('w:anchor="_Toc_pipia_5"');
    expect(docxPart(files.zh, "word/settings.xml")).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);
  });

  it("uses named heading and quote styles with East Asian fonts and the accent colour", () => {
    const xml = docxPart(files.zh, "word/document.xml");
    for (const style of ["Heading1", "Heading2", "Heading3", "Quote", "Title", "TOCHeading"]) expect(xml).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(xml).not.toContain("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"");
    const styles = docxPart(files.zh, "word/styles.xml");
    expect(styles).toMatch(/w:eastAsia="SimSun"/);
    expect(styles).toMatch(/w:eastAsia="SimHei"/);
    expect(styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    expect(styles).toMatch(/<w:style [^>]*w:styleId="Heading1"(?:(?!<\/w:style>).)*<w:color w:val="1F3864"/);
    const en = docxPart(files.en, "word/styles.xml");
    expect(en).toMatch(/<w:style [^>]*w:styleId="Heading1"(?:(?!<\/w:style>).)*<w:color w:val="C00000"/);
    expect(en).toMatch(/w:ascii="Calibri"/);
    expect(en).toMatch(/w:eastAsia="Microsoft YaHei"/);
  });

  it("embeds images at the width asked for, keeping their aspect ratio", () => {
    const xml = docxPart(files.zh, "word/document.xml");
    const extent = xml.match(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/);
    const cx = Number(extent?.[1]);
    const cy = Number(extent?.[2]);
    expect(Math.abs(cx - 40 * 36000)).toBeLessThan(40 * 36000 * 0.01); // 40 mm in EMU
    expect(Math.abs(cx / cy - 2)).toBeLessThan(0.02);
  });

  it("sizes poster, large-print and sticker text", () => {
    const xml = docxPart(files.zh, "word/document.xml");
    const runProps = (text: string) => xml.match(new RegExp(`<w:rPr>((?:(?!</w:rPr>).)*)</w:rPr><w:t[^>]*>${text}</w:t>`))?.[1] ?? "";
    const size = (text: string) => Number(runProps(text).match(/<w:sz w:val="(\d+)"\/>/)?.[1]);
    expect(size("人脸识别提示")).toBeGreaterThanOrEqual(96); // half-points: 48 pt
    expect(runProps("人脸识别提示")).toContain("<w:b/>");
    expect(xml).toMatch(/<w:jc w:val="center"\/>(?:(?!<\/w:p>).)*人脸识别提示/);
    expect(size("本区域已启用人脸识别考勤")).toBeGreaterThanOrEqual(40); // 20 pt
    expect(size("大字版说明")).toBeGreaterThanOrEqual(32); // 16 pt
    // The sticker is a one-cell table around its text.
    expect(xml).toMatch(/<w:tbl>(?:(?!<\/w:tbl>).)*<w:tblGrid><w:gridCol w:w="\d+"\/><\/w:tblGrid>(?:(?!<\/w:tbl>).)*扫码查看个人信息处理规则/);
  });

  it("links to external addresses", () => {
    const rels = docxPart(files.zh, "word/_rels/document.xml.rels");
    expect(rels).toMatch(/Target="https:\/\/www\.cac\.gov\.cn\/" TargetMode="External"/);
  });

  it("writes document properties", () => {
    const core = docxPart(files.zh, "docProps/core.xml");
    expect(core).toContain("<dc:title>个人信息保护影响评估报告</dc:title>");
    expect(core).toContain("<dc:subject>人脸识别考勤</dc:subject>");
    expect(core).toContain("<dc:creator>pipia 测试</dc:creator>");
    expect(core).toContain("<cp:keywords>PIPL, PIA</cp:keywords>");
    expect(core).toContain("<dc:description>测试文档</dc:description>");
  });
});
