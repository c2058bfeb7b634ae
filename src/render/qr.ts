// QR codes for the notice URL on signage (qrcode, a well-kept library; error correction M).
// Drawing one costs ~20 ms of PNG encoding; the same URL (every activity of a site, every
// document of a batch) is drawn once per process.
import QRCode from "qrcode";

const cache = new Map<string, Promise<Buffer>>();
const CACHE_LIMIT = 256;

export function qrPng(url: string): Promise<Buffer> {
  const hit = cache.get(url);
  if (hit !== undefined) return hit;
  const png = QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 2, width: 360 });
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? "");
  cache.set(url, png);
  // A failed drawing is not remembered.
  png.catch(() => cache.delete(url));
  return png;
}
