// Phrasing content → WordprocessingML runs, as strings (the same rules as inline.ts, which builds
// docx objects for footnotes): text, emphasis, links, footnote references, `:risk`.
import type { PhrasingContent } from "mdast";
import type { TextDirective } from "mdast-util-directive";
import type { Carriers } from "./carriers.js";
import { directiveIsMarkup, joinSoftBreaks, linkTarget, plainText, riskLevelOf, riskShading, type InlineOptions, type RunFormat } from "./inline.js";
import type { WriterState } from "./state.js";
import { MONOSPACE, STYLE } from "./styles.js";
import { rPr, run } from "./wml.js";

export type XmlState = WriterState & { readonly carriers: Carriers; nextBookmark: number };

const LINE_SEPARATOR = /\u2028|\r\n|\r|\n/;

/** Runs for plain text; U+2028 (from escaped user line breaks) and newlines become line breaks. */
export function textXml(text: string, format: RunFormat = {}): string {
  if (!LINE_SEPARATOR.test(text)) return run(text, format);
  let out = "";
  text.split(LINE_SEPARATOR).forEach((line, i) => {
    out += run(line, format, i > 0);
  });
  return out;
}

export function inlineXml(nodes: readonly PhrasingContent[], format: RunFormat, state: XmlState, inline: InlineOptions = {}): string {
  let out = "";
  for (const node of nodes) out += inlineNode(node, format, state, inline);
  return out;
}

function inlineNode(node: PhrasingContent, format: RunFormat, state: XmlState, inline: InlineOptions): string {
  switch (node.type) {
    case "text":
      return textXml(joinSoftBreaks(node.value), format);
    case "strong":
      return inlineXml(node.children, { ...format, bold: true }, state, inline);
    case "emphasis":
      return inlineXml(node.children, { ...format, italics: true }, state, inline);
    case "delete":
      return inlineXml(node.children, { ...format, strike: true }, state, inline);
    case "inlineCode":
      return textXml(node.value, { ...format, font: { ...format.font, ascii: MONOSPACE, hAnsi: MONOSPACE, cs: MONOSPACE } });
    case "break":
      return `<w:r>${rPr(format)}<w:br/></w:r>`;
    case "html":
      // Template-written HTML is not interpreted; show it as typed.
      return textXml(node.value, format);
    case "link":
      return link(node.url, node.children, format, state, inline);
    case "linkReference": {
      const definition = state.definitions.get(node.identifier);
      if (definition === undefined) return inlineXml(node.children, format, state, inline);
      return link(definition.url, node.children, format, state, inline);
    }
    case "footnoteReference":
      return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${state.footnotes.idFor(node.identifier)}"/></w:r>`;
    case "image":
    case "imageReference":
      throw new Error(`Markdown images are not supported ("${node.alt ?? ""}"); use ::image{name="…" width=…} with an image the renderer supplies`);
    case "textDirective":
      return textDirective(node, format, state, inline);
    default:
      return "";
  }
}

function link(url: string, children: readonly PhrasingContent[], format: RunFormat, state: XmlState, inline: InlineOptions): string {
  const target = linkTarget(url);
  if (target === undefined) return inlineXml(children, format, state, inline);
  const label = children.map(plainText).join("");
  let out = `${state.carriers.link(target)}${inlineXml(children, { ...format, style: STYLE.hyperlink }, state, inline)}</w:hyperlink>`;
  // Printed documents lose the link, so the address is shown unless the text already is it.
  const shown = target.startsWith("mailto:") ? target.slice("mailto:".length) : url;
  if (label !== url && label !== shown) out += textXml(` (${shown})`, format);
  return out;
}

function textDirective(node: TextDirective, format: RunFormat, state: XmlState, inline: InlineOptions): string {
  if (!directiveIsMarkup(node)) return textXml(`:${node.name}`, format);
  if (node.name !== "risk") throw new Error(`unknown text directive :${node.name} (known: :risk)`);
  const level = riskLevelOf(node);
  return inlineXml(node.children, inline.riskShadesCell === true ? format : { ...format, shading: riskShading(level) }, state, inline);
}
