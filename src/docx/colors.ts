// Colours derived from the accent, kept readable: headings need contrast on white, table
// headers need a fill light enough for black text.

type Rgb = readonly [number, number, number];

function toRgb(hex: string): Rgb {
  return [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)];
}

function toHex(rgb: Rgb): string {
  return rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, "0")).join("").toUpperCase();
}

function mix(rgb: Rgb, toward: number, amount: number): Rgb {
  return [rgb[0] + (toward - rgb[0]) * amount, rgb[1] + (toward - rgb[1]) * amount, rgb[2] + (toward - rgb[2]) * amount];
}

// WCAG relative luminance.
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrastOnWhite(rgb: Rgb): number {
  return 1.05 / (luminance(rgb) + 0.05);
}

/** The accent darkened until it reaches WCAG AA (4.5:1) on white. */
export function headingColor(accent: string): string {
  let rgb = toRgb(accent);
  for (let i = 0; i < 20 && contrastOnWhite(rgb) < 4.5; i++) rgb = mix(rgb, 0, 0.15);
  return toHex(rgb);
}

/** A light tint of the accent for table header rows, light enough for black text (≥ 7:1). */
export function headerFill(accent: string): string {
  let rgb = mix(toRgb(accent), 255, 0.8);
  for (let i = 0; i < 20 && (luminance(rgb) + 0.05) / 0.05 < 7; i++) rgb = mix(rgb, 255, 0.3);
  return toHex(rgb);
}

// Fills for `:risk[…]{level=…}`: conventional traffic-light hues, light enough for black text.
export const RISK_FILLS = {
  low: "C6EFCE",
  medium: "FFEB9C",
  high: "F4B183",
  severe: "FF7C80",
  "very-high": "FF7C80",
} as const;

export type RiskLevel = keyof typeof RISK_FILLS;

export function isRiskLevel(level: string): level is RiskLevel {
  return Object.hasOwn(RISK_FILLS, level);
}
