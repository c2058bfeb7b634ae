// One source of judgement (issue "Legal judgement v2"): the layers point one way. The vocabulary
// (src/vocab) and the facts (src/facts) sit below everything; rules, risk, dates and law never
// import from the analysis; view models (src/render) never import from the rules, so they can only
// word what the Analysis holds.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..", "..", "src");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** The src-relative folders a file imports from (static and dynamic relative imports). */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = join(file, "..", m[1] ?? "");
    out.push(relative(SRC, target).split(/[\\/]/)[0] ?? "");
  }
  return out;
}

function offenders(layers: readonly string[], forbidden: readonly string[]): string[] {
  return layers.flatMap((layer) =>
    files(join(SRC, layer)).flatMap((f) =>
      importedFolders(f)
        .filter((folder) => forbidden.includes(folder))
        .map((folder) => `${relative(SRC, f)} imports from src/${folder}`),
    ),
  );
}

describe("layer boundaries", () => {
  it("finds the imports it checks (the scan itself works)", () => {
    expect(importedFolders(join(SRC, "analysis", "analyze.ts"))).toEqual(expect.arrayContaining(["rules", "risk", "facts", "vocab"]));
  });

  it("no file under src/render imports from src/rules", () => {
    expect(offenders(["render"], ["rules"])).toEqual([]);
  });

  it("no file under src/rules, src/risk, src/dates or src/law imports from src/analysis", () => {
    expect(offenders(["rules", "risk", "dates", "law"], ["analysis"])).toEqual([]);
  });

  it("the vocabulary and the facts import nothing above them", () => {
    expect(offenders(["vocab", "facts"], ["analysis", "rules", "risk", "dates", "law", "render", "commands", "cli"])).toEqual([]);
  });
});
