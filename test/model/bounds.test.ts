// Issue 11, row 5 and "bounds in the model": every free-text field has a maximum length, every
// number a range, every list a maximum, in the zod model and so in the JSON Schema; `validate`
// (and every command that loads the file) reports a breach as usual, exit 2.
import { describe, expect, it } from "vitest";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { ROOT, runCli } from "../helpers/run-cli.js";
import { runMain } from "../helpers/run-main.js";
import { answersJsonSchema } from "../../src/model/json-schema.js";
import { LIST_MAX, NUMBER_MAX, TEXT_MAX, assessmentSchema } from "../../src/model/assessment.js";

const SAMPLE = join(ROOT, "samples", "office-attendance.yaml");
type Loose = Record<string, any>;
const sample = (): Loose => parse(readFileSync(SAMPLE, "utf8")) as Loose;
const dir = mkdtempSync(join(tmpdir(), "pipia-bounds-"));
function write(name: string, data: unknown): string {
  const f = join(dir, name);
  writeFileSync(f, stringify(data, { lineWidth: 0 }));
  return f;
}

describe("numbers have ranges (row 5)", () => {
  it.each([
    ["1e308", 1e308],
    ["100000", 100000],
  ])("reportRetentionYears: %s is refused by validate, check and render, exit 2", async (label, value) => {
    const a = sample();
    a.assessment.reportRetentionYears = value;
    const f = write(`years-${label}.yaml`, a);
    const line = `${f}: assessment.reportRetentionYears: must be at most 100 years\n`;
    for (const args of [["validate", f], ["check", f], ["render", f, "--out", join(dir, "out")]]) {
      const r = await runMain(args);
      expect(r.code, args[0]).toBe(2);
      // validate ends each problem with its YAML position; check and render do not
      expect(r.stderr.replace(/ \(line \d+, column \d+\)\n$/, "\n"), args[0]).toBe(line);
    }
  });

  it("days, people and devices have a maximum too", () => {
    const a = sample();
    a.rights.responseDays = NUMBER_MAX.days + 1;
    a.activities[0].subjects.peopleCount = NUMBER_MAX.people + 1;
    const r = assessmentSchema.safeParse(a);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "activities.0.subjects.peopleCount: must be at most 10,000,000,000 people",
      "rights.responseDays: must be at most 36,500 days (100 years)",
    ]);
  });
});

describe("free text has a maximum length", () => {
  it("a 200,000-character purpose is refused, naming the field, its limit and the length", async () => {
    const a = sample();
    a.activities[0].purposeDetail = "考".repeat(200_000);
    const f = write("purpose.yaml", a);
    const r = await runMain(["validate", f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: activities\\[0\\]\\.purposeDetail: at most ${TEXT_MAX.paragraph} characters for a paragraph, got 200000; shorten it \\(line \\d+, column \\d+\\)\n$`),
    );
  });

  it("every problem at once: a name, a sentence and a long description over their limits", async () => {
    const a = sample();
    a.processor.name = "x".repeat(TEXT_MAX.name + 1);
    a.processor.address = "x".repeat(TEXT_MAX.sentence + 1);
    a.assessment.background = "x".repeat(TEXT_MAX.longText + 1);
    a.assessment.scope = "y".repeat(TEXT_MAX.longText); // exactly the limit is fine
    const f = write("texts.yaml", a);
    const r = await runMain(["validate", f]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n").filter(Boolean).map((l) => l.replace(/ \(line \d+, column \d+\)$/, ""))).toEqual([
      `${f}: processor.name: at most 200 characters for a name, got 201; shorten it`,
      `${f}: processor.address: at most 500 characters for a sentence, got 501; shorten it`,
      `${f}: assessment.background: at most 20000 characters for a long description, got 20001; shorten it`,
    ]);
  });

  it("the issue's runaway batch item (1 MB of dense punctuation) is now invalid input; the batch goes on (row 1)", () => {
    const folder = join(dir, "batch");
    mkdirSync(folder);
    const a = sample();
    a.assessment.background = "*_[`|".repeat(200_000);
    const huge = write(join("batch", "huge.yaml"), a);
    copyFileSync(SAMPLE, join(folder, "office.yaml"));
    const r = runCli(["batch", folder, "--out", join(dir, "batch-out"), "--jobs", "2", "--only", "report"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${huge}: assessment.background: at most 20000 characters for a long description, got 1000000; shorten it`);
    expect(r.stdout).toContain("2 assessment(s): 1 ok, 1 invalid, 0 failed · 1 document(s)");
  });
});

describe("lists have a maximum", () => {
  it(`more than ${LIST_MAX.activities} activities are refused`, () => {
    const a = sample();
    const one = a.activities[0] as Loose;
    a.activities = Array.from({ length: LIST_MAX.activities + 1 }, (_, i) => ({ ...one, id: `a-${i}` }));
    a.risks = [];
    const r = assessmentSchema.safeParse(a);
    expect(r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([`activities: at most ${LIST_MAX.activities} items; split the assessment`]);
  });

  it("an unknown activity lists at most ten ids, not thousands (row 14)", () => {
    const a = sample();
    const one = a.activities[0] as Loose;
    a.activities = Array.from({ length: 30 }, (_, i) => ({ ...one, id: `a-${i}` }));
    a.risks = [{ ...(a.risks[0] as Loose), activity: "nope" }];
    const r = assessmentSchema.safeParse(a);
    expect(r.error?.issues.map((i) => i.message)).toEqual(['unknown activity "nope"; expected one of a-0, a-1, a-2, a-3, a-4, a-5, a-6, a-7, a-8, a-9, … (20 more)']);
  });
});

describe("the JSON Schema carries every bound", () => {
  type Node = Record<string, unknown>;
  /** Every sub-schema with the path that reaches it. */
  function* walk(node: unknown, path: string): Generator<[string, Node]> {
    if (node === null || typeof node !== "object") return;
    const n = node as Node;
    yield [path, n];
    for (const [k, v] of Object.entries(n)) {
      if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* walk(x, `${path}/${k}/${i}`);
      else if (v !== null && typeof v === "object") yield* walk(v, `${path}/${k}`);
    }
  }

  it("every string has maxLength (or a pattern, format or enum), every number a maximum, every array maxItems", () => {
    const unbounded: string[] = [];
    let strings = 0;
    for (const [path, n] of walk(answersJsonSchema(), "#")) {
      if (n["type"] === "string") {
        strings++;
        if (n["maxLength"] === undefined && n["enum"] === undefined && n["pattern"] === undefined && n["const"] === undefined) unbounded.push(path);
      }
      if ((n["type"] === "number" || n["type"] === "integer") && n["maximum"] === undefined) unbounded.push(path);
      if (n["type"] === "array" && n["maxItems"] === undefined) unbounded.push(path);
    }
    expect(strings).toBeGreaterThan(50);
    expect(unbounded).toEqual([]);
  });
});
