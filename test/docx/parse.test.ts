// The dialect parser (markdown-it + pipia's directive rules → mdast): the tree the writer walks.
import { describe, expect, it } from "vitest";
import type { Nodes, Root } from "mdast";
import { parseDialect } from "../../src/docx/parse.js";

/** The tree without positions, as plain data. */
function shape(root: Root): unknown {
  return JSON.parse(JSON.stringify(root, (k, v: unknown) => (k === "position" ? undefined : v))) as unknown;
}

function textOf(node: Nodes): string {
  if ("value" in node) return node.value;
  return "children" in node ? node.children.map((c) => textOf(c)).join("") : "";
}

describe("parseDialect", () => {
  it("reads containers by fence length: an outer :::: holds an inner ::: block", () => {
    const root = parseDialect("::::large-print\n:::poster\n**看这里**\n\n正文\n:::\n\n尾\n::::\n\n后\n");
    expect(root.children.map((c) => c.type)).toEqual(["containerDirective", "paragraph"]);
    const [outer] = root.children;
    if (outer?.type !== "containerDirective") throw new Error("expected a container");
    expect(outer.name).toBe("large-print");
    expect(outer.children.map((c) => (c.type === "containerDirective" ? `:::${c.name}` : c.type))).toEqual([":::poster", "paragraph"]);
  });

  it("gives a container's label as a first paragraph marked directiveLabel, and attributes as strings", () => {
    const root = parseDialect(':::box[注意]{width=90 title="A b" .wide #x}\n内容\n:::\n');
    expect(shape(root)).toEqual({
      type: "root",
      children: [
        {
          type: "containerDirective",
          name: "box",
          attributes: { width: "90", title: "A b", id: "x", class: "wide" },
          children: [
            { type: "paragraph", data: { directiveLabel: true }, children: [{ type: "text", value: "注意" }] },
            { type: "paragraph", children: [{ type: "text", value: "内容" }] },
          ],
        },
      ],
    });
  });

  it("reads leaf directives on a line of their own and text directives with a label or attributes", () => {
    const root = parseDialect('::image[标志]{name="logo" width=40}\n\n风险 :risk[高]{level=high}，时间 10:30 与 注意:abc。\n');
    expect(shape(root)).toEqual({
      type: "root",
      children: [
        { type: "leafDirective", name: "image", attributes: { name: "logo", width: "40" }, children: [{ type: "text", value: "标志" }] },
        {
          type: "paragraph",
          children: [
            { type: "text", value: "风险 " },
            { type: "textDirective", name: "risk", attributes: { level: "high" }, children: [{ type: "text", value: "高" }] },
            { type: "text", value: "，时间 10:30 与 注意:abc。" },
          ],
        },
      ],
    });
  });

  it("keeps escaped punctuation literal, one text node per run of text", () => {
    const root = parseDialect("\\*\\*甲\\*\\* \\| \\# \\{\\{x\\}\\} \\<w:p\\> \\& \\:risk\\[x\\]\n");
    expect(shape(root)).toEqual({ type: "root", children: [{ type: "paragraph", children: [{ type: "text", value: "**甲** | # {{x}} <w:p> & :risk[x]" }] }] });
  });

  it("reads GFM tables with alignment, lists with their start, and footnotes where they were written", () => {
    const md = "| a | b |\n|:--|--:|\n| 1 | 2 |\n\n3. x\n4. y\n\n正文[^n]\n\n[^n]: 注释\n\n末段\n";
    const root = parseDialect(md);
    expect(root.children.map((c) => c.type)).toEqual(["table", "list", "paragraph", "footnoteDefinition", "paragraph"]);
    const [table, list, , note] = root.children;
    expect(table?.type === "table" ? table.align : null).toEqual(["left", "right"]);
    expect(list?.type === "list" ? [list.ordered, list.start] : null).toEqual([true, 3]);
    expect(note?.type === "footnoteDefinition" ? [note.identifier, textOf(note)] : null).toEqual(["n", "注释"]);
    // Top-level blocks carry their source span (the bilingual merge copies them as written).
    expect(root.children.map((c) => md.slice(c.position?.start.offset, c.position?.end.offset))).toEqual([
      "| a | b |\n|:--|--:|\n| 1 | 2 |",
      "3. x\n4. y",
      "正文[^n]",
      "[^n]: 注释",
      "末段",
    ]);
  });

  it("does not recurse or spread with input size: 200,000 escaped lines are one text node", () => {
    const value = "a\u2028".repeat(200_000);
    const root = parseDialect(`${value}\n`);
    expect(root.children).toHaveLength(1);
    expect(textOf(root)).toBe(value);
  });
});
