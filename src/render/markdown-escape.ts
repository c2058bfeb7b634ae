// Makes user text literal in pipia's Markdown dialect (docs/markdown-dialect.md): the parser must
// read back exactly the characters the user typed, wherever the template puts them.
import { sanitizeXmlText } from "../docx/sanitize.js";

export { sanitizeXmlText };

// Every ASCII punctuation character may be backslash-escaped in CommonMark, and GFM honours `\|`
// inside table cells, so escaping all of them covers emphasis, links, HTML, entities, directives
// (`:`), block starts (`#`, `>`, `-`, `1.`, `:::`) and Handlebars braces alike.
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
const LINE_BREAK = /\r\n|\r|\n/g;
// Whitespace at either end would be stripped (spaces, tabs), start a code block (four spaces) or a
// hard break (two trailing spaces), or stop a surrounding `**…**` from counting as emphasis (any
// Unicode space, U+2028 included). As numeric character references it is kept exactly as typed.
// (Found by scanning, not by /\s+$/, which backtracks quadratically on long inner runs of spaces.)
const SPACE = /\s/;

function asReferences(space: string): string {
  let out = "";
  for (const c of space) out += `&#${c.codePointAt(0) ?? 32};`;
  return out;
}

export function escapeMarkdown(text: string): string {
  const body = sanitizeXmlText(text).replace(ASCII_PUNCTUATION, "\\$&").replace(LINE_BREAK, "\u2028");
  let start = 0;
  while (start < body.length && SPACE.test(body.charAt(start))) start++;
  let end = body.length;
  while (end > start && SPACE.test(body.charAt(end - 1))) end--;
  return asReferences(body.slice(0, start)) + body.slice(start, end) + asReferences(body.slice(end));
}
