// `--lang bilingual`: one document, Chinese followed by English. Both Markdown renderings are split
// into top-level blocks by the real parser; headings are merged ("一、评估概述 / 1 Overview") and,
// within each section, blocks are paired paragraph by paragraph when both languages have the same
// block shapes, else the whole Chinese section is followed by the whole English one. Templates in
// the two languages are kept parallel, so pairing is the normal case.
import type { RootContent } from "mdast";
import { parseDialect } from "../docx/parse.js";

type Block = { readonly node: RootContent; readonly text: string };
type Section = { readonly heading: Block | null; readonly body: Block[] };

function blocks(md: string): Block[] {
  const root = parseDialect(md);
  return root.children
    .filter((n) => n.type !== "definition")
    .map((node) => ({ node, text: md.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0) }));
}

function sections(bs: readonly Block[]): Section[] {
  const out: Section[] = [{ heading: null, body: [] }];
  for (const b of bs) {
    if (b.node.type === "heading") out.push({ heading: b, body: [] });
    else out[out.length - 1]?.body.push(b);
  }
  return out;
}

function shape(b: Block): string {
  if (b.node.type === "heading") return `h${b.node.depth}`;
  if (b.node.type === "leafDirective" || b.node.type === "containerDirective") return `${b.node.type}:${b.node.name}`;
  return b.node.type;
}

/** A leaf/container directive is layout (toc, page break, cover…): keep one copy, from Chinese. */
function isLayout(b: Block): boolean {
  return b.node.type === "leafDirective" || b.node.type === "thematicBreak";
}

function mergeHeading(zh: Block, en: Block): string {
  const hashes = "#".repeat(zh.node.type === "heading" ? zh.node.depth : 1);
  // Drop the opening hashes and an optional closing sequence (spaces then unescaped #s); an escaped
  // "\#" at the end belongs to the user's text and stays.
  const strip = (t: string): string => t.replace(/^#{1,6}[ \t]*/, "").replace(/(?:[ \t]+#+)?[ \t]*$/, "");
  return `${hashes} ${strip(zh.text)} / ${strip(en.text)}`;
}

function mergeSection(zh: Section, en: Section | undefined): string[] {
  const out: string[] = [];
  if (zh.heading) out.push(en?.heading ? mergeHeading(zh.heading, en.heading) : zh.heading.text);
  const enBody = en?.body ?? [];
  const same = zh.body.length === enBody.length && zh.body.every((b, i) => enBody[i] !== undefined && shape(b) === shape(enBody[i] as Block));
  if (same) {
    zh.body.forEach((b, i) => {
      out.push(b.text);
      const e = enBody[i];
      if (e && !isLayout(b)) out.push(e.text);
    });
  } else {
    out.push(...zh.body.map((b) => b.text));
    out.push(...enBody.filter((b) => !isLayout(b)).map((b) => b.text));
  }
  return out;
}

export function interleave(zhMd: string, enMd: string): string {
  const zs = sections(blocks(zhMd));
  const es = sections(blocks(enMd));
  const out: string[] = [];
  zs.forEach((s, i) => out.push(...mergeSection(s, es[i])));
  // English sections beyond the Chinese ones (a template with extra English chapters) are kept.
  for (let i = zs.length; i < es.length; i++) {
    const s = es[i];
    if (s) out.push(...(s.heading ? [s.heading.text] : []), ...s.body.map((b) => b.text));
  }
  return out.join("\n\n") + "\n";
}
