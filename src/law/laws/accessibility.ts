// 《中华人民共和国无障碍环境建设法》 (2023). The legal digest §00 G names it for accessible notice and
// alternatives, and FRM Art 5 [O] requires processing of disabled and elderly people's face
// information to meet the national accessible-environment rules; the digest gives no article number,
// so the law is cited as a whole, at the secondary-source level, with a professional caveat.
import { WHOLE, type Law } from "../types.js";

export const accessibility: Law = {
  id: "ACCESSIBILITY",
  title: { "zh-CN": "《中华人民共和国无障碍环境建设法》", en: "Law of the People's Republic of China on Barrier-Free Environment Construction" },
  short: { "zh-CN": "《无障碍环境建设法》", en: "Barrier-Free Environment Law" },
  issuer: { "zh-CN": "全国人民代表大会常务委员会", en: "Standing Committee of the National People's Congress" },
  kind: "law",
  effective: "2023-09-01",
  effectiveConfidence: "UNCONFIRMED",
  note: {
    "zh-CN": "施行日期（2023年9月1日）以官方公布文本为准。",
    en: "The effective date (1 September 2023) should be read against the officially published text.",
  },
  numbering: "article",
  articles: {
    [WHOLE]: {
      gist: {
        "zh-CN": "保障残疾人、老年人平等、充分、便捷地获取信息和使用服务：提供信息和服务应当具备无障碍的信息交流方式（如大字、语音、辅助办理），并保留便于其使用的替代方式。",
        en: "Disabled and elderly people must be able to obtain information and use services equally, fully and conveniently: information and services are offered in accessible forms (large print, voice, assisted handling) and with alternatives they can use.",
      },
      confidence: "S",
      note: {
        "zh-CN": "本法就无障碍信息交流和替代服务方式作出规定，此处整体引用；具体条文以官方公布文本为准。",
        en: "The law governs accessible information and alternative ways of service; it is cited as a whole, and the specific articles should be read against the officially published text.",
      },
    },
  },
};
