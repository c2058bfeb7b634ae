// Per-stage cost of one warm in-process render (imported by bench/run.mjs, runnable alone):
//   node bench/stages.mjs [--runs 50] [--sample mall-camera]
// Stages: YAML + validation, rules (analysis), view model, Handlebars, Markdown parse,
// Word document (writer + zip). The report document alone is the "report warm render".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const root = join(import.meta.dirname, "..");
const dist = (p) => join(root, "dist", p);

export async function stages({ sample = "mall-camera", runs = 50, warmup = 10 } = {}) {
  const { parseAnswersText, validateAnswers } = await import(dist("io/load-answers.js"));
  const { analyze } = await import(dist("analysis/analyze.js"));
  const { buildViewModel } = await import(dist("render/view-model.js"));
  const { templateSet } = await import(dist("render/template-source.js"));
  const { parseDialect, markdownToDocx } = await import(dist("docx/index.js"));
  const { renderDocuments } = await import(dist("render/render-set.js"));
  const file = join(root, "samples", `${sample}.yaml`);
  const text = readFileSync(file, "utf8");
  const totals = { yaml: 0, rules: 0, view: 0, handlebars: 0, parse: 0, docx: 0, report: 0, set: 0 };
  let bytes = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const keep = i >= warmup;
    const t = [performance.now()];
    const a = validateAnswers(file, parseAnswersText(file, text));
    t.push(performance.now());
    const an = analyze(a);
    t.push(performance.now());
    const view = buildViewModel(an, "zh-CN", {});
    t.push(performance.now());
    const md = templateSet("zh-CN", null).render("report", view);
    t.push(performance.now());
    parseDialect(md);
    t.push(performance.now());
    const docx = await markdownToDocx(md, { title: "report", classification: "内部", lang: "zh-CN" });
    t.push(performance.now());
    const set = await renderDocuments(an, { lang: "zh-CN", templatesDir: null, branding: () => ({}) });
    t.push(performance.now());
    bytes = docx.length;
    if (!keep) continue;
    totals.yaml += t[1] - t[0];
    totals.rules += t[2] - t[1];
    totals.view += t[3] - t[2];
    totals.handlebars += t[4] - t[3];
    totals.parse += t[5] - t[4];
    totals.docx += t[6] - t[5] - (t[5] - t[4]); // markdownToDocx parses again: writer + zip only
    totals.report += t[3] - t[2] + (t[4] - t[3]) + (t[6] - t[5]);
    totals.set += t[7] - t[6];
    if (set.length === 0) throw new Error("no documents");
  }
  const per = Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v / runs]));
  return { sample, runs, bytes, per };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "50" }, sample: { type: "string", default: "mall-camera" } } });
  const r = await stages({ sample: values.sample, runs: Number(values.runs) });
  for (const [k, v] of Object.entries(r.per)) console.log(`${k.padEnd(12)} ${v.toFixed(2)} ms`);
}
