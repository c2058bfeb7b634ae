// Markdown documents that exercise every construct of docs/markdown-dialect.md.

export const ZH_DOC = `:::cover
# 个人信息保护影响评估报告
## 甲公司人脸识别考勤项目
编制日期：2026年5月1日
:::

::pagebreak

::toc{title="目录"}

# 一、评估概述

本报告依据**第五十五条**编制，*仅供内部使用*，编号 \`PIA-01\`，参见[网信办](https://www.cac.gov.cn/)。法律依据[^law]。

第一行\\
硬换行后的第二行

## （一）评估范围

- 人脸信息
  - 考勤模板
- 员工工号

1. 收集
2. 存储
   1. 本地存储
   2. 云端存储

后续步骤：

3. 第三步删除
4. 第四步审计

> 第二十八条　敏感个人信息是一旦泄露或者非法使用的个人信息。

### 1. 风险等级

::table{widths="30,70"}
| 风险项 | 等级 |
|:---|:---:|
| 数据泄露 | :risk[高]{level=high} |
| 越权访问 | 说明 :risk[中]{level=medium} 文字 |
| 保存期限 | :risk[低]{level=low} |
| 跨境传输 | :risk[严重]{level=severe} |

---

::image{name="logo" width=40}

::spacer{lines=2}

:::center
居中文字
:::

:::box
框内文字
:::

:::large-print
大字版说明
:::

:::signature
- 评估人
- 负责人
:::

:::landscape
## 处理活动记录
| 编号 | 活动 | 目的 | 方式 | 范围 | 期限 | 接收方 | 出境 | 安全措施 | 负责人 |
|---|---|---|---|---|---|---|---|---|---|
| 1 | 考勤 | 管理 | 自动 | 员工 | 三年 | 无 | 否 | 加密 | 张三 |
:::

::pagebreak

:::poster
人脸识别提示

本区域已启用人脸识别考勤
:::

:::sticker
扫码查看个人信息处理规则
:::

[^law]: 《中华人民共和国个人信息保护法》第五十五条。
`;

export const EN_DOC = `:::cover
# Impact Assessment Report
Example Ltd
:::

::toc

# 1. Overview

Plain text with **bold**, *italic*, \`code\` and [a link](https://example.com/pipl). A note[^n].

## 1.1 Scope

- Face templates
- Staff numbers

> Article 28 Sensitive personal information…

| Risk | Level |
|---|---|
| Leak | :risk[High]{level=very-high} |

:::signature
- Assessor
:::

[^n]: Personal Information Protection Law, Article 55.
`;

export const BILINGUAL_DOC = `# 概述 Overview

正文 Body text.

:::signature
- 评估人 Assessor
:::
`;
