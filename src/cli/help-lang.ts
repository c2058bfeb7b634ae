// The language of `--help` and of pipia's own usage lines: --lang en|zh-CN if given (any other
// value, e.g. render's "bilingual", reads as Chinese), else the locale (LANG=en_* → English).
import type { Lang } from "../model/enums.js";

export function helpLang(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const flag = i < 0 ? undefined : argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
  if (flag !== undefined) return flag === "en" ? "en" : "zh-CN";
  const locale = env["LC_ALL"] || env["LC_MESSAGES"] || env["LANG"] || "";
  return /^en([_.-]|$)/i.test(locale) ? "en" : "zh-CN";
}
