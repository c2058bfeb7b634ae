import { describe, expect, it } from "vitest";
import { toChineseNumeral } from "../../src/law/chinese-numerals.js";

describe("toChineseNumeral", () => {
  const table: ReadonlyArray<readonly [number, string]> = [
    [1, "一"],
    [9, "九"],
    [10, "十"],
    [11, "十一"],
    [13, "十三"],
    [20, "二十"],
    [26, "二十六"],
    [55, "五十五"],
    [100, "一百"],
    [101, "一百零一"],
    [110, "一百一十"],
    [111, "一百一十一"],
    [201, "二百零一"],
    [1000, "一千"],
    [1001, "一千零一"],
    [1010, "一千零一十"],
    [1034, "一千零三十四"],
    [1260, "一千二百六十"],
    [10_000, "一万"],
    [10_001, "一万零一"],
    [100_000, "十万"],
    [110_000, "十一万"],
    [100_100, "十万零一百"],
  ];
  it.each(table)("%i → %s", (n, zh) => {
    expect(toChineseNumeral(n)).toBe(zh);
  });

  it.each([0, -1, 1.5, Number.NaN, 100_000_000])("rejects %s", (n) => {
    expect(() => toChineseNumeral(n)).toThrow(RangeError);
  });
});
