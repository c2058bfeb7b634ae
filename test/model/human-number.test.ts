import { describe, expect, it } from "vitest";
import { parseHumanNumber } from "../../src/model/human-number.js";

describe("numbers as people type them", () => {
  it.each([
    ["50000", 50000],
    ["50,000", 50000],
    ["1,234,567", 1234567],
    ["５００００", 50000],
    ["5万", 50000],
    ["5.2万", 52000],
    ["12.5万", 125000],
    ["1.2亿", 120000000],
    ["3千", 3000],
    [" 30 ", 30],
    ["2.5", 2.5],
    ["-1", -1],
  ])("%s → %d", (raw, n) => {
    expect(parseHumanNumber(raw)).toBe(n);
  });

  it("empty is no answer; anything else is not a number", () => {
    expect(parseHumanNumber("  ")).toBeUndefined();
    for (const bad of ["abc", "5万万", "50,00", "1e3", "万", "5 000"]) expect(parseHumanNumber(bad), bad).toBeNaN();
  });
});
