// `pipia new` in a real terminal (tmux): answer a few questions, interrupt with Ctrl-C, resume, and
// kill -9 mid-run; no answer given may be lost. Needs the build (dist/bin.js): `npm test` builds first.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { BIN, ROOT } from "../helpers/run-cli.js";
import { startTmux, type Tmux } from "./helpers/tmux.js";

const ANSWERS = [
  { prompt: "处理者（单位）全称", key: "name", value: "上海澄明信息科技有限公司" },
  { prompt: "统一社会信用代码", key: "creditCode", value: "91310115MA1K4XYW34" },
  { prompt: "住所或主要办公地址", key: "address", value: "上海市浦东新区张江路 88 号 5 楼" },
  { prompt: "所在省级行政区", key: "province", value: "上海市" },
] as const;
const FIFTH = "个人信息保护事务联系人姓名";

let term: Tmux | undefined;
afterEach(() => {
  term?.close();
  term = undefined;
});

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build first with npx tsc -p tsconfig.build.json (npm test does it in pretest)`);
});

function session(): { term: Tmux; file: string; status: string; pid: string } {
  const dir = mkdtempSync(join(tmpdir(), "pipia-e2e-"));
  term = startTmux({ cwd: ROOT });
  return { term, file: join(dir, "a.yaml"), status: join(dir, "status"), pid: join(dir, "pid") };
}

/** Start `pipia new FILE`; `exec` keeps the pid written by the shell, so the test can kill -9 node itself. */
function startNew(s: ReturnType<typeof session>): void {
  s.term.line(`sh -c 'echo $$ > ${s.pid}; exec node ${BIN} new ${s.file}'; echo "EXIT:$?" > ${s.status}`);
}

const saved = (file: string): Record<string, Record<string, unknown>> => parse(readFileSync(file, "utf8")) as Record<string, Record<string, unknown>>;

describe("pipia new in a terminal", () => {
  it("Ctrl-C keeps every answer, exits 130 with the resume command; a restart continues at the next question", { timeout: 30_000 }, async () => {
    const s = session();
    startNew(s);
    for (const a of ANSWERS) {
      await s.term.waitFor(a.prompt);
      s.term.line(a.value);
    }
    await s.term.waitFor(FIFTH);
    s.term.press("C-c");
    await s.term.waitForFile(s.status, /EXIT:\d+/);
    expect(readFileSync(s.status, "utf8").trim()).toBe("EXIT:130");
    expect(s.term.screen()).toContain(`继续填写：pipia new ${s.file}`);
    expect(saved(s.file)["processor"]).toEqual(Object.fromEntries(ANSWERS.map((a) => [a.key, a.value])));

    s.term.line("clear");
    startNew(s);
    const screen = await s.term.waitFor(new RegExp(`${FIFTH}[^\\n]*$`, "m"));
    expect(screen).toContain("继续填写：已保存 4 项回答");
    expect(screen).not.toContain(ANSWERS[0].prompt); // the first question is not asked again
    s.term.line("王晓明");
    await s.term.waitFor("联系电话");
    s.term.press("C-c");
    await s.term.waitForFile(s.status, /EXIT:130/);
    expect(saved(s.file)["processor"]?.["contactName"]).toBe("王晓明");
    expect(readFileSync(s.file, "utf8")).toMatch(/^# yaml-language-server: \$schema=https:\/\/unpkg\.com\/pipia@[\d.]+\/schema\/assessment\.schema\.json\n/);
  });

  it("kill -9 loses no answer: the file always parses and holds what was answered", { timeout: 30_000 }, async () => {
    const s = session();
    startNew(s);
    for (const a of ANSWERS.slice(0, 2)) {
      await s.term.waitFor(a.prompt);
      s.term.line(a.value);
    }
    await s.term.waitFor(ANSWERS[2].prompt); // the second answer is on disk before the third prompt shows
    const third = ANSWERS[2];
    s.term.line(third.value);
    process.kill(Number(readFileSync(s.pid, "utf8").trim()), "SIGKILL"); // right after the answer
    await s.term.waitForFile(s.status, /EXIT:\d+/);
    expect(readFileSync(s.status, "utf8").trim()).toBe("EXIT:137");
    const processor = saved(s.file)["processor"] ?? {};
    expect(processor["name"]).toBe(ANSWERS[0].value);
    expect(processor["creditCode"]).toBe(ANSWERS[1].value);
    // The answer typed just before the kill is either fully saved or not at all, never half-written.
    expect([undefined, third.value]).toContain(processor["address"]);
  });
});

