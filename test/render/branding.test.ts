// Law-firm branding through pipia.config.yaml: organisation, logo, accent colour, classification,
// document-number pattern and footer reach the Word document; a bad config is exit 2 with paths.
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import QRCode from "qrcode";
import { runCli, ROOT } from "../helpers/run-cli.js";
import { runMain } from "../helpers/run-main.js";
import { checkDocx, squeeze } from "../helpers/check-docx.js";

function unzipList(file: string): string {
  return execFileSync("unzip", ["-l", file], { encoding: "utf8" });
}
function unzipPart(file: string, part: string): string {
  return execFileSync("unzip", ["-p", file, part], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

describe("branding config", () => {
  it("applies organisation, logo, colour, classification, number pattern and footer", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pipia-brand-"));
    copyFileSync(join(ROOT, "samples", "office-attendance.yaml"), join(dir, "client.yaml"));
    mkdirSync(join(dir, "brand"));
    writeFileSync(join(dir, "brand", "logo.png"), await QRCode.toBuffer("logo", { type: "png" }));
    writeFileSync(
      join(dir, "pipia.config.yaml"),
      [
        "organisation: 上海明德律师事务所",
        "logo: brand/logo.png",
        'accentColor: "#7A1F3D"',
        "classification: 机密",
        'documentNumber: "MD-{year}-{stem}-{doc}"',
        "footerText: 本文件由上海明德律师事务所出具，仅供委托人使用",
      ].join("\n"),
    );
    const out = join(dir, "out");
    const r = runCli(["render", join(dir, "client.yaml"), "--out", out, "--only", "report"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const docx = join(out, "client-report.docx");
    const c = checkDocx([docx]);
    expect(c.code).toBe(0);
    const text = squeeze(c.text(docx));
    expect(text).toContain("编制：上海明德律师事务所");
    expect(text).toContain("MD-2026-client-report");
    expect(text).toContain("机密");
    expect(text).toContain("本文件由上海明德律师事务所出具，仅供委托人使用");
    expect(unzipList(docx)).toMatch(/word\/media\/\S+\.png/);
    expect(unzipPart(docx, "word/styles.xml")).toContain("7A1F3D");
  });

  it("rejects a bad config with every problem, file and path, exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pipia-brand-bad-"));
    copyFileSync(join(ROOT, "samples", "office-attendance.yaml"), join(dir, "client.yaml"));
    const cfg = join(dir, "pipia.config.yaml");
    writeFileSync(cfg, 'accentColor: red\nfonts: { body: 宋体 }\nlogoo: x.png\n');
    const r = await runMain(["render", join(dir, "client.yaml"), "--out", join(dir, "out")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${cfg}: accentColor: expected a hex colour`);
    expect(r.stderr).toContain(`${cfg}: fonts.body:`);
    expect(r.stderr).toContain(`${cfg}: logoo:`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
