// 《中华人民共和国个人信息保护法》: every article the legal digest (§1) relies on; all [T] there,
// except Art 49, whose content the digest does not give (it lists Arts 44-50 only as a range).
import type { Law } from "../types.js";

export const pipl: Law = {
  id: "PIPL",
  title: { "zh-CN": "《中华人民共和国个人信息保护法》", en: "Personal Information Protection Law of the People's Republic of China" },
  short: { "zh-CN": "《个人信息保护法》", en: "PIPL" },
  issuer: { "zh-CN": "全国人民代表大会常务委员会", en: "Standing Committee of the National People's Congress" },
  kind: "law",
  effective: "2021-11-01",
  effectiveConfidence: "T",
  numbering: "article",
  articles: {
    "5": {
      gist: { "zh-CN": "处理个人信息应当合法、正当、必要、诚信，不得误导、欺诈或胁迫。", en: "Processing must be lawful, legitimate, necessary and in good faith, without misleading, fraud or coercion." },
      confidence: "T",
    },
    "6": {
      gist: { "zh-CN": "处理目的应明确、合理，采用对个人权益影响最小的方式，收集限于实现目的的最小范围。", en: "The purpose must be clear and reasonable, the method the least intrusive, and collection limited to the minimum needed." },
      confidence: "T",
    },
    "7": {
      gist: { "zh-CN": "处理个人信息应遵循公开、透明原则。", en: "Processing must be open and transparent." },
      confidence: "T",
    },
    "9": {
      gist: { "zh-CN": "个人信息处理者对其处理活动负责。", en: "The processor is accountable for its processing." },
      confidence: "T",
    },
    "13": {
      gist: {
        "zh-CN": "处理个人信息须具备法定依据之一：个人同意、订立履行合同或人力资源管理所必需、履行法定职责义务所必需、应对突发公共卫生事件或紧急保护生命健康财产所必需、合理范围内的新闻报道和舆论监督、合理处理已公开信息，或法律法规规定的其他情形。",
        en: "Processing needs one lawful basis: consent; necessity for a contract or HR management; a statutory duty; a health emergency or protecting life and property; news reporting within reason; reasonable use of already public data; or another case set by law.",
      },
      confidence: "T",
    },
    "14": {
      gist: { "zh-CN": "同意应在充分知情前提下自愿、明确作出；法律要求单独同意或书面同意的从其规定；目的、方式或种类变更须重新取得同意。", en: "Consent must be informed, voluntary and explicit; separate or written consent applies where required; a change of purpose, method or category needs fresh consent." },
      confidence: "T",
    },
    "15": {
      gist: { "zh-CN": "个人有权撤回同意，处理者应提供便捷的撤回方式。", en: "Individuals may withdraw consent, and the processor must offer an easy way to do so." },
      confidence: "T",
    },
    "16": {
      gist: { "zh-CN": "不得以个人不同意或撤回同意为由拒绝提供产品或服务，处理为提供产品或服务所必需的除外。", en: "A product or service may not be refused because consent is refused or withdrawn, unless the processing is necessary for it." },
      confidence: "T",
    },
    "17": {
      gist: { "zh-CN": "处理前应以显著方式、清晰易懂的语言告知处理者名称和联系方式、处理目的、方式、个人信息种类、保存期限及行使权利的方式和程序。", en: "Before processing, tell individuals prominently and plainly the processor's identity and contact, the purpose, method, PI categories, retention period and how to exercise their rights." },
      confidence: "T",
    },
    "18": {
      gist: { "zh-CN": "法律要求保密的可不告知；紧急情况下无法及时告知的，应在紧急情况消除后告知。", en: "Notice may be omitted where law requires secrecy, and deferred in an emergency until it has passed." },
      confidence: "T",
    },
    "19": {
      gist: { "zh-CN": "除法律、行政法规另有规定外，保存期限应为实现处理目的所必要的最短时间。", en: "Unless law provides otherwise, PI is kept only for the shortest time the purpose requires." },
      confidence: "T",
    },
    "21": {
      gist: { "zh-CN": "委托处理应以合同约定目的、期限、方式、种类、保护措施和双方权利义务，并监督受托人；转委托须经同意；委托终止后受托人应返还或删除个人信息。", en: "Entrusted processing needs a contract fixing purpose, term, method, categories, safeguards and duties; the processor supervises the vendor; sub-entrustment needs consent; data is returned or deleted at the end." },
      confidence: "T",
    },
    "23": {
      gist: { "zh-CN": "向其他处理者提供个人信息应告知接收方情况并取得个人单独同意。", en: "Providing PI to another processor requires notice of the recipient and separate consent." },
      confidence: "T",
    },
    "24": {
      gist: { "zh-CN": "自动化决策应透明、结果公平公正，不得实行不合理差别待遇；定向推送须提供拒绝选项；个人可要求说明并拒绝仅由自动化决策作出的决定。", en: "Automated decisions must be transparent and fair, without unreasonable price discrimination; targeting needs an opt-out; individuals may ask for an explanation and refuse purely automated decisions." },
      confidence: "T",
    },
    "25": {
      gist: { "zh-CN": "不得公开所处理的个人信息，取得个人单独同意的除外。", en: "PI may not be made public without the individual's separate consent." },
      confidence: "T",
    },
    "26": {
      gist: { "zh-CN": "在公共场所安装图像采集、个人身份识别设备须为维护公共安全所必需、遵守国家规定并设置显著提示标识，所收集信息只能用于维护公共安全，取得个人单独同意的除外。", en: "Image-capture or identity-recognition devices in public places must be necessary for public security, follow state rules and carry prominent signs; the data serves public security only unless the individual separately consents." },
      confidence: "T",
    },
    "28": {
      gist: { "zh-CN": "生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹及不满十四周岁未成年人的个人信息属于敏感个人信息，仅在具有特定目的和充分必要性并采取严格保护措施时方可处理。", en: "Biometrics, religion, specific identity, health, financial accounts, whereabouts and all PI of children under 14 are sensitive PI, processed only for a specific purpose, with sufficient necessity and strict safeguards." },
      confidence: "T",
    },
    "29": {
      gist: { "zh-CN": "处理敏感个人信息应取得个人单独同意；法律、行政法规要求书面同意的从其规定。", en: "Processing sensitive PI requires separate consent, and written consent where law requires it." },
      confidence: "T",
    },
    "30": {
      gist: { "zh-CN": "处理敏感个人信息还应告知处理的必要性以及对个人权益的影响。", en: "For sensitive PI the notice must also state why the processing is necessary and how it affects the individual." },
      confidence: "T",
    },
    "31": {
      gist: { "zh-CN": "处理不满十四周岁未成年人个人信息应取得其父母或其他监护人同意，并制定专门的处理规则。", en: "PI of children under 14 needs a parent's or guardian's consent and dedicated processing rules." },
      confidence: "T",
    },
    "32": {
      gist: { "zh-CN": "法律、行政法规对处理敏感个人信息规定行政许可或其他限制的，从其规定。", en: "Where law requires a licence or imposes other limits on sensitive PI, those rules apply." },
      confidence: "T",
    },
    "38": {
      gist: { "zh-CN": "向境外提供个人信息须通过网信部门安全评估、个人信息保护认证、按标准合同订立合同或法定其他条件之一，并确保境外接收方达到本法保护标准。", en: "PI may leave China only via a CAC security assessment, certification, the CAC standard contract or another legal route, with the recipient held to PIPL-level protection." },
      confidence: "T",
    },
    "39": {
      gist: { "zh-CN": "向境外提供个人信息应告知境外接收方名称、联系方式、处理目的、方式、种类及行权方式，并取得个人单独同意。", en: "Cross-border transfer requires notice of the overseas recipient, purpose, method, categories and how to exercise rights, and separate consent." },
      confidence: "T",
    },
    "40": {
      gist: { "zh-CN": "关键信息基础设施运营者和处理个人信息达到规定数量的处理者应将境内收集的个人信息存储于境内，确需出境的应通过安全评估（另有规定的除外）。", en: "CIIOs and processors above the CAC volume threshold must store PI in China, and export it only after a security assessment unless exempted." },
      confidence: "T",
    },
    "44": {
      gist: { "zh-CN": "个人对其个人信息的处理享有知情权、决定权。", en: "Individuals have the right to know about and decide on the processing of their PI." },
      confidence: "T",
    },
    "45": {
      gist: { "zh-CN": "个人有权查阅、复制其个人信息，并可在符合条件时请求转移至其指定的处理者。", en: "Individuals may access and copy their PI and, where conditions are met, have it ported to another processor." },
      confidence: "T",
    },
    "46": {
      gist: { "zh-CN": "个人有权请求更正、补充其不准确或不完整的个人信息。", en: "Individuals may have inaccurate or incomplete PI corrected or supplemented." },
      confidence: "T",
    },
    "47": {
      gist: { "zh-CN": "目的已实现或不再必要、保存期限届满、个人撤回同意或处理违法等情形下，处理者应主动删除个人信息。", en: "The processor must delete PI on its own initiative when the purpose is achieved or no longer needs it, the retention period ends, consent is withdrawn or processing is unlawful." },
      confidence: "T",
    },
    "48": {
      gist: { "zh-CN": "个人有权要求处理者对其个人信息处理规则进行解释说明。", en: "Individuals may ask the processor to explain its processing rules." },
      confidence: "T",
    },
    "49": {
      gist: { "zh-CN": "自然人死亡的，其近亲属可为自身合法、正当利益对死者相关个人信息行使查阅、复制、更正、删除等权利。", en: "After a person's death, close relatives may exercise access, copy, correction and deletion rights over the deceased's PI for their own legitimate interests." },
      confidence: "UNCONFIRMED",
      note: {
        "zh-CN": "本条内容以官方公布文本为准。",
        en: "The content of this article is subject to the officially published text.",
      },
    },
    "50": {
      gist: { "zh-CN": "处理者应建立便捷的个人行使权利申请受理和处理机制。", en: "The processor must set up a convenient mechanism to receive and handle rights requests." },
      confidence: "T",
    },
    "51": {
      gist: { "zh-CN": "处理者应根据处理目的、方式、种类、影响和风险，采取内部管理制度和操作规程、分类管理、加密和去标识化、合理操作权限与培训、安全事件应急预案等措施。", en: "According to purpose, method, categories, impact and risk, the processor must adopt internal rules and procedures, classification, encryption and de-identification, access permissions and training, and incident response plans." },
      confidence: "T",
    },
    "52": {
      gist: { "zh-CN": "处理个人信息达到网信部门规定数量的处理者应指定个人信息保护负责人，公开其联系方式并报送履职部门。", en: "Processors above the CAC volume must appoint a PI protection officer, publish the contact details and report them to the regulator." },
      confidence: "T",
    },
    "54": {
      gist: { "zh-CN": "处理者应定期对其处理个人信息遵守法律、行政法规的情况进行合规审计。", en: "The processor must audit its compliance with the law regularly." },
      confidence: "T",
    },
    "55": {
      gist: { "zh-CN": "处理敏感个人信息、自动化决策、委托处理、向他人提供或公开、向境外提供及其他对个人权益有重大影响的处理活动，应事前进行个人信息保护影响评估并记录处理情况。", en: "Sensitive PI, automated decisions, entrustment, provision or publication, cross-border transfer and other high-impact processing require a prior PI protection impact assessment and processing records." },
      confidence: "T",
    },
    "56": {
      gist: { "zh-CN": "影响评估应涵盖处理目的和方式是否合法、正当、必要，对个人权益的影响及安全风险，保护措施是否合法、有效并与风险相适应；评估报告和处理情况记录至少保存三年。", en: "The assessment covers lawfulness, legitimacy and necessity of purpose and method, impact on individuals and security risk, and whether safeguards are lawful, effective and proportionate; report and records are kept at least three years." },
      confidence: "T",
    },
    "57": {
      gist: { "zh-CN": "发生或可能发生个人信息泄露、篡改、丢失的，处理者应立即补救并通知履职部门和个人，说明信息种类、原因和可能的危害、补救措施、个人可采取的措施及联系方式。", en: "On an actual or likely leak, tampering or loss, the processor must act at once and notify the regulator and individuals of the categories, cause, possible harm, remedies, self-help steps and contact." },
      confidence: "T",
    },
    "58": {
      gist: {
        "zh-CN":
          "提供重要互联网平台服务、用户数量巨大、业务类型复杂的个人信息处理者应当：建立健全个人信息保护合规制度体系，成立主要由外部成员组成的独立机构对个人信息保护情况进行监督；遵循公开、公平、公正原则制定平台规则，明确平台内产品或者服务提供者处理个人信息的规范和保护义务；对严重违反法律、行政法规处理个人信息的平台内产品或者服务提供者停止提供服务；定期发布个人信息保护社会责任报告，接受社会监督。",
        en: "A processor providing an important internet platform service with a huge number of users and complex business types must: build a PI protection compliance system and set up an independent body made up mainly of external members to oversee PI protection; make open, fair and just platform rules setting out how in-platform product and service providers handle PI and their protection duties; stop serving in-platform providers that handle PI in serious breach of laws or administrative regulations; and publish PI protection social-responsibility reports regularly, subject to public oversight.",
      },
      confidence: "T",
    },
    "62": {
      gist: { "zh-CN": "国家网信部门统筹制定个人信息保护具体规则和标准，包括针对敏感个人信息以及人脸识别、人工智能等新技术新应用的专门规则和标准，并支持评估、认证服务。", en: "The CAC coordinates detailed rules and standards, including dedicated ones for sensitive PI and new technologies such as face recognition and AI, and supports assessment and certification services." },
      confidence: "T",
    },
    "64": {
      gist: { "zh-CN": "处理活动存在较大风险或发生安全事件的，履职部门可要求处理者委托专业机构进行合规审计。", en: "Where risk is high or an incident has occurred, regulators may require an audit by a professional body." },
      confidence: "T",
    },
    "66": {
      gist: { "zh-CN": "违法处理个人信息的，责令改正、警告、没收违法所得，拒不改正的处一百万元以下罚款；情节严重的由省级以上部门处五千万元以下或上一年度营业额百分之五以下罚款，并可暂停业务、吊销许可，对直接责任人员处罚款及任职禁止。", en: "Unlawful processing: correction order, warning and confiscation, and up to RMB 1 million if uncorrected; serious cases: up to RMB 50 million or 5% of last year's turnover, suspension or licence revocation, and fines and bans for responsible persons." },
      confidence: "T",
    },
    "67": {
      gist: { "zh-CN": "违法行为依法记入信用档案并予以公示。", en: "Violations are entered in credit records and published." },
      confidence: "T",
    },
    "69": {
      gist: { "zh-CN": "个人信息权益受到侵害造成损害，处理者不能证明自己没有过错的，应承担损害赔偿等侵权责任。", en: "In damage claims the processor's fault is presumed unless it proves otherwise." },
      confidence: "T",
    },
    "71": {
      gist: { "zh-CN": "违反本法构成违反治安管理行为的，依法给予治安管理处罚；构成犯罪的，依法追究刑事责任。", en: "Violations may also lead to public-security administrative penalties or criminal liability." },
      confidence: "T",
    },
    "73": {
      gist: { "zh-CN": "本法用语含义，其中第（二）项界定自动化决策。", en: "Definitions; item (2) defines automated decision-making." },
      confidence: "T",
    },
    "74": {
      gist: { "zh-CN": "本法自2021年11月1日起施行。", en: "The law took effect on 1 November 2021." },
      confidence: "T",
    },
  },
};
