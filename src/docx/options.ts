// What the renderer tells the writer about a document, and the defaults filled in for it.
import { sanitizeXmlText } from "./sanitize.js";

export type DocumentLang = "zh-CN" | "en" | "bilingual";

export type DocumentImage = { readonly data: Buffer; readonly type: "png" | "jpg" };

export type DocumentOptions = {
  readonly title: string;
  readonly subject?: string;
  readonly creator?: string;
  readonly keywords?: string;
  readonly description?: string;
  readonly classification: string;
  readonly headerText?: string;
  readonly footerText?: string;
  readonly lang: DocumentLang;
  readonly orientation?: "portrait" | "landscape";
  readonly fonts?: {
    readonly bodyEastAsia?: string;
    readonly bodyLatin?: string;
    readonly headingEastAsia?: string;
    readonly headingLatin?: string;
  };
  /** Hex RRGGBB (a leading # is accepted). */
  readonly accentColor?: string;
  readonly images?: Readonly<Record<string, DocumentImage>>;
  /** Paper size (default A4). Poster and sticker type scales with it (A3: ×√2). */
  readonly pageSize?: PageSize;
  /**
   * A document to hang on a wall (posters, stickers): no running header, classification, footer or
   * page number, and narrower margins.
   */
  readonly plain?: boolean;
};

export const PAGE_SIZES = ["A4", "A3"] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export type Fonts = {
  readonly bodyEastAsia: string;
  readonly bodyLatin: string;
  readonly headingEastAsia: string;
  readonly headingLatin: string;
};

/** Options with defaults applied and every string made safe for XML. */
export type ResolvedOptions = {
  readonly title: string;
  readonly subject: string | undefined;
  readonly creator: string;
  readonly keywords: string | undefined;
  readonly description: string | undefined;
  readonly classification: string;
  readonly headerText: string | undefined;
  readonly footerText: string | undefined;
  readonly lang: DocumentLang;
  readonly landscape: boolean;
  readonly fonts: Fonts;
  readonly accent: string;
  readonly images: ReadonlyMap<string, DocumentImage>;
  readonly pageSize: PageSize;
  readonly plain: boolean;
  /** Factor applied to poster and sticker type: 1 on A4, √2 on A3 (the sheet's linear scale). */
  readonly posterScale: number;
};

export const DEFAULT_FONTS: Fonts = {
  bodyEastAsia: "SimSun",
  bodyLatin: "Times New Roman",
  headingEastAsia: "SimHei",
  headingLatin: "Arial",
};

// A dark navy: readable as heading text and light enough once tinted for table headers.
export const DEFAULT_ACCENT = "1F3864";

function clean(s: string | undefined): string | undefined {
  return s === undefined ? undefined : sanitizeXmlText(s);
}

function accentOf(color: string | undefined): string {
  if (color === undefined) return DEFAULT_ACCENT;
  const hex = color.startsWith("#") ? color.slice(1) : color;
  if (!/^[0-9a-fA-F]{6}$/.test(hex)) throw new Error(`accentColor must be a hex colour RRGGBB, got "${color}"`);
  return hex.toUpperCase();
}

function fontName(name: string | undefined, fallback: string): string {
  const cleaned = clean(name)?.trim();
  return cleaned === undefined || cleaned === "" ? fallback : cleaned;
}

export function resolveOptions(options: DocumentOptions): ResolvedOptions {
  const fonts = options.fonts ?? {};
  return {
    title: sanitizeXmlText(options.title),
    subject: clean(options.subject),
    creator: clean(options.creator) ?? "pipia",
    keywords: clean(options.keywords),
    description: clean(options.description),
    classification: sanitizeXmlText(options.classification),
    headerText: clean(options.headerText),
    footerText: clean(options.footerText),
    lang: options.lang,
    landscape: options.orientation === "landscape",
    fonts: {
      bodyEastAsia: fontName(fonts.bodyEastAsia, DEFAULT_FONTS.bodyEastAsia),
      bodyLatin: fontName(fonts.bodyLatin, DEFAULT_FONTS.bodyLatin),
      headingEastAsia: fontName(fonts.headingEastAsia, DEFAULT_FONTS.headingEastAsia),
      headingLatin: fontName(fonts.headingLatin, DEFAULT_FONTS.headingLatin),
    },
    accent: accentOf(options.accentColor),
    images: new Map(Object.entries(options.images ?? {})),
    pageSize: options.pageSize ?? "A4",
    plain: options.plain === true,
    posterScale: options.pageSize === "A3" ? Math.SQRT2 : 1,
  };
}
