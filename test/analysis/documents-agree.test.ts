// One source of judgement: for every sample and every judgement scenario, `check --format json`
// carries the filing status, the PIPL Art 56(3) adequacy verdicts and the signage to-do items; the
// documents print exactly those; and each agrees with the findings behind it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { loadSample, mergePatch } from "../helpers/fixtures.js";
import { loadScenarios } from "../helpers/scenarios.js";
import { runMain } from "../helpers/run-main.js";
import { DOCUMENTS } from "../../src/render/documents.js";
import { renderMarkdown } from "../../src/render/render-set.js";
import { label } from "../../src/model/labels.js";
import type { Analysis, Finding } from "../../src/analysis/types.js";

const dir = mkdtempSync(join(tmpdir(), "pipia-agree-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SAMPLES = ["office-attendance", "residential-gate", "mall-camera", "hotel-checkin"];
const cases: { name: string; answers: unknown }[] = [
  ...SAMPLES.map((s) => ({ name: `sample ${s}`, answers: loadSample(s) })),
  ...loadScenarios().map((s) => ({ name: `scenario ${s.file}`, answers: mergePatch(loadSample(s.base), s.patch ?? {}) })),
];

/** Markdown as a reader sees it: the escaping backslashes gone. */
const plain = (md: string): string => md.replace(/\\([!-/:-@[-`{-~])/g, "$1");
const spec = (id: string) => {
  const d = DOCUMENTS.find((x) => x.id === id);
  if (!d) throw new Error(`no document ${id}`);
  return d;
};
const openOn = (an: Analysis, rule: string): Finding[] => an.findings.filter((f) => f.ruleId === rule && !f.satisfied);

describe("check --format json and the documents agree", () => {
  it.each(cases)("$name", async ({ name, answers }) => {
    const file = join(dir, `${name.replace(/[^a-z0-9]+/gi, "-")}.yaml`);
    writeFileSync(file, stringify(answers));
    const r = await runMain(["check", file, "--format", "json"]);
    expect([0, 3]).toContain(r.code);
    const an = JSON.parse(r.stdout) as Analysis;
    expect(an.schemaVersion).toBe(2);

    // Filing status: from the filing findings.
    const status = an.dates.filing.status;
    const filed = an.assessment.filing.filed;
    expect(status === "due" || status === "overdue").toBe(!filed && openOn(an, "FR-020").length > 0);
    expect(status === "approaching").toBe(!filed && openOn(an, "FR-020").length === 0 && openOn(an, "FR-022").length > 0);
    const report = plain(renderMarkdown(an, spec("report"), "zh-CN", null, {}));
    expect(report).toContain(`| 备案状态 | ${label("filingStatus", status)["zh-CN"]} |`);

    // Adequacy: one verdict per activity, printed, and lawful only without an open statutory protection finding.
    expect(an.adequacy.map((x) => x.activity)).toEqual(an.assessment.activities.map((x) => x.id));
    for (const v of an.adequacy) {
      const statutoryGap = an.findings.some(
        (f) => !f.satisfied && f.protection && (f.activity === v.activity || f.activity === null) && (f.severity === "prohibited" || f.severity === "required"),
      );
      expect(v.lawful, v.activity).toBe(!statutoryGap);
      const name = an.assessment.activities.find((x) => x.id === v.activity)?.name ?? "";
      expect(report).toContain(`**${name}**：${v.verdict["zh-CN"]}`);
    }

    // Signage to-dos: each one printed in its activity's section, and each rests on an open finding.
    const signage = plain(renderMarkdown(an, spec("signage"), "zh-CN", null, {}));
    for (const t of an.signageTodo) {
      expect(signage).toContain(t.text["zh-CN"]);
      if (t.ruleId !== null) expect(an.findings.some((f) => f.ruleId === t.ruleId && f.activity === t.activity && !f.satisfied), `${t.ruleId} on ${t.activity}`).toBe(true);
    }
  });
});
