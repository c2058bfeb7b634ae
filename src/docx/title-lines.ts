// A cover title that fits: at the title size on one line if it can, else a little smaller, else on
// two lines broken between words (never "个人信息保/护…"), balanced, preferring to break before
// the document type ("…个人信息保护影响评估报告", "…Impact Assessment Report").
import { displayWidth } from "./table.js";

const SEGMENTER = new Intl.Segmenter("zh", { granularity: "word" });
/** Half-points: the title size may shrink to 18 pt on one line, and to 16 pt on two. */
const ONE_LINE_MIN = 36;
const TWO_LINE_MIN = 32;
// A break before these reads as "subject / document type".
const PREFERRED = ["个人信息", "Personal Information", "Processing Records", "Impact Assessment"];

/** Width of bold text in twips at `size` half-points: a CJK character is one em, Latin about 0.62 em. */
export function textTwips(text: string, size: number): number {
  let ems = 0;
  for (const c of text) ems += displayWidth(c) === 2 ? 1 : 0.62;
  return Math.ceil(ems * size * 10);
}

// No line starts with closing punctuation or ends with an opening bracket.
const NO_START = /^[:：,，.。;；、)）」』》!！?？]/;
const NO_END = /[(（「『《]$/;

export type TitleLayout = { readonly size: number; readonly lines: readonly string[] };

function breakPoints(text: string): number[] {
  const points: number[] = [];
  const segments = [...SEGMENTER.segment(text)];
  segments.forEach((s, i) => {
    if (i === 0) return;
    const prev = segments[i - 1]?.segment ?? "";
    const single = (t: string) => [...t].length === 1 && displayWidth(t) === 2;
    // Two one-character CJK segments are often one word the dictionary did not know (人|脸).
    if (single(prev) && single(s.segment)) return;
    // Latin words break at spaces only.
    if (/[A-Za-z0-9]$/.test(prev) && /^[A-Za-z0-9]/.test(s.segment)) return;
    points.push(s.index);
  });
  return points;
}

export function layoutTitle(text: string, width: number, size: number): TitleLayout {
  const fits = (t: string, s: number) => textTwips(t, s) <= width * 0.96;
  for (let s = size; s >= ONE_LINE_MIN; s -= 2) if (fits(text, s)) return { size: s, lines: [text] };
  const candidates = breakPoints(text)
    .map((at) => [text.slice(0, at).trimEnd(), text.slice(at).trimStart()] as const)
    .filter(([a, b]) => a !== "" && b !== "" && !NO_START.test(b) && !NO_END.test(a));
  if (candidates.length === 0) return { size, lines: [text] };
  const score = ([a, b]: readonly [string, string]) =>
    Math.abs(textTwips(a, size) - textTwips(b, size)) - (PREFERRED.some((p) => b.startsWith(p)) || /[:：]$/.test(a) ? width / 3 : 0);
  const fitting = candidates.filter(([a, b]) => fits(a, TWO_LINE_MIN) && fits(b, TWO_LINE_MIN));
  const [best] = [...(fitting.length > 0 ? fitting : candidates)].sort((x, y) => score(x) - score(y));
  if (best === undefined) return { size, lines: [text] };
  for (let s = size; s >= TWO_LINE_MIN; s -= 2) if (fits(best[0], s) && fits(best[1], s)) return { size: s, lines: [...best] };
  return { size: TWO_LINE_MIN, lines: [...best] };
}
