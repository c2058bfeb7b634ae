// --pdf goes through LibreOffice when it is installed, and fails cleanly (exit 2) when it is not.
// The PDF is what a reader prints: the contents must carry real page numbers (LibreOffice's plain
// --convert-to leaves the field as cached, without them), the cover no running header or page
// number, and no page may be empty.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { runMain } from "../helpers/run-main.js";

import { pageCount, pageText, runSlow, type Run } from "../helpers/pdf.js";

/** Headings the contents lists (levels 1..depth), outside fenced code, from the intermediate Markdown. */
function headingCount(markdown: string, depth: number): number {
  return markdown.split("\n").filter((l) => new RegExp(`^#{1,${depth}} \\S`).test(l)).length;
}

/** The contents pages: from the page with the contents title while pages still hold dot leaders. */
function contentsPages(pdf: string, title: RegExp): string[] {
  const n = pageCount(pdf);
  const pages: string[] = [];
  for (let i = 1; i <= n; i++) {
    const text = pageText(pdf, i);
    if (pages.length === 0 ? text.split("\n").some((l) => title.test(l.trim())) : /\.{6,}/.test(text)) pages.push(text);
    else if (pages.length > 0) break;
  }
  return pages;
}

// An entry's last line: dot leaders (or a single dot when the title fills the line), then its page.
const NUMBERED = /(\.{2,}|\.\s)\s*(\d+)\s*$/;

const out = mkdtempSync(join(tmpdir(), "pipia-pdf-"));
const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();

describe("render --pdf", () => {
  let zh: Run;
  let bilingual: Run;
  beforeAll(async () => {
    // --soffice for the Chinese set, PIPIA_SOFFICE for the bilingual report.
    zh = await runSlow(["render", "samples/mall-camera.yaml", "--out", out, "--pdf", "--markdown", "--soffice", soffice]);
    bilingual = await runSlow(["render", "samples/mall-camera.yaml", "--out", out, "--pdf", "--markdown", "--only", "report", "--lang", "bilingual"], {
      PIPIA_SOFFICE: soffice,
    });
  }, 900_000);

  it("writes a tagged PDF next to every .docx, with --soffice and with PIPIA_SOFFICE", () => {
    expect(zh.stderr).toBe("");
    expect(zh.code).toBe(0);
    expect(bilingual.stderr).toBe("");
    expect(bilingual.code).toBe(0);
    const docx = readdirSync(out).filter((f) => f.endsWith(".docx"));
    expect(docx.length).toBe(6); // report, records, signage (notices), posters, filing, and the bilingual report
    for (const d of docx) {
      const pdf = join(out, d.replace(/\.docx$/, ".pdf"));
      expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout).toMatch(/^Tagged:\s+yes/m);
    }
  });

  it.each([
    ["mall-camera-report", /^目录$/, 3],
    ["mall-camera-report.bilingual", /^目录$/, 2],
  ])("%s: every contents entry ends in a page number after the dot leaders", (stem, title, depth) => {
    const pdf = join(out, `${stem}.pdf`);
    const pages = contentsPages(pdf, title);
    expect(pages.length).toBeGreaterThan(0);
    const lines = pages.flatMap((p) => p.split("\n"));
    const numbered = lines.filter((l) => NUMBERED.test(l));
    // A leader line without a number is an entry the update missed.
    expect(lines.filter((l) => /\.{6,}\s*$/.test(l))).toEqual([]);
    expect(numbered.length).toBe(headingCount(readFileSync(join(out, `${stem}.md`), "utf8"), depth));
    const numbers = numbered.map((l) => Number(NUMBERED.exec(l)?.[2]));
    const total = pageCount(pdf);
    for (const [i, n] of numbers.entries()) {
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(total);
      if (i > 0) expect(n).toBeGreaterThanOrEqual(numbers[i - 1] ?? 0);
    }
  });

  it("keeps the bilingual contents to two pages", () => {
    expect(contentsPages(join(out, "mall-camera-report.bilingual.pdf"), /^目录$/).length).toBeLessThanOrEqual(2);
  });

  it("prints the cover without running header or page number, and numbers the pages after it", () => {
    const pdf = join(out, "mall-camera-report.pdf");
    const cover = pageText(pdf, 1);
    expect(cover).not.toMatch(/第\s*1\s*页/);
    expect(cover).toContain("天汇广场");
    expect(pageText(pdf, 2)).toMatch(new RegExp(`第\\s*2\\s*页\\s*共\\s*${pageCount(pdf)}\\s*页`));
  });

  it("has no empty page in any PDF", () => {
    const empty: string[] = [];
    for (const f of readdirSync(out).filter((x) => x.endsWith(".pdf"))) {
      const n = pageCount(join(out, f));
      expect(n).toBeGreaterThan(0);
      for (let i = 1; i <= n; i++) if (pageText(join(out, f), i).trim() === "") empty.push(`${f} page ${i}`);
    }
    expect(empty).toEqual([]);
  });

  it("embeds a CJK font for the Chinese text", () => {
    const fonts = spawnSync("pdffonts", [join(out, "mall-camera-report.pdf")], { encoding: "utf8" }).stdout;
    expect(fonts).toMatch(/CJK/);
  });

  it("exits 2 naming --soffice or PIPIA_SOFFICE when that is not a LibreOffice", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pipia-pdf-bad-"));
    const a = await runMain(["render", "samples/office-attendance.yaml", "--out", join(dir, "a"), "--pdf", "--soffice", join(dir, "no-such-soffice")]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("--soffice");
    expect(existsSync(join(dir, "a"))).toBe(false);
    const b = await runMain(["render", "samples/office-attendance.yaml", "--out", join(dir, "b"), "--pdf"], { PIPIA_SOFFICE: join(dir, "no-such-soffice") });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("PIPIA_SOFFICE");
    const c = await runMain(["render", "samples/office-attendance.yaml", "--out", join(dir, "c"), "--soffice", soffice]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain("--soffice only applies with --pdf");
  });

  it("exits 2 with an install hint when LibreOffice is missing, before writing anything", () => {
    const bin = mkdtempSync(join(tmpdir(), "pipia-path-"));
    mkdirSync(join(bin, "b"));
    symlinkSync(process.execPath, join(bin, "b", "node"));
    const target = join(bin, "out");
    const r = runCli(["render", "samples/office-attendance.yaml", "--out", target, "--pdf"], { env: { PATH: join(bin, "b") } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--pdf needs LibreOffice");
    expect(r.stderr).toContain("apt-get install -y libreoffice-writer-nogui");
    expect(existsSync(target)).toBe(false);
    expect(dirname(target)).toBe(bin);
  });
});
