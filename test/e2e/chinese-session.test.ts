// A Chinese session of `pipia new` in a real terminal, with mistakes on purpose (a credit code with
// a wrong check character, an e-mail without @, an impossible date, "5万" as a number) and Ctrl-C:
// every screen is scanned for English words outside ids, paths, standards and examples.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { BIN, ROOT } from "../helpers/run-cli.js";
import { startTmux, type Tmux } from "./helpers/tmux.js";

let term: Tmux | undefined;
afterEach(() => {
  term?.close();
  term = undefined;
});

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build first with npx tsc -p tsconfig.build.json (npm test does it in pretest)`);
});

/** Latin words a Chinese screen may show: the command, key names, formats, standards, examples. */
const ALLOWED = new Set(["pipia", "new", "node", "dist", "bin", "js", "echo", "EXIT", "Ctrl", "YYYY", "MM", "DD", "GB", "PIPL", "CN", "y", "n", "privacy", "example", "cn"]);

/** What the user typed (a credit code, "abc") is not a message either. */
const TYPED = ["91110108MA01ABCD3X", "abc"];

function englishWords(screen: string, file: string): string[] {
  let text = screen.split(file).join(" ").replace(/\/\S+/g, " "); // paths are not words
  for (const t of TYPED) text = text.split(t).join(" ");
  return [...text.matchAll(/[A-Za-z]{2,}/g)].map((m) => m[0]).filter((w) => !ALLOWED.has(w));
}

const asking = (prompt: string): RegExp => new RegExp(`\\? ${prompt}[^\\n]*\\s*$`);

describe("a Chinese session", () => {
  it("shows no English message, validation included", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "pipia-e2e-zh-"));
    const file = join(dir, "a.yaml");
    const status = join(dir, "status");
    term = startTmux({ cwd: ROOT, height: 80 });
    const screens: string[] = [];
    const wait = async (pattern: string | RegExp): Promise<void> => void screens.push(await (term as Tmux).waitFor(pattern));
    term.line(`node ${BIN} new ${file}; echo "EXIT:$?" > ${status}`);

    await wait(asking("处理者（单位）全称"));
    term.line("北京明远科技有限公司");
    await wait(asking("统一社会信用代码"));
    term.line("91110108MA01ABCD3X"); // wrong check character
    await wait("校验位不符");
    term.press("C-u");
    term.line("91440300708461136T");
    await wait(asking("住所或主要办公地址"));
    term.line("北京市海淀区中关村大街 1 号");
    await wait(asking("所在省级行政区"));
    term.line("北京市");
    await wait(asking("个人信息保护事务联系人姓名"));
    term.line("李敏");
    await wait(asking("联系电话"));
    term.line("010-1234 5678");
    await wait(asking("联系邮箱"));
    term.line("privacy.example.cn");
    await wait("应为电子邮件地址");
    term.press("C-u");
    term.line("privacy@example.cn");
    await wait(/是否已指定个人信息保护负责人[^\n]*\s*$/);
    term.line("n");
    await wait(/处理者共处理多少人的个人信息[^\n]*\s*$/);
    term.line("abc");
    await wait("请输入数字");
    term.press("C-u");
    term.line("5.2万");
    await wait(/最近一次个人信息保护合规审计日期[^\n]*\s*$/);
    term.line("2026-02-30");
    await wait("应为 YYYY-MM-DD 格式的真实日期");
    term.press("C-c");
    await term.waitForFile(status, /EXIT:130/);
    screens.push(term.screen());

    const processor = (parse(readFileSync(file, "utf8")) as { processor: Record<string, unknown> }).processor;
    expect(processor["totalPeople"]).toBe(52000);
    expect(processor["creditCode"]).toBe("91440300708461136T");
    expect(screens.at(-1)).toContain(`继续填写：pipia new ${file}`);
    expect(screens.flatMap((s) => englishWords(s, file))).toEqual([]);
  });
});
