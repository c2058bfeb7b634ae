// Malformed answers files: each gives exit 2, names the file (and the field path where there is
// one), and never prints a stack trace.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, openSync, ftruncateSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { ROOT } from "../helpers/run-cli.js";
import { runMain } from "../helpers/run-main.js";

const dir = mkdtempSync(join(tmpdir(), "pipia-bad-"));
const sample = (): Record<string, any> => parse(readFileSync(join(ROOT, "samples", "office-attendance.yaml"), "utf8")) as Record<string, any>;

type Case = { name: string; make: () => string; expect: RegExp[] };

const cases: Case[] = [
  {
    name: "wrong types",
    make: () => {
      const a = sample();
      a.activities[0].subjects.peopleCount = "many";
      a.security.auditLogs = "yes";
      const f = join(dir, "types.yaml");
      writeFileSync(f, stringify(a));
      return f;
    },
    expect: [/activities\[0\]\.subjects\.peopleCount: expected number, received string/, /security\.auditLogs: expected boolean, received string/],
  },
  {
    name: "unknown keys",
    make: () => {
      const a = sample();
      a.processor.nickname = "x";
      const f = join(dir, "unknown.yaml");
      writeFileSync(f, stringify(a));
      return f;
    },
    expect: [/processor\.nickname: unknown field "nickname"/],
  },
  {
    name: "missing required facts",
    make: () => {
      const a = sample();
      delete a.activities[0].necessity.soleMethod;
      delete a.security;
      const f = join(dir, "missing.yaml");
      writeFileSync(f, stringify(a));
      return f;
    },
    expect: [/activities\[0\]\.necessity\.soleMethod: missing; expected boolean/, /: security: missing; expected object/],
  },
  {
    name: "broken YAML",
    make: () => {
      const f = join(dir, "broken.yaml");
      writeFileSync(f, "processor:\n  name: [unclosed\n  address: x\n");
      return f;
    },
    expect: [/line \d+, column \d+: not valid YAML/],
  },
  {
    name: "broken JSON",
    make: () => {
      const f = join(dir, "broken.json");
      writeFileSync(f, '{"processor": ');
      return f;
    },
    expect: [/\(root\): not valid JSON/],
  },
  {
    name: "wrong encoding (GBK)",
    make: () => {
      const f = join(dir, "gbk.yaml");
      writeFileSync(f, Buffer.from([0x70, 0x3a, 0x20, 0xc4, 0xe3, 0xba, 0xc3, 0x0a])); // "p: 你好" in GBK
      return f;
    },
    expect: [/is not UTF-8 text/],
  },
  { name: "empty file", make: () => { const f = join(dir, "empty.yaml"); writeFileSync(f, ""); return f; }, expect: [/is empty/] },
  { name: "a directory", make: () => { const f = join(dir, "folder.yaml"); mkdirSync(f, { recursive: true }); return f; }, expect: [/is a folder/] },
  { name: "a missing file", make: () => join(dir, "nope.yaml"), expect: [/no such file/] },
  {
    name: "a 50 MB file",
    make: () => {
      const f = join(dir, "huge.yaml");
      const fd = openSync(f, "w");
      ftruncateSync(fd, 50 * 1024 * 1024);
      closeSync(fd);
      return f;
    },
    expect: [/is 50\.0 MB; answers files are limited to 10 MB/],
  },
  {
    name: "a list instead of a mapping",
    make: () => { const f = join(dir, "list.yaml"); writeFileSync(f, "- a\n- b\n"); return f; },
    expect: [/\(root\): expected a mapping/],
  },
];

describe("invalid answers files", () => {
  for (const c of cases) {
    it(`${c.name}: exit 2, names the file and path, no stack`, async () => {
      const file = c.make();
      for (const cmd of ["validate", "check"]) {
        // validate speaks Chinese unless told (--lang); these expectations are the English messages.
        const r = await runMain(cmd === "validate" ? [cmd, file, "--lang", "en"] : [cmd, file]);
        expect(r.code, `${cmd}: ${r.stderr}`).toBe(2);
        expect(r.stderr.startsWith(file), r.stderr).toBe(true);
        for (const re of c.expect) expect(r.stderr).toMatch(re);
        expect(r.stderr).not.toMatch(/\n\s+at .*\(/);
        expect(r.stderr).not.toContain("please report");
      }
    });
  }
});

describe("render --poster-size", () => {
  it("accepts only A4 or A3 (exit 2 naming the option)", async () => {
    const r = await runMain(["render", join(ROOT, "samples", "office-attendance.yaml"), "--out", join(dir, "poster-size"), "--poster-size", "A5"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--poster-size: "A5" is not allowed; expected one of A4, A3');
  });
});
