import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFileAtomic } from "../../src/io/atomic-write.js";

describe("writeFileAtomic", () => {
  it("writes the bytes and leaves no temp file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pipia-aw-"));
    await writeFileAtomic(join(dir, "a.txt"), "hello", { force: false });
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("hello");
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });

  it("refuses to replace an existing file without force, and replaces it with force", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pipia-aw-"));
    const f = join(dir, "a.txt");
    writeFileSync(f, "old");
    await expect(writeFileAtomic(f, "new", { force: false })).rejects.toThrow(/already exists; pass --force/);
    expect(readFileSync(f, "utf8")).toBe("old");
    await writeFileAtomic(f, "new", { force: true });
    expect(readFileSync(f, "utf8")).toBe("new");
  });

  it("gives a clear error for an unwritable folder", async () => {
    if (process.getuid?.() === 0) {
      // root ignores permissions: use a path under a regular file instead
      const dir = mkdtempSync(join(tmpdir(), "pipia-aw-"));
      writeFileSync(join(dir, "file"), "x");
      await expect(writeFileAtomic(join(dir, "file", "a.txt"), "x", { force: false })).rejects.toThrow(/cannot create the output folder/);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), "pipia-aw-"));
    chmodSync(dir, 0o500);
    await expect(writeFileAtomic(join(dir, "a.txt"), "x", { force: false })).rejects.toThrow(/cannot write to the output folder/);
  });
});
