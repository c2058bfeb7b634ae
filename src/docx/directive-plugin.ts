// markdown-it rules for pipia's directives (docs/markdown-dialect.md):
//   :::name[label]{attrs} … :::   container; a closing fence has at least as many colons as the opening
//   ::name[label]{attrs}          leaf, a line of its own
//   :name[label]{attrs}           text; with neither label nor attributes it stays plain text
import type MarkdownIt from "markdown-it";
import type { StateBlock, StateInline } from "markdown-it";
import { onlySpaces, parseHead } from "./directive-syntax.js";

const COLON = 0x3a;
const ALT = { alt: ["paragraph", "reference", "blockquote", "list"] };

function colonsAt(src: string, pos: number, max: number): number {
  let i = pos;
  while (i < max && src.charCodeAt(i) === COLON) i++;
  return i - pos;
}

function pushLabel(state: StateBlock, label: string | undefined, line: number): void {
  if (label === undefined) return;
  state.push("directive_label_open", "", 1);
  const inline = state.push("inline", "", 0);
  inline.content = label;
  inline.map = [line, line + 1];
  inline.children = [];
  state.push("directive_label_close", "", -1);
}

function container(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const src = state.src;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const max = state.eMarks[startLine]!;
  const fence = colonsAt(src, start, max);
  if (fence < 3) return false;
  const head = parseHead(src, start + fence, max);
  if (head === undefined || !onlySpaces(src, head.end, max)) return false;
  if (silent) return true;

  let next = startLine;
  let closed = false;
  while (++next < endLine) {
    const s = state.bMarks[next]! + state.tShift[next]!;
    const e = state.eMarks[next]!;
    if (s < e && state.sCount[next]! < state.blkIndent) break;
    if (state.sCount[next]! - state.blkIndent >= 4) continue;
    const n = colonsAt(src, s, e);
    if (n >= fence && onlySpaces(src, s + n, e)) {
      closed = true;
      break;
    }
  }

  const parentType = state.parentType;
  const lineMax = state.lineMax;
  // "reference" lets link definitions and footnotes end at the fence like any other container.
  state.parentType = "reference";
  state.lineMax = next;
  const open = state.push("container_directive_open", "div", 1);
  open.meta = { name: head.name, attributes: head.attributes ?? {} };
  open.block = true;
  open.map = [startLine, closed ? next + 1 : next];
  pushLabel(state, head.label, startLine);
  state.md.block.tokenize(state, startLine + 1, next);
  state.push("container_directive_close", "div", -1).block = true;
  state.parentType = parentType;
  state.lineMax = lineMax;
  state.line = next + (closed ? 1 : 0);
  return true;
}

function leaf(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const src = state.src;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const max = state.eMarks[startLine]!;
  if (colonsAt(src, start, max) !== 2) return false;
  const head = parseHead(src, start + 2, max);
  if (head === undefined || !onlySpaces(src, head.end, max)) return false;
  if (silent) return true;
  const open = state.push("leaf_directive_open", "", 1);
  open.meta = { name: head.name, attributes: head.attributes ?? {} };
  open.block = true;
  open.map = [startLine, startLine + 1];
  if (head.label !== undefined) {
    const inline = state.push("inline", "", 0);
    inline.content = head.label;
    inline.map = [startLine, startLine + 1];
    inline.children = [];
  }
  state.push("leaf_directive_close", "", -1);
  state.line = startLine + 1;
  return true;
}

function text(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const start = state.pos;
  if (src.charCodeAt(start) !== COLON || src.charCodeAt(start + 1) === COLON) return false;
  if (start > 0 && src.charCodeAt(start - 1) === COLON) return false;
  const head = parseHead(src, start + 1, state.posMax);
  if (head === undefined || (head.label === undefined && head.attributes === undefined)) return false;
  if (!silent) {
    const open = state.push("text_directive_open", "", 1);
    open.meta = { name: head.name, attributes: head.attributes ?? {} };
    if (head.label !== undefined) {
      const posMax = state.posMax;
      const labelStart = start + 1 + head.name.length + 1;
      state.pos = labelStart;
      state.posMax = labelStart + head.label.length;
      state.md.inline.tokenize(state);
      state.posMax = posMax;
    }
    state.push("text_directive_close", "", -1);
  }
  state.pos = head.end;
  return true;
}

export function directivePlugin(md: MarkdownIt): void {
  md.block.ruler.before("fence", "container_directive", container, ALT);
  md.block.ruler.before("fence", "leaf_directive", leaf, ALT);
  md.inline.ruler.push("text_directive", text);
}
