// The library API (`import … from "pipia"`) against the same samples the CLI uses.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, diff, parseAnswers, render, rules, validate, ValidationError, version } from "../../src/index.js";
import { ROOT } from "../helpers/run-cli.js";

const text = (name: string): string => readFileSync(join(ROOT, "samples", name), "utf8");

describe("pipia API", () => {
  it("diff(before, after) compares two assessments, and render({ previous }) puts the changes in the report", async () => {
    const fixture = (name: string): string => readFileSync(join(ROOT, "test", "fixtures", "diff", name), "utf8");
    const v1 = parseAnswers(fixture("office-v1.yaml"));
    const v2 = parseAnswers(fixture("office-v2.yaml"));
    const d = diff(v1, analyze(v2), { before: "v1", after: "v2" });
    expect(d.findings.map((f) => `${f.change} ${f.ruleId}`)).toEqual(["opened FR-024", "closed FR-019"]);
    expect(d.before.file).toBe("v1");
    const [report] = await render(v2, { documents: ["report"], previous: v1 });
    expect(report?.markdown).toContain("| FR\\-019 | 员工人脸识别考勤 | 未采取法定的安全保护措施 | 必须，限期整改 |");
    const [plain] = await render(v2, { documents: ["report"] });
    expect(plain?.markdown).not.toContain("与上次评估相比的变化");
  });

  it("parseAnswers → analyze gives the CLI's conclusion", () => {
    const an = analyze(parseAnswers(text("residential-gate.yaml")));
    expect(an.conclusion.outcome).toBe("must-stop");
    expect(an.tool).toEqual({ name: "pipia", version: version() });
  });

  it("parseAnswers throws a ValidationError listing every problem with its line and column", () => {
    const bad = text("office-attendance.yaml").replace(/\n {2}address: .*\n/, "\n").replace(/\n {2}date: \S+/, "\n  date: 2026-02-30");
    let thrown: unknown;
    try {
      parseAnswers(bad, { fileName: "site.yaml" });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    const problems = (thrown as ValidationError).problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^site\.yaml: processor\.address: missing; expected string \(line 3, column 1\)$/);
    expect(problems[1]).toMatch(/^site\.yaml: assessment\.date: expected a real date written YYYY-MM-DD, got "2026-02-30" \(line \d+, column 3\)$/);
  });

  it("validate never throws for bad input, and accepts parsed data too", () => {
    expect(validate("processor: [", { fileName: "x.yaml" })).toEqual({ valid: false, problems: [expect.stringMatching(/^x\.yaml: line 1, column \d+: not valid YAML/)] });
    const r = validate({ processor: {} });
    expect(r.valid).toBe(false);
    expect(r.problems).toContain("answers.yaml: processor.name: missing; expected string");
    const ok = validate(text("office-attendance.yaml"));
    expect(ok.valid).toBe(true);
    expect(ok.problems).toEqual([]);
  });

  it("render returns named .docx Buffers for the documents the analysis calls for", async () => {
    const files = await render(parseAnswers(text("mall-camera.yaml")), { lang: "en", name: "mall" });
    expect(files.map((f) => f.name)).toEqual(["mall-report.en.docx", "mall-records.en.docx", "mall-signage.en.docx", "mall-posters.en.docx", "mall-filing.en.docx"]);
    for (const f of files) {
      expect(f.lang).toBe("en");
      expect(f.data.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
      expect(f.markdown.length).toBeGreaterThan(100);
    }
  });

  it("render takes an analysis and a subset of documents", async () => {
    const an = analyze(parseAnswers(text("office-attendance.yaml")));
    const files = await render(an, { documents: ["records"] });
    expect(files.map((f) => [f.name, f.document, f.lang])).toEqual([["assessment-records.docx", "records", "zh-CN"]]);
  });

  it("rules() is the versioned listing rules --format json prints", () => {
    const listing = rules();
    expect(listing.schemaVersion).toBe(1);
    expect(listing.rules).toHaveLength(50);
    expect(listing.rules[0]?.id).toBe("FR-001");
  });
});
