// The frame: what the docx library still writes (styles, numbering definitions, settings, section
// properties, headers and footers, document properties, footnotes, and the carriers of carriers.ts:
// images, external-link relationships, list instances, TOC fields). The body is written as strings
// (xml-blocks.ts) and spliced into document.xml in place of one marker paragraph per section.
//
// The carriers are built in a scratch area at the end of the last section, between two marker
// paragraphs; their XML is read out of it (drawings, hyperlink tags, numIds, sdts, in order) and
// the scratch area is removed. Their parts and relationships stay, as the body uses them.
import { Document, ExternalHyperlink, type FileChild, Footer, Header, ImageRun, Paragraph, TextRun } from "docx";
import { MARKER } from "./carriers.js";
import type { ResolvedOptions } from "./options.js";
import { compileParts, packParts } from "./pack.js";
import { buildFooter, buildHeader, sectionProperties } from "./page.js";
import { buildStyles, tableStyleXml } from "./styles.js";
import { tocDepth, tocField } from "./toc.js";
import type { XmlState } from "./xml-inline.js";
import type { XmlBlock } from "./xml-table.js";

/** `cover`: the section opens with a cover page, which carries no running header, footer or page number. */
export type XmlSection = { readonly landscape: boolean; readonly blocks: readonly XmlBlock[]; readonly cover?: boolean };

const BANK_START = "PIPIA-CARRIERS-START";
const BANK_END = "PIPIA-CARRIERS-END";
const sectionMarker = (i: number) => `PIPIA-SECTION-${i}`;

function markerParagraph(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(text)] });
}

function carrierParagraphs(state: XmlState): FileChild[] {
  const c = state.carriers;
  return [
    markerParagraph(BANK_START),
    ...c.lists.map((ref) => new Paragraph({ numbering: { reference: ref.reference, level: 0, instance: ref.instance }, children: [] })),
    ...c.images.map((options) => new Paragraph({ children: [new ImageRun(options)] })),
    ...c.links.map((link) => new Paragraph({ children: [new ExternalHyperlink({ link, children: [new TextRun("link")] })] })),
    ...c.tocs.map((t) => tocField(t.title, state.toc, tocDepth(state.options.lang))),
    markerParagraph(BANK_END),
  ];
}

/** Start and end of the marker paragraph holding `text`. */
function paragraphAround(xml: string, text: string, from = 0): { start: number; end: number } {
  const at = xml.indexOf(`>${text}<`, from);
  if (at < 0) throw new Error(`docx frame: marker ${text} not found`);
  const start = xml.lastIndexOf("<w:p>", at);
  const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
  return { start, end };
}

function all(xml: string, pattern: RegExp): string[] {
  return [...xml.matchAll(pattern)].map((m) => m[1] ?? m[0]);
}

type Resolved = { readonly I: string[]; readonly H: string[]; readonly N: string[]; readonly T: string[] };

function readCarriers(bank: string, state: XmlState): Resolved {
  const T = all(bank, /<w:sdt>[\s\S]*?<\/w:sdt>/g);
  const rest = bank.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, "");
  const resolved = {
    I: all(rest, /<w:drawing>[\s\S]*?<\/w:drawing>/g),
    H: all(rest, /<w:hyperlink [^>]*>/g),
    N: all(rest, /<w:numId w:val="(\d+)"\/>/g),
    T,
  };
  const c = state.carriers;
  if (resolved.I.length !== c.images.length || resolved.H.length !== c.links.length || resolved.N.length !== c.lists.length || resolved.T.length !== c.tocs.length) {
    throw new Error("docx frame: the library did not write every carrier");
  }
  return resolved;
}

/**
 * A section's XML. The properties of every section but the last ride in the pPr of its last
 * paragraph, where docx put them when it wrote the body (or in a paragraph of their own after a
 * table), so pages break exactly as before.
 */
function sectionXml(blocks: readonly XmlBlock[], sectPr: string | undefined): string {
  if (sectPr === undefined) return blocks.map((b) => b.xml).join("");
  const last = blocks[blocks.length - 1];
  const head = blocks.slice(0, -1).map((b) => b.xml).join("");
  if (last === undefined || last.table || !last.xml.startsWith("<w:p")) return `${head}${last?.xml ?? ""}<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;
  if (last.xml === "<w:p/>") return `${head}<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;
  if (last.xml.startsWith("<w:p><w:pPr>")) {
    const end = last.xml.indexOf("</w:pPr>");
    return `${head}${last.xml.slice(0, end)}${sectPr}${last.xml.slice(end)}`;
  }
  return `${head}<w:p><w:pPr>${sectPr}</w:pPr>${last.xml.slice("<w:p>".length)}`;
}

function splice(documentXml: string, sections: readonly XmlSection[], state: XmlState): string {
  const bankStart = paragraphAround(documentXml, BANK_START);
  const bankEnd = paragraphAround(documentXml, BANK_END, bankStart.end);
  const resolved = readCarriers(documentXml.slice(bankStart.end, bankEnd.start), state);
  let xml = documentXml.slice(0, bankStart.start) + documentXml.slice(bankEnd.end);
  const parts: string[] = [];
  let from = 0;
  sections.forEach((section, i) => {
    const slot = paragraphAround(xml, sectionMarker(i), from);
    const sectPr = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(xml.slice(slot.start, slot.end))?.[0];
    const body = sectionXml(section.blocks, sectPr);
    parts.push(xml.slice(from, slot.start), body.replace(MARKER, (_m, kind: keyof Resolved, n: string) => resolved[kind][Number(n)] ?? ""));
    from = slot.end;
  });
  parts.push(xml.slice(from));
  xml = parts.join("");
  return xml;
}

export function writeDocument(
  options: ResolvedOptions,
  sections: readonly XmlSection[],
  numbering: ConstructorParameters<typeof Document>[0]["numbering"],
  footnotes: ConstructorParameters<typeof Document>[0]["footnotes"],
  state: XmlState,
): Buffer {
  const doc = new Document({
    title: options.title,
    creator: options.creator,
    ...(options.subject === undefined ? {} : { subject: options.subject }),
    ...(options.keywords === undefined ? {} : { keywords: options.keywords }),
    ...(options.description === undefined ? {} : { description: options.description }),
    styles: buildStyles(options),
    ...(numbering === undefined ? {} : { numbering }),
    ...(footnotes === undefined ? {} : { footnotes }),
    features: { updateFields: true },
    sections: sections.map((s, i) => ({
      properties: { ...sectionProperties(s.landscape, options), ...(s.cover === true ? { titlePage: true } : {}) },
      // A wall document (posters) has no running header, classification, footer or page number.
      ...(options.plain
        ? {}
        : {
            headers: { default: buildHeader(options, s.landscape), ...(s.cover === true ? { first: new Header({ children: [new Paragraph({})] }) } : {}) },
            footers: { default: buildFooter(options), ...(s.cover === true ? { first: new Footer({ children: [new Paragraph({})] }) } : {}) },
          }),
      children: [markerParagraph(sectionMarker(i)), ...(i === sections.length - 1 ? carrierParagraphs(state) : [])],
    })),
  });
  const parts = compileParts(doc);
  const documentXml = parts.get("word/document.xml");
  if (typeof documentXml !== "string") throw new Error("docx frame: word/document.xml was not written as text");
  parts.set("word/document.xml", splice(documentXml, sections, state));
  const stylesXml = parts.get("word/styles.xml");
  if (typeof stylesXml !== "string" || !stylesXml.includes("</w:styles>")) throw new Error("docx frame: word/styles.xml was not written as text");
  parts.set("word/styles.xml", stylesXml.replace("</w:styles>", `${tableStyleXml(options)}</w:styles>`));
  return packParts(parts);
}
