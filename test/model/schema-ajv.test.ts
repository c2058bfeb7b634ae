// The answers JSON Schema as other tools see it: ajv (draft-07) accepts every sample, rejects the
// dates `pipia validate` rejects, and every property is described in Chinese and English.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { answersJsonSchema, forEachProperty } from "../../src/model/json-schema.js";
import { draft07 } from "../helpers/ajv.js";
import { ROOT } from "../helpers/run-cli.js";

const shipped = JSON.parse(readFileSync(join(ROOT, "schema", "assessment.schema.json"), "utf8")) as Record<string, unknown>;
const validate = draft07().compile(shipped);
const samples = readdirSync(join(ROOT, "samples")).filter((f) => f.endsWith(".yaml"));
const sample = (name: string): Record<string, Record<string, unknown>> => parse(readFileSync(join(ROOT, "samples", name), "utf8")) as Record<string, Record<string, unknown>>;

describe("answers JSON Schema under ajv (draft-07)", () => {
  it("is a draft-07 schema with a real address", () => {
    expect(shipped["$schema"]).toBe("http://json-schema.org/draft-07/schema#");
    expect(shipped["$id"]).toMatch(/^https:\/\/unpkg\.com\/pipia@\d+\.\d+\.\d+\/schema\/assessment\.schema\.json$/);
  });

  it.each(samples)("accepts %s", (name) => {
    const ok = validate(sample(name));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(["2026-02-30", "2025-02-29", "20/9/2026", "2026-9-20"])("rejects the date %s, as pipia validate does", (bad) => {
    const answers = sample("office-attendance.yaml");
    answers["assessment"] = { ...answers["assessment"], date: bad };
    expect(validate(answers)).toBe(false);
    expect((validate.errors ?? []).map((e) => e.instancePath)).toContain("/assessment/date");
  });

  it("accepts 29 February in a leap year", () => {
    const answers = sample("office-attendance.yaml");
    answers["assessment"] = { ...answers["assessment"], date: "2028-02-29" };
    expect(validate(answers)).toBe(true);
  });

  it("describes every property in Chinese and in English", () => {
    const missing: string[] = [];
    let count = 0;
    forEachProperty(answersJsonSchema(), (path, property) => {
      count++;
      const [zh, en, ...more] = String(property["description"] ?? "").split("\n");
      const ok = zh !== undefined && /\p{Script=Han}/u.test(zh) && en !== undefined && /[A-Za-z]/.test(en) && !/\p{Script=Han}/u.test(en) && more.length === 0;
      if (!ok) missing.push(path);
    });
    expect(missing).toEqual([]);
    expect(count).toBeGreaterThan(200);
  });
});
