// The package as a user gets it: `npm pack`, install the tarball in an empty folder, run the binary
// on a packaged sample and import the API (JavaScript and TypeScript) — nothing from this checkout.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../src/analysis/analyze.js";
import { parseAnswers } from "../../src/api/answers.js";
import { CHECK_DOCX } from "../helpers/check-docx.js";
import { ROOT } from "../helpers/run-cli.js";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
let base: string;
let app: string;
let files: string[];

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "pipia-pack-"));
  // dist/ is built by `pretest`; --ignore-scripts keeps `prepack` from rebuilding it under running tests.
  const packed = JSON.parse(execFileSync(NPM, ["pack", "--ignore-scripts", "--json", "--pack-destination", base], { cwd: ROOT, encoding: "utf8" })) as { filename: string; files: { path: string }[] }[];
  const tarball = packed[0];
  if (!tarball) throw new Error("npm pack printed no tarball");
  files = tarball.files.map((f) => f.path);
  app = join(base, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  execFileSync(NPM, ["install", "--no-audit", "--no-fund", "--prefer-offline", join(base, tarball.filename)], { cwd: app, encoding: "utf8", timeout: 600_000 });
});

afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

describe("the packed tarball", () => {
  it("holds the build, schemas, docs, LICENSE and CHANGELOG, and no source maps, sources or tests", () => {
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    expect(files.filter((f) => /^(src|test|scripts|bench)\//.test(f))).toEqual([]);
    for (const f of ["LICENSE", "CHANGELOG.md", "README.md", "package.json", "dist/bin.js", "dist/index.js", "dist/index.d.ts", "schema/assessment.schema.json", "schema/analysis.schema.json", "schema/rules.schema.json", "docs/analysis-json.md", "docs/markdown-dialect.md", "samples/mall-camera.yaml"])
      expect(files, f).toContain(f);
  });

  it("installs a working binary: npx pipia render on a packaged sample writes documents that pass the checker", () => {
    const r = spawnSync("npx", ["pipia", "render", "node_modules/pipia/samples/mall-camera.yaml", "--out", "out"], { cwd: app, encoding: "utf8", timeout: 300_000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const written = readdirSync(join(app, "out")).sort();
    expect(written).toEqual(["mall-camera-filing.docx", "mall-camera-posters.docx", "mall-camera-records.docx", "mall-camera-report.docx", "mall-camera-signage.docx"]);
    const check = spawnSync(process.execPath, [CHECK_DOCX, "--no-pdf", ...written.map((w) => join(app, "out", w))], { encoding: "utf8" });
    expect(check.stdout).not.toContain("FAIL");
    expect(check.status).toBe(0);
  });

  it("imports the API and the schemas through the exports map, and hides dist/", () => {
    writeFileSync(
      join(app, "use.mjs"),
      `import { readFileSync } from "node:fs";
import { parseAnswers, validate, analyze, render, rules } from "pipia";
import answers from "pipia/schema.json" with { type: "json" };
import analysis from "pipia/analysis.schema.json" with { type: "json" };
import pkg from "pipia/package.json" with { type: "json" };
const text = readFileSync("node_modules/pipia/samples/mall-camera.yaml", "utf8");
const an = analyze(parseAnswers(text, { fileName: "mall-camera.yaml" }));
const docs = await render(an, { lang: "bilingual", name: "mall" });
let deep = "importable";
try { await import("pipia/dist/main.js"); } catch (e) { deep = e.code; }
console.log(JSON.stringify({
  outcome: an.conclusion.outcome,
  docs: docs.map((d) => [d.name, Buffer.isBuffer(d.data), d.data.length > 5000]),
  bad: validate("processor: {}\\n").valid,
  rules: rules().rules.length,
  schemas: [answers.$schema, answers.$id, analysis.$id],
  version: pkg.version,
  deep,
}));
`,
    );
    const r = spawnSync(process.execPath, ["use.mjs"], { cwd: app, encoding: "utf8", timeout: 120_000 });
    expect(r.stderr).toBe("");
    const got = JSON.parse(r.stdout) as Record<string, unknown>;
    const version = got["version"] as string;
    expect(got).toEqual({
      outcome: analyze(parseAnswers(readFileSync(join(ROOT, "samples", "mall-camera.yaml"), "utf8"))).conclusion.outcome,
      docs: ["report", "records", "signage", "posters", "filing"].map((d) => [`mall-${d}.bilingual.docx`, true, true]),
      bad: false,
      rules: 50,
      schemas: ["http://json-schema.org/draft-07/schema#", `https://unpkg.com/pipia@${version}/schema/assessment.schema.json`, `https://unpkg.com/pipia@${version}/schema/analysis.schema.json`],
      version,
      deep: "ERR_PACKAGE_PATH_NOT_EXPORTED",
    });
  });

  it("type-checks a TypeScript consumer and the README example against the shipped declarations", () => {
    writeFileSync(
      join(app, "use.ts"),
      `import { analyze, parseAnswers, render, type Analysis, type RenderedFile, type Severity } from "pipia";
const an: Analysis = analyze(parseAnswers("processor: {}"));
const severity: Severity = an.findings[0]?.severity ?? "advice";
const files: Promise<RenderedFile[]> = render(an, { lang: "en", documents: ["report"] });
// @ts-expect-error: "fr" is not a language pipia writes
void render(an, { lang: "fr" });
export { severity, files };
`,
    );
    // The README's example, as written there.
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const example = /## Use it from a program[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    if (example === undefined) throw new Error("README.md: no ```ts example under 'Use it from a program'");
    writeFileSync(join(app, "readme-example.ts"), example);
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, noEmit: true, skipLibCheck: false, typeRoots: [join(ROOT, "node_modules", "@types")], types: ["node"] }, files: ["use.ts", "readme-example.ts"] }),
    );
    const r = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], { cwd: app, encoding: "utf8", timeout: 300_000 });
    expect(r.stdout).toBe("");
    expect(r.status).toBe(0);
    expect(existsSync(join(app, "node_modules", "pipia", "dist", "index.d.ts"))).toBe(true);
  });
});
