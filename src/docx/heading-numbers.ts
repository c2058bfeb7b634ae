// Heading numbers, counted by the writer: a heading the template numbered ("一、", "（一）",
// "（1）", "1.", "1.1") is renumbered in one style per level — the style of the first numbered
// heading at that level in the document — so "（一）" and "（1）" never share a level, and a section
// a template adds or leaves out renumbers everything after it. Each level counts from one again
// after any shallower heading. In bilingual headings ("（一）背景 / 1.1 Background") the English
// number after " / " is renumbered too, keeping its shape (how many parts it has).
import type { Heading, Root, RootContent, Text } from "mdast";

type Kind = "zh-dun" | "zh-paren" | "zh-paren-arabic" | "dot" | "hier";

const CN_DIGITS = "〇一二三四五六七八九";
const PATTERNS: ReadonlyArray<readonly [Kind, RegExp]> = [
  // Only the number and its one separating space are replaced: whitespace after that belongs to the
  // heading's text (user text, e.g. an activity name starting with a line break, stays as typed).
  ["zh-dun", /^[一二三四五六七八九十百]+、/],
  ["zh-paren", /^（[一二三四五六七八九十百]+）/],
  ["zh-paren-arabic", /^[（(]\d+[）)]/],
  ["dot", /^\d+\. /],
  ["hier", /^\d+(?:\.\d+)* /],
];
// The English half of a bilingual heading: " / " then a number.
const SECOND = /( \/ )(\d+(?:\.\d+)*\.?)( )/;

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
export function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n] ?? String(n);
  if (n < 20) return `十${n % 10 === 0 ? "" : CN_DIGITS[n % 10]}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? "" : CN_DIGITS[n % 10]}`;
  if (n < 1000) {
    const rest = n % 100;
    return `${CN_DIGITS[Math.floor(n / 100)]}百${rest === 0 ? "" : rest < 10 ? `零${CN_DIGITS[rest]}` : rest < 20 ? `一${chineseNumber(rest)}` : chineseNumber(rest)}`;
  }
  return String(n);
}

function classify(text: string): { kind: Kind; length: number; parts: number } | undefined {
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(text);
    if (m) return { kind, length: m[0].length, parts: kind === "hier" ? m[0].trim().split(".").length : 1 };
  }
  return undefined;
}

function format(kind: Kind, counts: readonly number[], depth: number, parts: number): string {
  const n = counts[depth] ?? 1;
  switch (kind) {
    case "zh-dun":
      return `${chineseNumber(n)}、`;
    case "zh-paren":
      return `（${chineseNumber(n)}）`;
    case "zh-paren-arabic":
      return `（${n}）`;
    case "dot":
      return `${n}. `;
    case "hier":
      return `${counts.slice(Math.max(1, depth - parts + 1), depth + 1).join(".")} `;
  }
}

function firstText(node: Heading): Text | undefined {
  const [first] = node.children;
  return first?.type === "text" ? first : undefined;
}

function headingsOf(nodes: readonly RootContent[], out: Heading[]): Heading[] {
  for (const n of nodes) {
    if (n.type === "heading") out.push(n);
    else if (n.type === "containerDirective" && n.name !== "cover") headingsOf(n.children, out);
  }
  return out;
}

const isChinese = (kind: Kind) => kind.startsWith("zh-");

/**
 * Renumbers the numbered headings of a document in place (see the top of this file). Chinese and
 * Latin numbering count separately, so a Chinese notice followed by its English version numbers
 * "一、…十一、" and then "1 … 11", each in its own style.
 */
export function renumberHeadings(root: Root): void {
  const headings = headingsOf(root.children, []);
  const styles = { zh: new Map<number, Kind>(), latin: new Map<number, Kind>() };
  const counts = { zh: [0, 0, 0, 0, 0, 0, 0], latin: [0, 0, 0, 0, 0, 0, 0] };
  const secondStyles = new Map<number, { kind: Kind; parts: number }>();
  for (const h of headings) {
    for (const c of [counts.zh, counts.latin]) for (let d = h.depth + 1; d < c.length; d++) c[d] = 0;
    const text = firstText(h);
    const found = text === undefined ? undefined : classify(text.value);
    if (text === undefined || found === undefined) continue;
    const family = isChinese(found.kind) ? "zh" : "latin";
    const count = counts[family];
    count[h.depth] = (count[h.depth] ?? 0) + 1;
    const style = styles[family];
    if (!style.has(h.depth)) style.set(h.depth, found.kind);
    const kind = style.get(h.depth) ?? found.kind;
    let rest = text.value.slice(found.length);
    const second = SECOND.exec(rest);
    if (second) {
      const shape = classify(`${second[2] ?? ""}${second[3] ?? " "}`);
      if (shape !== undefined) {
        if (!secondStyles.has(h.depth)) secondStyles.set(h.depth, { kind: shape.kind, parts: shape.parts });
        const two = secondStyles.get(h.depth) ?? shape;
        rest = rest.slice(0, second.index) + second[1] + format(two.kind, count, h.depth, two.parts) + rest.slice(second.index + second[0].length);
      }
    }
    text.value = format(kind, count, h.depth, found.parts) + rest;
  }
}
