// Finds and compiles templates: templates/<lang>/<name>.md.hbs and templates/<lang>/partials/*,
// each shadowed file by file by an override folder (--templates DIR or the config's `templates`).
// Errors name the file (and Handlebars' line) so a law firm can fix its template.
import { existsSync, readdirSync } from "node:fs";
import { join, basename } from "node:path";
import type { TemplateDelegate } from "handlebars";
import { hb } from "./handlebars-env.js";
import { helpers, knownHelpers } from "./helpers.js";
import { dataPath } from "../paths.js";
import { PipiaError } from "../errors.js";
import { decodeUtf8, readInputSync, requireInsideSync } from "../io/read-input.js";

export type TemplateLang = "zh-CN" | "en";
export const BUILTIN_DIR = dataPath("templates");
const EXT = ".md.hbs";

export type TemplateSet = {
  readonly render: (name: string, view: unknown) => string;
};

function listDir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(EXT)) : [];
}

/** Available document templates for a language (built-in ∪ override). */
export function templateNames(lang: TemplateLang, overrideDir: string | null): string[] {
  const names = new Set([...listDir(join(BUILTIN_DIR, lang)), ...(overrideDir ? listDir(join(overrideDir, lang)) : [])]);
  return [...names].map((f) => basename(f, EXT)).sort();
}

function locate(lang: TemplateLang, rel: string, overrideDir: string | null): string | null {
  if (overrideDir) {
    const o = join(overrideDir, lang, rel);
    if (existsSync(o)) return requireInsideSync(o, overrideDir); // no symbolic link or '..' out of the folder
  }
  const b = join(BUILTIN_DIR, lang, rel);
  return existsSync(b) ? b : null;
}

/** A render error, naming the innermost template that failed (a partial's error passes through its includers). */
function renderError(file: string, e: unknown): PipiaError {
  if (e instanceof PipiaError) return e;
  if (e instanceof RangeError) return new PipiaError(`${file}: template error: it includes itself without end (a recursive partial?)`, 2);
  return new PipiaError(`${file}: template error: ${(e as Error).message.split("\n").join(" ").slice(0, 500)}`, 2);
}

function compile(file: string): TemplateDelegate {
  const src = decodeUtf8(file, readInputSync(file, "template"));
  try {
    const tpl = hb.compile(src, { strict: true, noEscape: false, knownHelpers, knownHelpersOnly: true, preventIndent: true });
    return (ctx: unknown, opts?: Handlebars.RuntimeOptions) => {
      try {
        return tpl(ctx, opts);
      } catch (e) {
        throw renderError(file, e);
      }
    };
  } catch (e) {
    throw new PipiaError(`${file}: template error: ${(e as Error).message.split("\n").join(" ")}`, 2);
  }
}

const cache = new Map<string, TemplateSet>();

/** Compiled templates and partials for one language and override folder (cached per process). */
export function templateSet(lang: TemplateLang, overrideDir: string | null): TemplateSet {
  const key = `${lang}|${overrideDir ?? ""}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const partials: Record<string, TemplateDelegate> = {};
  const partialNames = new Set([...listDir(join(BUILTIN_DIR, lang, "partials")), ...(overrideDir ? listDir(join(overrideDir, lang, "partials")) : [])]);
  for (const f of partialNames) {
    const file = locate(lang, join("partials", f), overrideDir);
    if (!file) continue;
    // Compiled on first use: a document compiles only the partials it actually includes.
    let compiled: TemplateDelegate | undefined;
    partials[basename(f, EXT)] = (ctx: unknown, opts?: Handlebars.RuntimeOptions) => (compiled ??= compile(file))(ctx, opts);
  }
  const docs = new Map<string, TemplateDelegate>();
  const set: TemplateSet = {
    render(name, view) {
      let tpl = docs.get(name);
      if (!tpl) {
        const file = locate(lang, name + EXT, overrideDir);
        if (!file)
          throw new PipiaError(`unknown template "${name}" for ${lang}; available: ${templateNames(lang, overrideDir).join(", ")}`, 2);
        tpl = compile(file);
        docs.set(name, tpl);
      }
      return tpl(view, { helpers, partials, allowProtoMethodsByDefault: false, allowProtoPropertiesByDefault: false });
    },
  };
  cache.set(key, set);
  return set;
}
