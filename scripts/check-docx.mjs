#!/usr/bin/env node
// @ts-check
// check-docx: open generated .docx files the way real readers do, and fail loudly if one is broken.
//
//   node scripts/check-docx.mjs [--text DIR] [--no-pdf] FILE.docx...
//
// For each file it checks that:
//   1. the file is a zip holding [Content_Types].xml and word/document.xml;
//   2. every .xml / .rels part is well-formed XML (xmllint);
//   3. the document, styles, numbering, settings, font table, footnotes, endnotes, header and footer
//      parts validate against the ISO/IEC 29500 WordprocessingML schema with Microsoft's 2010
//      extensions (scripts/ooxml-schemas), after markup-compatibility processing: attributes and
//      elements of namespaces a part declares mc:Ignorable, and that the schemas do not define, are
//      dropped first, as Word does;
//   4. every internal relationship points at a part that exists, every part has a content type,
//      every r:id/r:embed a part uses is one of its relationships, and every numbering reference
//      (w:numId) is defined — what Word rejects but LibreOffice forgives;
//   5. LibreOffice (headless) opens it and converts it to PDF with at least one page (skipped with
//      --no-pdf). With --text DIR, the PDF text of each file (pdftotext -layout) goes to DIR/NAME.txt.
//
// Needs: xmllint (libxml2-utils), soffice (libreoffice-writer-nogui), pdftotext/pdfinfo
// (poppler-utils) and CJK fonts (fonts-noto-cjk). Exit status: 0 all good; 1 a file failed;
// 2 usage or a missing tool.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, posix } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { unzipSync } from "fflate";
import { XMLParser } from "fast-xml-parser";

export const SCHEMA = join(import.meta.dirname, "ooxml-schemas", "microsoft", "wml-2010.xsd");
const NEEDS = "apt-get install -y libxml2-utils libreoffice-writer-nogui poppler-utils fonts-noto-cjk";

/** Parts validated against WordprocessingML, by name pattern. */
const SCHEMA_PARTS = /^word\/(document|styles|numbering|settings|fontTable|footnotes|endnotes|header\d*|footer\d*)\.xml$/;
/** Namespaces the schema set defines: markup in these is kept even when declared ignorable. */
const UNDERSTOOD = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://schemas.microsoft.com/office/word/2010/wordml",
]);

/** @typedef {{ file: string; message: string }} Problem */
/** @typedef {{ problems: Problem[]; pages: Map<string, number> }} CheckReport */

/** @param {string} tool */
function hasTool(tool) {
  return spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).status === 0;
}

/** @param {string} s @param {number} n */
const clip = (s, n = 300) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, " ").trim();

/**
 * Markup-compatibility preprocessing (ECMA-376 Part 3): drop the mc:Ignorable declaration and every
 * attribute or element whose prefix it lists and whose namespace the schema set does not understand.
 * @param {string} xml
 */
export function dropIgnorable(xml) {
  const root = /<([A-Za-z][\w.-]*:)?[A-Za-z][\w.-]*\s[^>]*>/.exec(xml.replace(/^<\?xml[^>]*\?>/, ""));
  if (!root) return xml;
  const ignorable = /\smc:Ignorable="([^"]*)"/.exec(root[0]);
  if (!ignorable) return xml;
  const prefixes = (ignorable[1] ?? "").split(/\s+/).filter((p) => {
    if (p === "") return false;
    const ns = new RegExp(`\\sxmlns:${p}="([^"]*)"`).exec(root[0]);
    return !ns || !UNDERSTOOD.has(ns[1] ?? "");
  });
  let out = xml.replace(/\smc:Ignorable="[^"]*"/, "");
  for (const p of prefixes) {
    out = out
      .replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*/>`, "g"), "")
      .replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*>[\\s\\S]*?</${p}:\\1>`, "g"), "")
      .replace(new RegExp(`\\s${p}:[\\w.-]+="[^"]*"`, "g"), "");
  }
  return out;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", removeNSPrefix: true, isArray: (_name, _path, _leaf, isAttribute) => !isAttribute });

/**
 * @param {string} xml
 * @param {string} element local name
 * @returns {Record<string, string>[]} attribute maps of every element with that local name
 */
function elements(xml, element) {
  /** @type {Record<string, string>[]} */
  const found = [];
  /** @param {unknown} node */
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === "object")
      for (const [k, v] of Object.entries(node)) {
        if (k === element) for (const e of Array.isArray(v) ? v : [v]) found.push(/** @type {Record<string, string>} */ (typeof e === "object" && e !== null ? e : {}));
        if (typeof v === "object") walk(v);
      }
  };
  walk(parser.parse(xml));
  return found;
}

/**
 * Relationships, content types and numbering of one unpacked package.
 * @param {Map<string, Uint8Array>} parts by name without a leading slash
 * @returns {string[]}
 */
export function packageProblems(parts) {
  /** @type {string[]} */
  const problems = [];
  const text = (/** @type {string} */ name) => Buffer.from(parts.get(name) ?? new Uint8Array()).toString("utf8");
  const names = new Set([...parts.keys()].map((n) => `/${n}`));
  const ct = text("[Content_Types].xml");
  const defaults = new Set(elements(ct, "Default").map((e) => (e["Extension"] ?? "").toLowerCase()));
  const overrides = new Set(elements(ct, "Override").map((e) => e["PartName"] ?? ""));
  for (const o of overrides) if (!names.has(o)) problems.push(`content type override for missing part ${o}`);
  for (const p of names)
    if (p !== "/[Content_Types].xml" && !overrides.has(p) && !defaults.has((p.split(".").pop() ?? "").toLowerCase()))
      problems.push(`part ${p} has no content type`);
  for (const rels of names) {
    if (!rels.endsWith(".rels")) continue;
    const owner = posix.join(posix.dirname(posix.dirname(rels)), posix.basename(rels, ".rels"));
    const srcDir = posix.dirname(owner);
    const ids = new Set();
    for (const rel of elements(text(rels.slice(1)), "Relationship")) {
      ids.add(rel["Id"]);
      if (rel["TargetMode"] === "External") continue;
      const t = rel["Target"] ?? "";
      const target = posix.normalize(t.startsWith("/") ? t : posix.join(srcDir, t));
      if (!names.has(target)) problems.push(`${rels}: relationship ${rel["Id"]} points at missing part ${target}`);
    }
    if (names.has(owner) && owner.endsWith(".xml")) {
      for (const m of text(owner.slice(1)).matchAll(/\sr:(?:id|embed|link|pict)="([^"]*)"/g))
        if (!ids.has(m[1])) {
          problems.push(`${owner} uses relationship ${m[1]} that ${rels} does not define`);
          break;
        }
    }
  }
  const defined = new Set(elements(text("word/numbering.xml"), "num").map((n) => n["numId"]));
  for (const m of text("word/document.xml").matchAll(/<w:numId w:val="([^"]*)"/g))
    if (m[1] !== "0" && !defined.has(m[1])) {
      problems.push(`document uses numbering w:numId=${m[1]} that numbering.xml does not define`);
      break;
    }
  return problems.slice(0, 5);
}

/**
 * Checks one package without LibreOffice: zip, well-formed parts, schema, relationships.
 * @param {string} file
 * @param {string} work scratch folder for this file
 * @returns {string[]} problems
 */
export function checkPackage(file, work) {
  /** @type {Map<string, Uint8Array>} */
  let parts;
  try {
    parts = new Map(Object.entries(unzipSync(readFileSync(file))));
  } catch (e) {
    return [`not a readable zip: ${clip(e instanceof Error ? e.message : String(e))}`];
  }
  for (const name of [...parts.keys()]) if (name.endsWith("/")) parts.delete(name);
  for (const need of ["[Content_Types].xml", "word/document.xml"]) if (!parts.has(need)) return [`missing part ${need}`];
  /** @type {string[]} */
  const problems = [];
  const xmlParts = [...parts.keys()].filter((n) => /\.(xml|rels)$/.test(n)).sort();
  mkdirSync(work, { recursive: true });
  const onDisk = (/** @type {string} */ name, /** @type {string} */ dir) => join(work, dir, name.replace(/[\\/[\]]/g, "_"));
  mkdirSync(join(work, "raw"), { recursive: true });
  mkdirSync(join(work, "mce"), { recursive: true });
  for (const name of xmlParts) writeFileSync(onDisk(name, "raw"), parts.get(name) ?? new Uint8Array());
  const wf = spawnSync("xmllint", ["--noout", ...xmlParts.map((n) => onDisk(n, "raw"))], { encoding: "utf8", maxBuffer: 64 << 20 });
  const malformed = new Set();
  if (wf.status !== 0)
    for (const name of xmlParts) {
      const path = onDisk(name, "raw");
      const lines = wf.stderr.split("\n").filter((l) => l.startsWith(`${path}:`));
      if (lines.length > 0) {
        malformed.add(name);
        problems.push(`${name} is not well-formed XML: ${clip(lines.map((l) => l.slice(path.length + 1)).join(" "))}`);
      }
    }
  if (wf.status !== 0 && malformed.size === 0) problems.push(`xmllint failed: ${clip(wf.stderr)}`);
  const toValidate = xmlParts.filter((n) => SCHEMA_PARTS.test(n) && !malformed.has(n));
  for (const name of toValidate) writeFileSync(onDisk(name, "mce"), dropIgnorable(Buffer.from(parts.get(name) ?? new Uint8Array()).toString("utf8")));
  if (toValidate.length > 0) {
    const v = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, ...toValidate.map((n) => onDisk(n, "mce"))], { encoding: "utf8", maxBuffer: 64 << 20 });
    for (const name of toValidate) {
      const path = onDisk(name, "mce");
      if (!v.stderr.includes(`${path} fails to validate`)) continue;
      const why = v.stderr
        .split("\n")
        .filter((l) => l.startsWith(`${path}:`))
        .slice(0, 3)
        .map((l) => l.slice(path.length + 1));
      problems.push(`${name} does not validate against WordprocessingML: ${clip(why.join(" "))}`);
    }
    if (v.status !== 0 && v.status !== 3 && !v.stderr.includes("fails to validate")) problems.push(`xmllint --schema failed: ${clip(v.stderr)}`);
  }
  if (malformed.size === 0) problems.push(...packageProblems(parts).map((p) => `package structure: ${p}`));
  return problems;
}

/**
 * Checks every file; converts the structurally sound ones with LibreOffice in one run.
 * @param {readonly string[]} files
 * @param {{ textDir?: string | undefined; pdf?: boolean; log?: (line: string) => void }} [options]
 * @returns {CheckReport}
 */
export function checkDocx(files, options = {}) {
  const log = options.log ?? (() => {});
  const work = mkdtempSync(join(tmpdir(), "pipia-check-docx-"));
  /** @type {Problem[]} */
  const problems = [];
  /** @type {Map<string, number>} */
  const pages = new Map();
  try {
    /** @type {string[]} */
    const sound = [];
    files.forEach((file, i) => {
      const found = checkPackage(file, join(work, "parts", String(i)));
      for (const message of found) {
        problems.push({ file, message });
        log(`FAIL ${file}: ${message}`);
      }
      if (found.length === 0) sound.push(file);
    });
    if (options.pdf === false) {
      for (const f of sound) log(`ok   ${f}`);
      return { problems, pages };
    }
    if (options.textDir !== undefined) mkdirSync(options.textDir, { recursive: true });
    const pdfDir = join(work, "pdf");
    mkdirSync(pdfDir, { recursive: true });
    if (sound.length > 0) {
      // One LibreOffice run for all files; a private profile so parallel runs don't collide.
      const lo = spawnSync(
        "soffice",
        [`-env:UserInstallation=${pathToFileURL(join(work, "lo-profile")).href}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", pdfDir, ...sound],
        { encoding: "utf8", timeout: 900_000, maxBuffer: 64 << 20 },
      );
      for (const file of sound) {
        const pdf = join(pdfDir, `${basename(file, ".docx")}.pdf`);
        if (!existsSync(pdf) || readFileSync(pdf).length === 0) {
          const message = `LibreOffice could not convert it: ${clip(`${lo.stdout ?? ""}${lo.stderr ?? ""}${lo.error ? ` ${lo.error.message}` : ""}`.slice(-300))}`;
          problems.push({ file, message });
          log(`FAIL ${file}: ${message}`);
          continue;
        }
        const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" });
        const n = Number(/^Pages:\s+(\d+)/m.exec(info.stdout ?? "")?.[1] ?? 0);
        if (n < 1) {
          problems.push({ file, message: "the PDF has no pages" });
          log(`FAIL ${file}: the PDF has no pages`);
          continue;
        }
        pages.set(file, n);
        if (options.textDir !== undefined) spawnSync("pdftotext", ["-layout", pdf, join(options.textDir, `${basename(file, ".docx")}.txt`)]);
        log(`ok   ${file}: ${n} page(s)`);
      }
    }
    return { problems, pages };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** @param {readonly string[]} argv @returns {number} exit code */
export function cli(argv) {
  /** @type {{ values: { text?: string | undefined; "no-pdf"?: boolean | undefined; help?: boolean | undefined }; positionals: string[] }} */
  let args;
  try {
    args = parseArgs({ args: [...argv], allowPositionals: true, options: { text: { type: "string" }, "no-pdf": { type: "boolean" }, help: { type: "boolean", short: "h" } } });
  } catch (e) {
    process.stderr.write(`check-docx: ${e instanceof Error ? e.message : String(e)}\nusage: check-docx [--text DIR] [--no-pdf] FILE.docx...\n`);
    return 2;
  }
  if (args.values.help || args.positionals.length === 0) {
    process.stderr.write("usage: check-docx [--text DIR] [--no-pdf] FILE.docx...\n");
    return args.values.help ? 0 : 2;
  }
  const pdf = args.values["no-pdf"] !== true;
  for (const tool of pdf ? ["xmllint", "soffice", "pdftotext", "pdfinfo"] : ["xmllint"])
    if (!hasTool(tool)) {
      process.stderr.write(`check-docx: '${tool}' is missing: ${NEEDS}\n`);
      return 2;
    }
  for (const f of args.positionals)
    if (!existsSync(f)) {
      process.stderr.write(`check-docx: ${f}: no such file\n`);
      return 2;
    }
  const report = checkDocx(args.positionals, { textDir: args.values.text, pdf, log: (l) => process.stdout.write(`${l}\n`) });
  return report.problems.length === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = cli(process.argv.slice(2));
