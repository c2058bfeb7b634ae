import { describe, expect, it } from "vitest";
import { RISK_MATRIX, riskLevel } from "../../src/risk/matrix.js";
import { levelFromGaps, scaleFloor } from "../../src/risk/likelihood.js";
import { maxImpact, shiftImpact } from "../../src/risk/levels.js";

describe("GB/T 39335 Table D.5", () => {
  // Digest §3.5, row by row: impact \ likelihood 低 中 高 很高.
  const cells = [
    ["severe", "low", "medium"],
    ["severe", "medium", "high"],
    ["severe", "high", "severe"],
    ["severe", "very-high", "severe"],
    ["high", "low", "medium"],
    ["high", "medium", "medium"],
    ["high", "high", "high"],
    ["high", "very-high", "severe"],
    ["medium", "low", "low"],
    ["medium", "medium", "medium"],
    ["medium", "high", "medium"],
    ["medium", "very-high", "high"],
    ["low", "low", "low"],
    ["low", "medium", "low"],
    ["low", "high", "medium"],
    ["low", "very-high", "medium"],
  ] as const;

  it.each(cells)("impact %s × likelihood %s → %s", (impact, likelihood, risk) => {
    expect(riskLevel(impact, likelihood)).toBe(risk);
  });

  it("has exactly 16 cells", () => {
    expect(Object.values(RISK_MATRIX).flatMap((row) => Object.keys(row))).toHaveLength(16);
  });
});

describe("level helpers", () => {
  it("maps gap counts 0 / 1-2 / 3-4 / 5+ to low / medium / high / very-high", () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(levelFromGaps)).toEqual(["low", "medium", "medium", "high", "high", "very-high", "very-high"]);
  });

  it("applies the Table D.4 scale floors strictly above 1 million and 10 million", () => {
    expect(scaleFloor(1_000_000)).toBe("low");
    expect(scaleFloor(1_000_001)).toBe("medium");
    expect(scaleFloor(10_000_000)).toBe("medium");
    expect(scaleFloor(10_000_001)).toBe("high");
  });

  it("caps and floors impact shifts", () => {
    expect(shiftImpact("high", 2)).toBe("severe");
    expect(shiftImpact("low", -1)).toBe("low");
    expect(shiftImpact("medium", 1)).toBe("high");
    expect(maxImpact([])).toBe("low");
    expect(maxImpact(["medium", "high", "low"])).toBe("high");
  });
});
