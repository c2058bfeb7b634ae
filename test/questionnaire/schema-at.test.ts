import { describe, expect, it } from "vitest";
import { accepts, check, enumValues, minItems, schemaAt, schemaKind } from "../../src/questionnaire/schema-at.js";
import { SCENARIOS } from "../../src/model/enums.js";

describe("schemaAt", () => {
  it("walks objects, lists ([]) and nullable objects", () => {
    expect(schemaKind(schemaAt("processor.name"))).toBe("string");
    expect(schemaKind(schemaAt("processor.piOfficer"))).toBe("object");
    expect(schemaKind(schemaAt("processor.piOfficer.published"))).toBe("boolean");
    expect(schemaKind(schemaAt("activities"))).toBe("object-list");
    expect(schemaKind(schemaAt("activities[].purposes"))).toBe("enum-list");
    expect(schemaKind(schemaAt("activities[].recipients[].contract"))).toBe("boolean");
    expect(schemaKind(schemaAt("activities[].videoSystem.cameraCount"))).toBe("number");
    expect(schemaKind(schemaAt("activities[].storage.retention.kind"))).toBe("enum");
  });

  it("keeps optional and nullable wrappers of the field itself", () => {
    expect(accepts(schemaAt("processor.lastComplianceAudit"), null)).toBe(true);
    expect(accepts(schemaAt("processor.lastComplianceAudit"), undefined)).toBe(false);
    expect(accepts(schemaAt("assessment.documentNumber"), undefined)).toBe(true);
    expect(accepts(schemaAt("processor.piOfficer"), null)).toBe(true);
  });

  it("validates with the answers-file schema's own rules and messages", () => {
    expect(check(schemaAt("processor.creditCode"), "91310115MA1K4XYW34")).toBe(true);
    expect(check(schemaAt("processor.creditCode"), "12345")).toBe('a unified social credit code has 18 characters; "12345" has 5');
    expect(check(schemaAt("assessment.date"), "2026-02-30")).toBe('expected a real date written YYYY-MM-DD, got "2026-02-30"');
    expect(check(schemaAt("activities[].subjects.peopleCount"), 2.5)).toBe("expected a whole number");
    expect(check(schemaAt("activities[].purposes"), [])).toBe("choose at least one purpose");
    expect(check(schemaAt("activities[].id"), "Gate 1")).toMatch(/lower-case letters/);
  });

  it("reads enum values and list minimums", () => {
    expect(enumValues(schemaAt("activities[].scenario"))).toEqual([...SCENARIOS]);
    expect(enumValues(schemaAt("activities[].notice.covers"))).toContain("retention");
    expect(minItems(schemaAt("activities"))).toBe(1);
    expect(minItems(schemaAt("assessment.assessors"))).toBe(1);
    expect(minItems(schemaAt("activities[].recipients"))).toBe(0);
  });

  it("names the segment that does not exist", () => {
    expect(() => schemaAt("processor.nmae")).toThrow('no field "nmae" in processor');
    expect(() => schemaAt("processor[].name")).toThrow("processor is not a list");
    expect(() => schemaAt("processor.name.first")).toThrow("processor.name is not an object");
  });
});
