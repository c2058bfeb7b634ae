import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rulesMarkdownTable } from "../../src/rules/markdown-table.js";
import { rules } from "../../src/rules/index.js";

describe("README rule table", () => {
  it("matches the registry (regenerate with: node dist/bin.js rules --format markdown)", () => {
    const readme = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");
    const m = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(readme);
    expect(m, "README has <!-- rules:start --> … <!-- rules:end --> markers").not.toBeNull();
    expect(m?.[1]).toBe(rulesMarkdownTable());
    expect(m?.[1]?.split("\n").length).toBe(rules.length + 2);
  });
});
