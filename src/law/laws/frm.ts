// 《人脸识别技术应用安全管理办法》 (CAC & MPS Order No. 19). The full text was not available offline
// (digest §2): Arts 1-4, 10, 13, 15 are [O]; other article numbers rest on secondary sources.
import type { Bilingual } from "../../vocab/types.js";
import type { Law } from "../types.js";

const numberSecondary = (zh: string, en: string): Bilingual => ({
  "zh-CN": `条文序号依据二手资料，未与官方全文核对。${zh}`,
  en: `Article number from secondary sources; not checked against the official text.${en === "" ? "" : ` ${en}`}`,
});

const SPLIT_16_18: Bilingual = {
  "zh-CN": "官方摘要仅提及监督管理、投诉举报和法律责任；第十六条至第十八条的具体划分、序号和措辞均未核实。",
  en: "The official summary only mentions supervision, complaints and liability; how Arts 16-18 divide these, their numbers and wording are all unconfirmed.",
};

export const frm: Law = {
  id: "FRM",
  title: { "zh-CN": "《人脸识别技术应用安全管理办法》", en: "Measures for the Security Management of Face Recognition Technology Applications" },
  short: { "zh-CN": "《人脸识别技术应用安全管理办法》", en: "Face Recognition Measures" },
  issuer: { "zh-CN": "国家互联网信息办公室、公安部", en: "Cyberspace Administration of China and Ministry of Public Security" },
  docNumber: "国家互联网信息办公室 中华人民共和国公安部令第19号",
  docNumberConfidence: "O",
  kind: "departmental-rule",
  effective: "2025-06-01",
  effectiveConfidence: "O",
  note: {
    "zh-CN": "本办法全文未能离线核对：第一至四条、第十条、第十三条、第十五条有官方来源；其余条文序号依据二手资料或推断。",
    en: "The full text could not be checked offline: Arts 1-4, 10, 13 and 15 rest on official sources; the other article numbers on secondary sources or inference.",
  },
  numbering: "article",
  articles: {
    "1": {
      gist: { "zh-CN": "为规范应用人脸识别技术处理人脸信息的活动、保护个人信息权益而制定。", en: "Purpose: regulate face-information processing with face recognition and protect PI rights." },
      confidence: "O",
    },
    "2": {
      gist: { "zh-CN": "适用于在境内应用人脸识别技术处理人脸信息；为研发、算法训练处理人脸信息的不适用本办法（仍适用个人信息保护法）。", en: "Applies to face recognition used to process face information in China; R&D and algorithm training are excluded (PIPL still applies)." },
      confidence: "O",
    },
    "3": {
      gist: { "zh-CN": "应遵守法律法规和社会公德伦理，诚实守信，履行个人信息保护义务，不得危害国家安全、公共利益和个人合法权益。", en: "Users must obey the law and social ethics, act in good faith, meet PI duties and not harm national security, the public interest or individuals' rights." },
      confidence: "O",
    },
    "4": {
      gist: { "zh-CN": "应具有特定目的和充分必要性，采取对个人权益影响最小的方式，并实施严格保护措施。", en: "Requires a specific purpose, sufficient necessity, the least intrusive method and strict safeguards." },
      confidence: "O",
    },
    "5": {
      gist: {
        "zh-CN": "处理前应以显著方式、清晰易懂的语言告知处理者名称和联系方式、人脸信息处理目的、方式和保存期限、处理的必要性及对个人权益的影响、行权方式和程序；处理残疾人、老年人人脸信息还应符合无障碍环境建设规定。",
        en: "Before processing, tell individuals plainly and prominently who the processor is, the purpose, method and retention period, why face processing is necessary and its impact, and how to exercise rights; for disabled and elderly people, notice must also meet accessibility rules.",
      },
      confidence: "S",
      note: numberSecondary(
        "告知义务和无障碍要求有官方摘要佐证；告知事项的逐项列举、第（五）项兜底事项及变更告知要求未核实。",
        "The notice duty and accessibility rule are in the official summary; the item list, the catch-all item (5) and the duty to notify changes are unconfirmed.",
      ),
    },
    "6": {
      gist: { "zh-CN": "基于个人同意处理人脸信息的，应取得个人在充分知情前提下自愿、明确作出的单独同意。", en: "Consent-based face processing needs separate consent given freely, explicitly and with full knowledge." },
      confidence: "S",
      note: numberSecondary(
        "单独同意要求有官方佐证；书面同意、撤回同意及便捷撤回方式等细节仅见于二手资料。",
        "The separate-consent rule is officially corroborated; written consent, withdrawal and an easy withdrawal method appear only in secondary sources.",
      ),
    },
    "7": {
      gist: { "zh-CN": "基于同意处理不满十四周岁未成年人人脸信息的，应取得其父母或其他监护人的同意。", en: "Consent-based processing of a child under 14 needs a parent's or guardian's consent." },
      confidence: "S",
      note: numberSecondary("监护人同意要求有官方佐证；制定专门处理规则的义务仅见于二手资料。", "The guardian-consent rule is officially corroborated; the duty to adopt dedicated rules appears only in secondary sources."),
    },
    "8": {
      gist: { "zh-CN": "除法律另有规定或取得单独同意外，人脸信息应存储于人脸识别设备内，不得通过互联网对外传输；保存期限不得超过实现处理目的所必需的最短时间。", en: "Unless law provides otherwise or separate consent is given, face data stays on the device and is not sent out over the internet; it is kept no longer than the purpose requires." },
      confidence: "S",
      note: numberSecondary("条文内容有官方佐证。", "The content is officially corroborated."),
    },
    "9": {
      gist: { "zh-CN": "应事前进行个人信息保护影响评估并记录处理情况，评估报告和处理情况记录至少保存3年；处理目的、方式变化或发生重大安全事件时应重新评估。", en: "A prior PI protection impact assessment and processing records are required and kept at least 3 years; reassess when purpose or method changes or after a major incident." },
      confidence: "S",
      note: numberSecondary(
        "事前评估和记录义务有官方摘要佐证；评估内容的四项列举（确切措辞未核实）及重新评估情形仅见于二手资料。",
        "The prior-assessment duty is in the official summary; the four assessment items (exact wording unconfirmed) and the reassessment triggers appear only in secondary sources.",
      ),
    },
    "10": {
      gist: { "zh-CN": "存在实现相同目的或达到同等业务要求的非人脸识别方式的，不得将人脸识别作为唯一验证方式，国家另有规定的除外。", en: "Where a non-face method achieves the same purpose or business standard, face recognition may not be the only verification method, unless the state provides otherwise." },
      confidence: "O",
      note: {
        "zh-CN": "“个人不同意人脸验证的，应当提供其他合理、便捷的方式”一句仅见于二手资料，未核实。",
        en: "The sentence requiring another reasonable, convenient method when a person refuses face verification appears only in secondary sources and is unconfirmed.",
      },
    },
    "11": {
      gist: { "zh-CN": "验证个人身份、辨识特定个人的，鼓励优先使用国家人口基础信息库、国家网络身份认证公共服务等渠道。", en: "For identity verification or identifying a person, the national population database and national online identity authentication service are encouraged as first choice." },
      confidence: "UNCONFIRMED",
      note: {
        "zh-CN": "内容有官方佐证；条文序号系根据条文顺序推断，无来源确认。",
        en: "The content is officially corroborated; the article number is inferred from the order of provisions and not confirmed by any source.",
      },
    },
    "12": {
      gist: { "zh-CN": "任何组织和个人不得以办理业务、提升服务质量等为由，误导、欺诈、胁迫个人接受人脸识别验证身份。", en: "No one may mislead, deceive or coerce people into face verification on grounds such as handling business or improving service." },
      confidence: "S",
      note: numberSecondary("条文内容有官方佐证；是否另有“法律、行政法规另有规定的除外”条款未核实。", "The content is officially corroborated; whether a law-or-regulation exception clause exists is unconfirmed."),
    },
    "13": {
      gist: { "zh-CN": "在公共场所安装人脸识别设备应为维护公共安全所必需，依法合理确定采集区域并设置显著提示标识；不得在宾馆客房、公共浴室、更衣室、卫生间等私密空间内部安装。", en: "Face-recognition devices in public places must be necessary for public security, with a reasonably bounded capture area and prominent signs; none may be installed inside private spaces such as hotel rooms, baths, changing rooms and toilets." },
      confidence: "O",
    },
    "14": {
      gist: { "zh-CN": "人脸识别系统应采取数据加密、安全审计、访问控制、授权管理、入侵检测和防御等措施保护人脸信息安全。", en: "The system must protect face data with encryption, security audit, access control, authorisation management and intrusion detection and prevention." },
      confidence: "S",
      note: numberSecondary("条文内容有官方佐证；网络安全等级保护和关键信息基础设施义务的衔接规定仅见于二手资料。", "The content is officially corroborated; the link to multi-level protection and CII duties appears only in secondary sources."),
    },
    "15": {
      gist: { "zh-CN": "人脸信息存储数量达到10万人的，应自达到之日起30个工作日内向所在地省级以上网信部门备案；实质性变更或终止应用的，应在30个工作日内办理变更或注销手续。", en: "Once stored face data covers 100,000 people, file with the provincial CAC within 30 working days; file changes or cancellation within 30 working days of a substantive change or termination." },
      confidence: "O",
    },
    "16": {
      gist: { "zh-CN": "网信部门会同公安机关和其他履行个人信息保护职责的部门依职责开展监督管理。", en: "The CAC, with the police and other PI regulators, supervises within their respective duties." },
      confidence: "UNCONFIRMED",
      note: SPLIT_16_18,
    },
    "17": {
      gist: { "zh-CN": "对违法处理人脸信息的行为可以投诉、举报。", en: "Unlawful face processing may be the subject of complaints and reports." },
      confidence: "UNCONFIRMED",
      note: SPLIT_16_18,
    },
    "18": {
      gist: { "zh-CN": "违反本办法的，依照有关法律、行政法规的规定处理。", en: "Breaches are dealt with under the relevant laws and administrative regulations." },
      confidence: "UNCONFIRMED",
      note: SPLIT_16_18,
    },
    "19": {
      gist: { "zh-CN": "用语含义：人脸信息、人脸识别技术、验证个人身份（一比一）、辨识特定个人（一比多）和人脸识别设备。", en: "Definitions: face information, face recognition technology, identity verification (1:1), identifying a specific person (1:N) and face-recognition devices." },
      confidence: "S",
      note: numberSecondary("各定义的确切措辞亦未核实。", "The exact wording of the definitions is also unconfirmed."),
    },
    "20": {
      gist: { "zh-CN": "本办法自2025年6月1日起施行。", en: "The Measures took effect on 1 June 2025." },
      confidence: "S",
      note: numberSecondary("施行日期有官方来源。", "The effective date itself is official."),
    },
  },
};
