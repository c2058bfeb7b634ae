// markdown-it-footnote ships no types, and @types/markdown-it-footnote is written against the
// CommonJS typings of markdown-it, which do not match the ESM ones this project imports.
declare module "markdown-it-footnote" {
  import type MarkdownIt from "markdown-it";
  const footnote: (md: MarkdownIt) => void;
  export default footnote;
}
