// A fixed number of worker threads pulling assessments from one queue. A worker is handed the
// next job only when it finishes one, so nothing but small results accumulates in the main thread.
// A worker that crashes or runs out of memory fails only its current job and is replaced; a worker
// is also replaced after `recycleAfter` jobs, so memory stays flat however long the batch is.
import { Worker } from "node:worker_threads";
import type { BatchJob, ItemResult } from "./types.js";

export type PoolOptions = {
  readonly size: number;
  readonly workerUrl: URL;
  readonly recycleAfter: number;
  /** V8 old-space limit per worker: a runaway input fails alone instead of exhausting the machine. */
  readonly heapMb: number;
  /** A job still running after this long fails and its worker is replaced (a hang stops nothing else). */
  readonly jobTimeoutMs: number;
  readonly onResult: (result: ItemResult) => void;
};

type Outcome = { readonly result: ItemResult } | { readonly error: Error } | { readonly timedOut: true };

type Live = {
  readonly worker: Worker;
  pending: ((o: Outcome) => void) | null;
  dead: boolean;
};

function spawn(opts: PoolOptions): Live {
  const worker = new Worker(opts.workerUrl, { resourceLimits: { maxOldGenerationSizeMb: opts.heapMb } });
  const live: Live = { worker, pending: null, dead: false };
  const settle = (o: Outcome): void => {
    const p = live.pending;
    live.pending = null;
    p?.(o);
  };
  worker.on("message", (result: ItemResult) => settle({ result }));
  // 'error' is followed by 'exit'; whichever comes first fails the job in flight.
  worker.on("error", (error: Error) => {
    live.dead = true;
    settle({ error });
  });
  worker.on("exit", (code: number) => {
    live.dead = true;
    settle({ error: new Error(`the worker thread stopped (exit code ${code})`) });
  });
  return live;
}

function failed(job: BatchJob, message: string, ms: number): ItemResult {
  return { index: job.index, file: job.file, outDir: job.outDir, status: "failed", counts: null, outcome: null, written: [], message, ms };
}

function describe(o: Exclude<Outcome, { readonly result: ItemResult }>, job: BatchJob, opts: PoolOptions): string {
  if ("timedOut" in o) return `${job.file}: rendering took longer than ${Math.round(opts.jobTimeoutMs / 1000)} s and was stopped`;
  if ((o.error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY")
    return `${job.file}: rendering ran out of memory (${opts.heapMb} MB per worker); raise PIPIA_WORKER_HEAP_MB or split the assessment`;
  return `${job.file}: the renderer stopped unexpectedly: ${o.error.stack ?? o.error.message}`;
}

function run(live: Live, job: BatchJob, opts: PoolOptions): Promise<ItemResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      live.dead = true; // replaced before the next job; terminate() ends the hung thread
      void live.worker.terminate();
      const p = live.pending;
      live.pending = null;
      p?.({ timedOut: true });
    }, opts.jobTimeoutMs);
    live.pending = (o) => {
      clearTimeout(timer);
      resolve("result" in o ? o.result : failed(job, describe(o, job, opts), performance.now() - started));
    };
    live.worker.postMessage(job);
  });
}

export async function runPool(jobs: readonly BatchJob[], opts: PoolOptions): Promise<void> {
  let next = 0;
  const slot = async (): Promise<void> => {
    let live: Live | null = null;
    let done = 0;
    for (let job = jobs[next++]; job !== undefined; job = jobs[next++]) {
      if (live === null || live.dead || done >= opts.recycleAfter) {
        if (live !== null) await live.worker.terminate();
        live = spawn(opts);
        done = 0;
      }
      opts.onResult(await run(live, job, opts));
      done++;
    }
    if (live !== null) await live.worker.terminate();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.size, jobs.length)) }, slot));
}
