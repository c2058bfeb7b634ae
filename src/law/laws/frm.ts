// 《人脸识别技术应用安全管理办法》 (CAC & MPS Order No. 19). Arts 1-4 are verbatim official text;
// the numbers and content of Arts 2-15, 19 and 20 are corroborated by two independent texts quoting
// the official text article by article (legal digest §00 D), so they are cited as confirmed. Only
// how Arts 16-18 divide supervision, complaints and liability remains unconfirmed.
import type { Bilingual } from "../../vocab/types.js";
import type { Law } from "../types.js";

const SPLIT_16_18: Bilingual = {
  "zh-CN": "官方摘要仅提及监督管理、投诉举报和法律责任；第十六条至第十八条的具体划分、序号和措辞以官方公布文本为准。",
  en: "The official summary only mentions supervision, complaints and liability; how Arts 16-18 divide these, and their numbers and wording, are subject to the officially published text.",
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
    "zh-CN": "第一条至第十五条、第十九条、第二十条的序号和内容已与逐条引用官方文本的两份独立资料相互印证；第十六条至第十八条的具体划分以官方公布文本为准。",
    en: "The numbers and content of Arts 1-15, 19 and 20 are corroborated by two independent texts quoting the official text article by article; how Arts 16-18 are divided should be checked against the official text.",
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
      confidence: "O",
    },
    "6": {
      gist: { "zh-CN": "基于个人同意处理人脸信息的，应取得个人在充分知情前提下自愿、明确作出的单独同意。", en: "Consent-based face processing needs separate consent given freely, explicitly and with full knowledge." },
      confidence: "O",
    },
    "7": {
      gist: { "zh-CN": "基于同意处理不满十四周岁未成年人人脸信息的，应取得其父母或其他监护人的同意。", en: "Consent-based processing of a child under 14 needs a parent's or guardian's consent." },
      confidence: "O",
    },
    "8": {
      gist: { "zh-CN": "除法律另有规定或取得单独同意外，人脸信息应存储于人脸识别设备内，不得通过互联网对外传输；保存期限不得超过实现处理目的所必需的最短时间。", en: "Unless law provides otherwise or separate consent is given, face data stays on the device and is not sent out over the internet; it is kept no longer than the purpose requires." },
      confidence: "O",
    },
    "9": {
      gist: { "zh-CN": "应事前进行个人信息保护影响评估并记录处理情况，评估报告和处理情况记录至少保存3年；处理目的、方式变化或发生重大安全事件时应重新评估。", en: "A prior PI protection impact assessment and processing records are required and kept at least 3 years; reassess when purpose or method changes or after a major incident." },
      confidence: "O",
    },
    "10": {
      gist: {
        "zh-CN": "存在实现相同目的或达到同等业务要求的非人脸识别方式的，不得将人脸识别作为唯一验证方式，国家另有规定的除外；个人不同意通过人脸信息进行身份验证的，应当提供其他合理、便捷的方式。",
        en: "Where a non-face method achieves the same purpose or business standard, face recognition may not be the only verification method, unless the state provides otherwise; people who decline face verification are offered another reasonable, convenient way.",
      },
      confidence: "O",
    },
    "11": {
      gist: { "zh-CN": "验证个人身份、辨识特定个人的，鼓励优先使用国家人口基础信息库、国家网络身份认证公共服务等渠道。", en: "For identity verification or identifying a person, the national population database and national online identity authentication service are encouraged as first choice." },
      confidence: "O",
    },
    "12": {
      gist: { "zh-CN": "任何组织和个人不得以办理业务、提升服务质量等为由，误导、欺诈、胁迫个人接受人脸识别验证身份。", en: "No one may mislead, deceive or coerce people into face verification on grounds such as handling business or improving service." },
      confidence: "O",
    },
    "13": {
      gist: { "zh-CN": "在公共场所安装人脸识别设备应为维护公共安全所必需，依法合理确定采集区域并设置显著提示标识；不得在宾馆客房、公共浴室、更衣室、卫生间等私密空间内部安装。", en: "Face-recognition devices in public places must be necessary for public security, with a reasonably bounded capture area and prominent signs; none may be installed inside private spaces such as hotel rooms, baths, changing rooms and toilets." },
      confidence: "O",
    },
    "14": {
      gist: { "zh-CN": "人脸识别系统应采取数据加密、安全审计、访问控制、授权管理、入侵检测和防御等措施保护人脸信息安全。", en: "The system must protect face data with encryption, security audit, access control, authorisation management and intrusion detection and prevention." },
      confidence: "O",
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
      confidence: "O",
    },
    "20": {
      gist: { "zh-CN": "本办法自2025年6月1日起施行。", en: "The Measures took effect on 1 June 2025." },
      confidence: "O",
    },
  },
};
