// What the conversion keeps track of across the whole document.
import type { Definition, FootnoteDefinition, Nodes, Root } from "mdast";
import type { Paragraph } from "docx";
import { ListNumbering } from "./numbering.js";
import type { ResolvedOptions } from "./options.js";

export type TocEntry = { readonly title: string; readonly level: number; readonly bookmark: string };

/** Footnotes are numbered in the order they are first referred to. */
export class Footnotes {
  private readonly ids = new Map<string, number>();
  private readonly order: string[] = [];

  constructor(private readonly definitions: ReadonlyMap<string, FootnoteDefinition>) {}

  idFor(identifier: string): number {
    const known = this.ids.get(identifier);
    if (known !== undefined) return known;
    const id = this.order.length + 1;
    this.ids.set(identifier, id);
    this.order.push(identifier);
    return id;
  }

  /**
   * Builds each referred-to footnote's paragraphs. A footnote may refer to another, which is
   * then numbered and built in turn.
   */
  build(render: (definition: FootnoteDefinition) => readonly Paragraph[]): Record<string, { readonly children: readonly Paragraph[] }> {
    const out: Record<string, { readonly children: readonly Paragraph[] }> = {};
    for (let i = 0; i < this.order.length; i++) {
      const identifier = this.order[i];
      if (identifier === undefined) continue;
      const definition = this.definitions.get(identifier);
      if (definition === undefined) throw new Error(`footnote [^${identifier}] has no definition`);
      out[String(i + 1)] = { children: render(definition) };
    }
    return out;
  }
}

export type WriterState = {
  readonly options: ResolvedOptions;
  readonly numbering: ListNumbering;
  readonly footnotes: Footnotes;
  readonly definitions: ReadonlyMap<string, Definition>;
  readonly toc: TocEntry[];
  /** Relative widths from `::table{widths}`, waiting for the table after it. */
  pendingWidths: readonly number[] | undefined;
};

function collect(node: Nodes, links: Map<string, Definition>, notes: Map<string, FootnoteDefinition>): void {
  if (node.type === "definition" && !links.has(node.identifier)) links.set(node.identifier, node);
  if (node.type === "footnoteDefinition" && !notes.has(node.identifier)) notes.set(node.identifier, node);
  if ("children" in node) for (const child of node.children) collect(child, links, notes);
}

export function createState(root: Root, options: ResolvedOptions): WriterState {
  const links = new Map<string, Definition>();
  const notes = new Map<string, FootnoteDefinition>();
  collect(root, links, notes);
  return { options, numbering: new ListNumbering(), footnotes: new Footnotes(notes), definitions: links, toc: [], pendingWidths: undefined };
}
