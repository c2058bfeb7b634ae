// 《公共安全视频图像信息系统管理条例》 (State Council, in force 2025-04-01 per its Art 34); digest §8, all [T].
import type { Law } from "../types.js";

export const psvs: Law = {
  id: "PSVS",
  title: { "zh-CN": "《公共安全视频图像信息系统管理条例》", en: "Regulation on the Administration of Public Security Video Image Information Systems" },
  short: { "zh-CN": "《公共安全视频图像信息系统管理条例》", en: "Public Security Video Image Information System Regulation" },
  issuer: { "zh-CN": "国务院", en: "State Council" },
  kind: "administrative-regulation",
  effective: "2025-04-01",
  effectiveConfidence: "T",
  numbering: "article",
  articles: {
    "2": {
      gist: { "zh-CN": "适用于在公共场所安装图像采集设备，采集、传输、显示、存储与公共安全有关区域视频图像信息的系统。", en: "Covers systems that install image-capture equipment in public places to collect, transmit, display and store video of areas relevant to public security." },
      confidence: "T",
    },
    "7": {
      gist: { "zh-CN": "人员密集场所、交通枢纽、大中型公共交通工具、高速公路服务区等涉及公共安全的场所由经营管理单位依规建设系统，安装须为维护公共安全所必需，其他单位和个人不得安装。", en: "Operators of crowded places, transport hubs, large and medium public transport and motorway service areas build the system where public security requires it; no one else may install one." },
      confidence: "T",
    },
    "8": {
      gist: { "zh-CN": "禁止在旅馆、宾馆、招待所、民宿的客房或包间内部，学生宿舍和员工住宿休息房间内部，公共浴室、卫生间、更衣室、哺乳室、试衣间内部及其他可能拍摄、窥视、窃听他人隐私的区域安装图像采集设备，管理者应检查并报告公安机关。", en: "No image-capture equipment inside guest rooms or private dining rooms, dormitory or staff rest rooms, baths, toilets, changing, nursing or fitting rooms, or anywhere it could film or eavesdrop on privacy; managers must inspect and report such devices to the police." },
      confidence: "T",
    },
    "9": {
      gist: { "zh-CN": "其他公共场所仅可由负有安全防范职责的单位或个人在维护公共安全所必需时安装，且不适用第十一条、第十四条、第十五条、第十六条第（二）项和第十七条。", en: "In other public places only the party with the security-protection duty may install, where public security requires; Arts 11, 14, 15, 16(2) and 17 do not apply there." },
      confidence: "T",
    },
    "13": {
      gist: { "zh-CN": "应根据公共安全需要并兼顾隐私和个人信息保护，合理确定设备位置、角度和采集范围，并设置显著的提示标识。", en: "Position, angle and capture range must be set reasonably for public security with due respect for privacy and PI, and prominent signs are required." },
      confidence: "T",
    },
    "14": {
      gist: { "zh-CN": "系统投入使用之日起30日内向县级公安机关备案单位基本情况、系统位置、设备数量和类型、视频图像保存期限；已运行系统自2025年4月1日起90日内备案，变更应及时备案。", en: "Within 30 days of going live, file with the county police the unit's details, system locations, camera number and type and video retention period; existing systems file within 90 days of 1 April 2025, and changes promptly." },
      confidence: "T",
    },
    "15": {
      gist: { "zh-CN": "应防范攻击、侵入、病毒、篡改和泄露，保障原始视频图像完整，并以合同约束委托的运维单位。", en: "Guard against attack, intrusion, malware, tampering and leaks, keep original footage intact and bind outsourced operators by contract." },
      confidence: "T",
    },
    "16": {
      gist: { "zh-CN": "应采取防止滥用的措施：监看人员上岗审查和保密培训、授权管理和访问控制、记录调用事由、内容、单位和姓名的信息调用登记制度等。", en: "Prevent abuse through vetting and confidentiality training of monitoring staff, authorisation and access control, and a call-up register recording reason, content, unit and name." },
      confidence: "T",
    },
    "17": {
      gist: { "zh-CN": "视频图像信息保存期限不少于30日；超过30日且目的已实现的应当删除，法律另有规定的除外。", en: "Footage is kept at least 30 days, and deleted after that once its purpose is achieved, unless another law provides otherwise." },
      confidence: "T",
    },
    "21": {
      gist: { "zh-CN": "为保护生命财产安全，当事人及其近亲属或监护人经管理单位同意可查阅相关视频图像信息。", en: "To protect life or property, the person concerned, close relatives or guardians may view related footage with the operator's consent." },
      confidence: "T",
    },
    "22": {
      gist: { "zh-CN": "公开视频图像信息时应严格保护人脸、车牌等信息。", en: "Published footage must strictly protect faces and licence plates." },
      confidence: "T",
    },
    "26": {
      gist: { "zh-CN": "违反第七条第三款、第九条擅自安装的，责令改正并删除；拒不改正的没收设备，对个人处五千元以下、对单位处二万元以下罚款。", en: "Unauthorised installation (Art 7 para 3, Art 9): correction and deletion; if refused, confiscation and a fine up to RMB 5,000 (individual) or RMB 20,000 (unit)." },
      confidence: "T",
    },
    "27": {
      gist: { "zh-CN": "在禁止区域安装的，没收设备、删除信息，对个人处五千元以上一万元以下、对单位处一万元以上二万元以下罚款；管理者未履行检查义务的亦受处罚。", en: "Installation in a prohibited place: confiscation, deletion and a fine of RMB 5,000-10,000 (individual) or 10,000-20,000 (unit); managers who fail to inspect are also penalised." },
      confidence: "T",
    },
    "29": {
      gist: { "zh-CN": "未备案或者备案不实的，责令改正；拒不改正的处一万元以下罚款。", en: "Missing or false filing: correction order, then a fine up to RMB 10,000 if uncorrected." },
      confidence: "T",
    },
    "31": {
      gist: { "zh-CN": "违反网络安全、数据安全和个人信息保护要求的，依照网络安全法、数据安全法、个人信息保护法处罚。", en: "Security or PI breaches are penalised under the Cybersecurity Law, Data Security Law and PIPL." },
      confidence: "T",
    },
    "33": {
      gist: { "zh-CN": "在非公共场所安装图像采集设备不得危害公共安全或侵犯他人合法权益，不得非法提供或传播所获视频图像信息。", en: "Devices in non-public places must not endanger public security or others' rights, and footage may not be unlawfully provided or spread." },
      confidence: "T",
    },
    "34": {
      gist: { "zh-CN": "本条例自2025年4月1日起施行。", en: "The Regulation took effect on 1 April 2025." },
      confidence: "T",
    },
  },
};
