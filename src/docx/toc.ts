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

/** The TOC field itself (an `sdt`), cached with the headings' titles. */
export function tocField(title: string, entries: readonly TocEntry[]): TableOfContents {
  return new TableOfContents(title, {
    hyperlink: true,
    headingStyleRange: "1-3",
    cachedEntries: entries.map((e) => ({ title: e.title, level: e.level, href: e.bookmark })),
  });
}

export function tableOfContents(title: string, entries: readonly TocEntry[]): [Paragraph, TableOfContents] {
  return [new Paragraph({ style: STYLE.tocHeading, children: textRuns(title) }), tocField(title, entries)];
}
