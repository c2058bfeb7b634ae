// Issue 11, row 1: one assessment of a batch that runs out of memory must fail alone. With worker
// threads, V8 reaching a thread's resourceLimits could abort the whole process (exit 134, no
// summary, later files never run: nodejs/node#47224). Workers are now child processes.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, runCli } from "../helpers/run-cli.js";

const sample = (name: string): string => join(ROOT, "samples", `${name}.yaml`);

/** A .docx that a reader can open: the zip tests clean and word/document.xml is well-formed. */
function complete(file: string): boolean {
  if (spawnSync("unzip", ["-tqq", file]).status !== 0) return false;
  const xml = spawnSync("unzip", ["-p", file, "word/document.xml"], { maxBuffer: 64 << 20 }).stdout;
  return spawnSync("xmllint", ["--noout", "-"], { input: xml }).status === 0;
}

/**
 * An assessment whose own config points at a law firm's runaway template: seven nested loops over
 * the security rows, hundreds of millions of pieces of output. Its worker truly runs out of heap.
 */
function runawayItem(dir: string): string {
  const folder = join(dir, "heavy");
  mkdirSync(join(folder, "tpl", "zh-CN"), { recursive: true });
  const file = join(folder, "runaway.yaml");
  copyFileSync(sample("office-attendance"), file);
  writeFileSync(join(folder, "pipia.config.yaml"), "templates: tpl\n");
  const loops = 7;
  writeFileSync(join(folder, "tpl", "zh-CN", "report.md.hbs"), "{{#each security.rows}}" + "{{#each @root.security.rows}}".repeat(loops - 1) + "x" + "{{/each}}".repeat(loops));
  return file;
}

describe("batch isolation (row 1)", () => {
  it("a worker running out of memory fails its item only; the others are written, the summary printed, exit 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "pipia-isolation-"));
    const heavy = runawayItem(dir);
    const healthy = ["office-attendance", "mall-camera", "residential-gate"];
    const out = join(dir, "out");
    // The runaway item second, so healthy items run before, beside and after it.
    const r = runCli(["batch", sample(healthy[0] as string), heavy, sample(healthy[1] as string), sample(healthy[2] as string), "--out", out, "--jobs", "2", "--only", "report"], {
      env: { PIPIA_WORKER_HEAP_MB: "128" },
    });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${heavy}: rendering ran out of memory (128 MB per worker); raise PIPIA_WORKER_HEAP_MB or split the assessment`);
    expect(r.stderr).not.toContain("FATAL ERROR");
    expect(r.stdout).toContain("4 assessment(s): 3 ok, 0 invalid, 1 failed · 3 document(s)");
    const row = (file: string): string | undefined => r.stdout.split("\n").find((l) => l.startsWith(file + " "));
    expect(row(heavy)).toMatch(/^\S+\s+failed\s+–\s+–\s+–\s+–\s+0\s+–$/);
    for (const name of healthy) {
      expect(row(sample(name))).toMatch(/^\S+\s+ok\s+\d+\s+\d+\s+\d+\s+\d+\s+1\s+\S+$/);
      const docx = join(out, name, `${name}-report.docx`);
      expect(complete(docx), docx).toBe(true);
    }
    expect(readdirSync(out).sort()).toEqual([...healthy].sort());
  }, 120_000);
});
