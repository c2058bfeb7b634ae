// One generic test runs every rule fixture (design §4): the fixture's own rule fires exactly when
// its id is in `expect`, and every id in `expect` fires. Adding a case needs no test code.
import { describe, expect, it } from "vitest";
import { loadRuleFixtures } from "../helpers/fixtures.js";
import { validateAnswers } from "../../src/io/load-answers.js";
import { analyze } from "../../src/analysis/analyze.js";
import { rules } from "../../src/rules/index.js";

const fixtures = loadRuleFixtures();
const bySlug = new Map(rules.map((r) => [r.slug, r]));

describe("rule fixtures", () => {
  it("every fixture names an existing rule", () => {
    const unknown = fixtures.filter((f) => !bySlug.has(f.slug)).map((f) => f.file);
    expect(unknown).toEqual([]);
  });

  it("every rule has a firing and a non-firing fixture", () => {
    const missing: string[] = [];
    for (const r of rules) {
      const own = fixtures.filter((f) => f.slug === r.slug);
      if (!own.some((f) => f.expect.includes(r.id))) missing.push(`${r.slug}: no firing fixture`);
      if (!own.some((f) => !f.expect.includes(r.id))) missing.push(`${r.slug}: no non-firing fixture`);
    }
    expect(missing).toEqual([]);
  });

  for (const f of fixtures) {
    it(`${f.file}: ${f.description}`, () => {
      const a = validateAnswers(f.file, f.answers);
      const fired = new Set(analyze(a).findings.map((x) => x.ruleId));
      const rule = bySlug.get(f.slug);
      expect(rule, `rule ${f.slug}`).toBeDefined();
      if (!rule) return;
      expect(fired.has(rule.id), `${rule.id} fired: ${[...fired].join(", ")}`).toBe(f.expect.includes(rule.id));
      for (const id of f.expect) expect([...fired], `${id} expected`).toContain(id);
    });
  }
});
