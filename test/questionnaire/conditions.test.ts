import { describe, expect, it } from "vitest";
import { conditionQuestions, evaluate, getAt, resolvePath, type Condition } from "../../src/questionnaire/conditions.js";

const answers = {
  filing: { filed: true },
  activities: [
    { id: "gate", subjects: { minorsUnder14: false }, purposes: ["attendance"], recipients: [{ role: "entrusted" }, { role: "third-party" }] },
    { id: "shop", subjects: { minorsUnder14: true }, purposes: ["marketing-analytics", "public-security"], recipients: [] },
  ],
};

describe("resolvePath", () => {
  it("fills each [] with the index of the current item of that group", () => {
    const scope = [{ group: "activities", index: 1 }, { group: "activities[].recipients", index: 0 }];
    expect(resolvePath("activities[].recipients[].role", scope)).toEqual(["activities", 1, "recipients", 0, "role"]);
    expect(resolvePath("activities[].subjects.minorsUnder14", scope)).toEqual(["activities", 1, "subjects", "minorsUnder14"]);
    expect(resolvePath("filing.filed", scope)).toEqual(["filing", "filed"]);
  });

  it("refuses a [] with no current item", () => {
    expect(() => resolvePath("risks[].activity", [])).toThrow(/no current item of group "risks"/);
  });

  it("reads values along the path and undefined off it", () => {
    expect(getAt(answers, ["activities", 0, "recipients", 1, "role"])).toBe("third-party");
    expect(getAt(answers, ["activities", 5, "id"])).toBeUndefined();
    expect(getAt(answers, ["filing", "filed", "deeper"])).toBeUndefined();
  });
});

describe("evaluate", () => {
  const inFirst = [{ group: "activities", index: 0 }];
  const inSecond = [{ group: "activities", index: 1 }];
  const minors: Condition = { question: "activities[].subjects.minorsUnder14", equals: true };

  it("equals is relative to the current group item", () => {
    expect(evaluate(minors, answers, inFirst)).toBe(false);
    expect(evaluate(minors, answers, inSecond)).toBe(true);
  });

  it("in, includes, not, all and any", () => {
    const role = (index: number) => [...inFirst, { group: "activities[].recipients", index }];
    const thirdParty: Condition = { question: "activities[].recipients[].role", in: ["third-party", "joint"] };
    expect(evaluate(thirdParty, answers, role(0))).toBe(false);
    expect(evaluate(thirdParty, answers, role(1))).toBe(true);
    expect(evaluate({ not: thirdParty }, answers, role(0))).toBe(true);

    const marketing: Condition = { question: "activities[].purposes", includes: "marketing-analytics" };
    expect(evaluate(marketing, answers, inFirst)).toBe(false);
    expect(evaluate(marketing, answers, inSecond)).toBe(true);

    const filed: Condition = { question: "filing.filed", equals: true };
    expect(evaluate({ all: [filed, marketing] }, answers, inFirst)).toBe(false);
    expect(evaluate({ all: [filed, marketing] }, answers, inSecond)).toBe(true);
    expect(evaluate({ any: [minors, marketing] }, answers, inFirst)).toBe(false);
    expect(evaluate({ any: [filed, minors] }, answers, inFirst)).toBe(true);
  });

  it("an unanswered question matches no value, not even null", () => {
    expect(evaluate({ question: "assessment.previous.exists", equals: null }, answers, [])).toBe(false);
    expect(evaluate({ question: "assessment.previous.exists", in: [true, false] }, answers, [])).toBe(false);
    expect(evaluate({ question: "activities[].purposes", includes: "x" }, {}, inFirst)).toBe(false);
  });

  it("lists the questions a condition reads", () => {
    expect(conditionQuestions({ all: [minors, { not: { question: "filing.filed", equals: true } }] })).toEqual([
      "activities[].subjects.minorsUnder14",
      "filing.filed",
    ]);
  });
});
