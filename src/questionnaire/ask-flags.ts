// Ask a flags step (several yes/no questions) as one checklist. The choices' values are the
// answers-file paths of the questions, so a scripted terminal can answer from a complete file.
import type { Prompts } from "../cli/prompts.js";
import type { Lang } from "../model/enums.js";
import { formatPath } from "../model/format-issues.js";
import type { Answers } from "./answers.js";
import { getAt, resolvePath, type PathKey, type Scope } from "./conditions.js";
import type { FlagsStep } from "./types.js";

/** The prompt's name: the paths' common prefix and `#flags` (`security#flags`). */
export function flagsName(keys: readonly (readonly PathKey[])[]): string {
  const first = keys[0] ?? [];
  let n = 0;
  while (n < first.length && keys.every((k) => k[n] === first[n])) n++;
  return `${formatPath(first.slice(0, n))}#flags`;
}

/** Returns each question's path with true (ticked) or false. */
export async function askFlags(
  prompts: Prompts,
  lang: Lang,
  step: FlagsStep,
  scope: Scope,
  data: Answers,
  o: { readonly back?: boolean },
): Promise<[PathKey[], boolean][]> {
  const keys = step.steps.map((q) => resolvePath(q.id, scope));
  const paths = keys.map((k) => formatPath(k));
  const checked = step.steps.filter((q, i) => {
    const v = getAt(data, keys[i] as PathKey[]);
    return v === undefined ? q.default === true : v === true;
  });
  const chosen = await prompts.checkbox({
    name: flagsName(keys),
    message: step.message[lang],
    choices: step.steps.map((q, i) => ({ value: paths[i] as string, name: q.message[lang] })),
    checked: checked.map((q) => paths[step.steps.indexOf(q)] as string),
    validate: () => true,
    ...(o.back ? { back: true } : {}),
  });
  return keys.map((k, i) => [k, chosen.includes(paths[i] as string)]);
}
