// questionnaires/labels.yaml is written as YAML flow mappings, where an unquoted comma ends the
// value: "{ en: Office (attendance, access) }" parsed as en "Office (attendance" plus a stray key
// "access)". Every label must be exactly { zh-CN, en }, whole, with balanced brackets.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../helpers/run-cli.js";

type Table = Record<string, Record<string, Record<string, unknown>>>;
const table = parse(readFileSync(join(ROOT, "questionnaires", "labels.yaml"), "utf8")) as Table;
const entries = Object.entries(table).flatMap(([vocab, values]) => Object.entries(values).map(([value, label]) => ({ vocab, value, label })));

function balanced(text: string): boolean {
  const pairs: Record<string, string> = { ")": "(", "）": "（", "]": "[", "】": "【", "》": "《", "”": "“" };
  const stack: string[] = [];
  for (const c of text) {
    if (Object.values(pairs).includes(c) && !(c === "“" && stack[stack.length - 1] === "“")) stack.push(c);
    else if (c in pairs && stack.pop() !== pairs[c]) return false;
  }
  return stack.length === 0;
}

describe("questionnaires/labels.yaml", () => {
  it("gives every value exactly a zh-CN and an en label, each a non-empty string with balanced brackets", () => {
    const bad = entries.filter(
      ({ label }) =>
        Object.keys(label).sort().join(",") !== "en,zh-CN" || Object.values(label).some((t) => typeof t !== "string" || t.trim() === "" || !balanced(t)),
    );
    expect(bad.map((b) => `${b.vocab}.${b.value}: ${JSON.stringify(b.label)}`)).toEqual([]);
  });

  it("keeps the seven English labels that unquoted commas used to cut", () => {
    const en = (vocab: string, value: string) => table[vocab]?.[value]?.["en"];
    expect(en("scenario", "office")).toBe("Office (attendance, access)");
    expect(en("scenario", "online-app")).toBe("Online application (app, mini-program, website)");
    expect(en("scenario", "retail")).toBe("Shopping mall, supermarket or store");
    expect(en("scenario", "hotel")).toBe("Hotel, guesthouse or homestay");
    expect(en("scenario", "transport-hub")).toBe("Station, airport or other transport hub");
    expect(en("scenario", "venue")).toBe("Sports venue, gym or entertainment venue");
    expect(en("likelihoodFactor", "scale-posture")).toBe("Business characteristics, scale and security posture");
  });

  it("the check catches a cut label", () => {
    expect(balanced("Office (attendance")).toBe(false);
    expect(balanced("Office (attendance, access)")).toBe(true);
    expect(balanced("办公场所（考勤、门禁）")).toBe(true);
  });
});
