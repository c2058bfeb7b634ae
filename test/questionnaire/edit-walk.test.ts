// The edit walk and the section menu with a scripted terminal: states, defaults = current answers,
// "back", saving after each change, defaults written for questions an answer now skips.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { Prompts } from "../../src/cli/prompts.js";
import type { Answers } from "../../src/questionnaire/answers.js";
import { editMenu, MENU_DONE } from "../../src/questionnaire/edit-menu.js";
import { menuSections, problemPaths, sectionState, walkSection } from "../../src/questionnaire/edit-walk.js";
import { GoBack } from "../../src/questionnaire/go-back.js";
import { loadQuestionnaire } from "../../src/questionnaire/index.js";
import { ROOT } from "../helpers/run-cli.js";

const sample = (name: string): Answers => parse(readFileSync(join(ROOT, "samples", `${name}.yaml`), "utf8")) as Answers;
const steps = loadQuestionnaire().steps;

/** A step of the script: the prompt's name, then keep its default, give a value, or go back. */
type Move = { readonly name: string } & ({ readonly keep: true } | { readonly answer: unknown } | { readonly back: true });

/** A fake terminal that follows `moves` exactly and records each prompt's name and suggested default. */
function scripted(moves: readonly Move[]) {
  const seen: { name: string; default: unknown }[] = [];
  let k = 0;
  const next = (o: { name: string; default?: unknown; checked?: readonly string[] }): unknown => {
    const m = moves[k++];
    const shown = "checked" in o ? o.checked : o.default;
    seen.push({ name: o.name, default: shown });
    if (!m) throw new Error(`unexpected prompt ${o.name} after the script ended`);
    if (m.name !== o.name) throw new Error(`expected prompt ${m.name}, got ${o.name}`);
    if ("back" in m) throw new GoBack();
    return "keep" in m ? shown : m.answer;
  };
  const prompts: Prompts = {
    input: async (o) => String(next(o)),
    editor: async (o) => String(next(o)),
    number: async (o) => next(o) as number,
    select: async (o) => next(o) as never,
    checkbox: async (o) => next(o) as never,
    confirm: async (o) => next(o) as boolean,
    note: () => undefined,
  };
  return { prompts, seen, done: () => k === moves.length };
}

describe("section states", () => {
  it("a complete sample has every section complete, one menu entry per section of each activity", () => {
    const a = sample("office-attendance");
    const sections = menuSections(steps, a, "zh-CN");
    expect(sections.map((m) => m.title).slice(0, 3)).toEqual(["一、个人信息处理者", "二、评估基本信息", "处理活动 #1 · 三、处理活动概况"]);
    expect(sections).toHaveLength(2 + 14 + 5);
    expect(sections.map((m) => sectionState(m, a, problemPaths(a)))).toEqual(sections.map(() => "complete"));
  });

  it("a missing answer makes its section open; a wrong one makes it invalid; others stay complete", () => {
    const a = sample("office-attendance");
    delete (a["processor"] as Answers)["address"];
    (a["assessment"] as Answers)["date"] = "2026-02-30";
    const [processor, assessment, activity] = menuSections(steps, a, "en");
    const problems = problemPaths(a);
    expect(processor && sectionState(processor, a, problems)).toBe("open");
    expect(assessment && sectionState(assessment, a, problems)).toBe("invalid");
    expect(activity && sectionState(activity, a, problems)).toBe("complete");
  });
});

describe("walking a section", () => {
  it("offers the current answers, steps back, saves only the changed answer", async () => {
    const a = sample("office-attendance");
    const before = structuredClone(a);
    const saves: string[] = [];
    const s = scripted([
      { name: "processor.name", keep: true },
      { name: "processor.creditCode", keep: true },
      { name: "processor.address", back: true },
      { name: "processor.creditCode", keep: true },
      { name: "processor.address", answer: "北京市朝阳区建国路 1 号" },
      { name: "processor.province", back: true },
      { name: "processor.address", keep: true },
      { name: "processor.province", back: true },
      { name: "processor.address", back: true },
      { name: "processor.creditCode", back: true },
      { name: "processor.name", back: true }, // back from the first question: leave the section
    ]);
    const [processor] = menuSections(steps, a, "zh-CN");
    if (!processor) throw new Error("no processor section");
    await walkSection(processor, { steps, prompts: s.prompts, lang: "zh-CN", answers: a, save: async (x) => void saves.push(JSON.stringify(x)) });
    expect(s.done()).toBe(true);
    expect(s.seen.slice(0, 2)).toEqual([
      { name: "processor.name", default: "上海澄明信息科技有限公司" },
      { name: "processor.creditCode", default: "91310115MA1K4XYW34" },
    ]);
    expect(s.seen[6]).toEqual({ name: "processor.address", default: "北京市朝阳区建国路 1 号" }); // the new answer, after back
    expect(saves).toHaveLength(1);
    const expected = structuredClone(before);
    (expected["processor"] as Answers)["address"] = "北京市朝阳区建国路 1 号";
    expect(a).toEqual(expected);
  });

  it("an answer that now skips later questions writes their defaults, as a first run would", async () => {
    const a = sample("residential-gate");
    const consent = (a["activities"] as Answers[])[0]?.["consent"] as Answers;
    consent["guardianConsent"] = true;
    const subjects = menuSections(steps, a, "en").find((m) => m.section.id === "subjects");
    if (!subjects) throw new Error("no subjects section");
    const s = scripted([
      { name: "activities[0].subjects.categories", keep: true },
      // The checklist of groups (children under 14, elderly, disabled): untick the children.
      { name: "activities[0].subjects#flags", answer: ["activities[0].subjects.elderly"] },
      { name: "activities[0].subjects.peopleCount", keep: true },
    ]);
    await walkSection(subjects, { steps, prompts: s.prompts, lang: "en", answers: a, save: async () => undefined });
    expect(s.done()).toBe(true);
    const subjectsAfter = (a["activities"] as Answers[])[0]?.["subjects"] as Answers;
    expect([subjectsAfter["minorsUnder14"], subjectsAfter["elderly"], subjectsAfter["disabled"]]).toEqual([false, true, false]);
    expect(consent["guardianConsent"]).toBe(false);
    expect(consent["childRules"]).toBe(false);
  });

  it("adds an item to a list with 'another?', and walks its questions", async () => {
    const a = sample("office-attendance");
    const pi = menuSections(steps, a, "en").find((m) => m.section.id === "personal-info");
    if (!pi) throw new Error("no personal-info section");
    const list = (a["activities"] as Answers[])[0]?.["personalInfo"] as Answers[];
    const moves: Move[] = list.flatMap((_, i) => [
      { name: `activities[0].personalInfo[${i}].category`, keep: true } as const,
      { name: `activities[0].personalInfo[${i}].description`, keep: true } as const,
      { name: `activities[0].personalInfo[${i}].sensitive`, keep: true } as const,
    ]);
    const n = list.length;
    moves.push(
      { name: "activities[0].personalInfo#more", answer: true },
      { name: `activities[0].personalInfo[${n}].category`, answer: "contact" },
      { name: `activities[0].personalInfo[${n}].description`, answer: "工作邮箱" },
      { name: `activities[0].personalInfo[${n}].sensitive`, answer: false },
      { name: "activities[0].personalInfo#more", answer: false },
    );
    await walkSection(pi, { steps, prompts: scripted(moves).prompts, lang: "en", answers: a, save: async () => undefined });
    expect(list).toHaveLength(n + 1);
    expect(list[n]).toEqual({ category: "contact", description: "工作邮箱", sensitive: false });
  });
});

describe("the menu", () => {
  it("defaults to the first open section, walks the chosen one, and returns on done", async () => {
    const a = sample("office-attendance");
    delete (a["processor"] as Answers)["province"];
    const s = scripted([
      { name: "menu", keep: true },
      { name: "processor.name", keep: true },
      { name: "processor.creditCode", keep: true },
      { name: "processor.address", keep: true },
      { name: "processor.province", answer: "上海市" },
      { name: "processor.contactName", back: true },
      { name: "processor.province", back: true },
      { name: "processor.address", back: true },
      { name: "processor.creditCode", back: true },
      { name: "processor.name", back: true },
      { name: "menu", keep: true },
    ]);
    const walked = await editMenu({ steps, prompts: s.prompts, lang: "zh-CN", answers: a, save: async () => undefined });
    expect(s.done()).toBe(true);
    expect(s.seen[0]?.default).toBe("s0");
    expect(s.seen.at(-1)?.default).toBe(MENU_DONE); // everything complete again
    expect(walked).toEqual(["一、个人信息处理者"]);
    expect(a).toEqual(sample("office-attendance"));
  });
});
