// Worker-thread entry of `pipia batch`: renders the assessments the pool hands it, one at a time.
// Templates are compiled once per worker (template-source caches per thread) and reused.
import { parentPort } from "node:worker_threads";
import { renderOne } from "./render-one.js";
import type { BatchJob } from "./types.js";

const port = parentPort;
if (port === null) throw new Error("src/batch/worker.ts runs only as a worker thread of `pipia batch`");

port.on("message", (job: BatchJob) => {
  void renderOne(job).then((result) => port.postMessage(result));
});
