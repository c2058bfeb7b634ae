import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors.js";
import { labels } from "../../src/model/labels.js";
import { loadQuestionnaire, loadQuestionnaireFrom, questionIds } from "../../src/questionnaire/index.js";
import type { Question, Step } from "../../src/questionnaire/types.js";
import { ROOT } from "../helpers/run-cli.js";

const DIR = join(ROOT, "questionnaires", "pipia");

function problemsOf(files: Readonly<Record<string, string>>): string[] {
  const dir = mkdtempSync(join(tmpdir(), "pipia-questionnaire-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    loadQuestionnaireFrom(dir);
  } catch (e) {
    if (e instanceof ValidationError) return e.problems.map((p) => p.replace(`${dir}/`, ""));
    throw e;
  }
  return [];
}

const section = (questions: string, extra = ""): string => `id: test
title: { zh-CN: 测试, en: Test }
${extra}questions:
${questions}`;

const q = (id: string, type: string, more = ""): string => `  - id: ${id}
    type: ${type}
    message: { zh-CN: 问题, en: Question }
    help: { zh-CN: 说明, en: Help }
${more}`;

describe("the bundled questionnaire", () => {
  it("has one file per section, named NN-<section>.yaml, asked in prefix order", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".yaml"));
    expect(files.every((f) => /^\d{2}-[a-z-]+\.yaml$/.test(f))).toBe(true);
    const sections: string[] = [];
    const collect = (steps: readonly Step[]): void => {
      for (const s of steps) {
        if (s.type === "section") sections.push(s.file.split("/").pop() ?? "");
        if (s.type === "section" || s.type === "group") collect(s.steps);
      }
    };
    collect(loadQuestionnaire().steps);
    expect(sections).toEqual([...files].sort());
    expect(sections[0]).toBe("01-processor.yaml");
  });

  it("gives every question a zh-CN and an en message and help", () => {
    const questions = loadQuestionnaire().questions;
    expect(questions.length).toBeGreaterThan(150);
    for (const question of questions) {
      for (const lang of ["zh-CN", "en"] as const) {
        expect(question.message[lang].trim().length, `${question.id} message ${lang}`).toBeGreaterThan(1);
        expect(question.help[lang].trim().length, `${question.id} help ${lang}`).toBeGreaterThan(10);
      }
      if (question.type === "group") expect(question.more.en.length * question.more["zh-CN"].length, question.id).toBeGreaterThan(0);
    }
  });

  it("help text names the article that makes the question matter, in both languages", () => {
    const citation = /(第[一二三四五六七八九十百]+条|GB\/T|Art|§)/;
    const missing = loadQuestionnaire()
      .questions.filter((x) => !citation.test(x.help["zh-CN"]) || !citation.test(x.help.en))
      .map((x) => x.id);
    // Only these practical questions explain instead of citing.
    expect(missing).toEqual([
      "assessment.classification",
      "assessment.assessors[].name",
      "assessment.assessors[].role",
      "assessment.assessors[].organisation",
      "assessment.previous.reportId",
      "activities[].id",
      "activities[].personalInfo[].description",
      "incidents[].date",
      "filing.filingNumber",
    ]);
  });

  it("takes select and checkbox choices from labels.yaml vocabularies that exist", () => {
    const vocabularies = loadQuestionnaire()
      .questions.flatMap((x: Question) => (x.type !== "group" && x.type !== "nullable" && x.choicesFrom ? [x.choicesFrom] : []));
    expect(vocabularies.length).toBeGreaterThan(15);
    for (const v of vocabularies) expect(Object.keys(labels()), v).toContain(v);
  });

  it("exposes question ids in answers-file path form", () => {
    const ids = questionIds();
    for (const id of [
      "processor.name",
      "processor.piOfficer",
      "processor.piOfficer.published",
      "activities",
      "activities[].necessity.soleMethod",
      "activities[].recipients",
      "activities[].recipients[].contract",
      "activities[].videoSystem.viewingLog",
      "risks[].activity",
      "filing.filed",
    ])
      expect(ids.has(id), id).toBe(true);
    expect(ids.has("activities[0].necessity.soleMethod")).toBe(false);
    expect(ids.size).toBe(loadQuestionnaire().questions.length);
  });
});

describe("questionnaire file checks", () => {
  it("accepts a minimal valid section", () => {
    expect(problemsOf({ "01-test.yaml": section(q("processor.name", "input")) })).toEqual([]);
  });

  it("names the file and the path of a format error", () => {
    const problems = problemsOf({
      "01-test.yaml": section(`${q("processor.name", "text")}  - id: processor.address
    type: input
    message: { zh-CN: 地址 }
    help: { zh-CN: 说明, en: Help }
`),
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^01-test\.yaml: questions\[0\]\.type: /);
    expect(problems[1]).toMatch(/^01-test\.yaml: questions\[1\]\.message\.en: missing/);
  });

  it("reports YAML syntax errors with the line", () => {
    expect(problemsOf({ "01-test.yaml": "id: test\ntitle: { zh-CN: x\n" })[0]).toMatch(/^01-test\.yaml: line \d+: not valid YAML/);
  });

  it("checks ids and types against the answers schema", () => {
    const problems = problemsOf({
      "01-test.yaml": section(q("processor.nmae", "input") + q("processor.totalPeople", "confirm") + q("activities[].name", "input")),
    });
    expect(problems).toEqual([
      '01-test.yaml: processor.nmae: not a field of the answers schema ("processor.nmae": no field "nmae" in processor)',
      "01-test.yaml: processor.totalPeople: type confirm does not fit a number field",
      '01-test.yaml: activities[].name: must be a field of the answers file, outside any group',
    ]);
  });

  it("checks choices, conditions and defaults", () => {
    const problems = problemsOf({
      "01-test.yaml": section(`  - id: activities
    type: group
    message: { zh-CN: 活动, en: Activities }
    help: { zh-CN: 说明, en: Help }
    more: { zh-CN: 再来, en: More }
    item: { zh-CN: 项, en: Item }
    questions:
      - id: activities[].scenario
        type: select
        choicesFrom: scenarios
        message: { zh-CN: 场景, en: Setting }
        help: { zh-CN: 说明, en: Help }
      - id: activities[].name
        type: input
        when: { question: "activities[].usesFaceRecognition", equals: true }
        message: { zh-CN: 名称, en: Name }
        help: { zh-CN: 说明, en: Help }
      - id: activities[].usesFaceRecognition
        type: confirm
        default: maybe
        message: { zh-CN: 人脸, en: Face }
        help: { zh-CN: 说明, en: Help }
`),
    });
    expect(problems).toEqual([
      '01-test.yaml: activities[].scenario: choicesFrom: no vocabulary "scenarios" in questionnaires/labels.yaml',
      '01-test.yaml: activities[].name: when: "activities[].usesFaceRecognition" is not a question asked before this one',
      '01-test.yaml: activities[].name: is skipped by "when" but has no default, and the answers file requires a value',
      '01-test.yaml: activities[].usesFaceRecognition: default "maybe" is not valid for this field',
    ]);
  });
});

describe("defaultFrom", () => {
  it("must name a question asked earlier", () => {
    const problems = problemsOf({
      "01-test.yaml": section(q("processor.address", "input", "    defaultFrom: processor.province\n") + q("processor.province", "input")),
    });
    expect(problems).toContain('01-test.yaml: processor.address: defaultFrom: "processor.province" is not a question asked before this one');
  });
});

describe("flags", () => {
  it("take confirm questions without when only", () => {
    const flags = `  - type: flags
    message: { zh-CN: 哪些属实？, en: Which are true? }
    help: { zh-CN: 说明, en: Help }
    questions:
${q("security.encryptionAtRest", "confirm").replace(/^/gm, "    ")}
${q("security.notes", "input").replace(/^/gm, "    ")}
`;
    expect(problemsOf({ "01-test.yaml": section(flags) })).toContain('01-test.yaml: security.notes: a question asked in flags must be a confirm without "when"');
  });
});
