// Phrasing content (text, emphasis, links, footnote references, `:risk`) → runs.
import {
  ExternalHyperlink,
  FootnoteReferenceRun,
  type IFontAttributesProperties,
  type IShadingAttributesProperties,
  type ParagraphChild,
  ShadingType,
  Tab,
  TextRun,
} from "docx";
import type { Nodes, PhrasingContent } from "mdast";
import type { TextDirective } from "mdast-util-directive";
import { isRiskLevel, RISK_FILLS, type RiskLevel } from "./colors.js";
import type { WriterState } from "./state.js";
import { MONOSPACE, STYLE } from "./styles.js";
import { pushAll } from "./push-all.js";

export type RunFormat = {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly strike?: boolean;
  readonly font?: IFontAttributesProperties;
  /** Half-points. */
  readonly size?: number;
  readonly color?: string;
  readonly shading?: IShadingAttributesProperties;
  readonly style?: string;
};

const LINE_SEPARATOR = /\u2028|\r\n|\r|\n/;
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;

// A soft line break (the parser has already trimmed the spaces around it) reads as a space between
// Latin words but as nothing between CJK characters.
export function joinSoftBreaks(text: string): string {
  if (!text.includes("\n")) return text;
  return text.replace(/\n/g, (_match, offset: number, whole: string) =>
    CJK.test(whole.charAt(offset - 1)) && CJK.test(whole.charAt(offset + 1)) ? "" : " ",
  );
}

function runChildren(line: string): Array<string | Tab> {
  if (!line.includes("\t")) return [line];
  const out: Array<string | Tab> = [];
  line.split("\t").forEach((piece, i) => {
    if (i > 0) out.push(new Tab());
    if (piece !== "") out.push(piece);
  });
  return out;
}

/** Runs for plain text; U+2028 (from escaped user line breaks) and newlines become line breaks. */
export function textRuns(text: string, format: RunFormat = {}): TextRun[] {
  return text.split(LINE_SEPARATOR).map((line, i) => new TextRun({ ...format, children: runChildren(line), ...(i > 0 ? { break: 1 } : {}) }));
}

/** The text of a node without its formatting, for TOC entries, labels and width estimates. */
export function plainText(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if (node.type === "textDirective" && !directiveIsMarkup(node)) return `:${node.name}`;
  if ("children" in node) {
    let out = "";
    for (const child of node.children) out += plainText(child);
    return out;
  }
  return node.type === "break" ? "\n" : "";
}

export function riskLevelOf(node: TextDirective): RiskLevel {
  const level = node.attributes?.level ?? "";
  if (!isRiskLevel(level)) {
    throw new Error(`:risk needs level=low|medium|high|severe|very-high, got level="${level}"`);
  }
  return level;
}

export function riskShading(level: RiskLevel): IShadingAttributesProperties {
  return { type: ShadingType.CLEAR, color: "auto", fill: RISK_FILLS[level] };
}

// `10:30` or `注意:abc` parse as text directives; with no label and no attributes they are plain text.
export function directiveIsMarkup(node: TextDirective): boolean {
  return node.children.length > 0 || Object.keys(node.attributes ?? {}).length > 0 || node.name === "risk";
}

const LINKABLE = new Set(["http:", "https:", "mailto:"]);

export function linkTarget(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return LINKABLE.has(parsed.protocol) ? parsed.href : undefined;
}

export type InlineOptions = {
  /** `:risk` inside a cell it fills: the cell is shaded, so the run need not be. */
  readonly riskShadesCell?: boolean;
};

export function inlineRuns(nodes: readonly PhrasingContent[], format: RunFormat, state: WriterState, inline: InlineOptions = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) pushAll(out, inlineRun(node, format, state, inline));
  return out;
}

function inlineRun(node: PhrasingContent, format: RunFormat, state: WriterState, inline: InlineOptions): ParagraphChild[] {
  switch (node.type) {
    case "text":
      return textRuns(joinSoftBreaks(node.value), format);
    case "strong":
      return inlineRuns(node.children, { ...format, bold: true }, state, inline);
    case "emphasis":
      return inlineRuns(node.children, { ...format, italics: true }, state, inline);
    case "delete":
      return inlineRuns(node.children, { ...format, strike: true }, state, inline);
    case "inlineCode":
      return textRuns(node.value, { ...format, font: { ...format.font, ascii: MONOSPACE, hAnsi: MONOSPACE, cs: MONOSPACE } });
    case "break":
      return [new TextRun({ ...format, break: 1 })];
    case "html":
      // Template-written HTML is not interpreted; show it as typed.
      return textRuns(node.value, format);
    case "link":
      return link(node.url, node.children, format, state, inline);
    case "linkReference": {
      const definition = state.definitions.get(node.identifier);
      if (definition === undefined) return inlineRuns(node.children, format, state, inline);
      return link(definition.url, node.children, format, state, inline);
    }
    case "footnoteReference":
      return [new FootnoteReferenceRun(state.footnotes.idFor(node.identifier))];
    case "image":
    case "imageReference":
      throw new Error(`Markdown images are not supported ("${node.alt ?? ""}"); use ::image{name="…" width=…} with an image the renderer supplies`);
    case "textDirective":
      return textDirective(node, format, state, inline);
    default:
      return [];
  }
}

function link(url: string, children: readonly PhrasingContent[], format: RunFormat, state: WriterState, inline: InlineOptions): ParagraphChild[] {
  const target = linkTarget(url);
  if (target === undefined) return inlineRuns(children, format, state, inline);
  const label = children.map(plainText).join("");
  const out: ParagraphChild[] = [new ExternalHyperlink({ link: target, children: inlineRuns(children, { ...format, style: STYLE.hyperlink }, state, inline) })];
  // Printed documents lose the link, so the address is shown unless the text already is it.
  const shown = target.startsWith("mailto:") ? target.slice("mailto:".length) : url;
  if (label !== url && label !== shown) pushAll(out, textRuns(` (${shown})`, format));
  return out;
}

function textDirective(node: TextDirective, format: RunFormat, state: WriterState, inline: InlineOptions): ParagraphChild[] {
  if (!directiveIsMarkup(node)) return textRuns(`:${node.name}`, format);
  if (node.name !== "risk") throw new Error(`unknown text directive :${node.name} (known: :risk)`);
  const level = riskLevelOf(node);
  return inlineRuns(node.children, inline.riskShadesCell === true ? format : { ...format, shading: riskShading(level) }, state, inline);
}
