// A scripted stand-in for the terminal prompts: answers every question from a complete answers
// file, keyed by the answers-file path the runner asks for (`activities[0].necessity.soleMethod`).
import type { Choice, Prompts } from "../../src/cli/prompts.js";
import { getAt, type PathKey } from "../../src/questionnaire/conditions.js";

export function parsePath(path: string): PathKey[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] as string)));
}

export type Script = {
  readonly prompts: Prompts;
  /** Every prompt's name, in asking order. */
  readonly asked: string[];
  /** Indexes (in `asked`) of answers that leave no trace in the file: an optional question left empty, "add another?" → no. */
  readonly traceless: Set<number>;
  readonly notes: string[];
};

class Interrupt extends Error {
  override name = "ExitPromptError";
}

/**
 * `source`: the complete answers to give; `current`: the answers object the runner is filling (to know
 * how many list items exist); `stopAfter`: throw ExitPromptError (Ctrl-C) at that prompt number.
 */
export function scriptedPrompts(source: unknown, current: () => unknown, stopAfter = Infinity): Script {
  const asked: string[] = [];
  const traceless = new Set<number>();
  const noTrace = (): void => {
    traceless.add(asked.length - 1);
  };
  const notes: string[] = [];
  const begin = (name: string): unknown => {
    if (asked.length >= stopAfter) throw new Interrupt("User force closed the prompt with SIGINT");
    asked.push(name);
    return getAt(source, parsePath(name));
  };
  const mustPass = <T>(name: string, validate: (v: T) => true | string, value: T): void => {
    const ok = validate(value);
    if (ok !== true) throw new Error(`${name}: the runner rejected ${JSON.stringify(value)}: ${ok}`);
  };
  const text = async (o: { name: string; validate: (v: string) => true | string }): Promise<string> => {
    const v = begin(o.name);
    const raw = v === undefined || v === null ? "" : String(v);
    if (v === undefined) noTrace();
    mustPass(o.name, o.validate, raw);
    return raw;
  };
  const pick = <V extends string>(name: string, choices: readonly Choice<V>[], v: unknown): V => {
    const found = choices.find((c) => c.value === v);
    if (!found) throw new Error(`${name}: ${JSON.stringify(v)} is not among the choices ${choices.map((c) => c.value).join(", ")}`);
    return found.value;
  };
  return {
    asked,
    traceless,
    notes,
    prompts: {
      input: text,
      editor: text,
      number: async (o) => {
        const v = begin(o.name);
        if (v !== undefined && typeof v !== "number") throw new Error(`${o.name}: expected a number in the source, got ${JSON.stringify(v)}`);
        if (v === undefined) noTrace();
        mustPass(o.name, o.validate, v);
        return v;
      },
      select: async (o) => pick(o.name, o.choices, begin(o.name)),
      checkbox: async (o) => {
        if (o.name.endsWith("#flags")) {
          begin(o.name); // a checklist of yes/no questions: tick those the source answers yes
          return o.choices.filter((c) => getAt(source, parsePath(c.value)) === true).map((c) => c.value);
        }
        const v = begin(o.name);
        if (!Array.isArray(v)) throw new Error(`${o.name}: expected a list in the source`);
        const chosen = v.map((x) => pick(o.name, o.choices, x));
        mustPass(o.name, o.validate, chosen);
        return chosen;
      },
      confirm: async (o) => {
        if (o.name.endsWith("#more")) {
          const path = o.name.slice(0, -"#more".length);
          begin(o.name);
          const want = getAt(source, parsePath(path));
          const have = getAt(current(), parsePath(path));
          const more = Array.isArray(want) && Array.isArray(have) && want.length > have.length;
          if (!more) noTrace();
          return more;
        }
        const v = begin(o.name);
        if (Array.isArray(v)) return v.length > 0; // "is there any …?" of a list
        if (v === null) return false; // nullable: "is there a …?" → no
        if (typeof v === "object") return true;
        if (typeof v !== "boolean") throw new Error(`${o.name}: expected true/false in the source, got ${JSON.stringify(v)}`);
        return v;
      },
      note: (t) => {
        notes.push(t);
      },
    },
  };
}
