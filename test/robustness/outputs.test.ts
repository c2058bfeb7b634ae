// Issue 11, rows 8, 12 and 14 (output messages): each output is created exclusively (a concurrent
// run without --force never silently overwrites), a document set is written all-or-nothing, stale
// temporary files of killed runs are cleaned up, and a file at --out, a read-only folder or a full
// disk each get one plain line, exit 2.
import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, ROOT, runCli } from "../helpers/run-cli.js";
import { runMain } from "../helpers/run-main.js";

const sample = (name: string): string => join(ROOT, "samples", `${name}.yaml`);
const tmp = (): string => mkdtempSync(join(tmpdir(), "pipia-out-"));

function runAsync(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString("utf8")));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

/** Runs the CLI with `dir` a fresh tmpfs of `options` (e.g. "size=100k", "ro") in a private mount namespace. */
function onTmpfs(dir: string, options: string, args: readonly string[]): { code: number | null; stderr: string } {
  const asRoot = process.getuid?.() === 0;
  const script = `mount -t tmpfs -o ${options} tmpfs "$1" && shift && exec "$@"`;
  const r = spawnSync("unshare", [asRoot ? "-m" : "-rm", "sh", "-c", script, "sh", dir, process.execPath, BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 120_000,
  });
  return { code: r.status, stderr: r.stderr };
}

describe("concurrent renders into one folder (row 8)", () => {
  it("two renders of different files with the same stem: one wins whole, the other exits 2", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "a"));
    mkdirSync(join(dir, "b"));
    copyFileSync(sample("office-attendance"), join(dir, "a", "site.yaml"));
    copyFileSync(sample("mall-camera"), join(dir, "b", "site.yaml"));
    const out = join(dir, "out");
    const [a, b] = await Promise.all([
      runAsync(["render", join(dir, "a", "site.yaml"), "--out", out, "--markdown"]),
      runAsync(["render", join(dir, "b", "site.yaml"), "--out", out, "--markdown"]),
    ]);
    expect([a.code, b.code].sort()).toEqual([0, 2]);
    const loser = a.code === 2 ? a : b;
    expect(loser.stderr).toMatch(/^\S+site-\w+\.(docx|md): already exists(; pass --force to overwrite)?/);
    // Everything on disk is the winner's set, whole: office attendance has no filing pack.
    const winnerIsOffice = a.code === 0;
    const names = readdirSync(out).sort();
    const docs = winnerIsOffice ? ["posters", "records", "report", "signage"] : ["filing", "posters", "records", "report", "signage"];
    expect(names).toEqual(docs.flatMap((d) => [`site-${d}.docx`, `site-${d}.md`]).sort());
    const processor = winnerIsOffice ? "上海澄明信息科技有限公司" : "广州天汇商业管理有限公司";
    for (const d of docs) expect(readFileSync(join(out, `site-${d}.md`), "utf8")).toContain(processor);
  }, 120_000);
});

describe("stale temporary files (row 12)", () => {
  it("render removes the .pipia-tmp-* files and staging folders of runs that have ended, not of live ones", () => {
    const out = tmp();
    const deadFile = join(out, ".pipia-tmp-x-report.docx-999999-0a1b2c3d");
    const deadStage = join(out, ".pipia-tmp-set-999999-Ab12Cd");
    const live = join(out, `.pipia-tmp-y-report.docx-${process.pid}-0a1b2c3d`);
    writeFileSync(deadFile, "partial");
    mkdirSync(deadStage);
    writeFileSync(join(deadStage, "x-report.docx"), "partial");
    writeFileSync(live, "in progress");
    const r = runCli(["render", sample("office-attendance"), "--out", out, "--only", "report"]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([live.slice(out.length + 1), "office-attendance-report.docx"].sort());
  });
});

describe("plain messages (row 14)", () => {
  it("a file at --out", async () => {
    const f = join(tmp(), "taken");
    writeFileSync(f, "x");
    const r = await runMain(["render", sample("office-attendance"), "--out", f, "--only", "report"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${f}: is a file, expected the output folder; choose another --out folder\n`);
  });

  it("a read-only file system", () => {
    const dir = tmp();
    const r = onTmpfs(dir, "ro,size=100k", ["render", sample("office-attendance"), "--out", dir, "--only", "report"]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toBe(`${dir}: cannot write to the output folder (the file system is read-only); choose another --out folder\n`);
  });

  it("a full disk: one line, and no partial document set", () => {
    const dir = tmp();
    // Room for some documents of the set, not all: the set must not appear in part.
    const script = `mount -t tmpfs -o size=120k tmpfs "$1" && "$2" "$3" render "$4" --out "$1" --markdown; code=$?; ls -A "$1"; exit $code`;
    const asRoot = process.getuid?.() === 0;
    const r = spawnSync("unshare", [asRoot ? "-m" : "-rm", "sh", "-c", script, "sh", dir, process.execPath, BIN, sample("mall-camera")], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${dir}/mall-camera-\\w+\\.(docx|md): writing failed \\(the disk is full\\); nothing was written\\n$`));
    expect(r.stdout).toBe(""); // the folder is empty: no document, no temporary file
  });
});
