// The wall posters (issue #12 item 3): through LibreOffice to PDF, every page is one poster or one
// sticker — no running header, classification or page number, no empty page, no page a poster
// spilled onto. A3 changes the sheet and scales the type. A size other than A4/A3 is refused (exit 2).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { pageCount, pageText, runSlow, type Run } from "../helpers/pdf.js";

/** word/document.xml of a .docx (stored or deflated entry), read with the central directory skipped. */
function documentXml(docx: string): string {
  const buf = readFileSync(docx);
  let at = 0;
  while (at + 30 <= buf.length && buf.readUInt32LE(at) === 0x04034b50) {
    const method = buf.readUInt16LE(at + 8);
    const size = buf.readUInt32LE(at + 18);
    const nameLen = buf.readUInt16LE(at + 26);
    const extraLen = buf.readUInt16LE(at + 28);
    const name = buf.subarray(at + 30, at + 30 + nameLen).toString("utf8");
    const start = at + 30 + nameLen + extraLen;
    const data = buf.subarray(start, start + size);
    if (name === "word/document.xml") return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    at = start + size;
  }
  throw new Error(`${docx}: word/document.xml not found`);
}

const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();

describe.skipIf(soffice === "")("posters through LibreOffice", () => {
  const out = mkdtempSync(join(tmpdir(), "pipia-posters-"));
  let run: Run;
  beforeAll(async () => {
    run = await runSlow(["render", "samples/mall-camera.yaml", "--out", out, "--only", "posters,signage", "--pdf", "--markdown"]);
  }, 600_000);

  it("one page per poster and per sticker, none empty, none with a header, classification or page number", () => {
    expect(run.code, run.stderr).toBe(0);
    const pdf = join(out, "mall-camera-posters.pdf");
    const md = readFileSync(join(out, "mall-camera-posters.md"), "utf8");
    const posters = md.split("\n").filter((l) => l.startsWith(":::poster")).length;
    const stickers = md.split("\n").filter((l) => l.startsWith(":::sticker")).length;
    expect(posters).toBe(2); // the mall's two activities with devices
    expect(stickers).toBe(posters);
    expect(pageCount(pdf)).toBe(posters + stickers);
    for (let page = 1; page <= posters + stickers; page++) {
      const text = pageText(pdf, page);
      expect(text.trim(), `page ${page} is empty`).not.toBe("");
      expect(text, `page ${page}`).not.toMatch(/秘密|内部|第\s*\d+\s*页|Page \d+ of/);
      // Odd pages are posters (headline), even pages their stickers.
      expect(text, `page ${page}`).toContain("人脸识别区域");
    }
    // The notices no longer carry the posters.
    expect(readFileSync(join(out, "mall-camera-signage.md"), "utf8")).not.toContain(":::poster");
  });

  it("the posters document has no header or footer part, and every poster shows the camera pictogram", () => {
    const xml = documentXml(join(out, "mall-camera-posters.docx"));
    expect(xml).not.toContain("w:headerReference");
    expect(xml).not.toContain("w:footerReference");
    expect(xml).toContain('w:w="11906"'); // A4
    expect(readFileSync(join(out, "mall-camera-posters.md"), "utf8").match(/name="camera"/g)?.length).toBe(4);
    // Headline 48 pt (96 half-points) on A4.
    expect(xml).toContain('<w:sz w:val="96"/>');
  });

  it("--poster-size A3 sets an A3 sheet and scales the headline (×√2)", () => {
    const a3 = join(out, "a3");
    const r = runCli(["render", "samples/mall-camera.yaml", "--out", a3, "--only", "posters", "--poster-size", "A3"]);
    expect(r.code, r.stderr).toBe(0);
    const xml = documentXml(join(a3, "mall-camera-posters.docx"));
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="23811"/);
    expect(xml).toContain('<w:sz w:val="136"/>');
  });
});
