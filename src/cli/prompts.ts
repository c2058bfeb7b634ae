// The only importer of @inquirer/prompts (design §2, after changesets and Stryker): the runner talks
// to this small `Prompts` shape, so unit tests drive a whole questionnaire with a scripted fake.
import { styleText } from "node:util";
import { checkbox, confirm, editor, input, search, select } from "@inquirer/prompts";
import type { Lang } from "../model/enums.js";
import { parseHumanNumber } from "../model/human-number.js";
import { GoBack } from "../questionnaire/go-back.js";
import { useColour } from "./output.js";

export type Choice<V extends string> = { readonly value: V; readonly name: string };

/** `name` is the answers-file path asked (`activities[0].name`, `activities#more`): ignored on a terminal, the key for scripted fakes. */
type Base = {
  readonly name: string;
  readonly message: string;
  /** Esc (and a "back" choice in lists) rejects with GoBack instead of answering. */
  readonly back?: boolean;
};
export type Validate<T> = (value: T) => true | string;

export type Prompts = {
  readonly input: (o: Base & { readonly default?: string; readonly validate: Validate<string> }) => Promise<string>;
  /** Long text: $VISUAL/$EDITOR when one is set on a terminal, otherwise a one-line input. */
  readonly editor: (o: Base & { readonly default?: string; readonly validate: Validate<string> }) => Promise<string>;
  /** Empty input gives `undefined`; `validate` decides whether that is allowed. */
  readonly number: (o: Base & { readonly default?: number; readonly validate: Validate<number | undefined> }) => Promise<number | undefined>;
  /** `pageSize`: rows shown at once (default: up to 15). */
  readonly select: <V extends string>(o: Base & { readonly choices: readonly Choice<V>[]; readonly default?: V; readonly pageSize?: number }) => Promise<V>;
  readonly checkbox: <V extends string>(
    o: Base & { readonly choices: readonly Choice<V>[]; readonly checked?: readonly V[]; readonly validate: Validate<readonly V[]> },
  ) => Promise<V[]>;
  readonly confirm: (o: Base & { readonly default?: boolean }) => Promise<boolean>;
  /** A line of context before a prompt: section titles and help text. */
  readonly note: (text: string, style?: "title" | "help") => void;
};

/** Ctrl-C (ExitPromptError) or an aborted prompt. */
export function isPromptCancel(e: unknown): boolean {
  return e instanceof Error && (e.name === "ExitPromptError" || e.name === "AbortPromptError");
}

/** The value of the "back" choice added to lists when `back` is set. */
export const BACK_CHOICE = "\u0000back";

const BACK_LABEL: Readonly<Record<Lang, string>> = { "zh-CN": "← 返回上一题", en: "← Back to the previous question" };

type Keypress = { readonly name?: string };

/**
 * Run an inquirer prompt; with `back`, Esc aborts it and the call rejects with GoBack. Inquirer's
 * readline makes stdin emit "keypress" events, and Esc arrives as { name: "escape" }.
 */
async function withBack<T>(back: boolean | undefined, run: (context: { signal?: AbortSignal }) => Promise<T>): Promise<T> {
  if (!back) return run({});
  const controller = new AbortController();
  const onKey = (_: unknown, key: Keypress | undefined): void => {
    if (key?.name === "escape") controller.abort(GoBack.name);
  };
  process.stdin.on("keypress", onKey);
  try {
    return await run({ signal: controller.signal });
  } catch (e) {
    if (controller.signal.aborted && e instanceof Error && e.name === "AbortPromptError") throw new GoBack();
    throw e;
  } finally {
    process.stdin.off("keypress", onKey);
  }
}

/** Lists longer than this are offered as a search (type to filter) instead of a plain select. */
const SEARCH_FROM = 40;

const KEY_WORDS_ZH: Readonly<Record<string, string>> = { navigate: "移动", select: "选择", submit: "确认", all: "全选", invert: "反选" };

function keysHelpTip(lang: Lang) {
  return (keys: [key: string, action: string][]): string =>
    keys
      .map(([key, action]) => {
        const word = lang === "zh-CN" ? (KEY_WORDS_ZH[action] ?? action) : action;
        return `${styleText("bold", key === "space" && lang === "zh-CN" ? "空格" : key)} ${styleText("dim", word)}`;
      })
      .join(styleText("dim", " • "));
}

export function terminalPrompts(lang: Lang): Prompts {
  const listTheme = { style: { keysHelpTip: keysHelpTip(lang) } };
  const confirmTheme = lang === "zh-CN" ? { keywords: { yes: "是", no: "否", error: () => "请回答“是”(y) 或“否”(n)" } } : {};
  const keep = { validationFailureMode: "keep" as const };
  // When editing (`back`), the current answer is put in the line to be edited, not shown as "(default)".
  const ask = (o: Base & { readonly default?: string; readonly validate: Validate<string> }): Promise<string> =>
    withBack(o.back, (context) =>
      input(
        { message: o.message, ...(o.default !== undefined ? { default: o.default, ...(o.back ? { prefill: "editable" as const } : {}) } : {}), validate: o.validate, theme: keep },
        context,
      ),
    );
  const backChoice = <V extends string>(o: { readonly back?: boolean }): { value: V; name: string }[] =>
    o.back ? [{ value: BACK_CHOICE as V, name: BACK_LABEL[lang] }] : [];
  return {
    input: ask,
    editor: (o) => {
      const hasEditor = Boolean(process.env["VISUAL"] ?? process.env["EDITOR"]);
      if (!process.stdin.isTTY || !hasEditor) return ask(o);
      return withBack(o.back, (context) =>
        editor({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}), validate: o.validate, postfix: ".md", theme: keep }, context),
      );
    },
    // A text prompt parsed here, so "not a number" is said in the user's language.
    number: async (o) => {
      const toNumber = parseHumanNumber; // "50,000", "5万" and "5.2万" too
      const raw = await ask({
        name: o.name,
        message: o.message,
        ...(o.back !== undefined ? { back: o.back } : {}),
        ...(o.default !== undefined ? { default: String(o.default) } : {}),
        validate: (raw) => {
          const n = toNumber(raw);
          if (n !== undefined && !Number.isFinite(n)) return lang === "zh-CN" ? "请输入数字，如 30、50,000 或 5.2万" : "expected a number, e.g. 30, 50,000 or 5.2万";
          return o.validate(n);
        },
      });
      return toNumber(raw);
    },
    select: async (o) => {
      const choices = [...o.choices.map((c) => ({ value: c.value, name: c.name })), ...backChoice<(typeof o.choices)[number]["value"]>(o)];
      // A long list (countries and regions) is searched by typing part of its name or code.
      if (o.choices.length > SEARCH_FROM) {
        const v = await withBack(o.back, (context) =>
          search(
            {
              message: o.message,
              source: (term) => {
                const t = (term ?? "").trim().toLowerCase();
                const hits = t === "" ? choices : choices.filter((c) => c.value.toLowerCase() === t || c.name.toLowerCase().includes(t));
                // The current answer first, so Enter on an empty search keeps it.
                return o.default === undefined || t !== "" ? hits : [...hits.filter((c) => c.value === o.default), ...hits.filter((c) => c.value !== o.default)];
              },
              pageSize: 15,
              theme: listTheme,
            },
            context,
          ),
        );
        if (v === BACK_CHOICE) throw new GoBack();
        return v;
      }
      const v = await withBack(o.back, (context) =>
        select({ message: o.message, choices, ...(o.default !== undefined ? { default: o.default } : {}), pageSize: Math.min(choices.length, o.pageSize ?? 15), theme: listTheme }, context),
      );
      if (v === BACK_CHOICE) throw new GoBack();
      return v;
    },
    checkbox: (o) =>
      withBack(o.back, (context) =>
        checkbox(
          {
            message: o.message,
            choices: o.choices.map((c) => ({ value: c.value, name: c.name, checked: o.checked?.includes(c.value) ?? false })),
            pageSize: Math.min(o.choices.length, 15),
            validate: (chosen) => o.validate(chosen.map((c) => c.value)),
            theme: listTheme,
          },
          context,
        ),
      ),
    confirm: (o) =>
      withBack(o.back, (context) => confirm({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}), theme: confirmTheme }, context)),
    note: (text, style = "help") => {
      const colour = useColour();
      const line = style === "title" ? `\n${colour ? styleText("bold", text) : text}` : colour ? styleText("dim", text) : text;
      process.stdout.write(`${line}\n`);
    },
  };
}
