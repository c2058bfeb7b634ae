// `pipia new` paths that need no terminal, through the built binary (the terminal flow: test/e2e/new-pty.test.ts).
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ROOT, runCli as run, type CliResult } from "../helpers/run-cli.js";
import { runMain } from "../helpers/run-main.js";
import { interfaceLang } from "../../src/cli/parse-args.js";

/** A neutral locale, so the interface language is pipia's default whatever the machine's LANG. */
const runCli = (args: readonly string[], env: NodeJS.ProcessEnv = {}): CliResult => run(args, { env: { LANG: "C.UTF-8", LC_ALL: "", LC_MESSAGES: "", ...env } });
/**
 * The same in this process, for paths that end before pipia looks at the terminal (arguments, help,
 * unreadable files); what depends on stdin not being a terminal runs the real binary above.
 */
const runIn = (args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> => runMain(args, { LANG: "C.UTF-8", LC_ALL: "", LC_MESSAGES: "", ...env });

const tmp = (): string => mkdtempSync(join(tmpdir(), "pipia-new-cmd-"));

describe("pipia new without a terminal", () => {
  it("says a complete, valid file is done and exits 0 without prompting or rewriting it", () => {
    const file = join(tmp(), "done.yaml");
    copyFileSync(join(ROOT, "samples", "office-attendance.yaml"), file);
    const before = readFileSync(file, "utf8");
    const r = runCli(["new", file]);
    expect(r.stderr).toBe("");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${file} 已填写完整且有效；查看结论：pipia check ${file}，生成文档：pipia render ${file}\n`);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("refuses to prompt when stdin is not a terminal (exit 2) and writes nothing", () => {
    const dir = tmp();
    const r = runCli(["new", join(dir, "a.yaml"), "--lang", "en"]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^pipia new: needs an interactive terminal/);
    expect(r.stdout).toBe("");
  });

  it("reports a broken partial file with its line instead of prompting", async () => {
    const file = join(tmp(), "broken.yaml");
    writeFileSync(file, "processor:\n  name: [unclosed\n");
    const r = await runIn(["new", file]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: line \\d+, column \\d+: not valid YAML`));
  });

  it("checks its arguments", async () => {
    expect((await runIn(["new", "a.yaml", "b.yaml"])).stderr).toContain("pipia new: expected at most one answers file");
    const lang = await runIn(["new", "a.yaml", "--lang", "fr"]);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('--lang: "fr" is not allowed; expected one of zh-CN, en');
    const help = await runIn(["new", "--help", "--lang", "en"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: pipia new \[FILE\] \[--lang zh-CN\|en\]/);
    const zh = await runIn(["new", "--help"]);
    expect(zh.stdout).toMatch(/^用法：pipia new \[文件\] \[--lang zh-CN\|en\] \[--from 上次\.yaml\]\n/);
    expect((await runIn(["new", "--help"], { LANG: "en_US.UTF-8" })).stdout).toBe(help.stdout);
    const usage = await runIn(["--help"]);
    expect(usage.stdout).toContain("用法：pipia <命令> [选项]");
    expect(usage.stdout).toContain("  edit       逐部分查看和修改答卷（已完成 / 有待答问题 / 有误）\n");
    expect((await runIn(["--help", "--lang", "en"])).stdout).toContain("Usage: pipia <command> [options]");
  });

  it("--from starts next year's file from last year's answers (without a terminal: writes it and says how to confirm)", () => {
    const dir = tmp();
    const next = join(dir, "2027.yaml");
    const last = join(ROOT, "samples", "office-attendance.yaml");
    const r = runCli(["new", next, "--from", last]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`已从 ${last} 复制上次的回答到 ${next}，并填写了“上次评估”；在终端中运行 pipia edit ${next} 逐部分确认。\n`);
    const a = parse(readFileSync(next, "utf8")) as { assessment: Record<string, unknown> };
    // previous.file: last year's answers, relative to the new file's folder (the report compares the two)
    expect(a.assessment["previous"]).toEqual({ exists: true, date: "2026-11-16", reportId: "CM-PIA-2026-007", file: relative(dir, last), purposeChanged: false, methodChanged: false });
    expect(a.assessment["date"]).toBeUndefined();

    const again = runCli(["new", next, "--from", last]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`${next} 已存在；复评请指定一个新文件，如 pipia new 2027.yaml --from ${next}\n`);
  });

  it("speaks the language of --lang, else of the locale (LANG=en_* → English), else Chinese", () => {
    expect(interfaceLang(undefined, { LANG: "C.UTF-8" })).toBe("zh-CN");
    expect(interfaceLang(undefined, { LANG: "zh_CN.UTF-8" })).toBe("zh-CN");
    expect(interfaceLang(undefined, { LANG: "en_US.UTF-8" })).toBe("en");
    expect(interfaceLang(undefined, { LANG: "zh_CN.UTF-8", LC_ALL: "en_GB.UTF-8" })).toBe("en");
    expect(interfaceLang("zh-CN", { LANG: "en_US.UTF-8" })).toBe("zh-CN");
    const r = runCli(["new", join(tmp(), "a.yaml")], { LANG: "en_US.UTF-8" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^pipia new: needs an interactive terminal/);
  });
});
