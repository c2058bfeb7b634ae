// The section menu of `pipia edit` (and of `pipia new` on a complete file): every section with its
// state; choosing one walks it (edit-walk.ts), then the menu comes back until "done".
import type { Lang } from "../model/enums.js";
import { menuSections, problemPaths, sectionState, walkSection, type SectionState, type WalkOptions } from "./edit-walk.js";
import type { Text } from "./types.js";

const STATE: Readonly<Record<SectionState, Text>> = {
  complete: { "zh-CN": "已完成", en: "complete" },
  open: { "zh-CN": "有待答问题", en: "open questions" },
  invalid: { "zh-CN": "有误", en: "invalid" },
};

const UI = {
  menu: { "zh-CN": "选择要查看或修改的部分", en: "Choose a section to review or change" },
  done: { "zh-CN": "完成（已保存）", en: "Done (everything is saved)" },
  toConfirm: { "zh-CN": "← 待确认", en: "← to confirm" },
} as const satisfies Record<string, Text>;

export const MENU_DONE = "done";

export type MenuOptions = WalkOptions & {
  /** Reassessment: sections not yet walked are marked "to confirm" and offered first. */
  readonly confirmEach?: boolean;
};

export function stateLabel(state: SectionState, lang: Lang): string {
  return STATE[state][lang];
}

/** Show the menu until the user picks "done"; returns the keys of the sections walked. */
export async function editMenu(o: MenuOptions): Promise<string[]> {
  const walked: string[] = [];
  let last: string | undefined;
  for (;;) {
    const sections = menuSections(o.steps, o.answers, o.lang);
    const problems = problemPaths(o.answers);
    const keyOf = (i: number): string => `s${i}`;
    const choices = sections.map((m, i) => {
      const state = sectionState(m, o.answers, problems);
      const toConfirm = o.confirmEach === true && !walked.includes(m.title);
      return { value: keyOf(i), name: `${m.title}  [${STATE[state][o.lang]}]${toConfirm ? `  ${UI.toConfirm[o.lang]}` : ""}`, state, toConfirm };
    });
    const lastIndex = last === undefined ? -1 : choices.findIndex((c) => c.value === last);
    const pending = choices.find((c, i) => i > lastIndex && (c.state !== "complete" || c.toConfirm)) ?? choices.find((c) => c.state !== "complete" || c.toConfirm);
    const chosen = await o.prompts.select({
      name: "menu",
      message: UI.menu[o.lang],
      choices: [...choices.map(({ value, name }) => ({ value, name })), { value: MENU_DONE, name: UI.done[o.lang] }],
      default: pending?.value ?? MENU_DONE,
      pageSize: 40,
    });
    if (chosen === MENU_DONE) return walked;
    const m = sections[Number(chosen.slice(1))];
    if (m === undefined) return walked;
    await walkSection(m, o);
    walked.push(m.title);
    last = chosen;
  }
}
