import { describe, expect, it } from "vitest";
import { sourcePositions } from "../../src/io/source-positions.js";

const yaml = ["processor:", "  name: 甲公司", "  piOfficer: null", "activities:", "  - id: gate", "    location:", "      province: 上海", "  - id: lobby", ""].join("\n");

describe("sourcePositions", () => {
  const at = sourcePositions(yaml);

  it("points a map entry at its key", () => {
    expect(at(["processor", "name"])).toEqual({ line: 2, column: 3 });
    expect(at(["activities", 0, "location", "province"])).toEqual({ line: 7, column: 7 });
  });

  it("points a list item at the item", () => {
    expect(at(["activities", 1])).toEqual({ line: 8, column: 5 });
    expect(at(["activities", 1, "id"])).toEqual({ line: 8, column: 5 });
  });

  it("falls back to the nearest ancestor present in the file", () => {
    expect(at(["processor", "address"])).toEqual({ line: 1, column: 1 });
    expect(at(["processor", "piOfficer", "name"])).toEqual({ line: 3, column: 3 });
    expect(at(["activities", 5, "id"])).toEqual({ line: 4, column: 1 });
  });

  it("reads JSON text too", () => {
    const json = '{\n  "a": {\n    "b": [1, {"c": 2}]\n  }\n}';
    expect(sourcePositions(json)(["a", "b", 1, "c"])).toEqual({ line: 3, column: 15 });
  });

  it("gives the document start for the root", () => {
    expect(at([])).toEqual({ line: 1, column: 1 });
  });
});
