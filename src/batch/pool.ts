// A fixed number of worker processes pulling assessments from one queue. A worker is handed the
// next job only when it finishes one, so nothing but small results accumulates in the main process.
// Workers are child processes, not threads: a worker thread that reaches its `resourceLimits`
// can abort the whole process (nodejs/node#47224), while a child process that runs out of memory,
// crashes or hangs dies alone. Its job fails, it is replaced, and the batch carries on. A worker
// is also replaced after `recycleAfter` jobs, so memory stays flat however long the batch is.
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { BatchJob, ItemResult } from "./types.js";

export type PoolOptions = {
  readonly size: number;
  /** The worker's entry module (a process that answers each BatchJob message with an ItemResult). */
  readonly workerUrl: URL;
  readonly recycleAfter: number;
  /** V8 old-space limit per worker (--max-old-space-size): a runaway input fails alone. */
  readonly heapMb: number;
  /** A job still running after this long fails and its worker is killed (a hang stops nothing else). */
  readonly jobTimeoutMs: number;
  readonly onResult: (result: ItemResult) => void;
};

type Outcome =
  | { readonly result: ItemResult }
  | { readonly exited: { readonly code: number | null; readonly signal: NodeJS.Signals | null } }
  | { readonly timedOut: true };

type Live = {
  readonly child: ChildProcess;
  pending: ((o: Outcome) => void) | null;
  dead: boolean;
  /** The last few KB the worker wrote to stderr: V8 prints its out-of-memory report there. */
  stderr: string;
  exitedSettled: boolean;
  /** Called once the worker has exited and its stderr is read. */
  onExit: (() => void) | null;
};

const STDERR_TAIL = 4096;

function spawn(opts: PoolOptions): Live {
  const child = fork(fileURLToPath(opts.workerUrl), [], {
    execArgv: [`--max-old-space-size=${opts.heapMb}`],
    stdio: ["ignore", "ignore", "pipe", "ipc"],
    env: process.env,
  });
  const live: Live = { child, pending: null, dead: false, stderr: "", exitedSettled: false, onExit: null };
  const settle = (o: Outcome): void => {
    const p = live.pending;
    live.pending = null;
    p?.(o);
  };
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (s: string) => {
    live.stderr = (live.stderr + s).slice(-STDERR_TAIL);
  });
  child.on("message", (result: ItemResult) => settle({ result }));
  child.on("error", () => {
    live.dead = true; // 'exit' follows, or the job times out
  });
  // On 'exit' the worker's last words (V8's out-of-memory report) may still be in the pipe: settle
  // once stderr has ended too, or shortly after. (ChildProcess 'close' is not always emitted
  // once the IPC channel was closed first, so it cannot be waited for.)
  let stderrEnded = child.stderr === null;
  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const finish = (): void => {
    if (exited === null || live.exitedSettled) return;
    live.exitedSettled = true;
    settle({ exited });
    live.onExit?.();
  };
  child.stderr?.on("close", () => {
    stderrEnded = true;
    finish();
  });
  child.on("exit", (code: number | null, signal: NodeJS.Signals | null) => {
    live.dead = true;
    exited = { code, signal };
    if (stderrEnded) finish();
    else setTimeout(finish, 500);
  });
  return live;
}

function failed(job: BatchJob, message: string, ms: number): ItemResult {
  return { index: job.index, file: job.file, outDir: job.outDir, status: "failed", counts: null, outcome: null, written: [], message, ms };
}

function outOfMemory(live: Live, o: Outcome): boolean {
  return "exited" in o && /heap out of memory|Reached heap limit|allocation failed/i.test(live.stderr);
}

function describe(o: Exclude<Outcome, { readonly result: ItemResult }>, live: Live, job: BatchJob, opts: PoolOptions): string {
  if ("timedOut" in o) return `${job.file}: rendering took longer than ${Math.round(opts.jobTimeoutMs / 1000)} s and was stopped`;
  if (outOfMemory(live, o)) return `${job.file}: rendering ran out of memory (${opts.heapMb} MB per worker); raise PIPIA_WORKER_HEAP_MB or split the assessment`;
  const { code, signal } = o.exited;
  const how = signal !== null ? `signal ${signal}` : `exit code ${code ?? "?"}`;
  const said = live.stderr.trim();
  return `${job.file}: the renderer stopped unexpectedly (the worker process ended with ${how})${said ? `:\n${said}` : ""}`;
}

function run(live: Live, job: BatchJob, opts: PoolOptions): Promise<ItemResult> {
  const started = performance.now();
  live.stderr = "";
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      live.dead = true; // replaced before the next job
      live.child.kill("SIGKILL");
      const p = live.pending;
      live.pending = null;
      p?.({ timedOut: true });
    }, opts.jobTimeoutMs);
    live.pending = (o) => {
      clearTimeout(timer);
      resolve("result" in o ? o.result : failed(job, describe(o, live, job, opts), performance.now() - started));
    };
    live.child.send(job, (e) => {
      if (e) live.dead = true; // the worker is gone: its 'close' fails the job
    });
  });
}

/** Ends a worker: a polite disconnect (it exits when its channel closes), SIGKILL if it lingers. */
function stop(live: Live): Promise<void> {
  return new Promise((resolve) => {
    if (live.exitedSettled) return resolve();
    const timer = setTimeout(() => live.child.kill("SIGKILL"), 5000);
    live.onExit = () => {
      clearTimeout(timer);
      resolve();
    };
    if (live.child.connected) live.child.disconnect();
    else live.child.kill("SIGKILL");
  });
}

export async function runPool(jobs: readonly BatchJob[], opts: PoolOptions): Promise<void> {
  let next = 0;
  const slot = async (): Promise<void> => {
    let live: Live | null = null;
    let done = 0;
    for (let job = jobs[next++]; job !== undefined; job = jobs[next++]) {
      if (live === null || live.dead || done >= opts.recycleAfter) {
        if (live !== null) await stop(live);
        live = spawn(opts);
        done = 0;
      }
      opts.onResult(await run(live, job, opts));
      done++;
    }
    if (live !== null) await stop(live);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.size, jobs.length)) }, slot));
}
