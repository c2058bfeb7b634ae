// Leaf directives: ::pagebreak, ::spacer, ::table, ::image (and ::toc, which only the top level takes).
import { AlignmentType, ImageRun, PageBreak, Paragraph } from "docx";
import type { LeafDirective } from "mdast-util-directive";
import { type Alignment, attribute, type Block, type BlockContext, paragraphProps, positiveNumber } from "./block-context.js";
import { imageSize } from "./image-size.js";
import { plainText } from "./inline.js";
import type { WriterState } from "./state.js";

export const LEAVES = ["toc", "pagebreak", "image", "table", "spacer"] as const;

export function renderLeaf(node: LeafDirective, ctx: BlockContext, state: WriterState): Block[] {
  switch (node.name) {
    case "pagebreak":
      return [new Paragraph({ children: [new PageBreak()] })];
    case "spacer": {
      const lines = positiveNumber(node, "lines") ?? 1;
      if (!Number.isInteger(lines) || lines > 100) throw new Error(`::spacer: lines must be a whole number from 1 to 100, got ${lines}`);
      return Array.from({ length: lines }, () => new Paragraph({ ...paragraphProps(ctx), children: [] }));
    }
    case "table": {
      const raw = attribute(node, "widths") ?? "";
      const widths = raw.split(",").map((w) => Number(w.trim()));
      if (raw.trim() === "" || widths.some((w) => !Number.isFinite(w) || w <= 0)) {
        throw new Error(`::table: widths must be positive numbers separated by commas, got "${raw}"`);
      }
      state.pendingWidths = widths;
      return [];
    }
    case "image":
      return [image(node, ctx, state)];
    case "toc":
      throw new Error("::toc must be at the top level of the document, not inside a container");
    default:
      throw new Error(`unknown directive ::${node.name} (known: ${LEAVES.map((n) => `::${n}`).join(", ")})`);
  }
}

const PX_PER_MM = 96 / 25.4;
const ALIGNMENTS: Readonly<Record<string, Alignment>> = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };

function image(node: LeafDirective, ctx: BlockContext, state: WriterState): Paragraph {
  const name = attribute(node, "name") ?? "";
  const img = state.options.images.get(name);
  if (img === undefined) {
    const known = [...state.options.images.keys()];
    throw new Error(`::image: unknown image "${name}" (known: ${known.length === 0 ? "none" : known.map((k) => `"${k}"`).join(", ")})`);
  }
  const pixels = imageSize(img.data, img.type);
  const maxWidth = (ctx.width / 1440) * 96;
  const mm = positiveNumber(node, "width");
  const width = Math.min(mm === undefined ? (pixels?.width ?? maxWidth) : mm * PX_PER_MM, maxWidth);
  const height = pixels === undefined ? width : (width * pixels.height) / pixels.width;
  const alignName = attribute(node, "align");
  const alignment = alignName === undefined ? ctx.align : ALIGNMENTS[alignName];
  if (alignName !== undefined && alignment === undefined) throw new Error(`::image: align must be left, center or right, got "${alignName}"`);
  const alt = plainText({ type: "paragraph", children: node.children }) || name;
  return new Paragraph({
    ...(alignment === undefined ? {} : { alignment }),
    children: [
      new ImageRun({
        type: img.type,
        data: img.data,
        transformation: { width: Math.round(width), height: Math.round(height) },
        altText: { name, description: alt, title: alt },
      }),
    ],
  });
}
