// Vitest configuration for fuzz shards only (scripts/fuzz.mjs); `npm test` never runs them.
import { join } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: join(import.meta.dirname, ".."),
  test: {
    include: ["test/robustness/fuzz/run.fuzz.ts"],
    testTimeout: 24 * 3600 * 1000,
    maxWorkers: 1,
    // The shard writes its own report; vitest's console output is kept short.
    silent: true,
  },
});
