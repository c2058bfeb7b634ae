import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { ROOT, runCli } from "../helpers/run-cli.js";
import { runMain } from "../helpers/run-main.js";

const sample = (): Record<string, any> => parse(readFileSync(join(ROOT, "samples", "office-attendance.yaml"), "utf8")) as Record<string, any>;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** 1-based line and column of the first match of `re` in `text`. */
function lineCol(text: string, re: RegExp): string {
  const m = re.exec(text);
  if (!m) throw new Error(`test setup: ${String(re)} not found`);
  const before = text.slice(0, m.index + (m[0].length - m[0].trimStart().length));
  const lines = before.split("\n");
  return `(line ${lines.length}, column ${(lines.at(-1) ?? "").length + 1})`;
}

describe("pipia validate", () => {
  it("accepts every bundled sample", async () => {
    for (const s of ["office-attendance", "residential-gate", "mall-camera", "hotel-checkin"]) {
      const r = await runMain(["validate", join(ROOT, "samples", `${s}.yaml`)]);
      expect(r.stderr, s).toBe("");
      expect(r.code, s).toBe(0);
      expect(r.stdout).toContain("valid");
    }
  });

  it("lists all three mistakes with their paths, lines and columns, and exits 2", async () => {
    const a = sample();
    a.processor.creditCode = "12345";
    a.assessment.date = "2026-02-30";
    a.activities[0].storage.retention.kind = "forever";
    const dir = mkdtempSync(join(tmpdir(), "pipia-validate-"));
    const file = join(dir, "three.yaml");
    const text = stringify(a);
    writeFileSync(file, text);
    const r = await runMain(["validate", file, "--lang", "en"]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^${escape(file)}: processor\\.creditCode: .*unified social credit code.* ${escape(lineCol(text, /\n {2}creditCode:/))}$`));
    expect(r.stderr).toContain(`${file}: assessment.date: expected a real date written YYYY-MM-DD, got "2026-02-30" ${lineCol(text, /\n {2}date: "?2026-02-30/)}`);
    expect(r.stderr).toMatch(new RegExp(`activities\\[0\\]\\.storage\\.retention\\.kind: expected one of "days"\\|"event"\\|"indefinite" ${escape(lineCol(text, /\n\s+kind: forever/))}`));
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("names an unknown key with its full path and where it is in a JSON file", async () => {
    const a = sample();
    a.activities[0].necessity.soleMethood = true;
    const dir = mkdtempSync(join(tmpdir(), "pipia-validate-"));
    const file = join(dir, "typo.json");
    const text = JSON.stringify(a);
    writeFileSync(file, text);
    const r = await runMain(["validate", file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `${file}: activities[0].necessity.soleMethood: unknown field "soleMethood"; remove it or check the spelling (line 1, column ${text.indexOf('"soleMethood"') + 1})`,
    );
  });

  it("a missing field points at the object that lacks it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pipia-validate-"));
    const file = join(dir, "missing.yaml");
    const text = readFileSync(join(ROOT, "samples", "office-attendance.yaml"), "utf8").replace(/\n {2}address: .*\n/, "\n");
    writeFileSync(file, text);
    const r = await runMain(["validate", file, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`${file}: processor.address: missing; expected string ${lineCol(text, /^processor:/m)}`);
  });

  it("reads the answers from standard input with -", () => {
    const text = readFileSync(join(ROOT, "samples", "office-attendance.yaml"), "utf8");
    const ok = runCli(["validate", "-"], { input: text });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe("<stdin>: valid (1 processing activity)\n");
    const bad = runCli(["check", "-"], { input: text.replace(/\n {2}address: .*\n/, "\n") });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^<stdin>: processor\.address: missing; expected string \(line \d+, column 1\)\n$/);
    const empty = runCli(["validate", "-"], { input: "" });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe("<stdin>: is empty; expected an answers file (see: pipia schema)\n");
  });
});
