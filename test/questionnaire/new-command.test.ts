// `pipia new` paths that need no terminal, through the built binary (the terminal flow: test/e2e/new-pty.test.ts).
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli.js";

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

  it("reports a broken partial file with its line instead of prompting", () => {
    const file = join(tmp(), "broken.yaml");
    writeFileSync(file, "processor:\n  name: [unclosed\n");
    const r = runCli(["new", file]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: line \\d+, column \\d+: not valid YAML`));
  });

  it("checks its arguments", () => {
    expect(runCli(["new", "a.yaml", "b.yaml"]).stderr).toContain("pipia new: expected at most one answers file");
    const lang = runCli(["new", "a.yaml", "--lang", "fr"]);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('--lang: "fr" is not allowed; expected one of zh-CN, en');
    const help = runCli(["new", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: pipia new \[FILE\] \[--lang zh-CN\|en\]/);
  });
});
