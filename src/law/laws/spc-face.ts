// SPC judicial interpretation on face-recognition civil cases (digest §7): articles [T]; the
// document number 法释〔2021〕15号 is from memory.
import type { Law } from "../types.js";

export const spcFace: Law = {
  id: "SPC-FACE",
  title: {
    "zh-CN": "《最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定》",
    en: "Provisions of the Supreme People's Court on Several Issues Concerning the Application of Law in Civil Cases Involving the Use of Face Recognition Technology to Process Personal Information",
  },
  short: {
    "zh-CN": "《最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定》",
    en: "SPC Face Recognition Provisions",
  },
  issuer: { "zh-CN": "最高人民法院", en: "Supreme People's Court" },
  docNumber: "法释〔2021〕15号",
  docNumberConfidence: "UNCONFIRMED",
  kind: "judicial-interpretation",
  effective: "2021-08-01",
  effectiveConfidence: "T",
  note: {
    "zh-CN": "文号“法释〔2021〕15号”以官方公布文本为准；施行日期和条文已与全文核对。",
    en: "The document number 法释〔2021〕15号 is subject to the officially published text; the effective date and articles were checked against the full text.",
  },
  numbering: "article",
  articles: {
    "1": {
      gist: { "zh-CN": "人脸信息属于民法典第一千零三十四条规定的生物识别信息。", en: "Face information is biometric information under Civil Code Art 1034." },
      confidence: "T",
    },
    "2": {
      gist: {
        "zh-CN": "下列情形构成侵害人格权益：违法在经营场所、公共场所进行人脸验证、辨识或分析；未公开处理规则或未告知目的、方式、范围；未取得单独同意或法定书面同意；超出目的、方式、范围处理；未采取必要措施致泄露、篡改、丢失；违法向他人提供；违背公序良俗；其他违反合法、正当、必要原则的情形。",
        en: "Infringement includes: unlawful face verification, identification or analysis in business or public places; unpublished rules or unstated purpose, method and scope; no separate or required written consent; exceeding the stated purpose, method or scope; leaks, tampering or loss for lack of safeguards; unlawful provision to others; breach of public order and morals; other breaches of lawfulness, legitimacy and necessity.",
      },
      confidence: "T",
    },
    "3": {
      gist: { "zh-CN": "认定责任时考虑受害人是否为未成年人、告知同意情况及处理的必要性等因素。", en: "Liability weighs whether the victim is a minor, the notice and consent given and how necessary the processing was." },
      confidence: "T",
    },
    "4": {
      gist: { "zh-CN": "以同意人脸处理作为提供产品或服务的条件（处理所必需的除外）、与其他授权捆绑取得同意，或以其他方式强迫、变相强迫同意的，处理者不得以已取得同意抗辩。", en: "Consent is no defence where a product or service was made conditional on it (unless face processing is necessary), it was bundled with other authorisations, or it was otherwise forced." },
      confidence: "T",
    },
    "5": {
      gist: { "zh-CN": "应对突发公共卫生事件或紧急保护生命财产、依照国家规定在公共场所维护公共安全、为公共利益新闻报道、在同意范围内合理处理等情形不承担民事责任。", en: "No liability for emergencies, public-security use in public places under state rules, news reporting in the public interest, reasonable processing within consent and other lawful cases." },
      confidence: "T",
    },
    "10": {
      gist: { "zh-CN": "物业服务企业将人脸识别作为出入小区唯一验证方式的，不同意的业主或物业使用人可请求提供其他合理验证方式，人民法院依法支持。", en: "Where a property manager makes face recognition the only way into a residential estate, an objecting owner or occupant may demand another reasonable method, and courts will support it." },
      confidence: "T",
    },
    "11": {
      gist: { "zh-CN": "以格式条款授予处理者无期限限制、不可撤销、可任意转授权等处理人脸信息权利的，该条款无效。", en: "Standard terms granting unlimited, irrevocable or freely sub-licensable face-processing rights are void." },
      confidence: "T",
    },
    "12": {
      gist: { "zh-CN": "在违约之诉中，即使合同未约定删除，自然人请求删除人脸信息的，人民法院依法支持。", en: "In a contract claim the individual may demand deletion of face data even if the contract is silent on it." },
      confidence: "T",
    },
  },
};
