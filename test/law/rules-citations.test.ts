// Every citation the rules make must resolve (design §4 meta-test, from the registry's side).
import { describe, expect, it } from "vitest";
import { isKnownCitation } from "../../src/law/registry.js";
import { cite } from "../../src/law/types.js";

describe("citations used by rules", () => {
  // Whole-document citations exactly as rules spell them.
  it.each([
    ["CAC-FILING", "-"],
    ["CROSS-BORDER", "-"],
    ["AUDIT", "-"],
  ] as const)("%s %s resolves", (law, article) => {
    expect(isKnownCitation(cite(law, article))).toBe(true);
  });
});
