import { defineConfig } from "vitest/config";

/** Tests that open documents in LibreOffice (or pack and install the package): slow, one at a time. */
export const SLOW_TESTS = [
  "test/render/report.test.ts",
  "test/render/records.test.ts",
  "test/render/filing.test.ts",
  "test/render/signage.test.ts",
  "test/render/posters.test.ts",
  "test/render/branding.test.ts",
  "test/docx/markdown-to-docx.test.ts",
  "test/commands/render-pdf.test.ts",
  "test/package/*.test.ts",
];

export default defineConfig({
  test: {
    // Vitest 4 runs the parallel project first (two workers, the 2-core CI machine), then the files
    // of the sequential project one at a time in a single worker.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: SLOW_TESTS,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "libreoffice",
          include: SLOW_TESTS,
          // LibreOffice converts whole document sets; under load a conversion takes minutes.
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
