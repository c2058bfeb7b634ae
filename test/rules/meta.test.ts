// Meta-tests over the rule registry (design §4, after markdownlint's own): every rule is well
// formed, reads question ids that exist in the questionnaire, and cites articles that resolve.
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { rules } from "../../src/rules/index.js";
import { isKnownCitation } from "../../src/law/registry.js";
import { questionIds } from "../../src/questionnaire/index.js";

const NON_RULE_FILES = new Set(["index.ts", "define-rule.ts", "evaluate.ts", "markdown-table.ts", "facts.ts", "art55-triggers.ts", "in-advance.ts"]);

describe("rule registry", () => {
  it("implements the 41 checks of the legal digest and the rules added after it, in order, with unique ids and slugs", () => {
    expect(rules.length).toBeGreaterThanOrEqual(42);
    expect(rules.map((r) => r.id)).toEqual(Array.from({ length: rules.length }, (_, i) => `FR-${String(i + 1).padStart(3, "0")}`));
    expect(new Set(rules.map((r) => r.slug)).size).toBe(rules.length);
  });

  it("has one file per rule, named by its slug, and no unregistered rule file", () => {
    const files = readdirSync(join(import.meta.dirname, "..", "..", "src", "rules")).filter((f) => f.endsWith(".ts") && !NON_RULE_FILES.has(f));
    expect(files.map((f) => f.replace(/\.ts$/, "")).sort()).toEqual(rules.map((r) => r.slug).sort());
  });

  it("every citation of every rule resolves in the law registry", () => {
    const bad = rules.flatMap((r) => r.cites.filter((c) => !isKnownCitation(c)).map((c) => `${r.id}: ${c.law} ${c.article}`));
    expect(bad).toEqual([]);
    for (const r of rules) expect(r.cites.length, r.id).toBeGreaterThan(0);
  });

  it("every question id a rule reads exists in the questionnaire", () => {
    const ids = questionIds();
    const unknown = rules.flatMap((r) => r.reads.filter((q) => !ids.has(q)).map((q) => `${r.id}: ${q}`));
    expect(unknown).toEqual([]);
  });

  it("every rule has zh-CN and en title, summary and remedy", () => {
    for (const r of rules)
      for (const t of [r.title, r.summary, r.remedy]) {
        expect(t["zh-CN"].trim().length, r.id).toBeGreaterThan(3);
        expect(t.en.trim().length, r.id).toBeGreaterThan(3);
      }
  });
});
