// Draws the camera pictogram of the wall posters (templates/assets/camera.png): a black CCTV camera
// on a wall bracket, on white, from rectangles and circles, 4×4 supersampled, written as an 8-bit
// greyscale PNG with node's zlib. Deterministic: running it again writes the same bytes.
//   node scripts/make-camera-png.mjs [out.png]
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const W = 480;
const H = 360;
const SS = 4;

// Shapes in image coordinates; `ink` true paints black, false paints white over what is below.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const rect = (x0, y0, x1, y1) => roundRect(x0, y0, x1, y1, 0);
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
// A quadrilateral given by its corners in order (convex).
const quad = (pts) => (x, y) => {
  let sign = 0;
  for (let i = 0; i < pts.length; i++) {
    const [ax, ay] = pts[i];
    const [bx, by] = pts[(i + 1) % pts.length];
    const c = Math.sign((bx - ax) * (y - ay) - (by - ay) * (x - ax));
    if (c !== 0) {
      if (sign !== 0 && c !== sign) return false;
      sign = c;
    }
  }
  return true;
};

const layers = [
  // Camera body, tilted down towards the viewer's left.
  [true, quad([[120, 70], [420, 120], [400, 220], [100, 170]])],
  // Lens hood at the front.
  [true, quad([[40, 60], [130, 75], [110, 185], [20, 170]])],
  // Lens: a white ring and a black pupil.
  [false, circle(75, 122, 38)],
  [true, circle(75, 122, 26)],
  [false, circle(66, 112, 7)],
  // Indicator light on the body.
  [false, circle(360, 140, 11)],
  // Bracket: arm from the body to the wall plate.
  [true, rect(300, 195, 330, 290)],
  [true, rect(300, 270, 440, 300)],
  [true, roundRect(420, 220, 460, 340, 8)],
];

function inkAt(x, y) {
  let ink = false;
  for (const [paint, hit] of layers) if (hit(x, y)) ink = paint;
  return ink;
}

const raw = Buffer.alloc((W + 1) * H);
for (let y = 0; y < H; y++) {
  raw[y * (W + 1)] = 0; // filter: none
  for (let x = 0; x < W; x++) {
    let n = 0;
    for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) if (inkAt(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS)) n++;
    raw[y * (W + 1) + 1 + x] = Math.round(255 * (1 - n / (SS * SS)));
  }
}

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(buf) {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(W, 0);
ihdr.writeUInt32BE(H, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 0; // greyscale
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", ihdr),
  chunk("IDAT", deflateSync(raw, { level: 9 })),
  chunk("IEND", Buffer.alloc(0)),
]);
const out = process.argv[2] ?? new URL("../templates/assets/camera.png", import.meta.url);
writeFileSync(out, png);
