// User-supplied templates (--templates) are data, not code: strict Handlebars, no prototype access,
// only pipia's helpers. A template must not reach constructors, __proto__, environment variables
// or the file system, whatever it tries; the worst it can do is fail with a message naming itself.
import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, runCli } from "../helpers/run-cli.js";
import { runMain } from "../helpers/run-main.js";
import { loadAssessment } from "../../src/io/load-answers.js";
import { analyze } from "../../src/analysis/analyze.js";
import { buildViewModel } from "../../src/render/view-model.js";
import { templateSet } from "../../src/render/template-source.js";
import { PipiaError } from "../../src/errors.js";

const CANARY = "pipia-canary-5d1e";
const PWNED = join(tmpdir(), `pipia-pwned-${process.pid}`);
const SAMPLE = join(ROOT, "samples", "office-attendance.yaml");

/** A template folder overriding the zh-CN report with `source`. */
function templates(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), "pipia-tpl-"));
  mkdirSync(join(dir, "zh-CN"));
  writeFileSync(join(dir, "zh-CN", "report.md.hbs"), source);
  return dir;
}

// What would show that a template reached JavaScript objects or the host.
const LEAKS = [/function/i, /native code/, /\[object /, /Object|Function|String/, new RegExp(CANARY), /root:.*:0:0/, /process|require|env/];

// Each tries to reach something it must not; the comment says what.
const ATTACKS: ReadonlyArray<readonly [string, string]> = [
  ["constructor", "{{constructor}}"],
  ["constructor name", "{{constructor.name}}"],
  ["__proto__", "{{__proto__}}{{__proto__.constructor}}"],
  ["lookup constructor", '{{lookup this "constructor"}}'],
  ["lookup a string's constructor", '{{lookup "abc" "constructor"}}{{#with "s" as |s|}}{{s.constructor}}{{/with}}'],
  ["with constructor", "{{#with constructor}}{{name}}{{/with}}"],
  ["constructor of constructor (Function)", '{{#with (lookup this "constructor") as |c|}}{{c.constructor}}{{/with}}'],
  ["__defineGetter__ / __lookupSetter__", '{{lookup this "__defineGetter__"}}{{lookup this "__lookupSetter__"}}{{__lookupGetter__}}'],
  ["process.env", "{{process.env.PIPIA_CANARY}}"],
  ["@root.process", "{{@root.process.env.PIPIA_CANARY}}"],
  ["global this", "{{this.process}}{{globalThis.process}}"],
  ["an unknown helper", '{{exec "cat /etc/passwd"}}'],
  ["helperMissing", '{{helperMissing "x"}}'],
  ["blockHelperMissing", "{{#blockHelperMissing}}x{{/blockHelperMissing}}"],
  ["a partial by path", "{{> ../../../../../etc/passwd}}"],
  ["a dynamic partial", '{{> (lookup this "x")}}'],
  // The published Handlebars RCE chain: Function built from String#sub's constructor.
  [
    "the Function constructor RCE chain",
    `{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return require('fs').writeFileSync('${PWNED}', process.env.PIPIA_CANARY);"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}`,
  ],
  ["the RCE chain without helpers", `{{#with "s" as |string|}}{{#with string.sub.constructor as |F|}}{{F "return process"}}{{/with}}{{/with}}`],
];

describe("user templates cannot escape", async () => {
  const an = analyze(await loadAssessment(SAMPLE));
  const view = buildViewModel(an, "zh-CN", {});

  for (const [name, source] of ATTACKS) {
    it(`${name}: renders nothing it reached, or fails naming the template`, () => {
      process.env["PIPIA_CANARY"] = CANARY;
      const dir = templates(source);
      let output = "";
      try {
        output = templateSet("zh-CN", dir).render("report", view);
      } catch (e) {
        expect(e).toBeInstanceOf(PipiaError);
        const err = e as PipiaError;
        expect(err.exitCode).toBe(2);
        expect(err.message.startsWith(`${join(dir, "zh-CN", "report.md.hbs")}: template error: `)).toBe(true);
        expect(err.message).not.toContain(CANARY);
      }
      for (const leak of LEAKS) expect(output).not.toMatch(leak);
      expect(existsSync(PWNED)).toBe(false);
    });
  }

  it("may read the view model, which holds plain data only", () => {
    const dir = templates('{{doc.title}}|{{lookup doc "title"}}|{{#each activities}}{{name}}{{/each}}|{{add 1 2}}');
    expect(templateSet("zh-CN", dir).render("report", view)).toBe(
      "员工人脸识别考勤系统个人信息保护影响评估报告|员工人脸识别考勤系统个人信息保护影响评估报告|员工人脸识别考勤|3",
    );
  });

  it("compiles in strict mode: a missing field is an error, not a blank", () => {
    const dir = templates("{{doc.nonexistent}}");
    expect(() => templateSet("zh-CN", dir).render("report", view)).toThrow(/template error: "nonexistent" not defined/);
  });

  // Handlebars' built-in `log` would write to the console; it is not one of pipia's helpers.
  it("cannot call Handlebars' built-in log helper (only pipia's helpers)", () => {
    const dir = templates('{{log "LOGGED-BY-TEMPLATE"}}');
    expect(() => templateSet("zh-CN", dir).render("report", view)).toThrow(/unknown helper log/);
  });
});

// The same through the command, as a law firm would run it: the first test through the real binary
// (dist/bin.js), the exit-code and message tests through main() in this process.
describe("pipia render --templates", () => {
  it("keeps environment variables and the file system out of the documents", () => {
    const dir = templates(
      [
        "# 模板 TPL-OK",
        "",
        "{{doc.title}}{{constructor}}{{__proto__}}{{lookup this \"constructor\"}}",
        '{{#with "s" as |s|}}{{s.constructor}}{{/with}}{{#with doc}}{{constructor}}{{/with}}',
      ].join("\n"),
    );
    const out = join(dir, "out");
    const r = runCli(["render", SAMPLE, "--out", out, "--only", "report", "--templates", dir, "--markdown"], { env: { PIPIA_CANARY: CANARY } });
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(join(out, "office-attendance-report.md"), "utf8");
    expect(md).toBe("# 模板 TPL-OK\n\n员工人脸识别考勤系统个人信息保护影响评估报告\n");
    for (const f of readdirSync(out)) expect(readFileSync(join(out, f)).includes(CANARY)).toBe(false);
    expect(`${r.stdout}${r.stderr}`).not.toContain(CANARY);
  });

  it("fails with exit 2 and the template's name when a template reaches for the host", async () => {
    const dir = templates("{{@root.process.env.PIPIA_CANARY}}");
    const r = await runMain(["render", SAMPLE, "--out", join(dir, "out"), "--only", "report", "--templates", dir], { PIPIA_CANARY: CANARY });
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(`${join(dir, "zh-CN", "report.md.hbs")}: template error: `)).toBe(true);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toContain(CANARY);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("cannot pull a file into the document through an image directive", async () => {
    const dir = templates('::image{name="/etc/passwd" width=40}\n');
    const r = await runMain(["render", SAMPLE, "--out", join(dir, "out"), "--only", "report", "--templates", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).toContain('unknown image "/etc/passwd"');
    expect(existsSync(join(dir, "out", "office-attendance-report.docx"))).toBe(false);
  });

  // Markdown-dialect mistakes in a user template (bad :risk level) are the template's fault, not a bug.
  it("reports a template's markup mistake as invalid input (exit 2, no stack)", async () => {
    const dir = templates("# x\n\n:risk[x]{level=bogus}\n");
    const r = await runMain(["render", SAMPLE, "--out", join(dir, "out"), "--only", "report", "--templates", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(`${join(dir, "zh-CN", "report.md.hbs")} (or one of its partials): markup error: :risk needs level=`)).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at |please report/);
  });
});
