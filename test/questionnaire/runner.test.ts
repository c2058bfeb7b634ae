import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/io/atomic-write.js";
import { loadAssessment } from "../../src/io/load-answers.js";
import { serializeAnswers, type Answers } from "../../src/questionnaire/answers.js";
import { lazySteps, loadQuestionnaire, runQuestionnaire } from "../../src/questionnaire/index.js";
import { ROOT } from "../helpers/run-cli.js";
import { scriptedPrompts } from "./scripted-prompts.js";

const SAMPLE_FILE = join(ROOT, "samples", "office-attendance.yaml");
const SAMPLE = parse(readFileSync(SAMPLE_FILE, "utf8")) as Answers;
const sample = (): Answers => structuredClone(SAMPLE);

/** Run the questionnaire over `start`, answering from `source`; the last save round-trips through YAML text. */
async function run(source: unknown, start: Answers, stopAfter = Infinity) {
  let answers: Answers = structuredClone(start);
  let last = JSON.stringify(start);
  let saves = 0;
  const script = scriptedPrompts(source, () => answers, stopAfter);
  let cancelled = false;
  try {
    answers = await runQuestionnaire({
      steps: loadQuestionnaire().steps,
      prompts: script.prompts,
      lang: "zh-CN",
      answers,
      file: "a.yaml",
      save: async (a) => {
        saves++;
        last = JSON.stringify(a); // what is on disk at the moment
      },
    });
  } catch (e) {
    if (!(e instanceof Error && e.name === "ExitPromptError")) throw e;
    cancelled = true;
  }
  const savedText = serializeAnswers("a.yaml", JSON.parse(last) as Answers);
  return { ...script, saves, cancelled, saved: (parse(savedText) ?? {}) as Answers, savedText };
}

describe("a full scripted run", () => {
  it("asks every question and writes a file equal to the sample, in the sample's key order", async () => {
    const r = await run(sample(), {});
    expect(r.cancelled).toBe(false);
    expect(r.saved).toEqual(sample());
    // JSON text compares key order too: the file reads like samples/office-attendance.yaml.
    expect(JSON.stringify(r.saved)).toBe(JSON.stringify(sample()));
    expect(r.asked[0]).toBe("processor.name");
    expect(r.asked).toContain("activities[0].recipients[0].contract");
    expect(r.asked).toContain("activities#more");
    expect(r.asked).not.toContain("activities[0].consent.guardianConsent"); // no minors: skipped, default written
    expect(r.saves).toBeGreaterThanOrEqual(r.asked.length - r.traceless.size);
    expect(r.savedText).toContain("methods: [interview, document-review, technical-testing]");
    expect(r.savedText).toContain('version: "1.0"');
  });

  it("writes a file that the answers validation accepts, through the real atomic write", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pipia-new-"));
    const file = join(dir, "a.yaml");
    const answers: Answers = {};
    const script = scriptedPrompts(sample(), () => answers);
    await runQuestionnaire({
      steps: lazySteps(),
      prompts: script.prompts,
      lang: "en",
      answers,
      file,
      save: (a) => writeFileAtomic(file, serializeAnswers(file, a), { force: true }),
    });
    expect(await loadAssessment(file)).toEqual(sample());
  });

  it("shows section titles and help text in the chosen language", async () => {
    const r = await run(sample(), {});
    expect(r.notes[0]).toBe("一、个人信息处理者");
    expect(r.notes[1]).toMatch(/^ {2}《个人信息保护法》第十七条/);
    expect(r.notes).toContain("处理活动 #1");
    expect(r.notes.filter((n) => n === "三、处理活动概况")).toHaveLength(1);
  });

  it("writes the `when` default of a skipped question, and asks it when the condition holds", async () => {
    const s = sample();
    const act = (s["activities"] as Answers[])[0] as Answers;
    (act["subjects"] as Answers)["minorsUnder14"] = true;
    (act["consent"] as Answers)["guardianConsent"] = true;
    // All PI of under-14s is sensitive (PIPL Art 28), so each non-face item is asked what needs it.
    for (const item of act["personalInfo"] as Answers[]) if (item["category"] !== "face-template") item["neededFor"] = ["attendance"];
    const r = await run(s, {});
    expect(r.asked).toContain("activities[0].consent.guardianConsent");
    expect(r.saved).toEqual(s);
  });
});

describe("groups", () => {
  const twoActivities = (secondId: string): Answers => {
    const s = sample();
    const acts = s["activities"] as Answers[];
    acts.push({ ...structuredClone(acts[0] as Answers), id: secondId, name: "访客登记" });
    (s["risks"] as Answers[]).push({ activity: secondId, event: "loss", scenario: "终端损坏。", harm: "无法考勤。", mitigation: "备份。" });
    return s;
  };

  it("repeats the activity sections per item and offers the answered activity ids for risks", async () => {
    const s = twoActivities("visitors");
    const r = await run(s, {});
    expect(r.saved).toEqual(s);
    expect(r.asked).toContain("activities[1].recipients[0].name");
    expect(r.asked.filter((n) => n === "activities#more")).toHaveLength(2);
    expect(r.notes).toContain("处理活动 #2");
  });

  it("refuses an activity id already used by another activity", async () => {
    await expect(run(twoActivities("attendance"), {})).rejects.toThrow(
      'activities[1].id: the runner rejected "attendance": "attendance" 已被同一列表中的另一项使用，请换一个',
    );
  });
});

describe("resume", () => {
  it("a half-written file asks only the remaining questions", async () => {
    const full = await run(sample(), {});
    let half = Math.floor(full.asked.length / 2);
    while (full.traceless.has(half - 1)) half++; // see the next test for answers that leave no trace
    const first = await run(sample(), {}, half);
    expect(first.cancelled).toBe(true);
    expect(first.asked).toEqual(full.asked.slice(0, half));
    const second = await run(sample(), first.saved);
    expect(second.asked).toEqual(full.asked.slice(half));
    expect(second.saved).toEqual(sample());
  });

  it("after an interruption at any prompt, resumes at the first unanswered question", async () => {
    const full = await run(sample(), {});
    for (let n = 1; n < full.asked.length; n++) {
      const first = await run(sample(), {}, n);
      const second = await run(sample(), first.saved);
      // Answers that leave no trace (an optional question left empty, "add another?" → no) are asked
      // again when nothing after them was answered yet; nothing else is.
      let k = n;
      while (k > 0 && full.traceless.has(k - 1)) k--;
      expect(second.asked, `interrupted at prompt ${n} (${full.asked[n]})`).toEqual(full.asked.slice(k));
      expect(second.saved, `interrupted at prompt ${n}`).toEqual(sample());
    }
  });

  it("a complete file asks nothing", async () => {
    const r = await run(sample(), sample());
    expect(r.asked).toEqual([]);
    expect(r.saves).toBe(0);
  });
});
