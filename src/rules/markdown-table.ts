// The README's rule table, generated from the registry (`pipia rules --format markdown`); a test
// fails when the README's copy drifts from the registry.
import { rules } from "./index.js";
import { resolveCitation } from "../law/registry.js";

function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

export function rulesMarkdownTable(): string {
  const rows = rules.map((r) => {
    const cites = r.cites.map((c) => {
      const rc = resolveCitation(c);
      return rc.unconfirmed ? `${rc.label.en}†` : rc.label.en;
    });
    return `| ${r.id} | \`${r.slug}\` | ${r.severity} | ${cell(r.summary.en)} | ${cell(cites.join("; "))} |`;
  });
  return ["| id | slug | severity | checks | citations |", "|---|---|---|---|---|", ...rows].join("\n");
}
