// The impact assessment report, rendered by the real binary and opened by real readers.
import { describe, expect, it, beforeAll } from "vitest";
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify, parse } from "yaml";
import { runCli, ROOT } from "../helpers/run-cli.js";
import { checkDocx, footerText, squeeze } from "../helpers/check-docx.js";

const NASTY = "**甲公司** | # {{x}} <w:p> & 😀";

describe("report document", () => {
  let dir: string;
  let answers: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "pipia-report-"));
    const sample = parse(readFileSync(join(ROOT, "samples", "office-attendance.yaml"), "utf8")) as { processor: { name: string } };
    sample.processor.name = NASTY;
    answers = join(dir, "nasty.yaml");
    writeFileSync(answers, stringify(sample));
  });

  it("writes <stem>-report.docx in zh-CN, en and bilingual that pass check-docx, with user text literal", () => {
    for (const lang of ["zh-CN", "en", "bilingual"]) {
      const r = runCli(["render", answers, "--out", join(dir, "out"), "--only", "report", "--lang", lang]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
    }
    const files = ["nasty-report.docx", "nasty-report.en.docx", "nasty-report.bilingual.docx"].map((f) => join(dir, "out", f));
    const c = checkDocx(files);
    expect(c.output).not.toContain("FAIL");
    expect(c.code).toBe(0);
    for (const f of files) expect(squeeze(c.text(f))).toContain(NASTY);
    const zh = squeeze(c.text(files[0] as string));
    for (const heading of ["一、评估概述", "二、处理活动描述", "三、合法性、正当性、必要性分析", "四、对个人权益的影响及安全风险", "五、保护措施评价", "七、评估结论"])
      expect(zh).toContain(heading);
    expect(zh).toContain("可以继续处理");
    expect(footerText(files[0] as string).replace(/\s+/g, "")).toContain("第{PAGE}页共{NUMPAGES}页");
    const en = squeeze(c.text(files[1] as string));
    expect(en).toContain("1 Overview");
    expect(en).toContain("Processing may proceed");
    const bi = squeeze(c.text(files[2] as string));
    expect(bi).toContain("一、评估概述 / 1 Overview");
  });

  it("never overwrites without --force, and --markdown writes the intermediate Markdown", () => {
    const out = join(dir, "out2");
    expect(runCli(["render", answers, "--out", out, "--only", "report", "--markdown"]).code).toBe(0);
    expect(existsSync(join(out, "nasty-report.md"))).toBe(true);
    const md = readFileSync(join(out, "nasty-report.md"), "utf8");
    expect(md).toContain("\\*\\*甲公司\\*\\* \\| \\# \\{\\{x\\}\\} \\<w:p\\> \\& 😀".replace(/:/g, "\\:"));
    const again = runCli(["render", answers, "--out", out, "--only", "report"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exist");
    expect(again.stderr).toContain("--force");
    expect(runCli(["render", answers, "--out", out, "--only", "report", "--force"]).code).toBe(0);
  });

  it("a partial overridden through --templates changes the document; an unknown field names the file", () => {
    const tpl = join(dir, "brand");
    expect(runCli(["templates", "export", tpl]).code).toBe(0);
    const partial = join(tpl, "zh-CN", "partials", "document-control.md.hbs");
    writeFileSync(partial, readFileSync(partial, "utf8").replace("## 文件控制", "## 文件控制（明德律师事务所版）"));
    const out = join(dir, "out3");
    expect(runCli(["render", answers, "--out", out, "--only", "report", "--templates", tpl]).code).toBe(0);
    const c = checkDocx([join(out, "nasty-report.docx")]);
    expect(c.code).toBe(0);
    expect(squeeze(c.text(join(out, "nasty-report.docx")))).toContain("文件控制（明德律师事务所版）");

    writeFileSync(partial, "{{doc.nosuchfield}}\n");
    const bad = runCli(["render", answers, "--out", join(dir, "out4"), "--only", "report", "--templates", tpl]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(partial);
    expect(bad.stderr).toContain("nosuchfield");
  });
});
