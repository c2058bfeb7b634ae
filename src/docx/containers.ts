// Container directives: :::cover, :::center, :::poster, :::sticker, :::large-print, :::signature,
// :::box (and :::landscape, which only the top level takes).
import { AlignmentType, convertMillimetersToTwip, LineRuleType, Paragraph } from "docx";
import type { Heading, Paragraph as MdParagraph, PhrasingContent, RootContent } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import {
  assertNoPendingWidths,
  type Block,
  type BlockContext,
  bodyFormat,
  positiveNumber,
  separateTables,
  tinyParagraph,
} from "./block-context.js";
import { headingColor } from "./colors.js";
import { inlineRuns } from "./inline.js";
import type { WriterState } from "./state.js";
import { headingFont, SIZE, STYLE } from "./styles.js";
import { BOX_PADDING, boxTable, signatureTable } from "./table.js";
import { pushAll } from "./push-all.js";

export const CONTAINERS = ["cover", "center", "poster", "sticker", "large-print", "signature", "landscape", "box"] as const;

/** Block rendering, handed in so containers can render their content without an import cycle. */
export type BlockRenderer = {
  readonly blocks: (nodes: readonly RootContent[], ctx: BlockContext, state: WriterState) => Block[];
  readonly block: (node: RootContent, ctx: BlockContext, state: WriterState) => Block[];
};

// The first paragraph or heading of a container, which :::cover and :::poster set apart.
function splitFirst(children: readonly RootContent[]): { before: RootContent[]; first: MdParagraph | Heading | undefined; after: RootContent[] } {
  const i = children.findIndex((c) => c.type === "paragraph" || c.type === "heading");
  const first = children[i];
  if (i < 0 || first === undefined || (first.type !== "paragraph" && first.type !== "heading")) return { before: [...children], first: undefined, after: [] };
  return { before: children.slice(0, i), first, after: children.slice(i + 1) };
}

export function renderContainer(node: ContainerDirective, ctx: BlockContext, state: WriterState, render: BlockRenderer): Block[] {
  const children = node.children;
  switch (node.name) {
    case "center":
      return render.blocks(children, { ...ctx, align: AlignmentType.CENTER }, state);
    case "large-print":
      return render.blocks(children, { ...ctx, minSize: Math.max(ctx.minSize ?? 0, SIZE.largePrintMin) }, state);
    case "cover": {
      const inner: BlockContext = { ...ctx, align: AlignmentType.CENTER, inCover: true };
      const { before, first, after } = splitFirst(children);
      const title =
        first === undefined
          ? []
          : [new Paragraph({ style: STYLE.title, spacing: { before: 2400, after: 480 }, children: inlineRuns(first.children, bodyFormat(ctx, SIZE.title), state) })];
      return [...render.blocks(before, inner, state), ...title, ...render.blocks(after, inner, state)];
    }
    case "poster": {
      const inner: BlockContext = { ...ctx, align: AlignmentType.CENTER, size: Math.max(ctx.size ?? 0, SIZE.posterBody) };
      const { before, first, after } = splitFirst(children);
      const headline =
        first === undefined
          ? []
          : [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                keepNext: true,
                spacing: { before: 240, after: 480, line: 240, lineRule: LineRuleType.AUTO },
                children: inlineRuns(
                  first.children,
                  { bold: true, size: Math.max(SIZE.posterHeadline, ctx.minSize ?? 0), font: headingFont(state.options.fonts), color: headingColor(state.options.accent) },
                  state,
                ),
              }),
            ];
      return [...render.blocks(before, inner, state), ...headline, ...render.blocks(after, inner, state)];
    }
    case "box":
    case "sticker": {
      const sticker = node.name === "sticker";
      const mm = positiveNumber(node, "width");
      const width = Math.min(ctx.width, mm === undefined ? ctx.width : convertMillimetersToTwip(mm));
      const inner: BlockContext = {
        ...ctx,
        width: width - 2 * BOX_PADDING,
        ...(sticker ? { compact: true, size: Math.max(ctx.size ?? 0, SIZE.sticker) } : {}),
      };
      const color = sticker ? headingColor(state.options.accent) : "808080";
      return [boxTable(render.blocks(children, inner, state), width, { color, thickness: sticker ? 12 : 6 })];
    }
    case "signature": {
      const out: Block[] = [];
      for (const child of children) {
        if (child.type !== "list") {
          pushAll(out, render.block(child, ctx, state));
          continue;
        }
        const labels = child.children.map((item): readonly PhrasingContent[] => {
          const first = item.children.find((c) => c.type === "paragraph");
          return first?.type === "paragraph" ? first.children : [];
        });
        out.push(signatureTable(labels, ctx.width, state, bodyFormat(ctx)));
      }
      assertNoPendingWidths(state);
      return separateTables(out, tinyParagraph);
    }
    case "landscape":
      throw new Error(":::landscape must be at the top level of the document, not inside another container");
    default:
      throw new Error(`unknown directive :::${node.name} (known: ${CONTAINERS.map((n) => `:::${n}`).join(", ")})`);
  }
}
