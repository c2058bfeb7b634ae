// Command-line conventions, through main(argv) in-process: usage on stderr for a bare `pipia`,
// --version on every command, --quiet, FORCE_COLOR / NO_COLOR.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toolVersion } from "../../src/version.js";
import { ROOT } from "../helpers/run-cli.js";
import { runMain } from "../helpers/run-main.js";

const sample = (name: string): string => join(ROOT, "samples", `${name}.yaml`);
const ANSI = /\u001b\[/;

describe("pipia command-line conventions", () => {
  it("a bare `pipia` prints the usage to stderr and exits 2; --help prints it to stdout", async () => {
    const bare = await runMain([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe("");
    // Chinese by default (the interface language follows --lang, then LANG)
    expect(bare.stderr).toMatch(/^pipia \d+\.\d+\.\d+ — .*\n\n(Usage: pipia <command> \[options\]|用法：pipia <命令> \[选项\])\n/);
    const help = await runMain(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe("");
    expect(help.stdout).toBe(bare.stderr);
  });

  it.each(["validate", "check", "diff", "render", "batch", "rules", "schema", "templates", "new"])("pipia %s --version prints the version", async (cmd) => {
    const r = await runMain([cmd, "--version"]);
    expect(r).toEqual({ code: 0, stdout: `${toolVersion()}\n`, stderr: "" });
  });

  it("--quiet drops the progress lines of render and validate, not the result", async () => {
    const out = mkdtempSync(join(tmpdir(), "pipia-quiet-"));
    const loud = await runMain(["render", sample("office-attendance"), "--out", out, "--only", "records"]);
    expect(loud.stdout).toMatch(/^wrote .*office-attendance-records\.docx\n/);
    const quiet = await runMain(["render", "--quiet", sample("office-attendance"), "--out", out, "--only", "records", "--force"]);
    expect(quiet).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readdirSync(out)).toEqual(["office-attendance-records.docx"]);
    expect(await runMain(["-q", "validate", sample("office-attendance")])).toEqual({ code: 0, stdout: "", stderr: "" });
    const bad = await runMain(["validate", "-q", join(ROOT, "package.json")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toBe("");
    const check = await runMain(["check", sample("office-attendance"), "--quiet", "--format", "json"]);
    expect(JSON.parse(check.stdout)).toHaveProperty("schemaVersion");
  });

  it("FORCE_COLOR turns colour on without a terminal; FORCE_COLOR=0 and NO_COLOR turn it off", async () => {
    const args = ["check", sample("residential-gate")];
    expect((await runMain(args, { NO_COLOR: undefined, FORCE_COLOR: "1" })).stdout).toMatch(ANSI);
    expect((await runMain(args, { NO_COLOR: "1", FORCE_COLOR: "1" })).stdout).toMatch(ANSI);
    expect((await runMain(args, { NO_COLOR: undefined, FORCE_COLOR: "0" })).stdout).not.toMatch(ANSI);
    expect((await runMain(args, { NO_COLOR: "1", FORCE_COLOR: undefined })).stdout).not.toMatch(ANSI);
    expect((await runMain(args, { NO_COLOR: undefined, FORCE_COLOR: undefined })).stdout).not.toMatch(ANSI);
  });
});
