import type { Command } from "./command.js";
import { access, constants, mkdir, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parseCommandArgs, oneOf } from "../cli/parse-args.js";
import { PipiaError } from "../errors.js";
import { err, info, isQuiet, out } from "../cli/output.js";
import { DOCUMENT_IDS } from "../render/documents.js";
import { expandInputs } from "../batch/inputs.js";
import { runPool } from "../batch/pool.js";
import { createProgress } from "../batch/progress.js";
import { exitCodeFor, summaryTable } from "../batch/summary.js";
import { BATCH_LANGS, type BatchJob, type BatchSettings, type ItemResult } from "../batch/types.js";

const WORKER = new URL("../batch/worker.js", import.meta.url);
/** Jobs per worker before it is replaced by a fresh one (keeps memory flat on long batches). */
const RECYCLE_AFTER = 100;
/** Heap per worker: a sample needs well under 100 MB; an answers file is at most 10 MB. */
const DEFAULT_WORKER_HEAP_MB = 512;
/** One assessment normally takes seconds; only a hang reaches this. */
const JOB_TIMEOUT_MS = 15 * 60 * 1000;

function workerHeapMb(): number {
  const v = process.env["PIPIA_WORKER_HEAP_MB"];
  if (v === undefined || v === "") return DEFAULT_WORKER_HEAP_MB;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new PipiaError(`PIPIA_WORKER_HEAP_MB: "${v}" is not allowed; expected a whole number of megabytes`);
  return Number(v);
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 256) throw new PipiaError(`--jobs: "${value}" is not allowed; expected a whole number from 1 to 256`);
  return n;
}

async function requireFolder(flag: string, dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info === null || !info.isDirectory()) throw new PipiaError(`${flag}: folder "${dir}" does not exist`);
}

async function requireFile(flag: string, file: string): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (info === null || !info.isFile()) throw new PipiaError(`${file}: no such config file`, 2, `check the ${flag} path`);
}

/** Create --out and make sure we can write there before starting any worker. */
async function prepareOut(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info !== null && !info.isDirectory()) throw new PipiaError(`${dir}: is a file, expected the output folder; choose another --out folder`);
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK | constants.X_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "EACCES" || code === "EPERM" || code === "EROFS" ? "permission denied" : (code ?? "error");
    throw new PipiaError(`${dir}: cannot write to the output folder (${why}); choose another --out folder`);
  }
}

export const command: Command = {
  name: "batch",
  summary: "render many assessments in parallel, one folder each",
  help: `Usage: pipia batch FILES|DIR... --out DIR [options]

Renders every answers file given (a folder contributes its .yaml, .yml and .json files) with
worker processes, each assessment into its own sub-folder of DIR named after the file:
  DIR/<stem>/<stem>-report.docx, <stem>-records.docx, … (the same files as pipia render)
A failed assessment never stops the others: one that runs out of memory, crashes or hangs fails
alone, the batch finishes and prints its summary. At the end a table lists each assessment's open
findings per severity.

Options:
  --out DIR            output folder (created if missing)                    [required]
  --jobs N             worker processes (default: the number of CPU cores)
  --lang LANG          zh-CN (default), en, or bilingual
  --only LIST          comma-separated subset: ${DOCUMENT_IDS.join(",")}
  --force              overwrite existing files (never without it)
  --markdown           also write the intermediate Markdown beside each document
  --templates DIR      templates that shadow pipia's file by file (see: pipia templates export)
  --config FILE        branding config (default: pipia.config.yaml beside each file, or in the current folder)

Shows a progress bar on a terminal, one line per assessment otherwise.
Environment: PIPIA_WORKER_HEAP_MB caps each worker's heap (default ${DEFAULT_WORKER_HEAP_MB}); an assessment
that needs more fails alone.
Exit codes: 0 all rendered · 2 an input was invalid (or would overwrite without --force) ·
1 an unexpected failure (and no invalid input).

Examples:
  pipia batch samples --out out/all
  pipia batch a.yaml b.yaml --out out --lang bilingual --jobs 4 --force`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs("batch", argv, {
      out: { type: "string" },
      jobs: { type: "string" },
      lang: { type: "string" },
      only: { type: "string" },
      force: { type: "boolean" },
      markdown: { type: "boolean" },
      templates: { type: "string" },
      config: { type: "string" },
    });
    if (positionals.length === 0) throw new PipiaError("pipia batch: expected answers files or folders", 2, "usage: pipia batch FILES|DIR --out DIR");
    if (!values.out) throw new PipiaError("pipia batch: --out DIR is required", 2, "example: pipia batch samples --out out");
    const outRoot = values.out;
    const jobs = parseJobs(values.jobs);
    const settings: BatchSettings = {
      lang: oneOf("--lang", values.lang, BATCH_LANGS, "zh-CN"),
      only: values.only?.split(",").map((s) => oneOf("--only", s.trim(), DOCUMENT_IDS, "report")) ?? null,
      force: values.force === true,
      markdown: values.markdown === true,
      templatesDir: values.templates ?? null,
      configFile: values.config ?? null,
    };
    if (settings.templatesDir !== null) await requireFolder("--templates", settings.templatesDir);
    if (settings.configFile !== null) await requireFile("--config", settings.configFile);
    await prepareOut(outRoot);

    const { inputs, emptyFolders } = await expandInputs(positionals);
    const work: BatchJob[] = inputs.map((input, index) => ({ index, file: input.file, outDir: join(outRoot, input.name), settings }));
    const results: ItemResult[] = [];
    const total = work.length + emptyFolders.length;
    const tty = process.stderr.isTTY ? { write: (t: string) => void process.stderr.write(t), columns: process.stderr.columns } : null;
    const progress = createProgress(total, { write: info, error: err, tty: isQuiet() ? null : tty });
    const record = (r: ItemResult): void => {
      results.push(r);
      progress.done(r);
    };
    const started = performance.now();
    if (!tty) info(`rendering ${work.length} assessment(s) with ${Math.min(jobs, Math.max(1, work.length))} worker process(es) into ${outRoot}`);
    emptyFolders.forEach((dir, i) =>
      record({ index: work.length + i, file: dir, outDir: outRoot, status: "invalid", counts: null, outcome: null, written: [], message: `${dir}: holds no answers files (.yaml, .yml or .json)`, ms: 0 }),
    );
    if (work.length > 0) await runPool(work, { size: jobs, workerUrl: WORKER, recycleAfter: RECYCLE_AFTER, heapMb: workerHeapMb(), jobTimeoutMs: JOB_TIMEOUT_MS, onResult: record });
    progress.finish();
    out(summaryTable(results, performance.now() - started));
    return exitCodeFor(results);
  },
};
