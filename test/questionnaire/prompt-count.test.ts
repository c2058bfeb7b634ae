// How many prompts a DPO answers for each sample, counted by a scripted run of the real
// questionnaire (every prompt, including "add another?" and "is there a …?"). README quotes these
// figures; the target for a one-activity office case is 90 or fewer.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { Prompts } from "../../src/cli/prompts.js";
import type { Answers } from "../../src/questionnaire/answers.js";
import { loadQuestionnaire, runQuestionnaire } from "../../src/questionnaire/index.js";
import { ROOT } from "../helpers/run-cli.js";
import { scriptedPrompts } from "./scripted-prompts.js";

async function promptsFor(sample: string): Promise<{ asked: string[]; defaults: Map<string, unknown> }> {
  const source = parse(readFileSync(join(ROOT, "samples", `${sample}.yaml`), "utf8")) as Answers;
  const answers: Answers = {};
  const script = scriptedPrompts(source, () => answers);
  const defaults = new Map<string, unknown>();
  const spy: Prompts = {
    ...script.prompts,
    input: (o) => {
      defaults.set(o.name, o.default);
      return script.prompts.input(o);
    },
    // The recipient's country is a (searchable) choice from the code list.
    select: (o) => {
      defaults.set(o.name, o.default);
      return script.prompts.select(o);
    },
  };
  await runQuestionnaire({ steps: loadQuestionnaire().steps, prompts: spy, lang: "zh-CN", answers, file: "a.yaml", save: async () => undefined });
  // (mall-camera holds a value for a question its answers skip, which a run writes as the default.)
  if (sample === "office-attendance") expect(answers).toEqual(source);
  return { asked: script.asked, defaults };
}

describe("prompts per sample", () => {
  it.each([
    ["office-attendance", 134],
    ["residential-gate", 149],
    ["mall-camera", 235],
    ["hotel-checkin", 272],
  ])("%s: %d prompts", async (sample, count) => {
    expect((await promptsFor(sample)).asked).toHaveLength(count);
  });

  it("carries the processor's province and address over as the devices' defaults", async () => {
    const { defaults } = await promptsFor("office-attendance");
    expect(defaults.get("activities[0].location.province")).toBe("上海市");
    expect(defaults.get("activities[0].location.site")).toBe("上海市浦东新区张江路 88 号 5 楼");
    expect(defaults.get("activities[0].recipients[0].country")).toBe("CN");
  });
});
