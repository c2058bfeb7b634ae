// WordprocessingML as strings: paragraph and run properties in the schema's element order (the
// shared checker validates document.xml against ISO/IEC 29500), text escaped for XML.
import type { IShadingAttributesProperties } from "docx";
import type { RunFormat } from "./inline.js";

const XML_SPECIAL = /[&<>"']/g;
const XML_ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text or an attribute value, escaped (the text is already XML 1.0 `Char`s: see sanitize.ts). */
export function esc(s: string): string {
  return s.replace(XML_SPECIAL, (c) => XML_ENTITY[c] ?? c);
}

export type Spacing = { readonly before?: number; readonly after?: number; readonly line?: number; readonly lineRule?: string };
export type Border = { readonly style: string; readonly size: number; readonly color: string; readonly space?: number };

export type ParagraphProps = {
  readonly style?: string | undefined;
  readonly keepNext?: boolean;
  readonly numbering?: { readonly numId: string; readonly level: number };
  readonly borderBottom?: Border;
  readonly spacing?: Spacing | undefined;
  readonly indentLeft?: number;
  readonly alignment?: string | undefined;
};

function border(tag: string, b: Border): string {
  return `<w:${tag} w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}"${b.space === undefined ? "" : ` w:space="${b.space}"`}/>`;
}

function spacing(s: Spacing): string {
  let out = "<w:spacing";
  if (s.after !== undefined) out += ` w:after="${s.after}"`;
  if (s.before !== undefined) out += ` w:before="${s.before}"`;
  if (s.line !== undefined) out += ` w:line="${s.line}"`;
  if (s.lineRule !== undefined) out += ` w:lineRule="${s.lineRule}"`;
  return `${out}/>`;
}

export function pPr(p: ParagraphProps): string {
  let out = "";
  if (p.style !== undefined) out += `<w:pStyle w:val="${esc(p.style)}"/>`;
  if (p.keepNext === true) out += "<w:keepNext/>";
  if (p.numbering !== undefined) out += `<w:numPr><w:ilvl w:val="${p.numbering.level}"/><w:numId w:val="${p.numbering.numId}"/></w:numPr>`;
  if (p.borderBottom !== undefined) out += `<w:pBdr>${border("bottom", p.borderBottom)}</w:pBdr>`;
  if (p.spacing !== undefined) out += spacing(p.spacing);
  if (p.indentLeft !== undefined) out += `<w:ind w:left="${p.indentLeft}"/>`;
  if (p.alignment !== undefined) out += `<w:jc w:val="${p.alignment}"/>`;
  return out === "" ? "" : `<w:pPr>${out}</w:pPr>`;
}

export function paragraph(props: ParagraphProps, content: string): string {
  const pr = pPr(props);
  return pr === "" && content === "" ? "<w:p/>" : `<w:p>${pr}${content}</w:p>`;
}

export function shd(s: IShadingAttributesProperties): string {
  return `<w:shd w:fill="${s.fill ?? "auto"}" w:color="${s.color ?? "auto"}" w:val="${s.type ?? "clear"}"/>`;
}

export function rPr(f: RunFormat): string {
  let out = "";
  if (f.style !== undefined) out += `<w:rStyle w:val="${esc(f.style)}"/>`;
  if (f.font !== undefined) {
    const font = f.font;
    let attrs = "";
    if (font.ascii !== undefined) attrs += ` w:ascii="${esc(font.ascii)}"`;
    if (font.cs !== undefined) attrs += ` w:cs="${esc(font.cs)}"`;
    if (font.eastAsia !== undefined) attrs += ` w:eastAsia="${esc(font.eastAsia)}"`;
    if (font.hAnsi !== undefined) attrs += ` w:hAnsi="${esc(font.hAnsi)}"`;
    if (font.hint !== undefined) attrs += ` w:hint="${esc(font.hint)}"`;
    out += `<w:rFonts${attrs}/>`;
  }
  if (f.bold === true) out += "<w:b/><w:bCs/>";
  if (f.italics === true) out += "<w:i/><w:iCs/>";
  if (f.strike === true) out += "<w:strike/>";
  if (f.color !== undefined) out += `<w:color w:val="${f.color}"/>`;
  if (f.size !== undefined) out += `<w:sz w:val="${f.size}"/><w:szCs w:val="${f.size}"/>`;
  if (f.shading !== undefined) out += shd(f.shading);
  return out === "" ? "" : `<w:rPr>${out}</w:rPr>`;
}

/** One run: an optional line break, then text with tabs as `<w:tab/>`. */
export function run(text: string, format: RunFormat, lineBreak = false): string {
  let body = lineBreak ? "<w:br/>" : "";
  if (text.includes("\t")) {
    const pieces = text.split("\t");
    pieces.forEach((piece, i) => {
      if (i > 0) body += "<w:tab/>";
      if (piece !== "") body += `<w:t xml:space="preserve">${esc(piece)}</w:t>`;
    });
  } else {
    body += `<w:t xml:space="preserve">${esc(text)}</w:t>`;
  }
  return `<w:r>${rPr(format)}${body}</w:r>`;
}

export const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
