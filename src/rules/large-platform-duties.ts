// FR-043 — PIPL Art 58: a processor that provides an important internet platform service, with a
// huge number of users and complex business types, carries four further duties: a compliance system
// overseen by an independent body made up mainly of external members; open, fair and just platform
// rules for in-platform providers; stopping services to in-platform providers that seriously break
// the law in handling PI; and regular PI protection social-responsibility reports (legal digest §00 G).
import { defineRule } from "./define-rule.js";
import { cite } from "../law/types.js";
import { bi } from "./facts.js";

export default defineRule({
  id: "FR-043",
  slug: "large-platform-duties",
  severity: "required",
  title: bi(
    "处理者提供重要互联网平台服务，须履行大型平台的个人信息保护特别义务",
    "The processor provides an important internet platform service and must meet the special PI duties of large platforms",
  ),
  summary: bi(
    "重要互联网平台服务提供者须设外部成员为主的独立监督机构、制定平台规则、对严重违法的平台内经营者停止服务、定期发布社会责任报告",
    "Important internet platforms need an independent oversight body of mainly external members, platform rules, cut-off of seriously unlawful in-platform providers, and regular social-responsibility reports",
  ),
  remedy: bi(
    "（一）按照国家规定建立健全个人信息保护合规制度体系，成立主要由外部成员组成的独立机构对个人信息保护情况进行监督；（二）遵循公开、公平、公正的原则制定平台规则，明确平台内产品或者服务提供者处理个人信息的规范和保护个人信息的义务；（三）对严重违反法律、行政法规处理个人信息的平台内产品或者服务提供者，停止提供服务；（四）定期发布个人信息保护社会责任报告，接受社会监督。逐项明确责任部门和完成期限，并在本评估的整改计划中跟踪。",
    "(1) Build a PI protection compliance system as the state requires and set up an independent body made up mainly of external members to oversee PI protection; (2) make open, fair and just platform rules setting out how in-platform product and service providers must handle and protect PI; (3) stop providing services to in-platform providers that handle PI in serious breach of laws or administrative regulations; (4) publish PI protection social-responsibility reports regularly and accept public oversight. Assign an owner and a deadline to each and track them in this assessment's action plan.",
  ),
  cites: [cite("PIPL", 58)],
  reads: ["processor.largePlatform"],
  check(a) {
    if (!a.processor.largePlatform) return [];
    return [
      {
        at: "processor.largePlatform",
        detail: bi(
          `“${a.processor.name}”提供重要互联网平台服务，用户数量巨大、业务类型复杂，除一般义务外还须设立主要由外部成员组成的独立监督机构、制定平台规则、对严重违法处理个人信息的平台内经营者停止提供服务，并定期发布个人信息保护社会责任报告。`,
          `"${a.processor.name}" provides an important internet platform service with a huge number of users and complex business types; beyond the general duties it must set up an independent oversight body made up mainly of external members, make platform rules, stop serving in-platform providers that handle PI in serious breach of the law, and publish PI protection social-responsibility reports regularly.`,
        ),
      },
    ];
  },
});
