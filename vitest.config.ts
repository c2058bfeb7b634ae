import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // LibreOffice-backed tests are heavy; two workers match the 2-core CI machine.
    maxWorkers: 2,
  },
});
