// What `pipia new` saves starts with the schema line editors read; the answers parse back unchanged.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { answersFileText } from "../../src/io/answers-file-text.js";
import { toolVersion } from "../../src/version.js";

const url = `https://unpkg.com/pipia@${toolVersion()}/schema/assessment.schema.json`;
const answers = { processor: { name: "甲公司", totalPeople: 12 } };

describe("answersFileText", () => {
  it("heads a YAML file with the yaml-language-server line", () => {
    const text = answersFileText("site.yaml", answers);
    expect(text.split("\n")[0]).toBe(`# yaml-language-server: $schema=${url}`);
    expect(parse(text)).toEqual(answers);
  });

  it("gives a JSON file a leading $schema key", () => {
    const text = answersFileText("site.json", answers);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(["$schema", "processor"]);
    expect(JSON.parse(text)).toEqual({ $schema: url, ...answers });
  });
});
