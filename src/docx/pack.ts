// Document → .docx bytes: the docx library writes the parts (its compiler), node:zlib zips them
// (zip.ts), and the body writer may replace parts in between (frame.ts). The compiler is not public
// API (Packer keeps it private): a docx release that moves it fails loudly here, in every test.
import { type Document, Packer } from "docx";
import { zipParts } from "./zip.js";

export type Parts = Map<string, string | Uint8Array>;

type Compiler = { compile: (file: Document) => Parts };

function compilerOf(): Compiler {
  const holder = Packer as unknown as { readonly compiler?: Partial<Compiler> };
  if (typeof holder.compiler?.compile !== "function") throw new Error("docx: Packer.compiler.compile is missing (a docx release changed its internals; pin docx 9.15)");
  return holder.compiler as Compiler;
}

/** The package's parts by path, in zip order, before zipping. */
export function compileParts(doc: Document): Parts {
  return compilerOf().compile(doc);
}

export function packParts(parts: Parts): Buffer {
  return zipParts(parts);
}

export function packDocument(doc: Document): Buffer {
  return packParts(compileParts(doc));
}
