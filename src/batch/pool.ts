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
  readonly onResult: (result: ItemResult) => void;
};

type Outcome = { readonly result: ItemResult } | { readonly error: Error };

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

function crashed(job: BatchJob, error: Error, ms: number, heapMb: number): ItemResult {
  const oom = (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
  return {
    index: job.index,
    file: job.file,
    outDir: job.outDir,
    status: "failed",
    counts: null,
    outcome: null,
    written: [],
    message: oom
      ? `${job.file}: rendering ran out of memory (${heapMb} MB per worker); raise PIPIA_WORKER_HEAP_MB or split the assessment`
      : `${job.file}: the renderer stopped unexpectedly: ${error.stack ?? error.message}`,
    ms,
  };
}

function run(live: Live, job: BatchJob, heapMb: number): Promise<ItemResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    live.pending = (o) => resolve("result" in o ? o.result : crashed(job, o.error, performance.now() - started, heapMb));
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
      opts.onResult(await run(live, job, opts.heapMb));
      done++;
    }
    if (live !== null) await live.worker.terminate();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.size, jobs.length)) }, slot));
}
