// Turn zod issues into `FILE: path: message` lines: every problem, with the path a user can find.
import type { z } from "zod";

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out === "" ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}; remove ${issue.keys.length > 1 ? "them" : "it"} or check the spelling`;
    case "invalid_union":
      // A discriminated union (storage.retention by kind): name the allowed kinds like an enum.
      if ("discriminator" in issue && "options" in issue && Array.isArray(issue.options))
        return `expected one of ${(issue.options as unknown[]).map((o) => JSON.stringify(o)).join("|")}`;
      return issue.message;
    case "invalid_value":
      return `${issue.message.replace(/^Invalid option: expected one of /, "expected one of ")}`;
    case "invalid_type":
      if (issue.message.includes("received undefined")) return `missing; ${issue.message.replace(/^Invalid input: /, "").replace(/, received undefined$/, "")}`;
      return issue.message.replace(/^Invalid input: /, "");
    default:
      return issue.message;
  }
}

/**
 * `FILE: path: message`, one per issue; with `position` (the source text's field positions) each
 * line ends with " (line L, column C)".
 */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[], position?: (path: readonly PropertyKey[]) => { line: number; column: number } | undefined): string[] {
  return issues.map((issue) => {
    const path = issue.code === "unrecognized_keys" && issue.keys.length === 1 ? [...issue.path, issue.keys[0] as string] : issue.path;
    const p = position?.(path);
    return `${file}: ${formatPath(path)}: ${describeIssue(issue)}${p ? ` (line ${p.line}, column ${p.column})` : ""}`;
  });
}
