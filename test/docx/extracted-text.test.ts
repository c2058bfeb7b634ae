// What a reader sees must not change when the writer's insides do: every document of every sample,
// in all three languages, is opened by LibreOffice (through the shared checker) and its text is
// compared with the text the previous writer produced (test/fixtures/extracted-text, stored before
// the parser and writer were replaced).
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type CheckResult, checkDocx } from "../helpers/check-docx.js";
import { ROOT, runCli } from "../helpers/run-cli.js";

const FIXTURES = join(ROOT, "test", "fixtures", "extracted-text");
const SAMPLES = ["office-attendance", "residential-gate", "mall-camera", "hotel-checkin"] as const;
const LANGS = ["zh-CN", "en", "bilingual"] as const;

let out: string;
let check: CheckResult;
let files: string[];

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "pipia-extracted-"));
  for (const sample of SAMPLES) {
    for (const lang of LANGS) {
      const r = runCli(["render", join("samples", `${sample}.yaml`), "--out", out, "--lang", lang]);
      expect(r.stderr).toBe("");
    }
  }
  files = readdirSync(out)
    .filter((f) => f.endsWith(".docx"))
    .sort()
    .map((f) => join(out, f));
  check = checkDocx(files);
}, 900_000);

describe("text a reader sees, before and after the writer rewrite", () => {
  it("writes the same 39 documents and every one passes the checker", () => {
    expect(files.map((f) => basename(f, ".docx") + ".txt")).toEqual(readdirSync(FIXTURES).sort());
    expect(check.output).not.toContain("FAIL");
    expect(check.code).toBe(0);
  });

  for (const sample of SAMPLES) {
    it(`${sample}: LibreOffice extracts the stored text from each document, in every language`, () => {
      const mine = files.filter((f) => basename(f).startsWith(`${sample}-`));
      expect(mine.length).toBeGreaterThanOrEqual(9);
      for (const file of mine) {
        const expected = readFileSync(join(FIXTURES, `${basename(file, ".docx")}.txt`), "utf8");
        expect({ file: basename(file), text: check.text(file) }).toEqual({ file: basename(file), text: expected });
      }
    });
  }
});
