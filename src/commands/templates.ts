import type { Command } from "./command.js";
import { cp, readdir } from "node:fs/promises";
import { join } from "node:path";
import { parseCommandArgs } from "../cli/parse-args.js";
import { PipiaError } from "../errors.js";
import { info, out } from "../cli/output.js";
import { exists } from "../io/atomic-write.js";
import { BUILTIN_DIR, templateNames } from "../render/template-source.js";

export const command: Command = {
  name: "templates",
  summary: "export the default templates to customise them",
  help: `Usage: pipia templates list [--templates DIR]
       pipia templates export DIR [--force]

list    shows the document templates and partials per language (and which ones DIR overrides).
export  copies pipia's templates (templates/<lang>/*.md.hbs and partials/) into DIR, to start
        customising. Point render at it with --templates DIR (or "templates: DIR" in
        pipia.config.yaml); any file you delete falls back to pipia's own, so keep only what you change.

Templates are Handlebars producing pipia's Markdown dialect (docs/markdown-dialect.md). They run
strict (a missing field is an error naming the file and line), with only pipia's helpers and no
access to prototypes, the environment or the filesystem. {{value}} is always shown literally.

Examples:
  pipia templates export my-templates
  pipia render assessment.yaml --out out --templates my-templates`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs("templates", argv, { force: { type: "boolean" }, templates: { type: "string" } });
    const [sub, dir] = positionals;
    if (sub === "list") {
      const override = values.templates ?? null;
      for (const lang of ["zh-CN", "en"] as const) {
        const partials = (await readdir(join(BUILTIN_DIR, lang, "partials"))).filter((f) => f.endsWith(".md.hbs")).sort();
        out(`${lang}: documents: ${templateNames(lang, override).join(", ")}`);
        out(`${lang}: partials: ${partials.map((f) => f.replace(/\.md\.hbs$/, "")).join(", ")}`);
      }
      return 0;
    }
    if (sub !== "export" || dir === undefined || positionals.length !== 2)
      throw new PipiaError("pipia templates: expected `list` or `export DIR`", 2, "see: pipia templates --help");
    if ((await exists(dir)) && !values.force) {
      const entries = await readdir(dir);
      if (entries.length > 0) throw new PipiaError(`${dir}: folder is not empty; pass --force to overwrite the template files in it`, 2);
    }
    await cp(BUILTIN_DIR, dir, { recursive: true, force: true });
    info(`exported pipia's templates to ${dir}; render with: pipia render FILE --out out --templates ${dir}`);
    return 0;
  },
};
