// Thin wrapper over node:util parseArgs that turns its errors into PipiaError (exit 2).
import { parseArgs, type ParseArgsConfig } from "node:util";
import { PipiaError } from "../errors.js";

type Options = NonNullable<ParseArgsConfig["options"]>;
/** What parseArgs returns for these options (named, so declarations can be emitted). */
export type ParsedArgs<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;

export function parseCommandArgs<T extends Options>(command: string, argv: readonly string[], options: T): ParsedArgs<T> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new PipiaError(`pipia ${command}: ${(e as Error).message}`, 2, `see: pipia ${command} --help`);
  }
}

export function oneOf<V extends string>(flag: string, value: string | undefined, allowed: readonly V[], fallback: V): V {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as V;
  throw new PipiaError(`${flag}: "${value}" is not allowed; expected one of ${allowed.join(", ")}`);
}

/** The interface language: --lang, else the locale (LC_ALL, LC_MESSAGES, LANG: en_* → en), else zh-CN. */
export function interfaceLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): "zh-CN" | "en" {
  const locale = env["LC_ALL"] || env["LC_MESSAGES"] || env["LANG"] || "";
  return oneOf("--lang", flag, ["zh-CN", "en"] as const, /^en([_.-]|$)/i.test(locale) ? "en" : "zh-CN");
}
