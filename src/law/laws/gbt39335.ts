// GB/T 39335-2020 (digest §3). Section titles of the final text are [O]; details come from the
// 2019 approval draft (报批稿), whose clause numbers and appendix letters differ slightly.
import type { Bilingual } from "../../vocab/types.js";
import type { Law } from "../types.js";

const DRAFT_DETAIL: Bilingual = {
  "zh-CN": "章节标题来自终稿目录；具体内容依据2019年报批稿，与终稿措辞可能略有差异。",
  en: "The section title is from the final text's contents; the details follow the 2019 approval draft and may differ slightly in the final wording.",
};

/** Tables known only from the approval draft: content checked there, number in the final text not. */
const draftTable = (zh: string, en: string): Bilingual => ({
  "zh-CN": `${zh}内容依据2019年报批稿；终稿中的表号和措辞以正式文本为准（报批稿与终稿的附录编号存在差异）。`,
  en: `${en} content follows the 2019 approval draft; its number and wording in the final text are subject to the published standard (the draft's annex numbering differs from the final).`,
});

export const gbt39335: Law = {
  id: "GBT39335",
  title: { "zh-CN": "GB/T 39335-2020《信息安全技术 个人信息安全影响评估指南》", en: "GB/T 39335-2020 Information security technology — Guidance for personal information security impact assessment" },
  short: { "zh-CN": "GB/T 39335-2020", en: "GB/T 39335-2020" },
  issuer: { "zh-CN": "国家市场监督管理总局、国家标准化管理委员会", en: "SAMR and Standardization Administration of China" },
  kind: "national-standard",
  effective: "2021-06-01",
  effectiveConfidence: "O",
  note: DRAFT_DETAIL,
  numbering: "clause",
  articles: {
    "4.1": { gist: { "zh-CN": "评估原理概述。", en: "Overview of assessment principles." }, confidence: "O" },
    "4.2": { gist: { "zh-CN": "个人信息安全影响评估的价值。", en: "The value of a PI security impact assessment." }, confidence: "O" },
    "4.3": { gist: { "zh-CN": "评估报告的用途。", en: "Uses of the assessment report." }, confidence: "O" },
    "4.4": { gist: { "zh-CN": "评估的责任主体。", en: "Who is responsible for the assessment." }, confidence: "O" },
    "4.5": { gist: { "zh-CN": "评估的基本原则。", en: "Basic principles of assessment." }, confidence: "O" },
    "4.6": { gist: { "zh-CN": "实施评估时需考虑的要素。", en: "Elements to consider in an assessment." }, confidence: "O" },
    "5.1": {
      gist: { "zh-CN": "评估必要性分析：开展全面或部分的合规差距分析，并对高风险处理活动进行尽责性风险评估；年度审查、新产品设计、首次上线、法律或业务环境重大变化、重大事件后、并购重组时宜全面评估。", en: "Necessity analysis: a whole or partial compliance-gap analysis plus a due-diligence risk assessment for high-risk activities; whole-scope review on annual review, new design, first launch, major legal or business change, after a major incident, or M&A." },
      confidence: "O",
      note: DRAFT_DETAIL,
    },
    "5.1.2": { gist: { "zh-CN": "合规差距分析（含评估性合规要求分析）。", en: "Compliance-gap analysis, including assessment-type compliance requirements." }, confidence: "O" },
    "5.1.3": { gist: { "zh-CN": "尽责性风险评估。", en: "Due-diligence risk assessment." }, confidence: "O" },
    "5.2": {
      gist: { "zh-CN": "评估准备：组建评估团队并确定报告签署人，制定计划，确定评估对象和范围，规划利益相关方咨询。", en: "Preparation: form the team and name the signatory, plan the work, define the object and scope, and plan stakeholder consultation." },
      confidence: "O",
      note: DRAFT_DETAIL,
    },
    "5.3": {
      gist: { "zh-CN": "数据映射分析：梳理个人信息清单及收集、存储、使用、转移、共享、删除各环节的数据流，识别敏感个人信息。", en: "Data mapping: inventory the PI and its flows through collection, storage, use, transfer, sharing and deletion, identifying sensitive PI." },
      confidence: "O",
      note: DRAFT_DETAIL,
    },
    "5.4": {
      gist: { "zh-CN": "风险源识别：从网络环境和技术措施、个人信息处理流程、参与人员与第三方、业务特点和规模及安全态势四方面判断安全事件发生的可能性。", en: "Risk-source identification: judge incident likelihood from network and technical measures, the processing flow, staff and third parties, and business scale and security posture." },
      confidence: "O",
      note: DRAFT_DETAIL,
    },
    "5.5": {
      gist: { "zh-CN": "个人权益影响分析：从限制个人自主决定权、引发差别性待遇、个人名誉受损和遭受精神压力、个人财产受损四方面分析影响程度。", en: "Impact on individuals: analyse the degree of impact in four categories — limits on autonomy, discriminatory treatment, reputational harm and mental stress, and property loss." },
      confidence: "O",
    },
    "5.6": {
      gist: { "zh-CN": "安全风险综合分析：结合影响程度与可能性确定风险等级，并按评估对象汇总。", en: "Comprehensive risk analysis: combine impact and likelihood into a risk level and aggregate per assessed object." },
      confidence: "O",
      note: DRAFT_DETAIL,
    },
    "5.7": {
      gist: { "zh-CN": "评估报告：载明评估范围、评估人员、依据、评估对象、影响分析、保护措施分析、可能性分析、风险判定准则、合规分析、风险分析过程和结果及处置建议等。", en: "Report: scope, assessors, references, object, impact, safeguard and likelihood analyses, risk criteria, compliance results, the risk analysis and treatment recommendations." },
      confidence: "O",
      note: DRAFT_DETAIL,
    },
    "5.8": {
      gist: { "zh-CN": "风险处置和持续改进：按风险等级立即处置、限期处置、权衡影响与成本后处置或接受风险，并跟踪残余风险。", en: "Risk treatment and improvement: treat at once, within a deadline, after weighing cost, or accept, by risk level, and track residual risk." },
      confidence: "O",
      note: DRAFT_DETAIL,
    },
    "5.9": {
      gist: { "zh-CN": "制定报告发布策略：可对外发布评估报告的简版。", en: "Publication strategy: a simplified public version of the report." },
      confidence: "O",
      note: DRAFT_DETAIL,
    },
    A: {
      label: { "zh-CN": "附录A", en: "Annex A" },
      gist: { "zh-CN": "评估性合规要求示例及评估要点。", en: "Examples of assessment-type compliance requirements and assessment points." },
      confidence: "O",
      note: {
        "zh-CN": "报批稿的附录A为高风险处理活动清单，终稿中该清单移至附录B；引用时以终稿编号为准。",
        en: "In the approval draft Annex A held the high-risk list, which the final text moved to Annex B; cite the final numbering.",
      },
    },
    B: {
      label: { "zh-CN": "附录B", en: "Annex B" },
      gist: { "zh-CN": "高风险个人信息处理活动示例，包括评价评分、有重大影响的自动化决策、系统性监控、大规模或敏感信息处理、数据集匹配合并、弱势群体、生物识别等创新技术应用。", en: "Examples of high-risk processing: scoring, significant automated decisions, systematic monitoring, large-scale or sensitive processing, dataset matching, vulnerable groups, and new technology such as biometrics." },
      confidence: "O",
      note: {
        "zh-CN": "附录标题来自终稿目录；列举内容依据报批稿附录A，“大规模”的数量阈值在报批稿中前后不一，终稿取值以正式文本为准。",
        en: "The annex title is from the final contents; the list follows the draft's Annex A, and the large-scale threshold, inconsistent in the draft, is subject to the published standard.",
      },
    },
    C: {
      label: { "zh-CN": "附录C", en: "Annex C" },
      gist: { "zh-CN": "常用工具表。", en: "Common worksheets." },
      confidence: "O",
    },
    "C-1": {
      label: { "zh-CN": "表C-1", en: "Table C-1" },
      gist: { "zh-CN": "个人信息映射表：处理活动、信息类型、主体、目的、合法性基础、控制者、处理者、是否出境、是否共享。", en: "PI mapping: activity, PI types, subjects, purpose, legal basis, controller, processor, export and sharing." },
      confidence: "UNCONFIRMED",
      note: draftTable("该表", "The table's"),
    },
    "C-2": {
      label: { "zh-CN": "表C-2", en: "Table C-2" },
      gist: { "zh-CN": "生命周期表：信息项、来源、收集方式、存储及传输方式和加密、保存期限、删除或匿名化方式。", en: "Lifecycle: PI items, source, collection, storage and transmission with encryption, retention and deletion or anonymisation." },
      confidence: "UNCONFIRMED",
      note: draftTable("该表", "The table's"),
    },
    "C-3": {
      label: { "zh-CN": "表C-3", en: "Table C-3" },
      gist: { "zh-CN": "个人权益影响分析表：风险源维度、发现的问题、证据、影响类别、影响程度。", en: "Rights-impact analysis: risk-source dimension, problem, evidence, impact category and level." },
      confidence: "UNCONFIRMED",
      note: draftTable("该表", "The table's"),
    },
    "C-4": {
      label: { "zh-CN": "表C-4", en: "Table C-4" },
      gist: { "zh-CN": "风险及处置表：影响、可能性、风险等级、责任方与处置措施、整改验证和存档。", en: "Risk and remediation: impact, likelihood, risk level, owner and treatment, verification and archiving of the fix." },
      confidence: "UNCONFIRMED",
      note: draftTable("该表", "The table's"),
    },
    D: {
      label: { "zh-CN": "附录D", en: "Annex D" },
      gist: { "zh-CN": "参考方法：影响程度、可能性等级与风险矩阵的判定方法。", en: "Reference methods for rating impact, likelihood and risk." },
      confidence: "O",
      note: { "zh-CN": "附录D的标题依据报批稿。", en: "The title of Annex D follows the approval draft." },
    },
    "D.1": {
      label: { "zh-CN": "表D.1", en: "Table D.1" },
      gist: { "zh-CN": "影响程度分为严重、高、中、低四级；典型敏感信息达到较大规模或涉及弱势群体时上调一级，可证明的去标识化可下调一级，并记录理由。", en: "Impact levels 严重/高/中/低; raise one level for sensitive PI at scale or vulnerable groups, lower one for proven de-identification, and document why." },
      confidence: "UNCONFIRMED",
      note: {
        "zh-CN": "该表及调整规则（含 50 万人的规模数值）依据2019年报批稿；终稿中的表号、措辞和数值以正式文本为准。",
        en: "The table and its adjustment rules (including the 500,000-people scale figure) follow the 2019 approval draft; the number, wording and figures in the final text are subject to the published standard.",
      },
    },
    "D.2": {
      label: { "zh-CN": "表D.2", en: "Table D.2" },
      gist: { "zh-CN": "各影响类别在不同影响程度下的示例。", en: "Examples for each impact category at each level." },
      confidence: "UNCONFIRMED",
      note: draftTable("该表", "The table's"),
    },
    "D.3": {
      label: { "zh-CN": "表D.3", en: "Table D.3" },
      gist: { "zh-CN": "安全事件可能性分为很高、高、中、低四级，依据措施充分程度和处理规范程度判定。", en: "Likelihood levels 很高/高/中/低, by how adequate the measures and how orderly the processing are." },
      confidence: "UNCONFIRMED",
      note: draftTable("该表", "The table's"),
    },
    "D.4": {
      label: { "zh-CN": "表D.4", en: "Table D.4" },
      gist: { "zh-CN": "规模指标：涉及超过1000万人的可能性至少为高，超过100万人的至少为中；措施得力的可下调一级并记录理由。", en: "Scale indicators: over 10 million people means likelihood at least 高, over 1 million at least 中; strong measures may lower it one level with reasons." },
      confidence: "UNCONFIRMED",
      note: draftTable("该表", "The table's"),
    },
    "D.5": {
      label: { "zh-CN": "表D.5", en: "Table D.5" },
      gist: { "zh-CN": "风险矩阵：按影响程度与可能性等级确定严重、高、中、低四级风险。", en: "Risk matrix: impact level × likelihood level gives risk 严重/高/中/低." },
      confidence: "S",
      note: {
        "zh-CN": "矩阵内容依据2019年报批稿；终稿中的表号以正式文本为准。",
        en: "The matrix follows the 2019 approval draft; its table number in the final text is subject to the published standard.",
      },
    },
    "D.6": {
      label: { "zh-CN": "表D.6", en: "Table D.6" },
      gist: { "zh-CN": "按处理活动逐项评估：以四类可能性因素为行、四类影响为列，注明等级和理由。", en: "Per-activity grid: the four likelihood factors against the four impact categories, each with a level and reason." },
      confidence: "UNCONFIRMED",
      note: draftTable("该表", "The table's"),
    },
  },
};
