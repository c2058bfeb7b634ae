import { describe, expect, it } from "vitest";
import { creditCodeCheckChar, creditCodeProblem } from "../../src/model/credit-code.js";
import { assessmentSchema } from "../../src/model/assessment.js";
import { setMessageLang } from "../../src/model/message-lang.js";
import { check, schemaAt } from "../../src/questionnaire/schema-at.js";

describe("unified social credit code (GB 32100-2015)", () => {
  it("computes the check character of known codes", () => {
    // Published codes of listed companies (their business licences).
    expect(creditCodeCheckChar("91440300708461136")).toBe("T"); // 华为技术有限公司
    expect(creditCodeCheckChar("91330100716105852")).toBe("F"); // 阿里巴巴（中国）有限公司
    expect(creditCodeCheckChar("91310115MA1K4XYW3")).toBe("4");
  });

  it("accepts valid codes and names the real problem of invalid ones", () => {
    expect(creditCodeProblem("91440300708461136T")).toBeNull();
    expect(creditCodeProblem("91440300708461136")?.["zh-CN"]).toBe("统一社会信用代码应为 18 位，“91440300708461136”为 17 位");
    expect(creditCodeProblem("9144030070846113IT")?.["zh-CN"]).toBe("第 17 位“I”不能出现在统一社会信用代码中（只用数字和除 I、O、S、V、Z 以外的大写字母）");
    expect(creditCodeProblem("91440300708461136t")?.en).toBe('character 18, "t", cannot appear in a unified social credit code (letters are upper-case)');
    expect(creditCodeProblem("914A0300708461136T")?.en).toBe('characters 3-8 are the administrative division code (6 digits); "914A0300708461136T" has "4A0300"');
    expect(creditCodeProblem("91440300708461136X")?.["zh-CN"]).toBe("校验位不符：按前 17 位计算，第 18 位应为“T”，实为“X”；请核对是否有字符抄错");
  });

  it("the answers schema reports the problem once, in the message language", () => {
    try {
      setMessageLang("zh-CN");
      expect(check(schemaAt("processor.creditCode"), "91440300708461136X")).toBe("校验位不符：按前 17 位计算，第 18 位应为“T”，实为“X”；请核对是否有字符抄错");
      expect(check(schemaAt("assessment.date"), "2026-02-30")).toBe('应为 YYYY-MM-DD 格式的真实日期，如 2026-03-15；实为 "2026-02-30"');
      const r = schemaAt("processor.creditCode");
      expect(check(r, "9144030070846113IT")).toBe("第 17 位“I”不能出现在统一社会信用代码中（只用数字和除 I、O、S、V、Z 以外的大写字母）");
      expect(assessmentSchema.shape.processor.shape.creditCode.safeParse("91440300708461136X").error?.issues).toHaveLength(1);
    } finally {
      setMessageLang("en");
    }
    expect(check(schemaAt("processor.creditCode"), "91440300708461136X")).toBe('the check character does not match: from the first 17 characters the 18th should be "T", not "X"; check the code for a mistyped character');
  });
});
