import { describe, expect, it } from "vitest";
import { answersJsonSchema } from "../../src/model/json-schema.js";
import { runMain } from "../helpers/run-main.js";

describe("answers-file JSON Schema", () => {
  it("is pinned: a change to the model changes schema/assessment.schema.json (review the diff)", async () => {
    await expect(`${JSON.stringify(answersJsonSchema(), null, 2)}\n`).toMatchFileSnapshot("../../schema/assessment.schema.json");
  });

  it("forbids unknown keys and requires the facts the rules need", async () => {
    const s = answersJsonSchema() as { additionalProperties?: boolean; required?: string[]; properties: Record<string, { required?: string[] }> };
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual(expect.arrayContaining(["processor", "assessment", "activities", "security", "rights", "filing"]));
  });

  it("`pipia schema` prints the same schema", async () => {
    const r = await runMain(["schema"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(answersJsonSchema());
  });
});
