import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/questionnaire/answers.js";
import { menuSections, problemPaths, sectionState } from "../../src/questionnaire/edit-walk.js";
import { loadQuestionnaire } from "../../src/questionnaire/index.js";
import { startFrom } from "../../src/questionnaire/reassess.js";
import { ROOT } from "../helpers/run-cli.js";

const office = (): Answers => parse(readFileSync(join(ROOT, "samples", "office-attendance.yaml"), "utf8")) as Answers;

describe("startFrom (pipia new NEXT --from LAST)", () => {
  it("keeps last year's facts, points previous at last year's report, and clears what is new each year", () => {
    const last = office();
    const next = startFrom(last);
    const meta = next["assessment"] as Answers;
    expect(meta["previous"]).toEqual({ exists: true, date: "2026-11-16", reportId: "CM-PIA-2026-007", purposeChanged: false, methodChanged: false });
    const withFile = startFrom(last, "../2026/office.yaml")["assessment"] as Answers;
    expect(withFile["previous"]).toMatchObject({ file: "../2026/office.yaml", reportId: "CM-PIA-2026-007" });
    expect(Object.keys(meta)).not.toContain("date");
    expect(Object.keys(meta)).not.toContain("version");
    expect(Object.keys(meta)).not.toContain("documentNumber");
    expect(Object.keys(meta)).not.toContain("startDate");
    expect(next["processor"]).toEqual(last["processor"]);
    // each activity carried over was covered by last year's report (its timing is judged from that date)
    expect(next["activities"]).toEqual((last["activities"] as Answers[]).map((act) => ({ ...act, coveredByPrevious: true })));
    expect(last["assessment"]).toEqual(office()["assessment"]); // the old answers are not touched
  });

  it("leaves only the assessment section open in the menu", () => {
    const next = startFrom(office());
    const { steps } = loadQuestionnaire();
    const states = menuSections(steps, next, "zh-CN").map((m) => [m.section.id, sectionState(m, next, problemPaths(next))]);
    expect(states.filter(([, s]) => s !== "complete")).toEqual([["assessment", "open"]]);
  });
});
