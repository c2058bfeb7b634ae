// XML 1.0 `Char` excludes C0 controls other than tab/LF/CR, U+FFFE, U+FFFF and unpaired surrogates.
// docx strips some C0 controls itself but lets U+FFFE/U+FFFF through, which makes unreadable XML,
// so every string is cleaned before it reaches the library. Nothing else is changed.
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function sanitizeXmlText(s: string): string {
  return s.replace(NOT_XML_CHAR, "");
}
