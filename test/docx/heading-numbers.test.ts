// Heading numbers are counted by the writer, in one style per level (heading-numbers.ts).
import type { Heading } from "mdast";
import { describe, expect, it } from "vitest";
import { chineseNumber, renumberHeadings } from "../../src/docx/heading-numbers.js";
import { parseDialect } from "../../src/docx/parse.js";
import { plainText } from "../../src/docx/inline.js";

function headings(markdown: string): string[] {
  const root = parseDialect(markdown);
  renumberHeadings(root);
  const out: string[] = [];
  const walk = (nodes: readonly unknown[]) => {
    for (const n of nodes as Array<{ type: string; children?: unknown[] }>) {
      if (n.type === "heading") out.push(`${"#".repeat((n as Heading).depth)} ${plainText(n as Heading)}`);
      else if (n.children && n.type === "containerDirective") walk(n.children);
    }
  };
  walk(root.children);
  return out;
}

describe("renumberHeadings", () => {
  it("gives a level one style: （1） after （一） becomes （二）, and each level restarts under a new parent", () => {
    expect(headings("# 一、概述\n\n## （一）背景\n\n# 二、活动\n\n## （一）处理者\n\n## （1）处理活动：考勤\n\n### 1. 合法性\n\n### 2. 告知\n\n## （2）处理活动：门禁\n\n### 1. 合法性\n")).toEqual([
      "# 一、概述",
      "## （一）背景",
      "# 二、活动",
      "## （一）处理者",
      "## （二）处理活动：考勤",
      "### 1. 合法性",
      "### 2. 告知",
      "## （三）处理活动：门禁",
      "### 1. 合法性",
    ]);
  });

  it("renumbers after a section is added or left out, and leaves unnumbered headings alone", () => {
    expect(headings("# 一、甲\n\n# 三、乙\n\n## 文件控制\n\n# 附录\n\n# 九、丙\n")).toEqual(["# 一、甲", "# 二、乙", "## 文件控制", "# 附录", "# 三、丙"]);
  });

  it("restarts a level after an unnumbered shallower heading (each notice counts from 一)", () => {
    expect(headings("## 告知书\n\n### 一、处理者\n\n### 二、目的\n\n## 大字版告知书\n\n### 一、处理者\n")).toEqual([
      "## 告知书",
      "### 一、处理者",
      "### 二、目的",
      "## 大字版告知书",
      "### 一、处理者",
    ]);
  });

  it("numbers English hierarchically and renumbers the English half of bilingual headings, keeping its shape", () => {
    expect(headings("# 1 Overview\n\n## 1.1 Background\n\n## 1.7 Scope\n\n# 2 Processing\n\n## 2.1 Processor\n")).toEqual([
      "# 1 Overview",
      "## 1.1 Background",
      "## 1.2 Scope",
      "# 2 Processing",
      "## 2.1 Processor",
    ]);
    expect(headings("# 二、活动 / 2 Processing\n\n## （一）处理者 / 2.1 Processor\n\n## （1）考勤 / 2.2 Activity: attendance\n\n### 1. 合法性 / 1. Lawful basis\n")).toEqual([
      "# 一、活动 / 1 Processing",
      "## （一）处理者 / 1.1 Processor",
      "## （二）考勤 / 1.2 Activity: attendance",
      "### 1. 合法性 / 1. Lawful basis",
    ]);
  });

  it("writes Chinese numbers", () => {
    expect([1, 9, 10, 11, 20, 21, 99, 100, 105, 110, 120].map(chineseNumber)).toEqual(["一", "九", "十", "十一", "二十", "二十一", "九十九", "一百", "一百零五", "一百一十", "一百二十"]);
  });
});

describe("renumberHeadings with a Chinese and an English version in one document", () => {
  it("counts Chinese and Latin numbering separately", () => {
    expect(headings("## 告知书（大字版）\n\n### 一、处理者\n\n### 二、目的\n\n### 1 Who we are\n\n### 2 Purposes\n")).toEqual([
      "## 告知书（大字版）",
      "### 一、处理者",
      "### 二、目的",
      "### 1 Who we are",
      "### 2 Purposes",
    ]);
  });
});
