// The generic-directive syntax (`:name[label]{attrs}`), read by scanning, without regular
// expressions that could backtrack: a name, an optional label and optional attributes.
// Shared by the block rules (`::leaf`, `:::container`) and the inline rule (`:text`).

export type DirectiveAttributes = Record<string, string>;

export type DirectiveHead = {
  readonly name: string;
  /** Label text between the brackets, unparsed; undefined when there is no label. */
  readonly label: string | undefined;
  readonly attributes: DirectiveAttributes | undefined;
  /** Position just past the head. */
  readonly end: number;
};

const BACKSLASH = 0x5c;

function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isNameChar(c: number): boolean {
  return isAlpha(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** Index of the `]` closing the label opened at `open` (`[`), or -1; nested brackets balance, escapes are skipped. */
export function labelEnd(src: string, open: number, max: number): number {
  let depth = 0;
  for (let i = open; i < max; i++) {
    const c = src.charCodeAt(i);
    if (c === BACKSLASH) {
      i++;
      continue;
    }
    if (c === 0x0a) return -1;
    if (c === 0x5b) depth++;
    else if (c === 0x5d && --depth === 0) return i;
  }
  return -1;
}

function unquotedValueChar(c: number): boolean {
  // Not whitespace, quotes, `=`, `<`, `>`, backtick or `}`.
  return !(c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x3d || c === 0x3c || c === 0x3e || c === 0x60 || c === 0x7d);
}

/** `{key=value key="v" #id .class flag}` from `open` (`{`); undefined when it is not a well-formed attribute list. */
export function parseAttributes(src: string, open: number, max: number): { attributes: DirectiveAttributes; end: number } | undefined {
  const attributes: DirectiveAttributes = {};
  const classes: string[] = [];
  let i = open + 1;
  for (;;) {
    while (i < max && isSpace(src.charCodeAt(i))) i++;
    if (i >= max) return undefined;
    const c = src.charCodeAt(i);
    if (c === 0x7d) break;
    if (c === 0x23 || c === 0x2e) {
      const start = ++i;
      while (i < max && unquotedValueChar(src.charCodeAt(i)) && src.charCodeAt(i) !== 0x23 && src.charCodeAt(i) !== 0x2e) i++;
      if (i === start) return undefined;
      if (c === 0x23) attributes["id"] = src.slice(start, i);
      else classes.push(src.slice(start, i));
      continue;
    }
    const keyStart = i;
    while (i < max && isNameChar(src.charCodeAt(i))) i++;
    if (i === keyStart || !isAlpha(src.charCodeAt(keyStart))) return undefined;
    const key = src.slice(keyStart, i);
    if (src.charCodeAt(i) !== 0x3d) {
      attributes[key] = "";
      continue;
    }
    i++;
    const q = src.charCodeAt(i);
    if (q === 0x22 || q === 0x27) {
      const end = src.indexOf(String.fromCharCode(q), i + 1);
      if (end < 0 || end >= max) return undefined;
      attributes[key] = src.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    const start = i;
    while (i < max && unquotedValueChar(src.charCodeAt(i))) i++;
    if (i === start) return undefined;
    attributes[key] = src.slice(start, i);
  }
  if (classes.length > 0) attributes["class"] = classes.join(" ");
  return { attributes, end: i + 1 };
}

/** The head of a directive whose name starts at `start` (just past the colons). */
export function parseHead(src: string, start: number, max: number): DirectiveHead | undefined {
  let i = start;
  if (i >= max || !isAlpha(src.charCodeAt(i))) return undefined;
  while (i < max && isNameChar(src.charCodeAt(i))) i++;
  // A name may not end with `-` or `_`.
  const last = src.charCodeAt(i - 1);
  if (last === 0x2d || last === 0x5f) return undefined;
  const name = src.slice(start, i);
  let label: string | undefined;
  if (src.charCodeAt(i) === 0x5b) {
    const end = labelEnd(src, i, max);
    if (end < 0) return undefined;
    label = src.slice(i + 1, end);
    i = end + 1;
  }
  let attributes: DirectiveAttributes | undefined;
  if (src.charCodeAt(i) === 0x7b) {
    const parsed = parseAttributes(src, i, max);
    if (parsed === undefined) return undefined;
    attributes = parsed.attributes;
    i = parsed.end;
  }
  return { name, label, attributes, end: i };
}

/** True when only spaces or tabs lie between `from` and `max`. */
export function onlySpaces(src: string, from: number, max: number): boolean {
  for (let i = from; i < max; i++) if (!isSpace(src.charCodeAt(i))) return false;
  return true;
}
