// Malformed answers files, table-driven, through validate and render, and through one batch that
// holds them all next to a good file. Each gives exit 2 and lines naming the file (and the field
// path where there is one); none prints a stack trace. validate and render run main() in this process
// (a file pipia cannot read runs the real binary as another user); the batch runs the binary.
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, closeSync, copyFileSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, ROOT } from "../helpers/run-cli.js";
import { runMain } from "../helpers/run-main.js";

const dir = mkdtempSync(join(tmpdir(), "pipia-invalid-"));
chmodSync(dir, 0o755); // readable by the unprivileged user some cases run as
const SAMPLE_TEXT = readFileSync(join(ROOT, "samples", "office-attendance.yaml"), "utf8");
const STACK = /\n\s+at .*[(:]\d|please report/;
const asRoot = process.getuid?.() === 0;

/** The sample with one textual edit, which must apply. */
function edited(from: string, to: string): string {
  if (!SAMPLE_TEXT.includes(from)) throw new Error(`sample no longer contains ${JSON.stringify(from)}`);
  return SAMPLE_TEXT.replace(from, to);
}

type Case = {
  readonly name: string;
  readonly file: string;
  readonly make: (file: string) => void;
  /** Lines stderr must hold, after the file name. */
  readonly expect: readonly RegExp[];
  /** A batch reads a folder as a folder of answers files, so its message differs. */
  readonly batchExpect?: readonly RegExp[];
  /** Run as an unprivileged user (root reads any file). */
  readonly unprivileged?: true;
};

const text = (content: string | Buffer) => (file: string) => writeFileSync(file, content);
const ALIASES = ["a: &a [x, x, x, x, x, x, x, x, x]", ...["b", "c", "d", "e", "f", "g"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdef"[i]}`).join(", ")}]`)].join("\n");

const cases: readonly Case[] = [
  { name: "wrong types", file: "types.yaml", make: text(edited("peopleCount: 380", "peopleCount: many").replace("auditLogs: true", "auditLogs: yes please")), expect: [/: activities\[0\]\.subjects\.peopleCount: expected number, received string/, /: security\.auditLogs: expected boolean, received string/] },
  { name: "an unknown key", file: "unknown.yaml", make: text(edited("  totalPeople: 2400", "  totalPeople: 2400\n  nickname: x")), expect: [/: processor\.nickname: unknown field "nickname"/] },
  { name: "missing required facts", file: "missing.yaml", make: text(edited("      soleMethod: false\n", "").replace(/^security:\n(  .*\n)+/m, "")), expect: [/: activities\[0\]\.necessity\.soleMethod: missing; expected boolean/, /: security: missing; expected object/] },
  { name: "an empty required text", file: "blank.yaml", make: text(edited("  name: 上海澄明信息科技有限公司", '  name: "   "')), expect: [/: processor\.name: must not be empty/] },
  { name: "an impossible date", file: "date.yaml", make: text(edited("date: 2026-11-16", "date: 2026-02-30")), expect: [/: assessment\.date: expected a real date written YYYY-MM-DD, got "2026-02-30"/] },
  { name: "an unknown choice", file: "enum.yaml", make: text(edited("scenario: office", "scenario: spaceship")), expect: [/: activities\[0\]\.scenario: expected one of "residential"\|"office"/] },
  { name: "a negative count", file: "negative.yaml", make: text(edited("peopleCount: 380", "peopleCount: -5")), expect: [/: activities\[0\]\.subjects\.peopleCount: must be 0 or more/] },
  { name: "an infinite count", file: "infinite.yaml", make: text(edited("peopleCount: 380", "peopleCount: .inf")), expect: [/: activities\[0\]\.subjects\.peopleCount: expected number, received Infinity/] },
  { name: "a section set to null", file: "null.yaml", make: text(edited("filing:\n  filed: false", "filing: null")), expect: [/: filing: expected object, received null/] },
  { name: "broken YAML", file: "broken.yaml", make: text("processor:\n  name: [unclosed\n  address: x\n"), expect: [/: line \d+, column \d+: not valid YAML/] },
  { name: "duplicate keys", file: "duplicate.yaml", make: text("processor: {}\nprocessor: {}\n"), expect: [/: line 2, column 1: not valid YAML: Map keys must be unique/] },
  { name: "deeply nested YAML", file: "deep.yaml", make: text(`a: ${"[".repeat(5000)}${"]".repeat(5000)}\n`), expect: [/: line 1, column \d+: not valid YAML/] },
  { name: "a YAML alias bomb", file: "bomb.yaml", make: text(`${ALIASES}\n`), expect: [/: \(root\): not valid YAML: .*alias/i] },
  { name: "broken JSON", file: "broken.json", make: text('{"processor": '), expect: [/: \(root\): not valid JSON/] },
  { name: "JSON with a trailing comma", file: "comma.json", make: text('{"processor": {},}'), expect: [/: \(root\): not valid JSON/] },
  { name: "wrong encoding (GBK)", file: "gbk.yaml", make: text(Buffer.from([0x70, 0x3a, 0x20, 0xc4, 0xe3, 0xba, 0xc3, 0x0a])), expect: [/: is not UTF-8 text/] },
  { name: "wrong encoding (UTF-16)", file: "utf16.yaml", make: text(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("processor: {}\n", "utf16le")])), expect: [/: is not UTF-8 text/] },
  { name: "a binary file", file: "image.yaml", make: text(Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), Buffer.from(Array.from({ length: 256 }, (_, i) => i))])), expect: [/: is not UTF-8 text/] },
  { name: "an empty file", file: "empty.yaml", make: text(""), expect: [/: is empty/] },
  { name: "only a comment", file: "comment.yaml", make: text("# nothing here\n\n"), expect: [/: \(root\): expected a mapping of sections .*, got null/] },
  { name: "a list instead of a mapping", file: "list.yaml", make: text("- a\n- b\n"), expect: [/: \(root\): expected a mapping of sections .*, got a list/] },
  { name: "a bare string", file: "scalar.yaml", make: text('"just text"\n'), expect: [/: \(root\): expected a mapping of sections .*, got "just text"/] },
  {
    name: "a directory",
    file: "folder.yaml",
    make: (f) => mkdirSync(f, { recursive: true }),
    expect: [/: is a folder, expected an answers file/],
    batchExpect: [/: holds no answers files/],
  },
  { name: "a missing file", file: "nope.yaml", make: () => undefined, expect: [/: no such file; check the path or create one with: pipia new /] },
  { name: "a symlink loop", file: "loop.yaml", make: (f) => symlinkSync(f, f), expect: [/: a symbolic link that loops; expected an answers file/] },
  { name: "an unreadable file", file: "secret.yaml", make: (f) => { writeFileSync(f, SAMPLE_TEXT); chmodSync(f, 0o000); }, expect: [/: permission denied; make the file readable/], unprivileged: true },
  {
    name: "a 50 MB file",
    file: "huge.yaml",
    make: (f) => {
      const fd = openSync(f, "w");
      ftruncateSync(fd, 50 * 1024 * 1024);
      closeSync(fd);
    },
    expect: [/: is 50\.0 MB; answers files are limited to 10 MB/],
  },
];

for (const c of cases) c.make(join(dir, c.file));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** As another user through the real binary (root reads any file); otherwise main() in this process. */
function spawnRun(args: readonly string[], unprivileged: boolean) {
  const out = join(mkdtempSync(join(tmpdir(), "pipia-invalid-out-")), "out");
  const r = spawnSync(process.execPath, [BIN, ...args.map((a) => (a === "OUT" ? out : a))], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 120_000,
    ...(unprivileged && asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  if (unprivileged && asRoot) chmodSync(join(out, ".."), 0o777);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, out };
}

async function run(args: readonly string[], unprivileged: boolean) {
  if (unprivileged && asRoot) return spawnRun(args, unprivileged);
  const out = join(mkdtempSync(join(tmpdir(), "pipia-invalid-out-")), "out");
  return { ...(await runMain(args.map((a) => (a === "OUT" ? out : a)))), out };
}

describe("malformed answers files", () => {
  for (const c of cases) {
    it(`${c.name}: validate and render exit 2 naming ${c.file}, no stack`, async () => {
      const file = join(dir, c.file);
      // `check` reads through the same loader as `validate` (test/commands/invalid-input.test.ts runs both).
      for (const args of [["validate", file, "--lang", "en"], ["render", file, "--out", "OUT"]]) {
        const r = await run(args, c.unprivileged === true);
        expect(r.code, `${args[0]}: ${r.stderr}`).toBe(2);
        for (const line of r.stderr.trimEnd().split("\n")) expect(line.startsWith(`${file}: `), `${args[0]}: ${line}`).toBe(true);
        for (const re of c.expect) expect(r.stderr, args[0]).toMatch(re);
        expect(r.stderr).not.toMatch(STACK);
        expect(r.stdout).toBe("");
      }
    });
  }

  it("batch: every malformed file reported by name, the good one rendered, exit 2", () => {
    const good = join(dir, "good.yaml");
    copyFileSync(join(ROOT, "samples", "office-attendance.yaml"), good);
    const usable = cases.filter((c) => !c.unprivileged);
    const r = spawnRun(["batch", ...usable.map((c) => join(dir, c.file)), good, "--out", "OUT", "--only", "report"], false);
    expect(r.code).toBe(2);
    for (const c of usable) for (const re of c.batchExpect ?? c.expect) expect(r.stderr, c.name).toMatch(new RegExp(`${join(dir, c.file).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${re.source}`));
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stdout).toContain(`${usable.length + 1} assessment(s): 1 ok, ${usable.length} invalid, 0 failed`);
    expect(readdirSync(r.out)).toEqual(["good"]);
    expect(readdirSync(join(r.out, "good"))).toEqual(["good-report.docx"]);
  });
});
