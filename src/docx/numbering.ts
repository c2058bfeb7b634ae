// List numbering. Every list gets its own instance so numbering restarts for each list; every
// reference used is declared here, so each w:numId in the document is defined in numbering.xml.
import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions } from "docx";

const BULLET = "pipia-bullet";
const ORDERED = "pipia-ordered";

const BULLET_GLYPHS = ["•", "◦", "▪"] as const;
const ORDERED_LEVELS: ReadonlyArray<{ readonly format: (typeof LevelFormat)[keyof typeof LevelFormat]; readonly text: (n: number) => string }> = [
  { format: LevelFormat.DECIMAL, text: (n) => `%${n}.` },
  { format: LevelFormat.DECIMAL, text: (n) => `(%${n})` },
  { format: LevelFormat.LOWER_LETTER, text: (n) => `%${n})` },
  { format: LevelFormat.LOWER_ROMAN, text: (n) => `%${n}.` },
];

export const MAX_LIST_LEVEL = 8;

function indent(level: number) {
  return { left: 480 * (level + 1), hanging: 420 };
}

function bulletLevels(): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: BULLET_GLYPHS[level % BULLET_GLYPHS.length] ?? "•",
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: indent(level) } },
  }));
}

function orderedLevels(start: number): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => {
    const kind = ORDERED_LEVELS[level % ORDERED_LEVELS.length] ?? ORDERED_LEVELS[0];
    return {
      level,
      format: kind?.format ?? LevelFormat.DECIMAL,
      text: kind?.text(level + 1) ?? `%${level + 1}.`,
      start,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: indent(level) } },
    };
  });
}

export type ListNumberingRef = { readonly reference: string; readonly instance: number };

export class ListNumbering {
  private instances = 0;
  private readonly starts = new Set<number>();

  /** A new list: its own instance, so it counts from its start whatever came before. */
  newList(ordered: boolean, start: number | null | undefined): ListNumberingRef {
    this.instances++;
    if (!ordered) return { reference: BULLET, instance: this.instances };
    const from = start ?? 1;
    if (from === 1) return { reference: ORDERED, instance: this.instances };
    this.starts.add(from);
    return { reference: `${ORDERED}-from-${from}`, instance: this.instances };
  }

  /** Indentation of a list's later paragraphs, lined up with the item's text. */
  static textIndent(level: number): { readonly left: number } {
    return { left: indent(level).left };
  }

  options(): INumberingOptions {
    return {
      config: [
        { reference: BULLET, levels: bulletLevels() },
        { reference: ORDERED, levels: orderedLevels(1) },
        ...[...this.starts].map((start) => ({ reference: `${ORDERED}-from-${start}`, levels: orderedLevels(start) })),
      ],
    };
  }
}
