// Branding and customisation (`pipia.config.yaml`, or --config FILE): organisation or law-firm
// name, logo, accent colour, fonts, classification label, document-number pattern, footer text
// and a templates folder. Validated like answers files: every problem, with file and path, exit 2.
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve, extname } from "node:path";
import { z } from "zod";
import { parseAnswersText, readAnswersText } from "../io/load-answers.js";
import { imageType, readInput, requireInside } from "../io/read-input.js";
import { formatIssues } from "../model/format-issues.js";
import { PipiaError, ValidationError } from "../errors.js";

export const CONFIG_FILE = "pipia.config.yaml";

const font = z.string().trim().min(1).optional();

export const configSchema = z.strictObject({
  organisation: z.string().trim().min(1).optional().meta({ description: "Organisation or law firm shown on covers and sign-off pages" }),
  logo: z.string().trim().min(1).optional().meta({ description: "PNG or JPEG file, relative to the config file" }),
  accentColor: z
    .string()
    .regex(/^#?[0-9A-Fa-f]{6}$/, { error: "expected a hex colour such as 1F4E79 or #1F4E79" })
    .optional(),
  fonts: z.strictObject({ bodyEastAsia: font, bodyLatin: font, headingEastAsia: font, headingLatin: font }).optional(),
  classification: z.string().trim().min(1).optional().meta({ description: "Overrides the answers file's classification label" }),
  documentNumber: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({ description: "Pattern for document numbers: {number} (answers file), {stem}, {doc}, {year}, {date}" }),
  footerText: z.string().trim().min(1).optional(),
  templates: z.string().trim().min(1).optional().meta({ description: "Folder whose templates shadow pipia's, file by file" }),
});

export type BrandConfig = z.output<typeof configSchema>;

/** What the renderer needs, resolved: the logo read, the number pattern applied per document. */
export type Branding = {
  readonly organisation?: string;
  readonly logo?: { readonly data: Buffer; readonly type: "png" | "jpg" };
  readonly accentColor?: string;
  readonly fonts?: BrandConfig["fonts"];
  readonly classification?: string;
  readonly documentNumber?: string;
  readonly footerText?: string;
};

export type LoadedConfig = { readonly file: string | null; readonly config: BrandConfig; readonly templatesDir: string | null };

/** Find the config: --config FILE, else pipia.config.yaml beside the answers file, else in cwd. */
export async function loadConfig(explicit: string | undefined, answersFile: string): Promise<LoadedConfig> {
  const candidates = explicit ? [explicit] : [join(dirname(answersFile), CONFIG_FILE), CONFIG_FILE];
  const file = candidates.find((c) => existsSync(c)) ?? null;
  if (explicit && file === null) throw new PipiaError(`${explicit}: no such config file`);
  if (file === null) return { file: null, config: {}, templatesDir: null };
  const data = parseAnswersText(file, await readAnswersText(file, "config"));
  if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data)))
    throw new ValidationError([`${file}: (root): expected a mapping of settings (organisation, logo, templates, …), got ${Array.isArray(data) ? "a list" : JSON.stringify(data).slice(0, 80)}`]);
  const r = configSchema.safeParse(data ?? {});
  if (!r.success) throw new ValidationError(formatIssues(file, r.error.issues));
  const base = dirname(resolve(file));
  const abs = (p: string): string => (isAbsolute(p) ? p : join(base, p));
  const config: BrandConfig = { ...r.data, ...(r.data.logo ? { logo: abs(r.data.logo) } : {}) };
  return { file, config, templatesDir: r.data.templates ? abs(r.data.templates) : null };
}

export async function resolveBranding(cfg: LoadedConfig, vars: { number?: string; stem: string; doc: string; date: string }): Promise<Branding> {
  const c = cfg.config;
  let logo: Branding["logo"];
  if (c.logo) {
    const cfgFile = cfg.file ?? CONFIG_FILE;
    const ext = extname(c.logo).toLowerCase();
    if (ext !== ".png" && ext !== ".jpg" && ext !== ".jpeg") throw new PipiaError(`${cfgFile}: logo: "${c.logo}" must be a .png or .jpg file`);
    // The logo lives beside the config (or below it): no symbolic link or '..' out of that folder.
    const data = await readInput(await requireInside(c.logo, dirname(resolve(cfgFile))), "logo");
    const type = imageType(data);
    if (type === null) throw new PipiaError(`${c.logo}: is not a PNG or JPEG image (its first bytes carry neither signature); export the logo as PNG or JPEG`);
    logo = { data, type };
  }
  const documentNumber = c.documentNumber
    ?.replaceAll("{number}", vars.number ?? "")
    .replaceAll("{stem}", vars.stem)
    .replaceAll("{doc}", vars.doc)
    .replaceAll("{year}", vars.date.slice(0, 4))
    .replaceAll("{date}", vars.date);
  return {
    ...(c.organisation ? { organisation: c.organisation } : {}),
    ...(logo ? { logo } : {}),
    ...(c.accentColor ? { accentColor: c.accentColor.replace(/^#/, "").toUpperCase() } : {}),
    ...(c.fonts ? { fonts: c.fonts } : {}),
    ...(c.classification ? { classification: c.classification } : {}),
    ...(documentNumber ? { documentNumber } : {}),
    ...(c.footerText ? { footerText: c.footerText } : {}),
  };
}
