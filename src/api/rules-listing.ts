// What `pipia rules --format json` prints and the API's `rules()` returns: every rule with its
// citations, in a versioned object (schema/rules.schema.json describes it).
import type { Bilingual, Consequence, ResolvedCitation, Severity } from "../vocab/types.js";
import { defaultConsequence } from "../rules/define-rule.js";
import { resolveCitation } from "../law/registry.js";
import { rules } from "../rules/index.js";
import { toolVersion } from "../version.js";

export type RuleListing = {
  /** Stable id, never reused: "FR-010". */
  readonly id: string;
  readonly slug: string;
  readonly severity: Severity;
  /** What must happen now by default (a finding may say otherwise): stop, suspend-until-fixed, rectify-by, improve. */
  readonly consequence: Consequence;
  /** The laws whose applicability the rule depends on (the face Measures' citations lapse outside their scope). */
  readonly scope: readonly string[];
  /** The finding, one sentence. */
  readonly title: Bilingual;
  /** One line for `pipia rules`. */
  readonly summary: Bilingual;
  readonly remedy: Bilingual;
  /** Answers-file paths (question ids) the rule reads, e.g. "activities[].necessity.soleMethod". */
  readonly reads: readonly string[];
  readonly citations: readonly ResolvedCitation[];
};

export type RulesListing = {
  /** Changes only on a breaking change of this object's shape. */
  readonly schemaVersion: 1;
  readonly tool: { readonly name: "pipia"; readonly version: string };
  readonly rules: readonly RuleListing[];
};

export function rulesListing(): RulesListing {
  return {
    schemaVersion: 1,
    tool: { name: "pipia", version: toolVersion() },
    rules: rules.map((r) => ({
      id: r.id,
      slug: r.slug,
      severity: r.severity,
      consequence: r.consequence ?? defaultConsequence(r.severity),
      scope: [...new Set(r.cites.map((c) => c.law))],
      title: r.title,
      summary: r.summary,
      remedy: r.remedy,
      reads: r.reads,
      citations: r.cites.map(resolveCitation),
    })),
  };
}
