// Small pieces of the writer: colours, image sizes, width splitting.
import { describe, expect, it } from "vitest";
import { headerFill, headingColor } from "../../src/docx/colors.js";
import { imageSize } from "../../src/docx/image-size.js";
import { distribute } from "../../src/docx/table.js";
import { tinyPng } from "./helpers.js";

function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const s = parseInt(hex.slice(i, i + 2), 16) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

describe("accent colours", () => {
  it("keeps a dark accent for headings and darkens a light one to 4.5:1 on white", () => {
    expect(headingColor("1F3864")).toBe("1F3864");
    const yellow = headingColor("FFFF00");
    expect(yellow).not.toBe("FFFF00");
    expect(1.05 / (luminance(yellow) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it("tints table headers light enough for black text (7:1)", () => {
    for (const accent of ["1F3864", "000000", "C00000", "FFFF00"]) {
      expect((luminance(headerFill(accent)) + 0.05) / 0.05).toBeGreaterThanOrEqual(7);
    }
    expect(headerFill("1F3864")).toBe("D2D7E0");
  });
});

describe("imageSize", () => {
  it("reads PNG dimensions", () => {
    expect(imageSize(tinyPng(20, 10), "png")).toEqual({ width: 20, height: 10 });
  });

  it("reads JPEG dimensions from the frame header after other segments", () => {
    const jpeg = Buffer.from([
      0xff, 0xd8, // SOI
      0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, // APP0, 2 bytes of payload
      0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x0a, 0x00, 0x14, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // SOF0 10×20
    ]);
    expect(imageSize(jpeg, "jpg")).toEqual({ width: 20, height: 10 });
  });

  it("returns undefined for data that is not the format claimed", () => {
    expect(imageSize(Buffer.from("not an image at all, really"), "png")).toBeUndefined();
    expect(imageSize(tinyPng(2, 2), "jpg")).toBeUndefined();
  });
});

describe("distribute", () => {
  it("splits a width in proportion, as integers adding up to the whole", () => {
    expect(distribute([1, 1, 1], 100)).toEqual([33, 33, 34]);
    expect(distribute([30, 70], 9072)).toEqual([2721, 6351]);
  });
});
