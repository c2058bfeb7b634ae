// Ask one leaf question through the Prompts wrapper, validating with the answers schema at its
// path. Shared by the first run (runner.ts) and the edit walk (edit-walk.ts), which passes the
// current answer as the default and allows "back".
import type { Choice, Prompts } from "../cli/prompts.js";
import type { Lang } from "../model/enums.js";
import { formatPath } from "../model/format-issues.js";
import { label } from "../model/labels.js";
import { valuesAt, type Answers } from "./answers.js";
import { getAt, idSegments, resolvePath, type PathKey, type Scope } from "./conditions.js";
import { accepts, check, enumValues, type Schema } from "./schema-at.js";
import type { LeafQuestion, Text } from "./types.js";

export const ASK_UI = {
  required: { "zh-CN": "此项必填", en: "An answer is required" },
  unique: { "zh-CN": "已被同一列表中的另一项使用，请换一个", en: "is already used by another item of this list; choose another" },
} as const satisfies Record<string, Text>;

export type AskOptions = {
  /** Suggested answer: the question's default on a first run, the current answer when editing. */
  readonly current?: unknown;
  /** Allow "back" (the prompt then may reject with GoBack). */
  readonly back?: boolean;
};

export class Asker {
  constructor(
    private readonly prompts: Prompts,
    private readonly lang: Lang,
    private readonly data: () => Answers,
  ) {}

  private t(text: Text): string {
    return text[this.lang];
  }

  /** Empty text means "none": omitted when the field is optional, null when it is nullable. */
  textValue(raw: string, schema: Schema): string | null | undefined {
    const t = raw.trim();
    if (t !== "") return t;
    if (accepts(schema, undefined)) return undefined;
    if (accepts(schema, null)) return null;
    return t;
  }

  validator(q: LeafQuestion, schema: Schema, scope: Scope): (value: unknown) => true | string {
    return (value) => {
      if (value === undefined && q.required) return this.t(ASK_UI.required);
      if (q.unique && value !== undefined && this.usedByOtherItem(q.id, scope, value)) return `"${String(value)}" ${this.t(ASK_UI.unique)}`;
      return check(schema, value);
    };
  }

  /** Does another item of the innermost group hold `value` in this field? */
  private usedByOtherItem(id: string, scope: Scope, value: unknown): boolean {
    const mine = scope[scope.length - 1];
    if (!mine) return false;
    const items = getAt(this.data(), resolvePath(mine.group, scope.slice(0, -1)));
    const field = idSegments(id.slice(mine.group.length + "[].".length)).map((seg) => seg.name);
    return Array.isArray(items) && items.some((item, i) => i !== mine.index && getAt(item, field) === value);
  }

  /** The one possible answer of a select over earlier answers (e.g. the only activity), if there is just one. */
  onlyChoice(q: LeafQuestion, schema: Schema): string | undefined {
    if (q.type !== "select" || q.choicesFromAnswers === undefined) return undefined;
    const choices = this.choices(q, schema);
    return choices.length === 1 ? choices[0]?.value : undefined;
  }

  private choices(q: LeafQuestion, schema: Schema): Choice<string>[] {
    if (q.choicesFrom !== undefined) {
      const vocab = q.choicesFrom;
      return enumValues(schema).map((v) => ({ value: v, name: label(vocab, v)[this.lang] }));
    }
    if (q.choices !== undefined) return q.choices.map((c) => ({ value: c.value, name: this.t(c.label) }));
    const values = valuesAt(this.data(), q.choicesFromAnswers ?? "").filter((v): v is string => typeof v === "string");
    return [...new Set(values)].map((v) => ({ value: v, name: v }));
  }

  async ask(q: LeafQuestion, schema: Schema, scope: Scope, keys: readonly PathKey[], o: AskOptions = {}): Promise<unknown> {
    const base = { name: formatPath(keys), message: this.t(q.message), ...(o.back ? { back: true } : {}) };
    const validate = this.validator(q, schema, scope);
    const current = o.current;
    switch (q.type) {
      case "input":
      case "date":
      case "editor": {
        const ask = q.type === "editor" ? this.prompts.editor : this.prompts.input;
        const raw = await ask({
          ...base,
          ...(typeof current === "string" ? { default: current } : {}),
          validate: (raw) => validate(this.textValue(raw, schema)),
        });
        return this.textValue(raw, schema);
      }
      case "number": {
        const required = q.required === true || !accepts(schema, undefined);
        return this.prompts.number({
          ...base,
          ...(typeof current === "number" ? { default: current } : {}),
          validate: (v) => (v === undefined && required ? this.t(ASK_UI.required) : validate(v)),
        });
      }
      case "select":
        return this.prompts.select({ ...base, choices: this.choices(q, schema), ...(typeof current === "string" ? { default: current } : {}) });
      case "checkbox":
        return this.prompts.checkbox({
          ...base,
          choices: this.choices(q, schema),
          ...(Array.isArray(current) ? { checked: current.filter((v): v is string => typeof v === "string") } : {}),
          validate: (v) => validate([...v]),
        });
      case "confirm":
        return this.prompts.confirm({ ...base, ...(typeof current === "boolean" ? { default: current } : {}) });
    }
  }
}
