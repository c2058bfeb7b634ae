// pipia batch: input expansion, the summary table and exit code, progress output, and the real
// binary rendering several assessments with worker processes (dist/, as a user runs it).
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { BIN, ROOT, runCli } from "../helpers/run-cli.js";
import { loadAssessment } from "../../src/io/load-answers.js";
import { analyze } from "../../src/analysis/analyze.js";
import { CONFIG_FILE } from "../../src/render/config.js";
import { CONFIG_FILE_NAME, expandInputs } from "../../src/batch/inputs.js";
import { exitCodeFor, summaryTable, totals } from "../../src/batch/summary.js";
import { createProgress } from "../../src/batch/progress.js";
import { runPool } from "../../src/batch/pool.js";
import { pathToFileURL } from "node:url";
import { textWidth } from "../../src/batch/text-width.js";
import type { BatchJob, ItemResult } from "../../src/batch/types.js";

const tmp = (): string => mkdtempSync(join(tmpdir(), "pipia-batch-"));
const SAMPLES = readdirSync(join(ROOT, "samples"))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => basename(f, ".yaml"))
  .sort();
const sample = (name: string): string => join(ROOT, "samples", `${name}.yaml`);
const STACK = /\n\s+at .*[(:]\d/;

function result(over: Partial<ItemResult> & Pick<ItemResult, "index" | "file" | "status">): ItemResult {
  return { outDir: `out/${over.file}`, counts: null, outcome: null, written: [], message: null, ms: 1000, ...over };
}

describe("expandInputs", () => {
  it("takes a folder's answers files in name order, skips the config and hidden files, and keeps stems unique", async () => {
    const d = tmp();
    const one = join(d, "one");
    const two = join(d, "two");
    mkdirSync(join(one, "sub"), { recursive: true });
    mkdirSync(two);
    for (const f of ["b.yml", "a.yaml", "c.json", CONFIG_FILE_NAME, ".hidden.yaml", "notes.txt", "sub/deep.yaml"]) writeFileSync(join(one, f), "x: 1\n");
    writeFileSync(join(two, "a.yaml"), "x: 1\n");
    const empty = join(d, "empty");
    mkdirSync(empty);
    const missing = join(d, "missing.yaml");
    const { inputs, emptyFolders } = await expandInputs([one, join(two, "a.yaml"), join(one, "a.yaml"), missing, empty]);
    expect(inputs).toEqual([
      { file: join(one, "a.yaml"), name: "a" },
      { file: join(one, "b.yml"), name: "b" },
      { file: join(one, "c.json"), name: "c" },
      { file: join(two, "a.yaml"), name: "a-2" },
      { file: missing, name: "missing" },
    ]);
    expect(emptyFolders).toEqual([empty]);
  });

  it("skips the same config file name as the renderer looks for", () => {
    expect(CONFIG_FILE_NAME).toBe(CONFIG_FILE);
  });
});

describe("summary and exit code", () => {
  const counts = { prohibited: 1, required: 2, risk: 3, advice: 4 };
  const results: ItemResult[] = [
    result({ index: 2, file: "c.yaml", status: "failed", message: "boom" }),
    result({ index: 0, file: "甲公司.yaml", status: "ok", counts, outcome: "must-stop", written: ["o/a-report.docx", "o/a-report.md", "o/a-records.docx"] }),
    result({ index: 1, file: "b.yaml", status: "invalid", message: "b.yaml: processor: missing" }),
  ];

  it("is 2 when any input is invalid, else 1 when anything failed, else 0", () => {
    expect(exitCodeFor(results)).toBe(2);
    expect(exitCodeFor(results.filter((r) => r.status !== "invalid"))).toBe(1);
    expect(exitCodeFor(results.filter((r) => r.status === "ok"))).toBe(0);
    expect(exitCodeFor([])).toBe(0);
  });

  it("lists assessments in input order with open findings per severity, aligned for wide characters", () => {
    const lines = summaryTable(results, 2000).split("\n");
    expect(lines[0]).toMatch(/^assessment\s+result\s+prohibited\s+required\s+risk\s+advice\s+documents\s+conclusion$/);
    expect(lines[2]).toMatch(/^甲公司\.yaml\s+ok\s+1\s+2\s+3\s+4\s+2\s+must-stop$/);
    expect(lines[3]).toMatch(/^b\.yaml\s+invalid\s+–\s+–\s+–\s+–\s+0\s+–$/);
    expect(lines[4]).toMatch(/^c\.yaml\s+failed\s+/);
    expect(lines[6]).toMatch(/^total\s+1\/3 ok\s+1\s+2\s+3\s+4\s+2$/);
    expect(lines[8]).toBe("3 assessment(s): 1 ok, 1 invalid, 1 failed · 2 document(s) in 2.0 s (1.0 documents/s)");
    // "result" starts in the same terminal column on every row, though 甲公司 is two columns per character.
    const column = (line: string, word: string): number => textWidth(line.slice(0, line.indexOf(word)));
    expect(column(lines[2] ?? "", " ok") + 1).toBe(column(lines[0] ?? "", "result"));
    expect(column(lines[3] ?? "", "invalid")).toBe(column(lines[0] ?? "", "result"));
    expect(totals(results)).toEqual({ assessments: 3, ok: 1, invalid: 1, failed: 1, documents: 2, counts });
  });
});

describe("progress", () => {
  const capture = () => {
    const lines: string[] = [];
    const errors: string[] = [];
    const screen: string[] = [];
    return { lines, errors, screen };
  };

  it("prints one plain line per assessment without a terminal, and problems to stderr", () => {
    const c = capture();
    let t = 0;
    const p = createProgress(12, { write: (s) => c.lines.push(s), error: (s) => c.errors.push(s), tty: null }, () => t);
    t = 500;
    p.done(result({ index: 0, file: "a.yaml", status: "ok", outDir: "out/a", written: ["out/a/a-report.docx", "out/a/a-report.md"], ms: 1234 }));
    p.done(result({ index: 1, file: "b.yaml", status: "invalid", message: "b.yaml: processor.name: missing" }));
    p.finish();
    expect(c.lines).toEqual(["[ 1/12] ok      a.yaml → out/a (2 file(s), 1.2 s)", "[ 2/12] invalid b.yaml"]);
    expect(c.errors).toEqual(["b.yaml: processor.name: missing"]);
    expect(c.lines.join("")).not.toMatch(/[\r\u001b]/);
  });

  it("redraws one bar on a terminal and prints problems above it", () => {
    const c = capture();
    let t = 0;
    const p = createProgress(4, { write: (s) => c.lines.push(s), error: (s) => c.errors.push(s), tty: { write: (s) => c.screen.push(s), columns: 100 } }, () => t);
    t = 1000;
    p.done(result({ index: 0, file: "a.yaml", status: "ok", written: ["a-report.docx", "a-records.docx"] }));
    t = 1050; // within the redraw interval: no redraw for a success
    p.done(result({ index: 1, file: "b.yaml", status: "ok", written: ["b-report.docx"] }));
    t = 2000;
    p.done(result({ index: 2, file: "c.yaml", status: "failed", message: "c.yaml: boom" }));
    p.done(result({ index: 3, file: "d.yaml", status: "ok", written: ["d-report.docx"] }));
    p.finish();
    expect(c.lines).toEqual([]);
    expect(c.errors).toEqual(["c.yaml: boom"]);
    expect(c.screen[0]).toBe(`\r\u001b[K${"░".repeat(40)} 0/4 · 0.0 docs/s`);
    expect(c.screen[1]).toBe(`\r\u001b[K${"█".repeat(10)}${"░".repeat(30)} 1/4 · 2.0 docs/s · 3.0 s left`);
    expect(c.screen).toHaveLength(6); // first draw, 1/4, clear before the problem, 3/4, 4/4, final clear
    expect(c.screen[4]).toMatch(/^\r\u001b\[K█{40} 4\/4 · 1 failed · 2\.0 docs\/s$/);
    expect(c.screen[5]).toBe("\r\u001b[K");
  });
});

describe("worker pool", () => {
  // A stand-in worker whose behaviour the job's file name picks, so crashes and hangs are exact.
  const worker = join(tmp(), "fake-worker.mjs");
  writeFileSync(
    worker,
    `process.on("disconnect", () => process.exit(0));
process.on("message", (job) => {
  const reply = (status, message) => process.send({ index: job.index, file: job.file, outDir: job.outDir, status, counts: null, outcome: null, written: [], message, ms: 1 });
  if (job.file === "crash") setImmediate(() => { throw new Error("boom in worker"); });
  else if (job.file === "exit") process.exit(3);
  else if (job.file === "hang") { /* never answers */ }
  else if (job.file === "oom") { const keep = []; for (;;) keep.push(new Array(1e6).fill(keep.length)); }
  else reply("ok", String(process.pid));
});
`,
  );
  const settings = { lang: "zh-CN", only: null, force: false, markdown: false, templatesDir: null, configFile: null } as const;
  const jobs = (files: readonly string[]): BatchJob[] => files.map((file, index) => ({ index, file, outDir: `out/${index}`, settings }));
  const pool = async (files: readonly string[], over: { size?: number; recycleAfter?: number; jobTimeoutMs?: number } = {}) => {
    const results: ItemResult[] = [];
    await runPool(jobs(files), { size: 2, workerUrl: pathToFileURL(worker), recycleAfter: 100, heapMb: 32, jobTimeoutMs: 10_000, onResult: (r) => results.push(r), ...over });
    return results.sort((a, b) => a.index - b.index);
  };

  it("fails only the job whose worker crashed, exited, hung or ran out of memory, and carries on", async () => {
    const r = await pool(["a", "crash", "b", "exit", "c", "hang", "d", "oom", "e"], { jobTimeoutMs: 6000 });
    expect(r.map((x) => x.status)).toEqual(["ok", "failed", "ok", "failed", "ok", "failed", "ok", "failed", "ok"]);
    expect(r[1]?.message).toMatch(/^crash: the renderer stopped unexpectedly \(the worker process ended with exit code 1\):\n[^]*Error: boom in worker/);
    expect(r[3]?.message).toMatch(/^exit: the renderer stopped unexpectedly \(the worker process ended with exit code 3\)$/);
    expect(r[5]?.message).toBe("hang: rendering took longer than 6 s and was stopped");
    expect(r[7]?.message).toBe("oom: rendering ran out of memory (32 MB per worker); raise PIPIA_WORKER_HEAP_MB or split the assessment");
  }, 60_000);

  it("replaces each worker after recycleAfter jobs and never runs more workers than asked", async () => {
    const r = await pool(["a", "b", "c", "d", "e", "f", "g"], { size: 2, recycleAfter: 2 });
    expect(r).toHaveLength(7);
    const pids = r.map((x) => x.message);
    expect(new Set(pids).size).toBe(4); // 7 jobs on 2 slots, a fresh worker every 2 jobs: 4 processes
    const one = await pool(["a", "b", "c"], { size: 1 });
    expect(new Set(one.map((x) => x.message)).size).toBe(1);
  }, 60_000);
});

// The real binary. Renders only the report (the slow part is the same for every document).
describe("pipia batch (dist/bin.js)", () => {
  const out = tmp();

  it("renders each assessment of a folder into its own sub-folder and tabulates open findings", async () => {
    const r = runCli(["batch", join(ROOT, "samples"), "--out", out, "--only", "report", "--jobs", "2"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toMatch(/[\r\u001b]/);
    expect(SAMPLES.length).toBeGreaterThanOrEqual(3);
    expect(r.stdout).toContain(`rendering ${SAMPLES.length} assessment(s) with 2 worker process(es) into ${out}`);
    for (const name of SAMPLES) {
      const file = join(out, name, `${name}-report.docx`);
      expect(statSync(file).size).toBeGreaterThan(5000);
      expect(readFileSync(file).subarray(0, 2).toString("latin1")).toBe("PK");
      expect(r.stdout).toMatch(new RegExp(`\\] ok {6}${sample(name).replaceAll("/", "\\/").replaceAll(".", "\\.")} → ${join(out, name).replaceAll("/", "\\/")} \\(1 file\\(s\\)`));
    }
    for (const name of SAMPLES) {
      const an = analyze(await loadAssessment(sample(name)));
      const row = r.stdout.split("\n").find((l) => l.startsWith(sample(name)));
      const c = an.counts;
      expect(row).toMatch(new RegExp(`^\\S+\\s+ok\\s+${c.prohibited}\\s+${c.required}\\s+${c.risk}\\s+${c.advice}\\s+1\\s+${an.conclusion.outcome}$`));
    }
    expect(r.stdout).toContain(`${SAMPLES.length} assessment(s): ${SAMPLES.length} ok, 0 invalid, 0 failed · ${SAMPLES.length} document(s) in`);
  });

  it("never replaces existing documents without --force, and does with it", () => {
    const file = join(out, "office-attendance", "office-attendance-report.docx");
    const before = statSync(file);
    const bytes = readFileSync(file);
    const r = runCli(["batch", sample("office-attendance"), sample("residential-gate"), "--out", out, "--only", "report"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: already exists; pass --force to overwrite`);
    expect(r.stderr).not.toMatch(STACK);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(statSync(file).ino).toBe(before.ino);
    expect(r.stdout).toMatch(/2 assessment\(s\): 0 ok, 2 invalid, 0 failed/);

    const forced = runCli(["batch", sample("office-attendance"), "--out", out, "--only", "report", "--force"]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(statSync(file).ino).not.toBe(before.ino); // a new file renamed into place
  });

  it("keeps going past invalid inputs, names each file and path, and exits 2", () => {
    const d = tmp();
    const good = join(d, "good.yaml");
    copyFileSync(sample("office-attendance"), good);
    const broken = join(d, "broken.yaml");
    writeFileSync(broken, readFileSync(good, "utf8").replace("peopleCount: 380", "peopleCount: many"));
    const empty = join(d, "empty-folder");
    mkdirSync(empty);
    const missing = join(d, "missing.yaml");
    const dest = join(d, "out");
    const r = runCli(["batch", broken, missing, good, empty, "--out", dest, "--only", "report", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${broken}: activities[0].subjects.peopleCount: expected number, received string`);
    expect(r.stderr).toContain(`${missing}: no such file`);
    expect(r.stderr).toContain(`${empty}: holds no answers files`);
    expect(r.stderr).not.toMatch(STACK);
    expect(readdirSync(join(dest, "good"))).toEqual(["good-report.en.docx"]);
    expect(existsSync(join(dest, "broken"))).toBe(false);
    expect(r.stdout).toMatch(/4 assessment\(s\): 1 ok, 3 invalid, 0 failed · 1 document\(s\)/);
  });

  it("exits 1 when rendering fails unexpectedly, and still finishes every assessment", () => {
    const dest = join(tmp(), "out");
    const r = runCli(["batch", sample("office-attendance"), sample("mall-camera"), "--out", dest, "--only", "report"], { env: { PIPIA_WORKER_HEAP_MB: "8" } });
    expect(r.code).toBe(1);
    for (const name of ["office-attendance", "mall-camera"])
      expect(r.stderr).toContain(`${sample(name)}: rendering ran out of memory (8 MB per worker); raise PIPIA_WORKER_HEAP_MB`);
    expect(r.stdout).toMatch(/2 assessment\(s\): 0 ok, 0 invalid, 2 failed/);
    expect(readdirSync(dest)).toEqual([]);
  });

  it("uses --templates and the config beside each answers file, like render", () => {
    const d = tmp();
    const templates = join(d, "tpl");
    mkdirSync(join(templates, "zh-CN"), { recursive: true });
    writeFileSync(join(templates, "zh-CN", "report.md.hbs"), "# 自定义模板 MARKER-7f3a\n\n{{doc.title}}\n");
    const answers = join(d, "firm");
    mkdirSync(answers);
    copyFileSync(sample("office-attendance"), join(answers, "client.yaml"));
    writeFileSync(join(answers, CONFIG_FILE), "organisation: 明德律师事务所 CFG-MARK\n");
    const dest = join(d, "out");
    const r = runCli(["batch", answers, "--out", dest, "--only", "report", "--templates", templates, "--markdown"]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dest, "client", "client-report.md"), "utf8")).toBe("# 自定义模板 MARKER-7f3a\n\n员工人脸识别考勤系统个人信息保护影响评估报告\n");
    const core = spawnSync("unzip", ["-p", join(dest, "client", "client-report.docx"), "docProps/core.xml"], { encoding: "utf8" }).stdout;
    expect(core).toContain("<dc:creator>明德律师事务所 CFG-MARK</dc:creator>");
  });

  it("rejects bad options before starting any worker", () => {
    const dest = join(tmp(), "never");
    const cases: Array<[string[], RegExp]> = [
      [["batch", "--out", dest], /expected answers files or folders/],
      [["batch", sample("mall-camera")], /--out DIR is required/],
      [["batch", sample("mall-camera"), "--out", dest, "--jobs", "0"], /--jobs: "0" is not allowed; expected a whole number from 1 to 256/],
      [["batch", sample("mall-camera"), "--out", dest, "--jobs", "two"], /--jobs: "two" is not allowed/],
      [["batch", sample("mall-camera"), "--out", dest, "--lang", "fr"], /--lang: "fr" is not allowed; expected one of zh-CN, en, bilingual/],
      [["batch", sample("mall-camera"), "--out", dest, "--templates", join(dest, "tpl")], /--templates: folder ".*tpl" does not exist/],
      [["batch", sample("mall-camera"), "--out", dest, "--config", join(dest, "c.yaml")], /c\.yaml: no such config file/],
      [["batch", sample("mall-camera"), "--out", sample("mall-camera")], /mall-camera\.yaml: is a file, expected the output folder/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(STACK);
    }
    expect(existsSync(join(dest, "mall-camera"))).toBe(false);
  });

  it("draws a progress bar on a terminal", () => {
    const dest = join(tmp(), "out");
    const cmd = [process.execPath, BIN, "batch", sample("office-attendance"), "--out", dest, "--only", "report"].map((a) => `'${a}'`).join(" ");
    const r = spawnSync("script", ["-q", "-e", "-c", cmd, "/dev/null"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 120_000 });
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain(`\r\u001b[K${"░".repeat(10)}`);
    expect(r.stdout).toMatch(/█+ 1\/1 · [\d.]+ docs\/s/);
    expect(r.stdout).not.toContain("[1/1] ok"); // no plain lines on a terminal
    expect(r.stdout).toContain("1 assessment(s): 1 ok, 0 invalid, 0 failed");
    expect(basename(dest)).toBe("out");
  });
});
