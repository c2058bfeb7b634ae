// --pdf goes through LibreOffice when it is installed, and fails cleanly (exit 2) when it is not.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, existsSync, symlinkSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runCli } from "../helpers/run-cli.js";

describe("render --pdf", () => {
  it("writes a PDF next to the .docx", () => {
    const out = mkdtempSync(join(tmpdir(), "pipia-pdf-"));
    const r = runCli(["render", "samples/office-attendance.yaml", "--out", out, "--only", "report", "--pdf"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const pdf = join(out, "office-attendance-report.pdf");
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("exits 2 with an install hint when LibreOffice is missing, before writing anything", () => {
    const bin = mkdtempSync(join(tmpdir(), "pipia-path-"));
    mkdirSync(join(bin, "b"));
    symlinkSync(process.execPath, join(bin, "b", "node"));
    const out = join(bin, "out");
    const r = runCli(["render", "samples/office-attendance.yaml", "--out", out, "--pdf"], { env: { PATH: join(bin, "b") } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--pdf needs LibreOffice");
    expect(r.stderr).toContain("apt-get install -y libreoffice-writer-nogui");
    expect(existsSync(out)).toBe(false);
    expect(dirname(out)).toBe(bin);
  });
});
