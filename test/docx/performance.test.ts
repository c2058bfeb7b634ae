// Large inputs come out complete and exact. Their speed is measured by the benchmark
// (npm run bench), not asserted here: tests check results, never timings.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { markdownToDocx } from "../../src/docx/index.js";
import { escapeMarkdown } from "../../src/render/markdown-escape.js";
import { docxPart } from "./helpers.js";

const options = { title: "大文档", classification: "内部", lang: "zh-CN" } as const;
const dir = mkdtempSync(join(tmpdir(), "pipia-docx-perf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function build(markdown: string): Promise<{ readonly xml: string }> {
  const buffer = await markdownToDocx(markdown, options);
  const file = join(dir, "big.docx");
  writeFileSync(file, buffer);
  return { xml: docxPart(file, "word/document.xml") };
}

describe("markdownToDocx on large inputs", () => {
  it("writes a 200 KB paragraph of user text with line breaks", async () => {
    // Pasted prose: mostly CJK, some ASCII punctuation (each escape costs the parser real work).
    const line = "个人信息处理者应当采取必要措施，确保个人信息处理活动符合法律、行政法规的规定 (PIPL Art. 9) *注*";
    const value = Array.from({ length: 4000 }, (_, i) => `${i}. ${line}`).join("\n");
    expect(value.length).toBeGreaterThan(200_000);
    const { xml } = await build(`# 大段\n\n${escapeMarkdown(value)}\n`);
    expect(xml).toContain("3999. 个人信息处理者应当采取必要措施，确保个人信息处理活动符合法律、行政法规的规定 (PIPL Art. 9) *注*");
    expect(xml.match(/<w:br\/>/g)?.length).toBe(3999);
  });

  it("writes a 300-row table", async () => {
    const head = "| 编号 | 处理活动 | 目的 | 方式 | 范围 | 期限 |\n|---|---|---|---|---|---|\n";
    const rows = Array.from({ length: 300 }, (_, i) => `| ${i + 1} | 活动${i + 1} | ${escapeMarkdown("人事|考勤\n管理")} | 自动 | 员工 | 三年 |`).join("\n");
    const { xml } = await build(`${head}${rows}\n`);
    expect(xml.match(/<w:tr>|<w:tr /g)?.length).toBe(301);
    expect(xml).toContain("活动300");
  });

  it("escapes 1 MB of text with long space runs exactly", () => {
    const value = `${" ".repeat(300_000)}x${"甲 & *乙*\n".repeat(80_000)}`;
    const escaped = escapeMarkdown(value);
    expect(escaped.startsWith("&#32;&#32;")).toBe(true);
    expect(escaped.match(/&#32;/g)?.length).toBe(300_000);
    expect(escaped).toContain("x甲 \\& \\*乙\\*\u2028甲");
  });
});
