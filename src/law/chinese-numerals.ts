// Chinese numerals for citation labels (第二十六条, 第一千零三十四条, 第（三）项).
const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;
const UNITS = ["", "十", "百", "千"] as const;

/** 1..9999 without the leading-一十 shortening; zeros between digits collapse to one 零. */
function section(n: number): string {
  let out = "";
  let pendingZero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      if (out !== "") pendingZero = true;
      continue;
    }
    if (pendingZero) out += DIGITS[0];
    pendingZero = false;
    out += (DIGITS[d] ?? "") + (UNITS[pos] ?? "");
  }
  return out;
}

/** Positive integer → Chinese numeral as used in statute citations: 13 → 十三, 110 → 一百一十, 1034 → 一千零三十四. */
export function toChineseNumeral(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1 || n > 99_999_999) {
    throw new RangeError(`toChineseNumeral: expected an integer 1..99999999, got ${n}`);
  }
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  let out: string;
  if (high === 0) out = section(low);
  else if (low === 0) out = `${section(high)}万`;
  else out = `${section(high)}万${low < 1000 ? DIGITS[0] : ""}${section(low)}`;
  // 10-19 (and 十万-十九万) are written 十…, not 一十…, at the start of the number.
  return out.startsWith("一十") ? out.slice(1) : out;
}
