// Numbers as people type them: "50000", "50,000", "５００００", "5万", "5.2万", "1.2亿", "3千".
// Returns undefined for empty input and NaN for anything else that is not a number.
const UNITS: Readonly<Record<string, number>> = { 千: 1e3, 万: 1e4, 亿: 1e8 };

export function parseHumanNumber(raw: string): number | undefined {
  // Full-width digits, comma, point and minus become ASCII; spaces and thousands separators go.
  const t = raw
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, ".")
    .replace(/－/g, "-");
  if (t === "") return undefined;
  const m = /^(-?)(\d{1,3}(?:[,，]\d{3})+|\d+)?(?:\.(\d+))?\s*([千万亿])?$/.exec(t.replace(/\s+(?=[千万亿]$)/, ""));
  if (!m || (m[2] === undefined && m[3] === undefined)) return Number.NaN;
  const [, sign, int = "0", frac, unit] = m;
  const value = Number(`${sign}${int.replace(/[,，]/g, "")}${frac !== undefined ? `.${frac}` : ""}`);
  // Scale in decimal, so 5.2万 is exactly 52000 (5.2 * 10000 would be 52000.000000000004).
  return unit ? Number((value * (UNITS[unit] as number)).toPrecision(15)) : value;
}
