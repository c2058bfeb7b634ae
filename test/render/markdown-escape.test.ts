import fc from "fast-check";
import type { Nodes, Root } from "mdast";
import { describe, expect, it } from "vitest";
import { parseDialect } from "../../src/docx/parse.js";
import { escapeMarkdown, sanitizeXmlText } from "../../src/render/markdown-escape.js";

// The text a reader would get from a node, failing on anything that is not plain text: an escaped
// value must never become markup.
function plainText(node: Nodes): string {
  if (node.type === "text") return node.value;
  if (node.type === "list" || node.type === "listItem" || node.type === "blockquote") {
    const [child, ...rest] = node.children;
    if (child === undefined || rest.length > 0) throw new Error(`${node.type} should hold one block`);
    return plainText(child);
  }
  if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell" || node.type === "strong" || (node.type === "textDirective" && node.name === "risk")) {
    return node.children.map(plainText).join("");
  }
  throw new Error(`markup appeared: ${node.type}`);
}

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  const [item] = items;
  if (item === undefined) throw new Error("no item");
  return item;
}

// Where templates put values, and how to read the value back out of the tree.
const placements: ReadonlyArray<{ readonly name: string; readonly wrap: (v: string) => string; readonly read: (root: Root) => string }> = [
  { name: "paragraph", wrap: (v) => `x${v}`, read: (r) => plainText(only(r.children)).slice(1) },
  { name: "line start", wrap: (v) => `intro\n${v}`, read: (r) => plainText(only(r.children)).slice("intro\n".length) },
  { name: "paragraph alone", wrap: (v) => `${v}x`, read: (r) => plainText(only(r.children)).slice(0, -1) },
  { name: "list item", wrap: (v) => `- ${v}x`, read: (r) => plainText(only(r.children)).slice(0, -1) },
  { name: "quote", wrap: (v) => `> ${v}x`, read: (r) => plainText(only(r.children)).slice(0, -1) },
  {
    name: "risk label",
    wrap: (v) => `:risk[x${v}x]{level=low}`,
    read: (r) => {
      const p = only(r.children);
      if (p.type !== "paragraph") throw new Error(p.type);
      return plainText(only(p.children)).slice(1, -1);
    },
  },
  { name: "heading", wrap: (v) => `## ${v}x`, read: (r) => plainText(only(r.children)).slice(0, -1) },
  {
    name: "table cell",
    wrap: (v) => `| a | b |\n|---|---|\n| ${v}x | y |`,
    read: (r) => {
      const table = only(r.children);
      if (table.type !== "table") throw new Error(table.type);
      const row = table.children[1];
      if (row === undefined) throw new Error("no body row");
      expect(row.children).toHaveLength(2);
      const cell = row.children[0];
      if (cell === undefined) throw new Error("no cell");
      return plainText(cell).slice(0, -1);
    },
  },
  {
    name: "bold",
    wrap: (v) => `**x${v}x**`,
    read: (r) => {
      const p = only(r.children);
      if (p.type !== "paragraph") throw new Error(p.type);
      return plainText(only(p.children)).slice(1, -1);
    },
  },
];

const tricky = [
  "1. ", "- ", "* ", "+ ", "> ", "# ", "###### ", ":::", "::x", ":risk[高]{level=high}", "|", "\\", "\\|",
  "[^1]", "[a](http://x)", "<w:p>", "&amp;", "&#65;", "{{x}}", "https://example.com", "www.example.com",
  "    ", "\t", "  ", "\n", "\r\n", "\r", "```", "~~~", "===", "---", "***", "_", "`", "!", "<", "\u3000", "\u00a0",
  "\u2028", "😀", "甲公司", "a", " ", "\uFFFE", "\u0001", "\uD800", "\uDC00", "\\\n",
];
const userText = fc
  .array(fc.oneof(fc.constantFrom(...tricky), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 12 })
  .map((parts) => parts.join(""));

// What the writer should show: the sanitised text with each line break as U+2028.
function expected(text: string): string {
  return sanitizeXmlText(text).replace(/\r\n|\r|\n/g, "\u2028");
}

describe("escapeMarkdown", () => {
  it("backslash-escapes ASCII punctuation and turns line breaks into U+2028", () => {
    expect(escapeMarkdown("**甲公司** | # {{x}}\n第二行")).toBe("\\*\\*甲公司\\*\\* \\| \\# \\{\\{x\\}\\}\u2028第二行");
    expect(escapeMarkdown("a\r\nb\rc")).toBe("a\u2028b\u2028c");
  });

  it("keeps whitespace at the ends as character references", () => {
    expect(escapeMarkdown("    code?")).toBe("&#32;&#32;&#32;&#32;code\\?");
    expect(escapeMarkdown("a  ")).toBe("a&#32;&#32;");
    expect(escapeMarkdown("\tx\n")).toBe("&#9;x&#8232;");
  });

  it("drops characters XML cannot carry and nothing else", () => {
    expect(escapeMarkdown("a\uFFFEb\u0001c\uD800d😀")).toBe("abcd😀");
    expect(sanitizeXmlText("x\uDC00y\uFFFF\u000Bz\t\n\r\u0085")).toBe("xyz\t\n\r\u0085");
  });

  it("keeps long runs of inner spaces and encodes only the leading ones", () => {
    const long = `${" ".repeat(100_000)}x${"a ".repeat(100_000)}`;
    const escaped = escapeMarkdown(long);
    expect(escaped.match(/&#32;/g)?.length).toBe(100_001); // 100,000 leading + the trailing one
    expect(escaped).toContain(`x${"a ".repeat(99_999)}a`);
  });

  for (const placement of placements) {
    it(`reads back literally in a ${placement.name}`, () => {
      fc.assert(
        fc.property(userText, (text) => {
          expect(placement.read(parseDialect(placement.wrap(escapeMarkdown(text))))).toBe(expected(text));
        }),
        { numRuns: 400 },
      );
    });
  }
});
