// Reading a .docx without a zip library: its parts, and the text a reader sees in them.
import { inflateRawSync } from "node:zlib";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Every part of a zip (stored or deflated), by name. Throws on a malformed archive. */
export function readZip(zip: Buffer): Map<string, Buffer> {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
    if (zip.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  if (end < 0) throw new Error("not a zip: no end-of-central-directory record");
  const count = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  const parts = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error(`zip: bad central directory entry ${n}`);
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const extra = zip.readUInt16LE(p + 30);
    const comment = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLength);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error(`zip: bad local header for ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    if (method !== 0 && method !== 8) throw new Error(`zip: ${name} uses compression method ${method}`);
    parts.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    p += 46 + nameLength + extra + comment;
  }
  return parts;
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(xmlText: string): string {
  // XML parsers turn CR LF and lone CR into LF before anything else.
  return xmlText.replace(/\r\n?/g, "\n").replace(ENTITY, (_m, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
    dec !== undefined ? String.fromCodePoint(Number(dec)) : hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : (NAMED[name ?? ""] ?? ""),
  );
}

/** Paragraph boundary in extracted text: a character no user text can carry into a document. */
export const PARAGRAPH = "\u0000";

// w:t text, tabs, breaks and paragraph ends, in document order; field codes (w:instrText) are skipped.
const WML = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:t(?:\s[^>]*)?\/>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>|<w:cr\/>|<\/w:p>/g;

/** The text of a WordprocessingML part as a reader sees it: tabs as \t, breaks as \n. */
export function wmlText(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(WML)) {
    const tag = m[0];
    if (m[1] !== undefined) out += decode(m[1]);
    else if (tag.startsWith("<w:tab")) out += "\t";
    else if (tag.startsWith("<w:br") || tag === "<w:cr/>") out += "\n";
    else if (tag === "</w:p>") out += PARAGRAPH;
  }
  return out;
}

/** Dublin Core properties (title, creator, …) of docProps/core.xml. */
export function coreText(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(/<(dc:\w+|cp:\w+)(?:\s[^>]*)?>([^<]*)<\/\1>/g)) out += decode(m[2] ?? "") + PARAGRAPH;
  return out;
}

// The table of contents is a one-line digest of the headings that Word rebuilds when fields are
// updated; the headings themselves are checked, their digest is not.
const TOC = /<w:sdt>(?:(?!<\/w:sdt>)[\s\S])*?<w:docPartGallery w:val="Table of Contents"\/>[\s\S]*?<\/w:sdt>/g;

/** Parts whose text a reader sees: body (without the TOC), headers, footers, notes, document properties. */
export function visibleText(parts: ReadonlyMap<string, Buffer>): string {
  let out = "";
  for (const [name, data] of parts) {
    if (/^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(name)) out += wmlText(data.toString("utf8").replace(TOC, "")) + PARAGRAPH;
    else if (name === "docProps/core.xml") out += coreText(data.toString("utf8"));
  }
  return out;
}
