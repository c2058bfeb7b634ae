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
