// The impact assessment report, rendered by the real binary and opened by real readers. Every .docx
// this file checks goes through one LibreOffice run (beforeAll); the exit-code and message checks
// call main() in this process.
import { describe, expect, it, beforeAll } from "vitest";
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify, parse } from "yaml";
import { runCli, ROOT, type CliResult } from "../helpers/run-cli.js";
import { runMain } from "../helpers/run-main.js";
import { type CheckResult, checkDocx, footerText, squeeze } from "../helpers/check-docx.js";

const NASTY = "**甲公司** | # {{x}} <w:p> & 😀";

describe("report document", () => {
  let dir: string;
  let answers: string;
  /** The three languages, rendered by dist/bin.js. */
  let renders: CliResult[];
  let files: string[];
  /** Templates exported, a partial changed, the report rendered with them. */
  let tpl: string;
  let partial: string;
  let exported: CliResult;
  let branded: CliResult;
  let brandedDocx: string;
  /** One check-docx (one LibreOffice run) over all four documents. */
  let check: CheckResult;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pipia-report-"));
    const sample = parse(readFileSync(join(ROOT, "samples", "office-attendance.yaml"), "utf8")) as { processor: { name: string } };
    sample.processor.name = NASTY;
    answers = join(dir, "nasty.yaml");
    writeFileSync(answers, stringify(sample));

    renders = ["zh-CN", "en", "bilingual"].map((lang) => runCli(["render", answers, "--out", join(dir, "out"), "--only", "report", "--lang", lang]));
    files = ["nasty-report.docx", "nasty-report.en.docx", "nasty-report.bilingual.docx"].map((f) => join(dir, "out", f));

    tpl = join(dir, "brand");
    exported = await runMain(["templates", "export", tpl]);
    partial = join(tpl, "zh-CN", "partials", "document-control.md.hbs");
    if (exported.code === 0) writeFileSync(partial, readFileSync(partial, "utf8").replace("## 文件控制", "## 文件控制（明德律师事务所版）"));
    branded = await runMain(["render", answers, "--out", join(dir, "out3"), "--only", "report", "--templates", tpl]);
    brandedDocx = join(dir, "out3", "nasty-report.docx");

    check = checkDocx([...files, brandedDocx].filter((f) => existsSync(f)));
  });

  it("writes <stem>-report.docx in zh-CN, en and bilingual that pass check-docx, with user text literal", () => {
    for (const r of renders) {
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
    }
    expect(check.output).not.toContain("FAIL");
    expect(check.code).toBe(0);
    for (const f of files) expect(squeeze(check.text(f))).toContain(NASTY);
    const zh = squeeze(check.text(files[0] as string));
    for (const heading of ["一、评估概述", "二、处理活动描述", "三、合法性、正当性、必要性分析", "四、对个人权益的影响及安全风险", "五、保护措施评价", "七、评估结论"])
      expect(zh).toContain(heading);
    expect(zh).toContain("可以继续处理");
    expect(footerText(files[0] as string).replace(/\s+/g, "")).toContain("第{PAGE}页共{NUMPAGES}页");
    const en = squeeze(check.text(files[1] as string));
    expect(en).toContain("1 Overview");
    expect(en).toContain("Processing may proceed");
    const bi = squeeze(check.text(files[2] as string));
    expect(bi).toContain("一、评估概述 / 1 Overview");
  });

  it("never overwrites without --force, and --markdown writes the intermediate Markdown", async () => {
    const out = join(dir, "out2");
    expect((await runMain(["render", answers, "--out", out, "--only", "report", "--markdown"])).code).toBe(0);
    expect(existsSync(join(out, "nasty-report.md"))).toBe(true);
    const md = readFileSync(join(out, "nasty-report.md"), "utf8");
    expect(md).toContain("\\*\\*甲公司\\*\\* \\| \\# \\{\\{x\\}\\} \\<w:p\\> \\& 😀".replace(/:/g, "\\:"));
    const again = await runMain(["render", answers, "--out", out, "--only", "report"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exist");
    expect(again.stderr).toContain("--force");
    expect((await runMain(["render", answers, "--out", out, "--only", "report", "--force"])).code).toBe(0);
  });

  it("a partial overridden through --templates changes the document; an unknown field names the file", async () => {
    expect(exported.code).toBe(0);
    expect(branded.code).toBe(0);
    expect(check.code).toBe(0);
    expect(squeeze(check.text(brandedDocx))).toContain("文件控制（明德律师事务所版）");

    // A fresh process: main() in this one has already compiled the exported templates and keeps them.
    writeFileSync(partial, "{{doc.nosuchfield}}\n");
    const bad = runCli(["render", answers, "--out", join(dir, "out4"), "--only", "report", "--templates", tpl]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(partial);
    expect(bad.stderr).toContain("nosuchfield");
  });
});
