import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { countAnswers, orderLike, serializeAnswers, setAt, valuesAt, type Answers } from "../../src/questionnaire/answers.js";
import { assessmentSchema } from "../../src/model/assessment.js";

describe("partial answers", () => {
  it("setAt creates objects and list items on the way and removes a key for undefined", () => {
    const a: Answers = { activities: [{}] };
    setAt(a, ["activities", 0, "necessity", "soleMethod"], false);
    setAt(a, ["processor", "name"], "澄明");
    expect(a).toEqual({ activities: [{ necessity: { soleMethod: false } }], processor: { name: "澄明" } });
    setAt(a, ["processor", "name"], undefined);
    expect(a["processor"]).toEqual({});
  });

  it("valuesAt collects a field across every item of its groups", () => {
    const a = { activities: [{ id: "gate", recipients: [{ name: "A" }] }, { id: "shop", recipients: [{ name: "B" }, { name: "C" }] }] };
    expect(valuesAt(a, "activities[].id")).toEqual(["gate", "shop"]);
    expect(valuesAt(a, "activities[].recipients[].name")).toEqual(["A", "B", "C"]);
    expect(valuesAt({}, "activities[].id")).toEqual([]);
  });

  it("counts answers: scalars, nulls and lists of choices once each", () => {
    expect(countAnswers({})).toBe(0);
    expect(countAnswers({ processor: { name: "x", piOfficer: null }, incidents: [], assessment: { methods: ["interview", "document-review"] } })).toBe(4);
    expect(countAnswers({ assessment: { assessors: [{ name: "a", kind: "internal" }, { name: "b" }] } })).toBe(3);
  });

  it("orders keys like the schema and keeps unknown keys at the end", () => {
    const ordered = orderLike(assessmentSchema, { filing: { filed: false }, extra: 1, processor: { province: "沪", name: "x" } });
    expect(JSON.stringify(ordered)).toBe('{"processor":{"name":"x","province":"沪"},"filing":{"filed":false},"extra":1}');
  });

  it("writes YAML with inline choice lists and long text on one line, or JSON for .json", () => {
    const long = "很长的说明".repeat(40);
    const a: Answers = { assessment: { methods: ["interview", "document-review"], background: long, version: "1.0", date: "2026-11-16" }, incidents: [] };
    const yaml = serializeAnswers("a.yaml", a);
    expect(yaml).toContain("  methods: [interview, document-review]\n");
    expect(yaml).toContain(`  background: ${long}\n`);
    expect(yaml).toContain("incidents: []\n");
    expect(parse(yaml)).toEqual(a); // "1.0" stays a string, the date stays text
    expect(JSON.parse(serializeAnswers("a.JSON", a))).toEqual(a);
  });
});
