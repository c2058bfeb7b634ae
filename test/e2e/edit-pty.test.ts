// `pipia edit` in a real terminal (tmux): open a complete sample, choose a section in the menu,
// step back with Esc, change one answer, go back to the menu and finish. Only that answer changes.
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { BIN, ROOT } from "../helpers/run-cli.js";
import { startTmux, type Tmux } from "./helpers/tmux.js";

const SAMPLE = join(ROOT, "samples", "office-attendance.yaml");
const NEW_ADDRESS = "上海市浦东新区张江路 99 号 2 楼";

let term: Tmux | undefined;
afterEach(() => {
  term?.close();
  term = undefined;
});

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build first with npx tsc -p tsconfig.build.json (npm test does it in pretest)`);
});

/** The prompt being asked (the screen's last non-empty line) is `prompt`. */
const asking = (prompt: string): RegExp => new RegExp(`\\? ${prompt.replace(/[()（）]/g, ".")}： [^\\n]+\\s*$`);

/** The last non-empty line of the screen: the prompt being asked. */
const lastLine = (screen: string): string => screen.trimEnd().split("\n").at(-1) ?? "";

describe("pipia edit in a terminal", () => {
  it("changes one answer through the menu and Esc (back); the rest of the file is untouched", { timeout: 40_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "pipia-e2e-edit-"));
    const file = join(dir, "office.yaml");
    const status = join(dir, "status");
    copyFileSync(SAMPLE, file);
    const before = parse(readFileSync(file, "utf8")) as { processor: Record<string, unknown> };
    term = startTmux({ cwd: ROOT, height: 60 });
    term.line(`node ${BIN} edit ${file}; echo "EXIT:$?" > ${status}`);

    // Every section is complete; the menu's default is "done", one Down wraps to the first section.
    const menu = await term.waitFor("完成（已保存）");
    expect(menu).toContain("一、个人信息处理者  [已完成]");
    expect(menu).not.toContain("[有待答问题]");
    term.press("Down", "Enter");

    await term.waitFor(/处理者（单位）全称： 上海澄明信息科技有限公司$/m);
    term.press("Enter"); // keep
    await term.waitFor(/统一社会信用代码（18 位）： 91310115MA1K4XYW34$/m);
    term.press("Enter"); // keep
    await term.waitFor(/住所或主要办公地址： 上海市浦东新区张江路 88 号 5 楼$/m);
    term.press("Escape"); // back to the credit code, shown again with its answer
    // The prompt first shows the default in brackets, then puts it in the line to edit: wait for the latter.
    expect(lastLine(await term.waitFor(/^\? 统一社会信用代码（18 位）： 91310115MA1K4XYW34$/m))).toBe("? 统一社会信用代码（18 位）： 91310115MA1K4XYW34");
    term.press("Enter");
    expect(lastLine(await term.waitFor(/^\? 住所或主要办公地址： 上海市浦东新区张江路 88 号 5 楼$/m))).toBe("? 住所或主要办公地址： 上海市浦东新区张江路 88 号 5 楼");
    term.press("C-u"); // clear the current answer put in the line, type the new one
    term.line(NEW_ADDRESS);
    await term.waitFor(asking("所在省级行政区（如 上海市、广东省）"));
    // The changed answer is on disk before the next question is asked.
    expect((parse(readFileSync(file, "utf8")) as typeof before).processor["address"]).toBe(NEW_ADDRESS);

    // Esc three times: province → address → credit code → name → menu.
    for (const prompt of ["住所或主要办公地址", "统一社会信用代码（18 位）", "处理者（单位）全称"]) {
      term.press("Escape");
      await term.waitFor(asking(prompt));
    }
    term.press("Escape");
    await term.waitFor(/\? 选择要查看或修改的部分/);
    term.press("Enter"); // every section is complete again: the default is "done"
    await term.waitForFile(status, /EXIT:\d+/);
    expect(readFileSync(status, "utf8").trim()).toBe("EXIT:0");
    expect(term.screen()).toContain(`${file} 已保存，完整且有效`);

    const after = parse(readFileSync(file, "utf8")) as typeof before;
    const expected = structuredClone(before);
    expected.processor["address"] = NEW_ADDRESS;
    expect(after).toEqual(expected);
  });
});
