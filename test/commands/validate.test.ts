import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { runCli, ROOT } from "../helpers/run-cli.js";

const sample = (): Record<string, any> => parse(readFileSync(join(ROOT, "samples", "office-attendance.yaml"), "utf8")) as Record<string, any>;

describe("pipia validate", () => {
  it("accepts every bundled sample", () => {
    for (const s of ["office-attendance", "residential-gate", "mall-camera"]) {
      const r = runCli(["validate", `samples/${s}.yaml`]);
      expect(r.stderr, s).toBe("");
      expect(r.code, s).toBe(0);
      expect(r.stdout).toContain("valid");
    }
  });

  it("lists all three mistakes with their paths and exits 2", () => {
    const a = sample();
    a.processor.creditCode = "12345";
    a.assessment.date = "2026-02-30";
    a.activities[0].storage.retention.kind = "forever";
    const dir = mkdtempSync(join(tmpdir(), "pipia-validate-"));
    const file = join(dir, "three.yaml");
    writeFileSync(file, stringify(a));
    const r = runCli(["validate", file]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: processor\\.creditCode: .*unified social credit code`));
    expect(r.stderr).toContain(`${file}: assessment.date: expected a real date written YYYY-MM-DD, got "2026-02-30"`);
    expect(r.stderr).toMatch(/activities\[0\]\.storage\.retention\.kind: expected one of "days"\|"event"\|"indefinite"/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("names an unknown key with its full path", () => {
    const a = sample();
    a.activities[0].necessity.soleMethood = true;
    const dir = mkdtempSync(join(tmpdir(), "pipia-validate-"));
    const file = join(dir, "typo.json");
    writeFileSync(file, JSON.stringify(a));
    const r = runCli(["validate", file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`${file}: activities[0].necessity.soleMethood: unknown field "soleMethood"; remove it or check the spelling`);
  });
});
