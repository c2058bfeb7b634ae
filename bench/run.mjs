#!/usr/bin/env node
// pipia benchmark (`npm run bench`): a script, not a test. Prints a table and writes
// bench/results.md with the machine's description.
//   1. the default sample's full document set, whole process (`node dist/bin.js render …`), against
//      pandoc converting the same report Markdown to .docx, run alternately; ratio of medians;
//   2. `pipia batch` over 1, 10, 100 and 1,000 generated assessments: wall time, documents/s, peak RSS;
//   3. time from start to the first interactive prompt of `pipia new FILE` in a pseudo-terminal.
//
//   node bench/run.mjs [--rounds N] [--sizes 1,10,100,1000] [--prompt-rounds N] [--jobs N]
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, release, totalmem, type as osType } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse, stringify } from "yaml";

const root = join(import.meta.dirname, "..");
const tmp = join(root, "bench", "tmp");
const BIN = join(root, "dist", "bin.js");
const SAMPLE = join(root, "samples", "office-attendance.yaml");
const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "10" },
    sizes: { type: "string", default: "1,10,100,1000" },
    "prompt-rounds": { type: "string", default: "10" },
    jobs: { type: "string" },
  },
});
const ROUNDS = Number(values.rounds);
const SIZES = values.sizes.split(",").map(Number);
const PROMPT_ROUNDS = Number(values["prompt-rounds"]);

const TARGET = { ratio: 0.5, batch1000Seconds: 30, peakRssMb: 400, firstPromptMs: 250 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (x) => `${x.toFixed(0)} ms`;
const log = (s) => process.stderr.write(`${s}\n`);

/** Peak resident set of a process and its threads: VmHWM from /proc, polled until it exits. */
function peakOf(pid, into) {
  const t = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (m) into.kb = Math.max(into.kb, Number(m[1]));
    } catch {
      /* exited */
    }
  }, 20);
  return () => clearInterval(t);
}

/** Runs a command to completion: wall time (ms), exit code, peak RSS (MB, of the process itself). */
function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" }, ...opts });
    const peak = { kb: 0 };
    const stop = peakOf(child.pid, peak);
    let out = "";
    let err = "";
    child.stdout.on("data", (b) => (out += b));
    child.stderr.on("data", (b) => (err += b));
    child.on("exit", (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e6;
      stop();
      resolve({ wall, code, rssMb: peak.kb / 1024, out, err });
    });
  });
}

function machine() {
  const cpu = cpus()[0];
  const pandoc = spawnSync("pandoc", ["--version"], { encoding: "utf8" }).stdout?.split("\n")[0] ?? "pandoc: not found";
  return {
    cpu: `${cpu?.model ?? "unknown CPU"} (${availableParallelism()} logical cores${cpu?.speed ? `, ${cpu.speed} MHz` : ""})`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GB`,
    os: `${osType()} ${release()}`,
    node: process.version,
    pandoc,
    load: loadavg().map((x) => x.toFixed(2)).join(" "),
  };
}

// ---- 1. full document set vs pandoc on the report alone
async function fullSetVsPandoc() {
  const out = join(tmp, "render");
  rmSync(out, { recursive: true, force: true });
  const first = await run(process.execPath, [BIN, "render", SAMPLE, "--out", out, "--force", "--markdown"]);
  if (first.code !== 0) throw new Error(`render failed: ${first.err}`);
  const docs = readdirSync(out).filter((f) => f.endsWith(".docx")).sort();
  const md = join(out, "office-attendance-report.md");
  const pipia = [];
  const pandoc = [];
  const rss = [];
  for (let i = 0; i < ROUNDS; i++) {
    const a = await run(process.execPath, [BIN, "render", SAMPLE, "--out", out, "--force"]);
    if (a.code !== 0) throw new Error(`render failed: ${a.err}`);
    pipia.push(a.wall);
    rss.push(a.rssMb);
    const b = await run("pandoc", [md, "-f", "markdown", "-o", join(tmp, "pandoc-report.docx")]);
    if (b.code !== 0) throw new Error(`pandoc failed: ${b.err}`);
    pandoc.push(b.wall);
    log(`  round ${i + 1}/${ROUNDS}: pipia ${ms(a.wall)}, pandoc ${ms(b.wall)}`);
  }
  return { docs, pipia: median(pipia), pandoc: median(pandoc), ratio: median(pipia) / median(pandoc), rss: Math.max(...rss), mdBytes: readFileSync(md).length };
}

// ---- 2. batches of generated assessments
function generate(n) {
  const dir = join(tmp, `gen-${n}`);
  if (existsSync(dir) && readdirSync(dir).length === n) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const samples = readdirSync(join(root, "samples")).filter((f) => f.endsWith(".yaml")).sort().map((f) => parse(readFileSync(join(root, "samples", f), "utf8")));
  for (let i = 0; i < n; i++) {
    const a = structuredClone(samples[i % samples.length]);
    a.processor.name = `${a.processor.name}（第 ${i + 1} 号）`;
    a.assessment.title = `${a.assessment.title} #${i + 1}`;
    for (const [k, act] of a.activities.entries()) {
      act.subjects.peopleCount = 100 + ((i * 7919 + k * 104729) % 200_000);
      act.faces.storedCount = Math.min(act.subjects.peopleCount, 50 + ((i * 31337) % 150_000));
    }
    writeFileSync(join(dir, `assessment-${String(i + 1).padStart(4, "0")}.yaml`), stringify(a));
  }
  return dir;
}

async function batches() {
  const rows = [];
  for (const n of SIZES) {
    const input = generate(n);
    const out = join(tmp, `batch-${n}`);
    rmSync(out, { recursive: true, force: true });
    const r = await run(process.execPath, [BIN, "batch", input, "--out", out, ...(values.jobs ? ["--jobs", values.jobs] : [])]);
    const documents = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith(".docx")).length;
    rows.push({ n, wall: r.wall, documents, perSecond: documents / (r.wall / 1000), rss: r.rssMb, code: r.code });
    log(`  batch of ${n}: ${(r.wall / 1000).toFixed(1)} s, ${documents} documents, peak RSS ${r.rssMb.toFixed(0)} MB, exit ${r.code}`);
    rmSync(out, { recursive: true, force: true });
  }
  return rows;
}

// ---- 3. first interactive prompt of `pipia new` in a pseudo-terminal (script(1))
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
function untilPrompt(command, needle) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn("script", ["-q", "-c", command, "/dev/null"], { cwd: root, stdio: ["pipe", "pipe", "pipe"], detached: true, env: { ...process.env, TERM: "xterm", NO_COLOR: "1" } });
    let seen = "";
    let done = false;
    const finish = (ms) => {
      if (done) return;
      done = true;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* gone */
      }
      resolve(ms);
    };
    child.stdout.on("data", (b) => {
      seen += b.toString("utf8");
      if (needle.test(seen.replace(ANSI, ""))) finish(Number(process.hrtime.bigint() - started) / 1e6);
    });
    child.on("exit", () => finish(Number.NaN));
    setTimeout(() => finish(Number.NaN), 20_000);
  });
}

async function firstPrompt() {
  const raw = [];
  const base = [];
  const file = join(tmp, "new-bench.yaml");
  for (let i = 0; i < PROMPT_ROUNDS; i++) {
    rmSync(file, { force: true });
    raw.push(await untilPrompt(`${process.execPath} ${BIN} new ${file}`, /(^|\n)\? \S/));
    base.push(await untilPrompt(`printf '? ready\\n'; sleep 5`, /(^|\n)\? \S/));
  }
  rmSync(file, { force: true });
  return { raw: median(raw.filter(Number.isFinite)), base: median(base.filter(Number.isFinite)), failed: raw.filter((x) => !Number.isFinite(x)).length };
}

// ---- main
if (!existsSync(BIN)) throw new Error("dist/bin.js is missing: run npm run build first");
mkdirSync(tmp, { recursive: true });
const m = machine();
log(`machine: ${m.cpu}, ${m.memory}, ${m.os}, Node ${m.node}, ${m.pandoc}; load average ${m.load}`);
log("1/3 full document set vs pandoc");
const full = await fullSetVsPandoc();
log("2/3 batches");
const batch = await batches();
log("3/3 first prompt");
const prompt = await firstPrompt();
const loadAfter = loadavg().map((x) => x.toFixed(2)).join(" ");

const ok = (pass) => (pass ? "✓ met" : "✗ missed");
const b1000 = batch.find((r) => r.n === 1000);
const peak = Math.max(full.rss, ...batch.map((r) => r.rss));
const table = [
  ["measure", "result", "target", ""],
  [`full set (${full.docs.length} documents), whole process, median of ${ROUNDS}`, ms(full.pipia), "", ""],
  [`pandoc, report Markdown (${(full.mdBytes / 1024).toFixed(0)} KB) → .docx, median of ${ROUNDS}`, ms(full.pandoc), "", ""],
  ["ratio pipia full set / pandoc report", `${full.ratio.toFixed(2)} ×`, `≤ ${TARGET.ratio} ×`, ok(full.ratio <= TARGET.ratio)],
  ...batch.map((r) => [
    `batch of ${r.n}: wall · documents/s · peak RSS${r.code !== 0 ? ` (exit ${r.code})` : ""}`,
    `${(r.wall / 1000).toFixed(1)} s · ${r.perSecond.toFixed(1)}/s · ${r.rss.toFixed(0)} MB`,
    r.n === 1000 ? `≤ ${TARGET.batch1000Seconds} s` : "",
    r.n === 1000 ? ok(r.wall / 1000 <= TARGET.batch1000Seconds && r.code === 0) : "",
  ]),
  ["peak RSS (any run above)", `${peak.toFixed(0)} MB`, `≤ ${TARGET.peakRssMb} MB`, ok(peak <= TARGET.peakRssMb)],
  [`first prompt of pipia new in a pty, median of ${PROMPT_ROUNDS}`, `${ms(prompt.raw)} (pty + shell alone: ${ms(prompt.base)})`, `≤ ${TARGET.firstPromptMs} ms`, ok(prompt.raw <= TARGET.firstPromptMs)],
];
const widths = table[0].map((_, c) => Math.max(...table.map((r) => [...r[c]].length)));
const text = table.map((r) => r.map((cell, c) => cell + " ".repeat(widths[c] - [...cell].length)).join("  ").trimEnd()).join("\n");
console.log(text);

const md = [
  "# pipia benchmark results",
  "",
  `Written by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC.`,
  "",
  "## Machine",
  "",
  `- CPU: ${m.cpu}`,
  `- memory: ${m.memory}`,
  `- OS: ${m.os}`,
  `- Node ${m.node}; ${m.pandoc}`,
  `- load average (1, 5, 15 min) at start: ${m.load}; at the end: ${loadAfter}`,
  ...(Math.max(...[m.load, loadAfter].flatMap((l) => l.split(" ").map(Number))) > availableParallelism() / 2
    ? [`- note: other processes were busy during the run (load above ${availableParallelism() / 2}); the times are upper bounds`]
    : []),
  "",
  "## Results",
  "",
  "| measure | result | target | |",
  "|---|---|---|---|",
  ...table.slice(1).map((r) => `| ${r.join(" | ")} |`),
  "",
  "Method: each pipia and pandoc run is a fresh process, alternated in the same session; wall time from",
  "spawn to exit. Peak RSS is the process's VmHWM (main thread and worker threads together), polled every",
  "20 ms. Batches use generated variants of the three samples and the default --jobs (one worker per core),",
  `documents: ${full.docs.join(", ")} per assessment (plus the filing pack where 100,000+ faces are stored).`,
  "The first prompt is timed from spawning `script -q -c 'node dist/bin.js new FILE'` until `? ` appears.",
  "",
];
writeFileSync(join(root, "bench", "results.md"), md.join("\n"));
log(`wrote bench/results.md`);
