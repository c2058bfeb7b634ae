// `::toc`: a TOC field Word fills on open (updateFields), cached with the headings' titles and no
// page numbers, which would be guesses; LibreOffice shows the cached entries as they are.
import { Paragraph, TableOfContents } from "docx";
import type { ResolvedOptions } from "./options.js";
import type { TocEntry } from "./state.js";
import { STYLE } from "./styles.js";
import { textRuns } from "./inline.js";

export function defaultTocTitle(lang: ResolvedOptions["lang"]): string {
  if (lang === "zh-CN") return "目录";
  if (lang === "en") return "Contents";
  return "目录 Contents";
}

/**
 * Heading levels the contents lists: three, but two in bilingual documents, whose every entry is
 * twice as long (three levels ran to four pages).
 */
export function tocDepth(lang: ResolvedOptions["lang"]): number {
  return lang === "bilingual" ? 2 : 3;
}

/** The TOC field itself (an `sdt`), cached with the headings' titles. */
export function tocField(title: string, entries: readonly TocEntry[], depth = 3): TableOfContents {
  return new TableOfContents(title, {
    hyperlink: true,
    headingStyleRange: `1-${depth}`,
    cachedEntries: entries.filter((e) => e.level <= depth).map((e) => ({ title: e.title, level: e.level, href: e.bookmark })),
  });
}

export function tableOfContents(title: string, entries: readonly TocEntry[], depth = 3): [Paragraph, TableOfContents] {
  return [new Paragraph({ style: STYLE.tocHeading, children: textRuns(title) }), tocField(title, entries, depth)];
}
