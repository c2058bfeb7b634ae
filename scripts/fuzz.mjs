#!/usr/bin/env node
// Fuzz runner: `npm run fuzz` (10,000 cases) and `npm run fuzz:ci` (500, time-bounded).
// Starts one vitest shard per core (test/robustness/fuzz/run.fuzz.ts via scripts/fuzz.config.ts),
// shows progress, then merges the shards into one report (printed and written to out/fuzz/report.md).
// Exit 1 when a case fails for a reason not listed in test/robustness/fuzz/known.ts, or when the time
// bound stopped the run before --min-runs cases.
//
//   npm run fuzz -- --invalid --runs 2000   the CLI fuzzer for invalid input (scripts/fuzz-invalid.mjs)
//   node scripts/fuzz.mjs [--runs N] [--min-runs M] [--max-seconds S] [--seed X] [--jobs J]
// `--invalid`: the CLI fuzzer for invalid input instead (scripts/fuzz-invalid.mjs).
if (process.argv.includes("--invalid")) {
  await import("./fuzz-invalid.mjs");
  process.exit();
}
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const root = join(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "10000" },
    "min-runs": { type: "string" },
    "max-seconds": { type: "string" },
    seed: { type: "string", default: "20261123" },
    jobs: { type: "string", default: String(availableParallelism()) },
  },
});
const runs = Number(values.runs);
const minRuns = Number(values["min-runs"] ?? values.runs);
const maxSeconds = values["max-seconds"] === undefined ? null : Number(values["max-seconds"]);
const seed = Number(values.seed);
const jobs = Math.max(1, Math.min(Number(values.jobs), runs));
const out = join(root, "out", "fuzz");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const started = Date.now();
const deadline = maxSeconds === null ? Number.MAX_SAFE_INTEGER : started + maxSeconds * 1000;
const share = (i) => Math.floor(runs / jobs) + (i < runs % jobs ? 1 : 0);
const vitest = join(root, "node_modules", "vitest", "vitest.mjs");

console.log(`fuzz: ${runs} case(s) in ${jobs} shard(s), seed ${seed}${maxSeconds === null ? "" : `, at most ${maxSeconds} s`}`);
const shards = Array.from({ length: jobs }, (_, i) =>
  new Promise((resolve) => {
    const log = join(out, `shard-${i}.log`);
    const child = spawn(process.execPath, [vitest, "run", "--config", "scripts/fuzz.config.ts"], {
      cwd: root,
      env: { ...process.env, FUZZ_RUNS: String(share(i)), FUZZ_SHARD: String(i), FUZZ_SEED: String(seed), FUZZ_DEADLINE: String(deadline), FUZZ_OUT: out, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let text = "";
    child.stdout.on("data", (b) => (text += b));
    child.stderr.on("data", (b) => (text += b));
    child.on("exit", (code) => {
      writeFileSync(log, text);
      resolve({ shard: i, code, log });
    });
  }),
);

const progress = () => {
  let done = 0;
  let failing = 0;
  for (let i = 0; i < jobs; i++) {
    const f = join(out, `shard-${i}.progress`);
    if (!existsSync(f)) continue;
    const [d, p] = readFileSync(f, "utf8").trim().split(" ").map(Number);
    done += d || 0;
    failing += p || 0;
  }
  return { done, failing };
};
const tty = process.stdout.isTTY;
const timer = setInterval(() => {
  const { done, failing } = progress();
  const line = `fuzz: ${done}/${runs} cases · ${failing} failing · ${Math.round((Date.now() - started) / 1000)} s`;
  if (tty) process.stdout.write(`\r\u001b[K${line}`);
  else console.log(line);
}, tty ? 1000 : 30_000);
const finished = await Promise.all(shards);
clearInterval(timer);
if (tty) process.stdout.write("\r\u001b[K");

// ---- merge and report
const reports = [];
for (const s of finished) {
  const f = join(out, `shard-${s.shard}.json`);
  if (existsSync(f)) reports.push(JSON.parse(readFileSync(f, "utf8")));
  else console.error(`fuzz: shard ${s.shard} wrote no report (exit ${s.code}); its log:\n${readFileSync(s.log, "utf8").slice(-3000)}`);
}
const cases = reports.flatMap((r) => r.cases);
const elapsed = (Date.now() - started) / 1000;
const interrupted = reports.some((r) => r.interrupted);
const count = (xs) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map())].sort((a, b) => b[1] - a[1]);
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

const problems = cases.flatMap((c) => c.problems.map((p) => ({ ...p, case: c.id, lang: c.lang, reproduce: c.reproduce })));
const unknown = problems.filter((p) => p.known === null);
const groups = new Map();
for (const p of problems) {
  const key = `${p.known ?? "NEW"} · ${p.kind} · ${p.field ?? "(document)"}`;
  const g = groups.get(key) ?? { n: 0, example: p };
  g.n++;
  groups.set(key, g);
}
const fieldStats = new Map();
for (const c of cases) for (const [f, found] of c.fields) {
  const s = fieldStats.get(f) ?? { seen: 0, rendered: 0 };
  s.seen++;
  if (found) s.rendered++;
  fieldStats.set(f, s);
}
const neverRendered = [...fieldStats].filter(([, s]) => s.rendered === 0).map(([f]) => f).sort();
const docs = count(cases.flatMap((c) => c.documents));
const skipped = count(cases.flatMap((c) => c.missingTemplates));
const big = cases.filter((c) => c.answersBytes >= 15_000).length;
const { KNOWN_IDS } = { KNOWN_IDS: [...new Set(problems.map((p) => p.known).filter(Boolean))] };

const lines = [
  `# pipia fuzz report`,
  ``,
  `- cases: **${cases.length}** of ${runs}${interrupted ? ` (stopped by the ${maxSeconds} s bound)` : ""}, seed ${seed}, ${jobs} shard(s), ${elapsed.toFixed(0)} s (${(cases.length / elapsed).toFixed(2)} cases/s)`,
  `- machine: ${cpus()[0]?.model ?? "?"} × ${availableParallelism()}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}`,
  `- languages: ${count(cases.map((c) => c.lang)).map(([k, n]) => `${k} ${n}`).join(", ")}`,
  `- documents checked: ${docs.map(([k, n]) => `${k} ${n}`).join(", ")}${skipped.length ? `; skipped (no template yet): ${skipped.map(([k, n]) => `${k} ${n}`).join(", ")}` : ""}`,
  `- inputs: largest answers file ${(Math.max(0, ...cases.map((c) => c.answersBytes)) / 1024).toFixed(0)} KB; ${big} case(s) with a paragraph near the 20,000-character limit`,
  `- render time per case: median ${pct(cases.map((c) => c.renderMs), 50).toFixed(0)} ms, p95 ${pct(cases.map((c) => c.renderMs), 95).toFixed(0)} ms, max ${Math.max(0, ...cases.map((c) => c.renderMs)).toFixed(0)} ms`,
  `- free-text fields: ${fieldStats.size} kinds; never shown in any document: ${neverRendered.length ? neverRendered.join(", ") : "none"}`,
  `- failing cases: **${new Set(unknown.map((p) => p.case)).size}** new, ${new Set(problems.filter((p) => p.known).map((p) => p.case)).size} with known deviations only (${KNOWN_IDS.join(", ") || "none"})`,
  ``,
  `## Problems by kind and field`,
  ``,
  groups.size === 0 ? "None." : "| status | kind | field | cases | example (case, reproduce with `pipia render FILE --lang LANG`) |\n|---|---|---|---|---|",
  ...[...groups].sort((a, b) => b[1].n - a[1].n).map(([key, g]) => {
    const [status, kind, field] = key.split(" · ");
    const ex = g.example;
    return `| ${status} | ${kind} | ${field} | ${g.n} | ${ex.case} (${ex.lang}): ${ex.detail.replaceAll("|", "\\|").replaceAll("\n", " ").slice(0, 300)} — ${ex.reproduce ?? ""} |`;
  }),
];
const report = lines.join("\n") + "\n";
writeFileSync(join(out, "report.md"), report);
console.log(report);
console.log(`report: ${join(out, "report.md")}; failing inputs: ${join(out, "failures")}`);

let code = 0;
if (unknown.length > 0) {
  console.error(`fuzz: FAILED — ${unknown.length} new problem(s) in ${new Set(unknown.map((p) => p.case)).size} case(s)`);
  code = 1;
}
if (cases.length < minRuns) {
  console.error(`fuzz: FAILED — only ${cases.length} case(s) ran${interrupted ? ` within ${maxSeconds} s` : ""}; at least ${minRuns} are required`);
  code = 1;
}
if (finished.some((s) => s.code !== 0) && unknown.length === 0 && cases.length >= minRuns) {
  for (const s of finished.filter((x) => x.code !== 0)) console.error(`fuzz: shard ${s.shard} exited ${s.code}; see ${s.log}`);
  code = 1;
}
if (code === 0) console.log(`fuzz: ok — ${cases.length} case(s), no new problems`);
process.exitCode = code;
