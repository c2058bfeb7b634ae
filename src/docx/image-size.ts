// Pixel dimensions of PNG and JPEG data, to keep an image's aspect ratio at a given width.

export type PixelSize = { readonly width: number; readonly height: number };

function pngSize(data: Buffer): PixelSize | undefined {
  // Signature (8 bytes), then the IHDR chunk: length, "IHDR", width, height.
  if (data.length < 24 || data.readUInt32BE(0) !== 0x89504e47 || data.toString("latin1", 12, 16) !== "IHDR") return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function jpegSize(data: Buffer): PixelSize | undefined {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return undefined;
  let i = 2;
  while (i + 9 < data.length) {
    if (data[i] !== 0xff) return undefined;
    const marker = data[i + 1] ?? 0;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    const length = data.readUInt16BE(i + 2);
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: data.readUInt16BE(i + 5), width: data.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  return undefined;
}

export function imageSize(data: Buffer, type: "png" | "jpg"): PixelSize | undefined {
  const size = type === "png" ? pngSize(data) : jpegSize(data);
  return size !== undefined && size.width > 0 && size.height > 0 ? size : undefined;
}
