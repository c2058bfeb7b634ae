// Countries and regions a recipient can be in: the ISO 3166-1 alpha-2 code list (data in
// countries-data.ts) with Chinese and English names. CN means mainland China; HK, MO and TW are
// separate codes because data sent there leaves the mainland (PIPL Arts 38-39). A name typed
// instead of a code ("中国", "China", "美国") is refused with the code to write: "中国" is ambiguous
// (the mainland, or with Hong Kong, Macao and Taiwan), and guessing would put a false fact into
// the notice and the records.
import type { Bilingual } from "../vocab/types.js";
import { COUNTRY_ROWS } from "./countries-data.js";

export type CountryCode = (typeof COUNTRY_ROWS)[number][0];

export const COUNTRY_CODES = COUNTRY_ROWS.map((r) => r[0]) as unknown as readonly [CountryCode, ...CountryCode[]];

/** Mainland China. */
export const MAINLAND: CountryCode = "CN";

const BY_CODE = new Map<string, Bilingual>(COUNTRY_ROWS.map(([c, zh, en]) => [c, { "zh-CN": zh, en }]));

export function isCountryCode(v: string): v is CountryCode {
  return BY_CODE.has(v);
}

/** The Chinese and English names of a code; an unknown code names itself. */
export function countryName(code: string): Bilingual {
  return BY_CODE.get(code) ?? { "zh-CN": code, en: code };
}

/** Outside mainland China (HK, MO and TW included). */
export function isAbroad(code: string): boolean {
  return code.trim().toUpperCase() !== MAINLAND;
}

const CHINA_NAMES = new Set(["中国", "中华人民共和国", "中国大陆", "大陆", "内地", "中国内地", "china", "prc", "people's republic of china", "mainland china"]);

/** Why `input` is not a country code, in both languages, with the code to write when it can be told. */
export function countryProblem(input: unknown): Bilingual {
  const raw = typeof input === "string" ? input.trim() : String(input);
  const upper = raw.toUpperCase();
  if (isCountryCode(upper))
    return { "zh-CN": `国家或地区代码须大写：应写 ${upper}`, en: `country codes are written in capitals: write ${upper}` };
  if (CHINA_NAMES.has(raw.toLowerCase()))
    return {
      "zh-CN": `“${raw}”不是代码：中国内地写 CN，香港写 HK，澳门写 MO，台湾写 TW（向 HK、MO、TW 提供亦属向境外提供）`,
      en: `"${raw}" is not a code: write CN for mainland China, HK for Hong Kong, MO for Macao, TW for Taiwan (HK, MO and TW are outside the mainland for cross-border purposes)`,
    };
  const byName = COUNTRY_ROWS.find(([, zh, en]) => zh === raw || en.toLowerCase() === raw.toLowerCase());
  if (byName)
    return { "zh-CN": `“${raw}”应写作代码 ${byName[0]}`, en: `"${raw}" is written as the code ${byName[0]}` };
  return {
    "zh-CN": `“${raw}”不是 ISO 3166-1 两位国家或地区代码；例如 CN（中国内地）、HK、MO、TW、US、SG、DE（可在 pipia new 中搜索选择）`,
    en: `"${raw}" is not an ISO 3166-1 two-letter country or region code; e.g. CN (mainland China), HK, MO, TW, US, SG, DE (pipia new offers a searchable list)`,
  };
}
