// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-symbol
// alphabet (digits and capital letters without I, O, S, V, Z); characters 3-8 are the division code
// (digits); the 18th is a check character computed from the first 17 (weights 3^i mod 31).
import type { Bilingual } from "../analysis/types.js";

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character for the first 17 characters (which must be in the alphabet). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17.charAt(i)) * (WEIGHTS[i] as number);
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** What is wrong with `code`, in both languages, or null when it is a valid code. */
export function creditCodeProblem(code: string): Bilingual | null {
  const chars = [...code];
  if (chars.length !== 18)
    return {
      "zh-CN": `统一社会信用代码应为 18 位，“${code}”为 ${chars.length} 位`,
      en: `a unified social credit code has 18 characters; "${code}" has ${chars.length}`,
    };
  const bad = chars.findIndex((c) => !ALPHABET.includes(c));
  if (bad >= 0) {
    const c = chars[bad] as string;
    const lower = /[a-z]/.test(c) && ALPHABET.includes(c.toUpperCase());
    return {
      "zh-CN": `第 ${bad + 1} 位“${c}”不能出现在统一社会信用代码中${lower ? "（字母须大写）" : "（只用数字和除 I、O、S、V、Z 以外的大写字母）"}`,
      en: `character ${bad + 1}, "${c}", cannot appear in a unified social credit code${lower ? " (letters are upper-case)" : " (only digits and capital letters other than I, O, S, V and Z)"}`,
    };
  }
  const division = code.slice(2, 8);
  if (!/^\d{6}$/.test(division))
    return {
      "zh-CN": `第 3–8 位应为登记管理机关行政区划码（6 位数字），“${code}”为“${division}”`,
      en: `characters 3-8 are the administrative division code (6 digits); "${code}" has "${division}"`,
    };
  const expected = creditCodeCheckChar(code.slice(0, 17));
  const got = code.charAt(17);
  if (got !== expected)
    return {
      "zh-CN": `校验位不符：按前 17 位计算，第 18 位应为“${expected}”，实为“${got}”；请核对是否有字符抄错`,
      en: `the check character does not match: from the first 17 characters the 18th should be "${expected}", not "${got}"; check the code for a mistyped character`,
    };
  return null;
}
