// A .docx is a zip of XML parts. Deflate with node:zlib (native) instead of a pure-JS zip:
// level 1 is measured in bench/README.md (parts are small XML; higher levels cost time for a few
// per cent of size). Plain zip: no zip64 (parts stay far below 4 GB), UTF-8 names, no extra fields.
import { crc32, deflateRawSync } from "node:zlib";

export const DEFLATE_LEVEL = 1;

type Entry = { readonly name: Buffer; readonly crc: number; readonly size: number; readonly data: Buffer; readonly method: number; readonly offset: number };

// MS-DOS date and time of 1980-01-01 00:00: the parts carry no meaningful time of their own.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function localHeader(e: Entry): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4); // version needed
  h.writeUInt16LE(0x0800, 6); // UTF-8 names
  h.writeUInt16LE(e.method, 8);
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(e.crc, 14);
  h.writeUInt32LE(e.data.length, 18);
  h.writeUInt32LE(e.size, 22);
  h.writeUInt16LE(e.name.length, 26);
  h.writeUInt16LE(0, 28);
  return h;
}

function centralHeader(e: Entry): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4); // made by
  h.writeUInt16LE(20, 6); // needed
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(e.method, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(e.crc, 16);
  h.writeUInt32LE(e.data.length, 20);
  h.writeUInt32LE(e.size, 24);
  h.writeUInt16LE(e.name.length, 28);
  // extra, comment, disk, internal attributes, external attributes: all 0
  h.writeUInt32LE(e.offset, 42);
  return h;
}

/** Zips the parts in the order given; each part is deflated unless that does not make it smaller. */
export function zipParts(parts: Iterable<readonly [string, string | Uint8Array]>, level: number = DEFLATE_LEVEL): Buffer {
  const chunks: Buffer[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  for (const [path, content] of parts) {
    const raw = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const deflated = deflateRawSync(raw, { level });
    const stored = deflated.length >= raw.length;
    const entry: Entry = { name: Buffer.from(path, "utf8"), crc: crc32(raw), size: raw.length, data: stored ? raw : deflated, method: stored ? 0 : 8, offset };
    const header = localHeader(entry);
    chunks.push(header, entry.name, entry.data);
    offset += header.length + entry.name.length + entry.data.length;
    entries.push(entry);
  }
  const centralStart = offset;
  for (const e of entries) {
    const header = centralHeader(e);
    chunks.push(header, e.name);
    offset += header.length + e.name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(offset - centralStart, 12);
  end.writeUInt32LE(centralStart, 16);
  chunks.push(end);
  return Buffer.concat(chunks);
}
