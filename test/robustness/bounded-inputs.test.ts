// Issue 11, rows 2, 6, 7, 13 and part of 14: every file pipia reads (answers, configs, templates,
// partials, logos) must be a regular file of bounded size inside its folder. A device, FIFO,
// folder, escaping symbolic link or fake image is refused at once: exit 2, one line naming the file.
import { describe, expect, it } from "vitest";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, runCli, type CliResult } from "../helpers/run-cli.js";
import { runMain } from "../helpers/run-main.js";
import { imageType, readInput, readInputSync, requireInsideSync, INPUT_LIMITS } from "../../src/io/read-input.js";
import { PipiaError } from "../../src/errors.js";

const SAMPLE = join(ROOT, "samples", "office-attendance.yaml");
const tmp = (): string => mkdtempSync(join(tmpdir(), "pipia-bounded-"));
const fifo = (path: string): void => void execFileSync("mkfifo", [path]);

/** A copy of the built-in templates (zh-CN and en) to tamper with. */
async function exportedTemplates(): Promise<string> {
  const dir = join(tmp(), "t");
  const r = await runMain(["templates", "export", dir]);
  expect(r.code).toBe(0);
  return dir;
}

describe("answers files that are not regular files (row 2)", () => {
  it.each([
    ["a symbolic link to /dev/zero", (f: string) => symlinkSync("/dev/zero", f)],
    ["a symbolic link to /dev/urandom", (f: string) => symlinkSync("/dev/urandom", f)],
    ["a FIFO", fifo],
  ])("validate refuses %s at once, exit 2", (_name, make) => {
    const f = join(tmp(), "z.yaml");
    make(f);
    const started = Date.now();
    const r = runCli(["validate", f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${f}: is not a regular file (a device, pipe or socket); expected an answers file (.yaml, .yml or .json)\n`);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("pipia new refuses a FIFO or /dev/zero as its answers file instead of reading forever", () => {
    for (const make of [fifo, (f: string) => symlinkSync("/dev/zero", f)]) {
      const f = join(tmp(), "partial.yaml");
      make(f);
      const r = runCli(["new", f]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`${f}: is not a regular file (a device, pipe or socket); expected an answers file (.yaml, .yml or .json)\n`);
    }
  });

  it("a folder named like an answers file inside a batch folder is reported, not skipped silently (row 14)", () => {
    const dir = tmp();
    copyFileSync(SAMPLE, join(dir, "a.yaml"));
    mkdirSync(join(dir, "x.yaml"));
    const r = runCli(["batch", dir, "--out", join(tmp(), "out"), "--only", "report"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, "x.yaml")}: is a folder, expected an answers file (.yaml, .yml or .json)`);
    expect(r.stdout).toMatch(/2 assessment\(s\): 1 ok, 1 invalid, 0 failed/);
  });

  it("a batch with a FIFO among samples fails that item only, without waiting", () => {
    const dir = tmp();
    copyFileSync(SAMPLE, join(dir, "a.yaml"));
    fifo(join(dir, "b.yaml"));
    const r = runCli(["batch", dir, "--out", join(dir, "out"), "--jobs", "2", "--only", "report"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, "b.yaml")}: is not a regular file (a device, pipe or socket)`);
    expect(r.stdout).toMatch(/2 assessment\(s\): 1 ok, 1 invalid, 0 failed/);
  });
});

describe("templates and partials (rows 6, 7, 13)", () => {
  it("a partial that is a symbolic link to /etc/passwd is refused, nothing leaks (row 6)", async () => {
    const t = await exportedTemplates();
    const partial = join(t, "zh-CN", "partials", "document-control.md.hbs");
    rmSync(partial);
    symlinkSync("/etc/passwd", partial);
    const out = join(tmp(), "out");
    const r = await runMain(["render", SAMPLE, "--templates", t, "--out", out, "--only", "report", "--markdown"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${partial}: resolves outside its folder ${t} (a symbolic link or '..'); copy the file into the folder instead\n`);
    expect(r.stdout).not.toContain("root:");
  });

  it("a template that is a FIFO is refused without hanging (row 7)", async () => {
    const t = await exportedTemplates();
    const tpl = join(t, "zh-CN", "report.md.hbs");
    rmSync(tpl);
    fifo(tpl);
    const r = runCli(["render", SAMPLE, "--templates", t, "--out", join(tmp(), "out"), "--only", "report"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${tpl}: is not a regular file (a device, pipe or socket); expected a template file (.md.hbs)\n`);
  });

  it("a template path that is a folder names that template (row 13)", async () => {
    const t = await exportedTemplates();
    const tpl = join(t, "zh-CN", "report.md.hbs");
    rmSync(tpl);
    mkdirSync(tpl);
    const r = await runMain(["render", SAMPLE, "--templates", t, "--out", join(tmp(), "out"), "--only", "report"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${tpl}: is a folder, expected a template file (.md.hbs)\n`);
  });

  it("a partial path that is a folder names the partial, not the document (row 13)", async () => {
    const t = await exportedTemplates();
    const partial = join(t, "zh-CN", "partials", "document-control.md.hbs");
    rmSync(partial);
    mkdirSync(partial);
    const r = await runMain(["render", SAMPLE, "--templates", t, "--out", join(tmp(), "out"), "--only", "report"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${partial}: is a folder, expected a template file (.md.hbs)\n`);
  });

  it("a partial that includes itself gives one short line naming it (row 14)", async () => {
    const t = await exportedTemplates();
    const partial = join(t, "zh-CN", "partials", "document-control.md.hbs");
    writeFileSync(partial, "x {{> document-control}}");
    const r = await runMain(["render", SAMPLE, "--templates", t, "--out", join(tmp(), "out"), "--only", "report"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${partial}: template error: it includes itself without end (a recursive partial?)\n`);
  });
});

describe("logos (row 7)", () => {
  /** In process, except where a file that never ends could block the worker (`spawn`). */
  async function branded(logo: (path: string) => void, spawn = false, name = "logo.png"): Promise<{ dir: string; logoPath: string; r: CliResult }> {
    const dir = tmp();
    copyFileSync(SAMPLE, join(dir, "client.yaml"));
    const logoPath = join(dir, name);
    logo(logoPath);
    writeFileSync(join(dir, "pipia.config.yaml"), `logo: ${name}\n`);
    const args = ["render", join(dir, "client.yaml"), "--out", join(dir, "out"), "--only", "report"];
    const r = spawn ? runCli(args) : await runMain(args);
    return { dir, logoPath, r };
  }

  it("a file renamed .png is refused, not embedded", async () => {
    const { logoPath, r } = await branded((p) => writeFileSync(p, "GIF89a not really a png"));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${logoPath}: is not a PNG or JPEG image (its first bytes carry neither signature); export the logo as PNG or JPEG\n`);
  });

  it("a logo that is a FIFO is refused without hanging", async () => {
    const { logoPath, r } = await branded(fifo, true);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${logoPath}: is not a regular file (a device, pipe or socket); expected a PNG or JPEG logo file\n`);
  });

  it("a logo that links out of the config's folder (to /dev/zero) is refused", async () => {
    const { logoPath, dir, r } = await branded((p) => symlinkSync("/dev/zero", p), true);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${logoPath}: resolves outside its folder ${dir} (a symbolic link or '..'); copy the file into the folder instead\n`);
  });
});

describe("configs (row 14)", () => {
  it("an empty config sets nothing instead of asking for an answers file", async () => {
    const dir = tmp();
    copyFileSync(SAMPLE, join(dir, "client.yaml"));
    writeFileSync(join(dir, "pipia.config.yaml"), "");
    const r = await runMain(["render", join(dir, "client.yaml"), "--out", join(dir, "out"), "--only", "report"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("a YAML merge key is understood, not reported as an unknown field", async () => {
    const dir = tmp();
    const text = readFileSync(SAMPLE, "utf8").replace(/^security:\n/m, "x-defaults: &d\n  backup: true\nsecurity:\n  <<: *d\n");
    const f = join(dir, "merged.yaml");
    writeFileSync(f, text);
    const r = await runMain(["validate", f]);
    // The anchor's host key is unknown, but `<<` itself is merged away.
    expect(r.stderr).not.toContain('"<<"');
    expect(r.stderr).toContain("x-defaults");
  });
});

describe("read-input unit", () => {
  it("refuses a file over its limit, async and sync, naming it", async () => {
    const f = join(tmp(), "big.md.hbs");
    writeFileSync(f, Buffer.alloc(INPUT_LIMITS.template + 1, 0x61));
    const message = `${f}: is 1.0 MB; templates are limited to 1 MB`;
    await expect(readInput(f, "template")).rejects.toThrow(new PipiaError(message));
    expect(() => readInputSync(f, "template")).toThrow(new PipiaError(message));
  });

  it("reads a file of exactly the limit", async () => {
    const f = join(tmp(), "ok.md.hbs");
    writeFileSync(f, Buffer.alloc(INPUT_LIMITS.template, 0x61));
    expect((await readInput(f, "template")).length).toBe(INPUT_LIMITS.template);
    expect(readInputSync(f, "template").length).toBe(INPUT_LIMITS.template);
  });

  it("'..' out of the folder is refused even when the target exists", () => {
    const root = tmp();
    mkdirSync(join(root, "t"));
    writeFileSync(join(root, "secret.md.hbs"), "x");
    expect(() => requireInsideSync(join(root, "t", "..", "secret.md.hbs"), join(root, "t"))).toThrow(/resolves outside its folder/);
    expect(requireInsideSync(join(root, "t", "a.md.hbs"), join(root, "t"))).toBe(join(root, "t", "a.md.hbs"));
  });

  it("recognises PNG and JPEG signatures only", () => {
    expect(imageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("png");
    expect(imageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpg");
    expect(imageType(Buffer.from("GIF89a"))).toBe(null);
    expect(imageType(Buffer.alloc(0))).toBe(null);
  });
});
