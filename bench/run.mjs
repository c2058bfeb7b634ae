#!/usr/bin/env node
// pipia benchmark (`npm run bench`): a script, not a test. Prints a table and writes
// bench/results.md with the machine's description. Targets are those of issue 14.
//   1. each sample's full document set, whole process (`node dist/bin.js render …`), paired with
//      pandoc converting that sample's report Markdown to .docx, run alternately; ratio of medians;
//   2. warm in-process render per stage (bench/stages.mjs), for each sample;
//   3. `pipia batch` over 1, 10, 100 and 1,000 generated assessments of all four samples: wall time,
//      documents/s, peak RSS, and whether time per assessment stays flat (linear in count);
//   4. render time and peak RSS against the size of one text field and against the number of
//      activities (issue 11: linear growth);
//   5. time from start to the first interactive prompt of `pipia new FILE` in a pseudo-terminal.
//
//   node bench/run.mjs [--rounds N] [--sizes 1,10,100,1000] [--prompt-rounds N] [--jobs N]
//                      [--text-kb 10,100,500,1000] [--activities 1,10,100,300] [--skip full,stages,batch,scaling,prompt]
//                      [--stage-runs 50]
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, release, totalmem, type as osType } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse, stringify } from "yaml";
import { stages } from "./stages.mjs";

const root = join(import.meta.dirname, "..");
const tmp = join(root, "bench", "tmp");
const BIN = join(root, "dist", "bin.js");
const SAMPLES = ["office-attendance", "residential-gate", "mall-camera", "hotel-checkin"];
const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "10" },
    sizes: { type: "string", default: "1,10,100,1000" },
    "prompt-rounds": { type: "string", default: "10" },
    jobs: { type: "string" },
    "text-kb": { type: "string", default: "10,100,500,1000" },
    activities: { type: "string", default: "1,10,100,300" },
    skip: { type: "string", default: "" },
    "stage-runs": { type: "string", default: "50" },
  },
});
const SKIP = new Set(values.skip.split(",").filter(Boolean));
const TEXT_KB = values["text-kb"].split(",").map(Number);
const ACTIVITIES = values.activities.split(",").map(Number);
const ROUNDS = Number(values.rounds);
const SIZES = values.sizes.split(",").map(Number);
const PROMPT_ROUNDS = Number(values["prompt-rounds"]);

// Issue 14's targets (no timed unit tests: they live here).
const TARGET = { ratio: 2, batch1000Seconds: 25, peakRssMb: 400, firstPromptMs: 200, reportWarmMs: 20, linearSlack: 1.5 };

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

// ---- 1. full document set vs pandoc on the report alone, per sample
async function fullSetVsPandoc(sample) {
  const file = join(root, "samples", `${sample}.yaml`);
  const out = join(tmp, "render", sample);
  rmSync(out, { recursive: true, force: true });
  const first = await run(process.execPath, [BIN, "render", file, "--out", out, "--force", "--markdown"]);
  if (first.code !== 0 && first.code !== 3) throw new Error(`render failed: ${first.err}`);
  const docs = readdirSync(out).filter((f) => f.endsWith(".docx")).sort();
  const md = join(out, `${sample}-report.md`);
  const pipia = [];
  const pandoc = [];
  const rss = [];
  for (let i = 0; i < ROUNDS; i++) {
    const a = await run(process.execPath, [BIN, "render", file, "--out", out, "--force"]);
    if (a.code !== 0) throw new Error(`render failed: ${a.err}`);
    pipia.push(a.wall);
    rss.push(a.rssMb);
    const b = await run("pandoc", [md, "-f", "markdown", "-o", join(tmp, "pandoc-report.docx")]);
    if (b.code !== 0) throw new Error(`pandoc failed: ${b.err}`);
    pandoc.push(b.wall);
  }
  log(`  ${sample}: pipia ${ms(median(pipia))}, pandoc ${ms(median(pandoc))}`);
  return { sample, docs, pipia: median(pipia), pandoc: median(pandoc), ratio: median(pipia) / median(pandoc), rss: Math.max(...rss), mdBytes: readFileSync(md).length };
}

// ---- 2. batches of generated assessments
function generate(n) {
  const dir = join(tmp, `gen-${n}`);
  if (existsSync(dir) && readdirSync(dir).length === n) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const samples = SAMPLES.map((f) => parse(readFileSync(join(root, "samples", `${f}.yaml`), "utf8")));
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
    rows.push({ n, wall: r.wall, documents, perSecond: documents / (r.wall / 1000), perItem: r.wall / n, rss: r.rssMb, code: r.code });
    log(`  batch of ${n}: ${(r.wall / 1000).toFixed(1)} s, ${documents} documents, peak RSS ${r.rssMb.toFixed(0)} MB, exit ${r.code}`);
    rmSync(out, { recursive: true, force: true });
  }
  return rows;
}

// ---- 4. scaling: one text field's size, and the number of activities (issue 11 rows 3 and 9)
const DENSE = "*_[`|<>&#{}:!";

function variant(name, edit) {
  const a = parse(readFileSync(join(root, "samples", "office-attendance.yaml"), "utf8"));
  edit(a);
  const file = join(tmp, "scaling", `${name}.yaml`);
  mkdirSync(join(tmp, "scaling"), { recursive: true });
  writeFileSync(file, stringify(a, { lineWidth: 0 }));
  return file;
}

// CPU time (user + system, from GNU time) as well as wall time: on a busy machine wall time mostly
// measures the other processes, CPU time much less so.
async function renderOnce(file) {
  const out = join(tmp, "scaling", "out");
  rmSync(out, { recursive: true, force: true });
  const r = await run("/usr/bin/time", ["-f", "pipia-time %U %S %M", process.execPath, BIN, "render", file, "--out", out, "--only", "report,records"]);
  const m = /pipia-time ([\d.]+) ([\d.]+) (\d+)/.exec(r.err);
  const cpu = m ? (Number(m[1]) + Number(m[2])) * 1000 : Number.NaN;
  const rss = m ? Number(m[3]) / 1024 : r.rssMb;
  return { wall: r.wall, cpu, rss, code: r.code, err: r.err.replace(/pipia-time .*\n?/, "") };
}

async function scaling() {
  const text = [];
  for (const kb of TEXT_KB) {
    const value = DENSE.repeat(Math.ceil((kb * 1000) / DENSE.length)).slice(0, kb * 1000);
    const r = await renderOnce(variant(`text-${kb}`, (a) => (a.assessment.background = value)));
    text.push({ size: `${kb} KB`, units: kb, ...r });
    log(`  text ${kb} KB: ${ms(r.wall)} wall, ${ms(r.cpu)} CPU, ${r.rss.toFixed(0)} MB, exit ${r.code}${r.code ? ` ${r.err.split("\n")[0]}` : ""}`);
  }
  const acts = [];
  for (const n of ACTIVITIES) {
    const r = await renderOnce(
      variant(`activities-${n}`, (a) => {
        const [first] = a.activities;
        a.activities = Array.from({ length: n }, (_, i) => ({ ...structuredClone(first), id: `act-${i}`, name: `活动 ${i}` }));
        for (const risk of a.risks ?? []) risk.activity = "act-0";
      }),
    );
    acts.push({ size: `${n}`, units: n, ...r });
    log(`  ${n} activities: ${ms(r.wall)} wall, ${ms(r.cpu)} CPU, ${r.rss.toFixed(0)} MB, exit ${r.code}${r.code ? ` ${r.err.split("\n")[0]}` : ""}`);
  }
  return { text, acts };
}

/** Growth: CPU time added per unit from the second to the last size, against that of the first step. */
function linearity(rows) {
  const ok = rows.filter((r) => r.code === 0);
  if (ok.length < 3) return { ratio: Number.NaN };
  const [a, b] = [ok[1], ok[ok.length - 1]];
  const [p, q] = [ok[0], ok[1]];
  const late = (b.cpu - a.cpu) / (b.units - a.units);
  const early = (q.cpu - p.cpu) / (q.units - p.units);
  return { ratio: late / early, late, early };
}

// ---- 5. first interactive prompt of `pipia new` in a pseudo-terminal (script(1))
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
log("1/5 full document set vs pandoc, per sample");
const full = [];
if (!SKIP.has("full")) for (const sample of SAMPLES) full.push(await fullSetVsPandoc(sample));
log("2/5 warm render per stage, per sample");
const stageRows = [];
if (!SKIP.has("stages")) for (const sample of SAMPLES) stageRows.push(await stages({ sample, runs: Number(values["stage-runs"]), warmup: Math.min(10, Number(values["stage-runs"])) }));
log("3/5 batches");
const batch = SKIP.has("batch") ? [] : await batches();
log("4/5 scaling");
const scale = SKIP.has("scaling") ? { text: [], acts: [] } : await scaling();
log("5/5 first prompt");
const prompt = SKIP.has("prompt") ? { raw: Number.NaN, base: Number.NaN, failed: 0 } : await firstPrompt();
const loadAfter = loadavg().map((x) => x.toFixed(2)).join(" ");

const ok = (pass) => (pass ? "✓ met" : "✗ missed");
const b1000 = batch.find((r) => r.n === 1000);
const b100 = batch.find((r) => r.n === 100);
const peak = Math.max(0, ...full.map((f) => f.rss), ...batch.map((r) => r.rss));
const table = [
  ["measure", "result", "target", ""],
  ...full.map((f) => [
    `${f.sample}: full set (${f.docs.length} documents) vs pandoc on its report Markdown (${(f.mdBytes / 1024).toFixed(0)} KB), whole processes, medians of ${ROUNDS}`,
    `${ms(f.pipia)} vs ${ms(f.pandoc)} = ${f.ratio.toFixed(2)} ×`,
    `≤ ${TARGET.ratio} ×`,
    ok(f.ratio <= TARGET.ratio),
  ]),
  ...stageRows.map((r) => [
    `${r.sample}: report document, warm render (view model + Handlebars + parse + writer + zip), mean of ${r.runs}`,
    ms(r.per.report),
    `≤ ${TARGET.reportWarmMs} ms`,
    ok(r.per.report <= TARGET.reportWarmMs),
  ]),
  ...batch.map((r) => [
    `batch of ${r.n}: wall · documents/s · time per assessment · peak RSS${r.code !== 0 ? ` (exit ${r.code})` : ""}`,
    `${(r.wall / 1000).toFixed(1)} s · ${r.perSecond.toFixed(1)}/s · ${ms(r.perItem)} · ${r.rss.toFixed(0)} MB`,
    r.n === 1000 ? `≤ ${TARGET.batch1000Seconds} s` : "",
    r.n === 1000 ? ok(r.wall / 1000 <= TARGET.batch1000Seconds && r.code === 0) : "",
  ]),
  ...(b1000 && b100
    ? [["batch linear in count: time per assessment, 1,000 vs 100", `${(b1000.perItem / b100.perItem).toFixed(2)} ×`, `≤ ${TARGET.linearSlack} ×`, ok(b1000.perItem / b100.perItem <= TARGET.linearSlack)]]
    : []),
  ...(full.length + batch.length > 0 ? [["peak RSS (any whole-process run above)", `${peak.toFixed(0)} MB`, `≤ ${TARGET.peakRssMb} MB`, ok(peak <= TARGET.peakRssMb)]] : []),
  ...(SKIP.has("prompt")
    ? []
    : [[`first prompt of pipia new in a pty, median of ${PROMPT_ROUNDS}`, `${ms(prompt.raw)} (pty + shell alone: ${ms(prompt.base)})`, `≤ ${TARGET.firstPromptMs} ms`, ok(prompt.raw <= TARGET.firstPromptMs)]]),
];
const widths = table[0].map((_, c) => Math.max(...table.map((r) => [...r[c]].length)));
const text = table.map((r) => r.map((cell, c) => cell + " ".repeat(widths[c] - [...cell].length)).join("  ").trimEnd()).join("\n");
console.log(text);

const STAGES = [
  ["yaml", "YAML + validation"],
  ["rules", "rules, risk, dates (analysis)"],
  ["view", "view model"],
  ["handlebars", "Handlebars"],
  ["parse", "Markdown parse"],
  ["docx", "Word writer + zip"],
  ["report", "= report document (view model … zip)"],
  ["set", "whole document set (renderDocuments)"],
];
const stageTable = [
  `| stage (mean ms, warm, zh-CN) | ${SAMPLES.join(" | ")} |`,
  `|---|${SAMPLES.map(() => "---:").join("|")}|`,
  ...STAGES.map(([k, label]) => `| ${label} | ${stageRows.map((r) => r.per[k].toFixed(1)).join(" | ")} |`),
];
const scaleTable = (title, rows) => {
  const lin = linearity(rows);
  return [
    `| ${title} | CPU time (user + system) | wall time | peak RSS | exit |`,
    "|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.size} | ${ms(r.cpu)} | ${ms(r.wall)} | ${r.rss.toFixed(0)} MB | ${r.code} |`),
    "",
    Number.isFinite(lin.ratio)
      ? `CPU time added per unit, last step vs first step: ${lin.ratio.toFixed(2)} × (${lin.late.toFixed(2)} vs ${lin.early.toFixed(2)} ms per unit; about 1 or below means linear).`
      : "Too few successful runs to judge growth.",
  ];
};

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
  "## Targets",
  "",
  "| measure | result | target | |",
  "|---|---|---|---|",
  ...table.slice(1).map((r) => `| ${r.join(" | ")} |`),
  "",
  "## Warm render per stage",
  "",
  ...(stageRows.length > 0 ? stageTable : ["(not run: --skip stages)"]),
  "",
  ...(scale.text.length > 0 ? ["## Render time and memory against the size of one text field", "", "Punctuation-dense text (`` " + DENSE + " `` repeated) as `assessment.background`.", "", ...scaleTable("text size", scale.text), ""] : []),
  ...(scale.acts.length > 0 ? ["## Render time and memory against the number of activities", "", ...scaleTable("activities", scale.acts), ""] : []),
  "Method: each pipia and pandoc run is a fresh process, alternated in the same session; wall time from",
  "spawn to exit. Peak RSS is the process's VmHWM (main thread and worker threads together), polled every",
  "20 ms. Batches use generated variants of the four samples and the default --jobs, documents per",
  "assessment: report, records, signage (plus the filing pack where 100,000+ faces are stored).",
  "The first prompt is timed from spawning `script -q -c 'node dist/bin.js new FILE'` until `? ` appears.",
  `Per-stage times are means of ${values["stage-runs"]} warm renders in one process after up to 10 unmeasured ones.`,
  "",
];
writeFileSync(join(root, "bench", "results.md"), md.join("\n"));
log(`wrote bench/results.md`);
