// Walk the questionnaire, asking only what the answers do not hold yet, and save after every answer.
// A question counts as answered when it has a value, or when it may be left empty (optional) and a
// later question already has a value — so a resumed run starts at the first unanswered question.
import type { Prompts } from "../cli/prompts.js";
import { PipiaError } from "../errors.js";
import type { Lang } from "../model/enums.js";
import { formatPath } from "../model/format-issues.js";
import { countAnswers, isRecord, setAt, type Answers } from "./answers.js";
import { Asker } from "./ask-question.js";
import { evaluate, getAt, resolvePath, type PathKey, type Scope } from "./conditions.js";
import { accepts, check, minItems, schemaAt } from "./schema-at.js";
import type { StepSource } from "./load.js";
import { askFlags } from "./ask-flags.js";
import type { FlagsStep, GroupQuestion, LeafQuestion, NullableQuestion, Step, Text } from "./types.js";

export type RunOptions = {
  /** The questionnaire's top-level steps: `loadQuestionnaire().steps`, or `lazySteps()` to parse files on demand. */
  readonly steps: readonly Step[] | StepSource;
  readonly prompts: Prompts;
  readonly lang: Lang;
  /** The answers so far (possibly partial); edited in place. */
  readonly answers: Answers;
  /** Called after every change; must persist `answers` before resolving. */
  readonly save: (answers: Answers) => Promise<void>;
  /** For error messages about a malformed partial file. */
  readonly file: string;
};

const UI = {
  savedInvalid: { "zh-CN": "已保存的回答无效，请重新回答", en: "The saved answer is not valid; answer again" },
} as const satisfies Record<string, Text>;

type Later = () => boolean;

class Run {
  private readonly pending: { readonly text: string; readonly style: "title" | "help" }[] = [];
  /** Started from an empty file: answers then only ever exist up to the current question. */
  private readonly fresh: boolean;
  private readonly asker: Asker;
  constructor(private readonly o: RunOptions) {
    this.fresh = countAnswers(o.answers) === 0;
    this.asker = new Asker(o.prompts, o.lang, () => o.answers);
  }

  private get data(): Answers {
    return this.o.answers;
  }

  private t(text: Text): string {
    return text[this.o.lang];
  }

  /** Section titles and item headers are printed only before a question is actually asked. */
  private flush(): void {
    for (const line of this.pending) this.o.prompts.note(line.text, line.style);
    this.pending.length = 0;
  }

  private async withHeader(header: string, body: () => Promise<void>): Promise<void> {
    const mark = this.pending.length;
    this.pending.push({ text: header, style: "title" });
    await body();
    if (this.pending.length > mark) this.pending.length = mark;
  }

  private introduce(help: Text): void {
    this.flush();
    this.o.prompts.note(`  ${this.t(help)}`, "help");
  }

  private async set(keys: readonly PathKey[], value: unknown): Promise<void> {
    setAt(this.data, keys, value);
    await this.o.save(this.data);
  }

  private hasAnswer(step: Step, scope: Scope): boolean {
    if (step.type === "section" || step.type === "flags") return step.steps.some((s) => this.hasAnswer(s, scope));
    return getAt(this.data, resolvePath(step.id, scope)) !== undefined;
  }

  async steps(steps: readonly Step[] | StepSource, scope: Scope, later: Later): Promise<void> {
    const at: StepSource = typeof steps === "function" ? steps : (k) => steps[k];
    for (let k = 0, step = at(0); step !== undefined; step = at(++k)) {
      const from = k + 1;
      const after: Later = () => {
        if (this.fresh) return false; // and no need to parse the files ahead
        for (let j = from, s = at(j); s !== undefined; s = at(++j)) if (this.hasAnswer(s, scope)) return true;
        return later();
      };
      const current = step;
      if (current.type === "section") await this.withHeader(this.t(current.title), () => this.steps(current.steps, scope, after));
      else if (current.type === "group") await this.group(current, scope, after);
      else if (current.type === "nullable") await this.nullable(current, scope, after);
      else if (current.type === "flags") await this.flags(current, scope);
      else await this.leaf(current, scope, after);
    }
  }

  /** One checklist for several yes/no questions; unanswered ones are ticked by their default. */
  private async flags(step: FlagsStep, scope: Scope): Promise<void> {
    const keys = step.steps.map((q) => resolvePath(q.id, scope));
    if (keys.every((k) => getAt(this.data, k) !== undefined)) return;
    this.introduce(step.help);
    const ticked = await askFlags(this.o.prompts, this.o.lang, step, scope, this.data, {});
    for (const [k, on] of ticked) setAt(this.data, k, on);
    await this.o.save(this.data);
  }

  /** Skipped by `when`: write the default (if any) and report true. */
  private async skipped(q: { readonly when?: LeafQuestion["when"]; readonly default?: unknown }, keys: readonly PathKey[], scope: Scope): Promise<boolean> {
    if (!q.when || evaluate(q.when, this.data, scope)) return false;
    if (q.default !== undefined) await this.set(keys, structuredClone(q.default));
    return true;
  }

  private async leaf(q: LeafQuestion, scope: Scope, later: Later): Promise<void> {
    const keys = resolvePath(q.id, scope);
    const saved = getAt(this.data, keys);
    if (saved !== undefined) return this.recheck(q, scope, keys, saved);
    if (await this.skipped(q, keys, scope)) return;
    const schema = schemaAt(q.id);
    if (accepts(schema, undefined) && later()) return; // left empty before the run was interrupted
    const only = this.asker.onlyChoice(q, schema);
    if (only !== undefined) {
      // Settled by earlier answers (one activity: every risk is about it); said, not asked.
      this.flush();
      this.o.prompts.note(`  ${this.t(q.message)} ${only}`, "help");
      await this.set(keys, only);
      return;
    }
    this.introduce(q.help);
    const carried = q.defaultFrom !== undefined ? getAt(this.data, resolvePath(q.defaultFrom, scope)) : undefined;
    const value = await this.asker.ask(q, schema, scope, keys, { current: carried ?? q.default });
    if (value !== undefined) await this.set(keys, value);
  }

  /**
   * A saved answer that fails its own schema (an autosave cut mid-value, a hand edit) is asked
   * again, showing the saved value and why it fails, with it as the default where the prompt allows.
   */
  private async recheck(q: LeafQuestion, scope: Scope, keys: readonly PathKey[], saved: unknown): Promise<void> {
    const schema = schemaAt(q.id);
    const problem = check(schema, saved);
    if (problem === true) return;
    const shown = JSON.stringify(saved) ?? String(saved);
    this.flush();
    this.o.prompts.note(`  ${this.t(UI.savedInvalid)}: ${shown.length > 200 ? `${shown.slice(0, 197)}…` : shown} (${problem})`, "help");
    const value = await this.asker.ask(q, schema, scope, keys, { current: saved });
    await this.set(keys, value);
  }

  private malformed(keys: readonly PathKey[], expected: string, got: unknown): PipiaError {
    return new PipiaError(
      `${this.o.file}: ${formatPath(keys)}: expected ${expected}, got ${JSON.stringify(got)}`,
      2,
      "fix or delete that entry in the file, then run pipia new again",
    );
  }

  private async nullable(q: NullableQuestion, scope: Scope, later: Later): Promise<void> {
    const keys = resolvePath(q.id, scope);
    const value = getAt(this.data, keys);
    if (value === null) return;
    if (value === undefined) {
      if (await this.skipped(q, keys, scope)) return;
      this.introduce(q.help);
      const yes = await this.o.prompts.confirm({ name: formatPath(keys), message: this.t(q.message) });
      await this.set(keys, yes ? {} : null);
      if (!yes) return;
    } else if (!isRecord(value)) throw this.malformed(keys, "a mapping or null", value);
    await this.steps(q.steps, scope, later);
  }

  private async group(q: GroupQuestion, scope: Scope, later: Later): Promise<void> {
    const keys = resolvePath(q.id, scope);
    const min = minItems(schemaAt(q.id));
    const existing = getAt(this.data, keys);
    if (existing === undefined) {
      if (await this.skipped(q, keys, scope)) return;
      if (min === 0) {
        this.introduce(q.help);
        const yes = await this.o.prompts.confirm({ name: formatPath(keys), message: this.t(q.message), default: false });
        await this.set(keys, yes ? [{}] : []);
        if (!yes) return;
      } else {
        this.pending.push({ text: this.t(q.message), style: "title" }, { text: `  ${this.t(q.help)}`, style: "help" });
        await this.set(keys, []);
      }
    } else if (!Array.isArray(existing)) throw this.malformed(keys, "a list", existing);
    const list = getAt(this.data, keys) as unknown[];
    for (let i = 0; ; i++) {
      if (i >= list.length) {
        if (list.length >= min) {
          if (list.length === 0) return; // "none" was answered
          if (later()) return; // the list was finished before the run was interrupted
          this.flush();
          const more = await this.o.prompts.confirm({ name: `${formatPath(keys)}#more`, message: this.t(q.more), default: false });
          if (!more) return;
        }
        list.push({});
        await this.o.save(this.data);
      }
      const item = list[i];
      if (!isRecord(item)) throw this.malformed([...keys, i], "a mapping", item);
      const index = i;
      const inner: Scope = [...scope, { group: q.id, index }];
      await this.withHeader(`${this.t(q.item)} #${index + 1}`, () => this.steps(q.steps, inner, () => index + 1 < list.length || later()));
    }
  }
}

/** Ask every unanswered question; resolves with the (now complete) answers. */
export async function runQuestionnaire(o: RunOptions): Promise<Answers> {
  await new Run(o).steps(o.steps, [], () => false);
  return o.answers;
}
