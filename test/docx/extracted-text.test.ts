// What a reader sees must not change when the writer's insides do: every document of every sample,
// in all three languages, is opened by LibreOffice (through the shared checker) and its text is
// compared with the text the previous writer produced (test/fixtures/extracted-text, stored before
// the parser and writer were replaced). When the documents' content changes on purpose (the legal
// analysis, a template), review the new text and store it with PIPIA_UPDATE_EXTRACTED=1.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type CheckResult, checkDocx } from "../helpers/check-docx.js";
import { ROOT } from "../helpers/run-cli.js";
import { runMain } from "../helpers/run-main.js";

const FIXTURES = join(ROOT, "test", "fixtures", "extracted-text");
const SAMPLES = ["office-attendance", "residential-gate", "mall-camera", "hotel-checkin"] as const;
const LANGS = ["zh-CN", "en", "bilingual"] as const;

let out: string;
let files: string[];
// One checker run per sample (its own time limit): on a busy 2-core machine 39 documents in one
// run can outlast the checker helper's 10 minutes.
const checks = new Map<string, CheckResult>();

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "pipia-extracted-"));
  for (const sample of SAMPLES) {
    for (const lang of LANGS) {
      const r = await runMain(["render", join("samples", `${sample}.yaml`), "--out", out, "--lang", lang]);
      expect(r.stderr).toBe("");
    }
  }
  files = readdirSync(out)
    .filter((f) => f.endsWith(".docx"))
    .map((f) => join(out, f));
  for (const sample of SAMPLES) checks.set(sample, checkDocx(files.filter((f) => basename(f).startsWith(`${sample}-`))));
}, 2_400_000);

describe("text a reader sees, before and after the writer rewrite", () => {
  it("writes the same 51 documents (39 before the posters were split out) and every one passes the checker", () => {
    expect(files.map((f) => basename(f, ".docx") + ".txt").sort()).toEqual(readdirSync(FIXTURES).sort());
    for (const sample of SAMPLES) {
      const check = checks.get(sample);
      expect(check?.output).not.toContain("FAIL");
      expect(check?.code).toBe(0);
    }
  });

  for (const sample of SAMPLES) {
    it(`${sample}: LibreOffice extracts the stored text from each document, in every language`, () => {
      const mine = files.filter((f) => basename(f).startsWith(`${sample}-`));
      expect(mine.length).toBeGreaterThanOrEqual(9);
      const check = checks.get(sample);
      if (check === undefined) throw new Error(`no checker run for ${sample}`);
      for (const file of mine) {
        const fixture = join(FIXTURES, `${basename(file, ".docx")}.txt`);
        if (process.env["PIPIA_UPDATE_EXTRACTED"] === "1") writeFileSync(fixture, check.text(file));
        const expected = readFileSync(fixture, "utf8");
        expect({ file: basename(file), text: check.text(file) }).toEqual({ file: basename(file), text: expected });
      }
    });
  }
});
