// Issue 11, rows 10 and 11: `pipia new` over a partial file of the wrong shape exits 2 naming the
// file and path (it crashed with exit 1, or silently dropped the value); on resume, a saved answer
// that fails its own schema (an autosave cut mid-value) is asked again, showing the saved value.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { Prompts } from "../../src/cli/prompts.js";
import type { Answers } from "../../src/questionnaire/answers.js";
import { loadQuestionnaire, runQuestionnaire } from "../../src/questionnaire/index.js";
import { shapeProblems } from "../../src/questionnaire/shape.js";
import { ROOT } from "../helpers/run-cli.js";
import { runMain } from "../helpers/run-main.js";
import { scriptedPrompts } from "./scripted-prompts.js";

const SAMPLE = parse(readFileSync(join(ROOT, "samples", "office-attendance.yaml"), "utf8")) as Answers;
const sample = (): Answers => structuredClone(SAMPLE);
const tmp = (): string => mkdtempSync(join(tmpdir(), "pipia-resume-"));

describe("a partial file of the wrong shape (row 10)", () => {
  it.each([
    ["a list where a section belongs", "processor: [1, 2]\n", "processor: expected a mapping of fields, got a list"],
    ["a plain value where a section belongs", "processor: ACME\n", 'processor: expected a mapping of fields, got "ACME"'],
  ])("%s: exit 2 naming file and path, no stack, file untouched", async (_name, text, problem) => {
    const file = join(tmp(), "partial.yaml");
    writeFileSync(file, text);
    const r = await runMain(["new", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${file}: ${problem}; fix or delete that entry, then run pipia new again\n`);
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("reports every misshapen place at once, inside lists too", () => {
    expect(
      shapeProblems({ processor: { name: "x", piOfficer: [1] }, activities: [{ location: "here", personalInfo: { a: 1 } }, 5], risks: "none" }),
    ).toEqual([
      "processor.piOfficer: expected a mapping of fields, got a list",
      "activities[0].location: expected a mapping of fields, got \"here\"",
      "activities[0].personalInfo: expected a list, got a mapping",
      "activities[1]: expected a mapping of fields, got 5",
      "risks: expected a list, got \"none\"",
    ]);
    expect(shapeProblems(sample())).toEqual([]);
    expect(shapeProblems({ processor: { piOfficer: null }, activities: [] })).toEqual([]);
  });
});

describe("a saved answer that fails its own schema (row 11)", () => {
  it("is asked again with the saved value shown and offered; valid answers are not asked", async () => {
    const start = sample();
    (start["processor"] as Answers)["contactEmail"] = "privacy@chengm"; // autosave cut mid-value
    (start["assessment"] as Answers)["reportRetentionYears"] = 1e308;
    let answers: Answers = structuredClone(start);
    const script = scriptedPrompts(sample(), () => answers);
    const defaults: Record<string, unknown> = {};
    const prompts: Prompts = {
      ...script.prompts,
      input: (o) => {
        defaults[o.name] = o.default;
        return script.prompts.input(o);
      },
      number: (o) => {
        defaults[o.name] = o.default;
        return script.prompts.number(o);
      },
    };
    answers = await runQuestionnaire({ steps: loadQuestionnaire().steps, prompts, lang: "en", answers, file: "a.yaml", save: async () => undefined });
    expect(script.asked).toEqual(["processor.contactEmail", "assessment.reportRetentionYears"]);
    expect(defaults).toEqual({ "processor.contactEmail": "privacy@chengm", "assessment.reportRetentionYears": 1e308 });
    expect(script.notes.filter((n) => n.includes("saved answer"))).toEqual([
      '  The saved answer is not valid; answer again: "privacy@chengm" (expected an e-mail address)',
      "  The saved answer is not valid; answer again: 1e+308 (must be at most 100 years)",
    ]);
    expect(answers).toEqual(sample());
  });
});
