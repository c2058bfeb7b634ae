#!/usr/bin/env node
// CLI fuzzer for invalid input: `npm run fuzz -- --invalid --runs 2000` (or node scripts/fuzz-invalid.mjs).
// Mutates the samples into invalid (and edge-of-valid) answers files: wrong types, out-of-range
// numbers, huge text, dense Markdown punctuation, many line breaks, wrong shapes, cut or corrupt
// bytes, files that are not regular files. Runs the real built CLI (dist/bin.js: validate, check,
// render, batch) on each. A case fails when the exit code is not 0, 2 or 3 (1 is a bug, 134 an
// abort), when it hangs past the timeout, or when it exceeds the command's time or memory budget.
// Writes out/fuzz-invalid/report.md (time and peak memory per command, slowest cases) and keeps
// every failing input in out/fuzz-invalid/failures/. Needs only this repository (npm run build).
//
//   node scripts/fuzz-invalid.mjs [--runs N] [--seed S] [--jobs J] [--max-seconds S] [--timeout-seconds T]
import { spawn, execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse, stringify } from "yaml";

const root = join(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    invalid: { type: "boolean" },
    runs: { type: "string", default: "2000" },
    seed: { type: "string", default: "20261202" },
    jobs: { type: "string", default: String(Math.min(2, availableParallelism())) },
    "max-seconds": { type: "string" },
    "timeout-seconds": { type: "string", default: "180" },
  },
  strict: true,
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const jobs = Math.max(1, Number(values.jobs));
const timeoutMs = Number(values["timeout-seconds"]) * 1000;
const deadline = values["max-seconds"] === undefined ? Infinity : Date.now() + Number(values["max-seconds"]) * 1000;

/** Budgets per command: wall time and peak resident memory of the whole process tree. */
const BUDGET = {
  validate: { ms: 15_000, mb: 400 },
  check: { ms: 20_000, mb: 500 },
  render: { ms: 90_000, mb: 1500 },
  batch: { ms: 120_000, mb: 2000 },
};

const BIN = join(root, "dist", "bin.js");
if (!existsSync(BIN)) {
  console.error("fuzz-invalid: dist/bin.js is missing; run npm run build first");
  process.exit(2);
}
const out = join(root, "out", "fuzz-invalid");
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "failures"), { recursive: true });
const work = mkdtempSync(join(tmpdir(), "pipia-fuzz-invalid-"));

// ---- seeded randomness (mulberry32)
function rng(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
// Each case has its own generator, so case i is the same whatever ran before it, and cases are
// made one at a time (a run never holds 2,000 inputs on disk at once).
let rand = rng(seed);
const int = (n) => Math.floor(rand() * n);
const pick = (xs) => xs[int(xs.length)];

const SAMPLES = readdirSync(join(root, "samples"))
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .map((f) => ({ name: f, data: parse(readFileSync(join(root, "samples", f), "utf8")) }));

/** Every path to a value in `data`, with the value. */
function paths(data, at = []) {
  const outp = [[at, data]];
  if (Array.isArray(data)) data.forEach((v, i) => outp.push(...paths(v, [...at, i])));
  else if (data !== null && typeof data === "object") for (const [k, v] of Object.entries(data)) outp.push(...paths(v, [...at, k]));
  return outp;
}
function setPath(data, at, value) {
  if (at.length === 0) return value;
  let cur = data;
  for (const k of at.slice(0, -1)) cur = cur[k];
  const last = at[at.length - 1];
  if (value === undefined) {
    if (Array.isArray(cur)) cur.splice(last, 1);
    else delete cur[last];
  } else cur[last] = value;
  return data;
}

const PUNCT = "*_[]`|\\<>#!~-+=(){}.:'\"&^%$@";
const repeat = (s, n) => s.repeat(Math.max(1, n));
const sizes = [10, 200, 201, 500, 501, 2000, 2001, 20_000, 20_001, 60_000, 300_000, 1_100_000];

/** Mutations: each returns { kind, data } or { kind, text } (raw file text) or { kind, special }. */
const MUTATIONS = {
  "wrong type"(d) {
    const [at, v] = pick(paths(d).filter(([p]) => p.length > 0));
    const options = [42, -1, true, false, "yes", "", null, [], {}, [1, 2], { x: 1 }, "2026-13-45", 3.5];
    return setPath(d, at, pick(options.filter((o) => typeof o !== typeof v)));
  },
  "out of range"(d) {
    const nums = paths(d).filter(([p, v]) => p.length > 0 && typeof v === "number");
    const [at] = pick(nums.length ? nums : paths(d).filter(([p]) => p.length > 0));
    return setPath(d, at, pick([1e308, -1e308, 1e21, 100000, -1, 0.5, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, -0, 99999999999]));
  },
  huge(d) {
    const strs = paths(d).filter(([p, v]) => p.length > 0 && typeof v === "string");
    const [at] = pick(strs);
    return setPath(d, at, repeat(pick(["考", "a", "ab ", "😀", "\u200b", "x y z "]), pick(sizes)));
  },
  "dense punctuation"(d) {
    const strs = paths(d).filter(([p, v]) => p.length > 0 && typeof v === "string");
    const n = pick(sizes);
    let s = "";
    while (s.length < n) s += PUNCT[int(PUNCT.length)];
    return setPath(d, pick(strs)[0], s);
  },
  "many line breaks"(d) {
    const strs = paths(d).filter(([p, v]) => p.length > 0 && typeof v === "string");
    return setPath(d, pick(strs)[0], repeat(pick(["a\n", "\n", "\r\n", "- x\n", "# h\n", "| a | b |\n", "\n\n"]), Math.floor(pick(sizes) / 2)));
  },
  "wrong shape"(d) {
    const objs = paths(d).filter(([p, v]) => v !== null && typeof v === "object");
    const [at, v] = pick(objs);
    const choice = int(6);
    if (choice === 0) return setPath(d, at, Array.isArray(v) ? { item: v[0] ?? 1 } : Object.values(v));
    if (choice === 1) return setPath(d, at, pick(["ACME", 7, true]));
    if (choice === 2 && !Array.isArray(v)) return setPath(d, [...at, `unknown${int(9)}`], "x");
    if (choice === 3 && !Array.isArray(v)) return setPath(d, [...at, pick(Object.keys(v))], undefined);
    if (choice === 4 && Array.isArray(v)) return setPath(d, at, Array.from({ length: pick([0, 101, 1001, 3000]) }, () => structuredClone(v[0] ?? {})));
    if (choice === 5 && Array.isArray(d.activities) && d.activities.length) {
      d.activities.push(structuredClone(d.activities[0])); // duplicate id
      return d;
    }
    return pick([[1, 2], "text", null, 0]);
  },
};
const RAW = {
  "cut bytes": (text) => text.slice(0, int(text.length)),
  "corrupt bytes": (text) => {
    const b = Buffer.from(text);
    for (let i = 0; i < 1 + int(20); i++) b[int(b.length)] = int(256);
    return b;
  },
  "yaml tricks": () =>
    pick([
      "a: &a [*a]\n",
      `x: &x ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n${Array.from({ length: 9 }, (_, i) => `y${i}: &y${i} [${Array(9).fill(i ? `*y${i - 1}` : "*x").join(",")}]`).join("\n")}\n`,
      "processor: !!binary aGVsbG8=\n",
      "<<: {processor: 1}\n",
      "processor:\n  <<: [1, 2]\n",
      "? [a, b]\n: c\n",
      "%YAML 9.9\n---\na: 1\n",
      "\ufeff\ufeff{}",
      "",
      "[" .repeat(5000),
      "{".repeat(100000),
    ]),
};
const SPECIAL = ["/dev/zero", "/dev/urandom", "fifo", "folder", "missing", "loop"];

function makeCase(i) {
  rand = rng(seed * 100_003 + i);
  const dir = join(work, `c${i}`);
  mkdirSync(dir);
  const base = pick(SAMPLES);
  const r = rand();
  let file = join(dir, `case-${i}.${rand() < 0.1 ? "json" : "yaml"}`);
  let kind;
  if (r < 0.04) {
    kind = `special: ${pick(SPECIAL)}`;
    const what = kind.slice(9);
    if (what.startsWith("/dev/")) symlinkSync(what, file);
    else if (what === "fifo") execFileSync("mkfifo", [file]);
    else if (what === "folder") mkdirSync(file);
    else if (what === "loop") symlinkSync(file, file);
  } else if (r < 0.14) {
    kind = pick(Object.keys(RAW));
    writeFileSync(file, RAW[kind](readFileSync(join(root, "samples", base.name), "utf8")));
  } else {
    kind = pick(Object.keys(MUTATIONS));
    const data = MUTATIONS[kind](structuredClone(base.data));
    writeFileSync(file, file.endsWith(".json") ? JSON.stringify(data ?? null) : stringify(data, { lineWidth: 0, aliasDuplicateObjects: false }));
  }
  // Weighted towards the cheap commands: every command reads and validates the same way, and
  // only a valid case goes on to render (the slow part).
  const command = pick(["validate", "validate", "validate", "check", "check", "render", "render", "batch"]);
  const lang = pick(["zh-CN", "en", "bilingual"]);
  const args =
    command === "validate" ? ["validate", file]
    : command === "check" ? ["check", file, "--format", pick(["text", "json"])]
    : command === "render" ? ["render", file, "--out", join(dir, "out"), "--lang", lang, "--only", pick(["report", "signage", "records", "report,signage"])]
    : ["batch", file, "--out", join(dir, "out"), "--jobs", "1", "--only", "report", "--lang", lang];
  return { i, dir, file, kind, base: base.name, command, args };
}

/** Peak RSS (MB) of a process and its descendants, sampled from /proc every 50 ms. */
function treeRss(pid) {
  let total = 0;
  const visit = (p) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const kids = readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim();
      if (kids) for (const k of kids.split(/\s+/)) visit(Number(k));
    } catch {
      /* gone */
    }
  };
  visit(pid);
  return total / 1024;
}

function runCase(c) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...c.args], { cwd: c.dir, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let stderr = "";
    let peak = 0;
    child.stdout.resume();
    child.stderr.on("data", (b) => {
      if (stderr.length < 20_000) stderr += b.toString("utf8");
    });
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 50);
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      try {
        process.kill(-child.pid, "SIGKILL"); // the whole group: batch workers too
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    child.on("close", (code, signal) => {
      clearInterval(sampler);
      clearTimeout(timer);
      resolve({ ...c, code, signal, hung, ms: Date.now() - started, mb: peak, stderr });
    });
  });
}

function verdict(r) {
  const b = BUDGET[r.command];
  if (r.hung) return `hang (> ${timeoutMs / 1000} s)`;
  if (r.code === null) return `killed by ${r.signal}`;
  if (![0, 2, 3].includes(r.code)) return `exit ${r.code}`;
  if (r.ms > b.ms) return `over time budget (${(r.ms / 1000).toFixed(1)} s > ${b.ms / 1000} s)`;
  if (r.mb > b.mb) return `over memory budget (${r.mb.toFixed(0)} MB > ${b.mb} MB)`;
  return null;
}

// ---- run
const started = Date.now();
const results = [];
let next = 0;
let lastLog = 0;
console.log(`fuzz-invalid: ${runs} case(s), seed ${seed}, ${jobs} at a time, timeout ${timeoutMs / 1000} s`);
await Promise.all(
  Array.from({ length: jobs }, async () => {
    while (next < runs && Date.now() < deadline) {
      const c = makeCase(next++);
      const r = await runCase(c);
      r.problem = verdict(r);
      if (r.problem) {
        const keep = join(out, "failures", `case-${c.i}`);
        mkdirSync(keep, { recursive: true });
        try {
          copyFileSync(c.file, join(keep, c.file.split("/").pop()));
        } catch {
          /* special files are described by their kind */
        }
        writeFileSync(join(keep, "case.json"), JSON.stringify({ kind: c.kind, base: c.base, args: c.args, code: r.code, signal: r.signal, ms: r.ms, mb: r.mb, problem: r.problem, stderr: r.stderr.slice(0, 5000) }, null, 2));
      }
      rmSync(c.dir, { recursive: true, force: true });
      results.push(r);
      if (Date.now() - lastLog > 30_000) {
        lastLog = Date.now();
        console.log(`fuzz-invalid: ${results.length}/${runs} · ${results.filter((x) => x.problem).length} failing · ${Math.round((Date.now() - started) / 1000)} s`);
      }
    }
  }),
);
rmSync(work, { recursive: true, force: true });

// ---- report
const elapsed = (Date.now() - started) / 1000;
const count = (xs) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map())].sort((a, b) => b[1] - a[1]);
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const failing = results.filter((r) => r.problem);
const lines = [
  "# pipia invalid-input CLI fuzz report",
  "",
  `- cases: **${results.length}** of ${runs}, seed ${seed}, ${jobs} at a time, ${elapsed.toFixed(0)} s`,
  `- machine: ${cpus()[0]?.model ?? "?"} × ${availableParallelism()}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}`,
  `- exit codes: ${count(results.map((r) => (r.hung ? "hang" : r.code === null ? r.signal : String(r.code)))).map(([k, n]) => `${k} × ${n}`).join(", ")}`,
  `- exits other than 0/2/3: **${results.filter((r) => !r.hung && ![0, 2, 3].includes(r.code)).length}**, hangs: **${results.filter((r) => r.hung).length}**, over budget: **${results.filter((r) => r.problem?.startsWith("over")).length}**`,
  `- mutations: ${count(results.map((r) => r.kind)).map(([k, n]) => `${k} ${n}`).join(", ")}`,
  "",
  "## Time and peak memory per command (memory: the whole process tree, sampled every 50 ms)",
  "",
  "| command | cases | budget | median | p95 | slowest | peak RSS median | peak RSS max | slowest case |",
  "|---|---|---|---|---|---|---|---|---|",
  ...Object.keys(BUDGET).map((cmd) => {
    const rs = results.filter((r) => r.command === cmd);
    if (rs.length === 0) return `| ${cmd} | 0 | | | | | | | |`;
    const slow = rs.reduce((a, b) => (b.ms > a.ms ? b : a));
    const b = BUDGET[cmd];
    return `| ${cmd} | ${rs.length} | ${b.ms / 1000} s, ${b.mb} MB | ${(pct(rs.map((r) => r.ms), 50) / 1000).toFixed(2)} s | ${(pct(rs.map((r) => r.ms), 95) / 1000).toFixed(2)} s | ${(slow.ms / 1000).toFixed(2)} s | ${pct(rs.map((r) => r.mb), 50).toFixed(0)} MB | ${Math.max(...rs.map((r) => r.mb)).toFixed(0)} MB | case ${slow.i}: ${slow.kind} on ${slow.base}, exit ${slow.code} |`;
  }),
  "",
  "## Failing cases",
  "",
  failing.length === 0 ? "None." : "| case | command | mutation | problem | first line of stderr |\n|---|---|---|---|---|",
  ...failing.map((r) => `| ${r.i} | ${r.args.join(" ").replaceAll(work, "…")} | ${r.kind} | ${r.problem} | ${(r.stderr.split("\n")[0] ?? "").replaceAll("|", "\\|").slice(0, 200)} |`),
];
const report = lines.join("\n") + "\n";
writeFileSync(join(out, "report.md"), report);
console.log(report);
console.log(`report: ${join(out, "report.md")}${failing.length ? `; failing inputs: ${join(out, "failures")}` : ""}`);
if (results.length < runs) console.error(`fuzz-invalid: only ${results.length} of ${runs} case(s) ran within the time bound`);
process.exitCode = failing.length > 0 || results.length < runs ? 1 : 0;
