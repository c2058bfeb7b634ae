// Safe writes: a render killed with SIGKILL at any moment leaves every .docx either as it was or
// complete (temporary file + rename); an existing output is never replaced without --force; an
// output folder pipia cannot write to gives one clear line and exit 2.
import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, ROOT } from "../helpers/run-cli.js";
import { runMain } from "../helpers/run-main.js";

const MALL = join(ROOT, "samples", "mall-camera.yaml");
const OLD = Buffer.from("OLD DOCUMENT — must survive or be replaced whole");
const tmp = (): string => mkdtempSync(join(tmpdir(), "pipia-safe-"));

/** A .docx that a reader can open: the zip tests clean and word/document.xml is well-formed. */
function complete(file: string): boolean {
  if (spawnSync("unzip", ["-tqq", file]).status !== 0) return false;
  const xml = spawnSync("unzip", ["-p", file, "word/document.xml"], { maxBuffer: 64 << 20 }).stdout;
  return spawnSync("xmllint", ["--noout", "-"], { input: xml }).status === 0;
}

function docxFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".docx"))
    .map((f) => join(dir, f));
}

type Killed = { readonly signal: NodeJS.Signals | null; readonly stdout: string };

/** Runs the CLI and SIGKILLs it `delayMs` after `trigger` first matches its stdout (or after start). */
function runAndKill(args: readonly string[], trigger: RegExp | null, delayMs: number): Promise<Killed> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let armed = false;
    const arm = (): void => {
      if (armed) return;
      armed = true;
      setTimeout(() => child.kill("SIGKILL"), delayMs);
    };
    child.stdout.on("data", (b: Buffer) => {
      stdout += b.toString("utf8");
      if (trigger && trigger.test(stdout)) arm();
    });
    child.stderr.resume();
    if (!trigger) arm();
    child.on("exit", (_code, signal) => resolve({ signal, stdout }));
  });
}

describe("a killed render leaves no partial .docx", () => {
  // Kill moments: early (loading), mid-render, and just after a document was written while the next
  // one is being produced — the moments a naive writer would leave a truncated file behind.
  const moments: ReadonlyArray<readonly [string, RegExp | null, number]> = [
    ["while loading", null, 150],
    ["while rendering the first document", null, 900],
    ["right after the first write", /wrote /, 0],
    ["just after the first write", /wrote /, 15],
    ["after the second write", /wrote [^\n]*\n[^\n]*wrote /, 5],
  ];

  it.each(moments)("render --force killed %s", async (_name, trigger, delay) => {
    const out = tmp();
    const names = ["mall-camera-report.bilingual.docx", "mall-camera-records.bilingual.docx", "mall-camera-signage.bilingual.docx"];
    for (const n of names) writeFileSync(join(out, n), OLD);
    const r = await runAndKill(["render", MALL, "--out", out, "--lang", "bilingual", "--force"], trigger, delay);
    const files = docxFiles(out);
    expect(files.length).toBeGreaterThanOrEqual(names.length);
    for (const f of files) {
      const bytes = readFileSync(f);
      expect(bytes.equals(OLD) || complete(f), `${f} is partial (${bytes.length} bytes)`).toBe(true);
    }
    // Only the hidden temporary files of the atomic writer may be left over, never a stray .docx.
    for (const f of readdirSync(out)) expect(f.endsWith(".docx") || f.startsWith(".pipia-tmp-"), f).toBe(true);
    // Killed after a write, the next documents were still being produced; a timed kill may come after
    // a fast machine has finished, which proves nothing but is not wrong.
    if (trigger !== null || delay < 200) expect(r.signal).toBe("SIGKILL");
  });

  it("batch killed mid-run: every document written so far is complete", async () => {
    const out = tmp();
    const r = await runAndKill(["batch", join(ROOT, "samples"), "--out", out, "--jobs", "2"], /\] ok /, 10);
    expect(r.signal).toBe("SIGKILL");
    const files = docxFiles(out);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(complete(f), f).toBe(true);
  });
});

describe("existing outputs", () => {
  it("render refuses to replace anything without --force and writes nothing", async () => {
    const out = tmp();
    const existing = join(out, "mall-camera-records.docx");
    writeFileSync(existing, OLD);
    const r = await runMain(["render", MALL, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${existing}: already exists; pass --force to overwrite\n`);
    expect(readFileSync(existing).equals(OLD)).toBe(true);
    expect(readdirSync(out)).toEqual(["mall-camera-records.docx"]);
  });
});

describe("an output folder pipia cannot write to", () => {
  // root ignores file modes, so run as nobody when the tests run as root.
  const asRoot = process.getuid?.() === 0;
  const run = (args: readonly string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", HOME: tmpdir() },
      timeout: 120_000,
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const readOnly = (): string => {
    const base = tmp();
    chmodSync(base, 0o755);
    const dir = join(base, "locked");
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    return dir;
  };

  it("render: exit 2 with one clear line", () => {
    const dir = readOnly();
    const r = run(["render", MALL, "--out", dir, "--only", "report"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${dir}: cannot write to the output folder (permission denied); choose another --out folder\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("render: a sub-folder that cannot be created", () => {
    const dir = join(readOnly(), "new");
    const r = run(["render", MALL, "--out", dir, "--only", "report"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${dir}: cannot create the output folder (permission denied); choose another --out folder\n`);
  });

  it("batch: exit 2 before any worker starts", () => {
    const dir = readOnly();
    const r = run(["batch", MALL, "--out", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${dir}: cannot write to the output folder (permission denied); choose another --out folder\n`);
    expect(r.stdout).toBe("");
  });
});
