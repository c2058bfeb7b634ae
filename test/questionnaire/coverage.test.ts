// Every fact of the answers schema is asked: walk the zod schema (objects by `.shape`, lists by
// `.element`, optional/nullable unwrapped) and compare its leaf paths with the question ids.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { assessmentSchema } from "../../src/model/assessment.js";
import { loadQuestionnaire, questionIds } from "../../src/questionnaire/index.js";

/** Fields the questionnaire deliberately does not ask: the editor hint and expert overrides. */
const NOT_ASKED = new Set(["$schema", "overrides"]);

type Paths = { leaves: string[]; containers: string[] };

function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable) cur = cur.unwrap() as z.ZodType;
  return cur;
}

function walk(schema: z.ZodType, path: string, into: Paths): void {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) {
    if (path !== "") into.containers.push(path); // a nullable object is a question of its own
    for (const [key, field] of Object.entries(s.shape)) {
      if (path === "" && NOT_ASKED.has(key)) continue;
      walk(field as z.ZodType, path === "" ? key : `${path}.${key}`, into);
    }
    return;
  }
  if (s instanceof z.ZodUnion) {
    // A discriminated union (storage.retention by kind): one container, the union of its options' fields.
    into.containers.push(path);
    const sub: Paths = { leaves: [], containers: [] };
    for (const o of s.options as readonly z.ZodType[]) {
      const obj = unwrap(o);
      if (obj instanceof z.ZodObject) for (const [key, field] of Object.entries(obj.shape)) walk(field as z.ZodType, `${path}.${key}`, sub);
    }
    for (const l of new Set(sub.leaves)) into.leaves.push(l);
    for (const c of new Set(sub.containers)) into.containers.push(c);
    return;
  }
  if (s instanceof z.ZodArray) {
    const element = unwrap(s.element as z.ZodType);
    if (element instanceof z.ZodObject) {
      into.containers.push(path); // a repeatable group
      walk(element, `${path}[]`, into);
      return;
    }
  }
  into.leaves.push(path); // scalar, enum, or list of enums (a checkbox)
}

const schemaPaths = (): Paths => {
  const p: Paths = { leaves: [], containers: [] };
  walk(assessmentSchema, "", p);
  return p;
};

describe("questionnaire coverage of the answers schema", () => {
  const leafQuestions = loadQuestionnaire()
    .questions.filter((q) => q.type !== "group" && q.type !== "nullable")
    .map((q) => q.id);

  it("walks the schema into the expected shape", () => {
    const { leaves, containers } = schemaPaths();
    expect(leaves).toContain("activities[].recipients[].contract");
    expect(leaves).toContain("activities[].purposes");
    expect(leaves).toContain("processor.lastComplianceAudit");
    expect(containers).toContain("activities[].videoSystem");
    expect(leaves.some((l) => l.startsWith("overrides") || l === "$schema")).toBe(false);
    expect(leaves.length).toBeGreaterThan(150);
  });

  it("asks every leaf of the schema", () => {
    const asked = new Set(leafQuestions);
    expect(schemaPaths().leaves.filter((p) => !asked.has(p))).toEqual([]);
  });

  it("asks nothing that is not a leaf of the schema", () => {
    const leaves = new Set(schemaPaths().leaves);
    expect(leafQuestions.filter((id) => !leaves.has(id))).toEqual([]);
  });

  it("every group or nullable question is a list or an object that may be null in the schema", () => {
    const containers = new Set(schemaPaths().containers);
    const ids = [...questionIds()].filter((id) => !leafQuestions.includes(id));
    expect(ids.filter((id) => !containers.has(id))).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(["activities", "activities[].recipients", "processor.piOfficer", "activities[].videoSystem", "incidents", "risks"]));
  });
});
