// What the body writer leaves to the docx library, because it registers a part or a relationship
// for it (images, external links), numbers it (list instances), or builds it whole (the TOC field).
// Each is written into the body as a marker; the frame (frame.ts) has docx build the real thing in
// a scratch area of the same document, then moves the XML into place and drops the scratch area.
import type { IImageOptions } from "docx";
import type { ListNumberingRef } from "./numbering.js";

export type CarrierKind = "I" | "H" | "N" | "T";

// U+0000 cannot occur in the body: sanitizeXmlText removes it from every string first.
export function marker(kind: CarrierKind, index: number): string {
  return `\u0000${kind}${index}\u0000`;
}

export const MARKER = /\u0000([IHNT])(\d+)\u0000/g;

export type TocCarrier = { readonly title: string };

export class Carriers {
  readonly images: IImageOptions[] = [];
  readonly links: string[] = [];
  readonly lists: ListNumberingRef[] = [];
  readonly tocs: TocCarrier[] = [];

  /** `<w:drawing>…</w:drawing>` of this image, once built. */
  image(options: IImageOptions): string {
    this.images.push(options);
    return marker("I", this.images.length - 1);
  }

  /** The opening `<w:hyperlink …>` tag of an external link (its relationship id). */
  link(url: string): string {
    this.links.push(url);
    return marker("H", this.links.length - 1);
  }

  /** The w:numId of a list instance. */
  list(ref: ListNumberingRef): string {
    this.lists.push(ref);
    return marker("N", this.lists.length - 1);
  }

  /** The whole `<w:sdt>` of a table of contents. */
  toc(title: string): string {
    this.tocs.push({ title });
    return marker("T", this.tocs.length - 1);
  }
}
