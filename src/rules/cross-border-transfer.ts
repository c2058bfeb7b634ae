// FR-033 — PIPL Arts 38-39, 55(4) and the Cross-Border Data Flow Provisions (2024; legal digest §00 F).
// PI that goes abroad — stored abroad, given to a recipient abroad, or viewable or retrievable from
// abroad, which is a transfer too — needs the route its volume requires, counted from 1 January over
// every activity (src/facts/cross-border.ts): any sensitive PI (face information) at least the
// standard contract or certification; sensitive PI of 10,000+ people, PI of 1,000,000+ people,
// important data or any export by a CIIO a CAC security assessment. It also needs notice of the
// overseas recipient and separate consent (Art 39). Until each is in place the transfer must not run:
// `required`, suspend until fixed. The Provisions' article numbers are [S], so they are cited whole.
import { defineRule, eachActivity } from "./define-rule.js";
import type { RuleHit } from "./define-rule.js";
import { cite } from "../law/types.js";
import type { Activity } from "../model/assessment.js";
import type { CrossBorderRoute } from "../model/enums.js";
import type { Bilingual } from "../vocab/types.js";
import { goesAbroad, isForeignRecipient } from "../facts/activity.js";
import { crossBorderRouteRequired, routeMeets, type RouteGround, type RouteLevel, type RouteRequirement } from "../facts/cross-border.js";
import { bi, listBi, num } from "./facts.js";
import { countryName } from "../model/countries.js";

const ROUTE: Readonly<Record<CrossBorderRoute, Bilingual>> = {
  none: bi("未采用任何法定出境途径", "no statutory transfer route is in place"),
  "security-assessment": bi("已通过数据出境安全评估", "a CAC security assessment is in place"),
  "standard-contract": bi("仅订立了个人信息出境标准合同", "only the CAC standard contract is in place"),
  certification: bi("仅取得了个人信息保护认证", "only PI protection certification is in place"),
  other: bi("仅依据其他规定条件", "only another route set by law or the CAC is relied on"),
};

const GROUND: Readonly<Record<RouteGround, Bilingual>> = {
  ciio: bi("处理者为关键信息基础设施运营者（不论数量）", "the processor is a critical information infrastructure operator (whatever the volume)"),
  "important-data": bi("出境数据包含重要数据", "the data going abroad includes important data"),
  "people-1m": bi("处理者自当年1月1日起累计向境外提供100万人以上的个人信息", "the processor's transfers since 1 January cover PI of 1,000,000 people or more"),
  "sensitive-10k": bi("处理者自当年1月1日起累计向境外提供1万人以上的敏感个人信息", "the processor's transfers since 1 January cover sensitive PI of 10,000 people or more"),
  "sensitive-pi": bi(
    "出境信息包含敏感个人信息（如人脸信息），不适用不满10万人的豁免",
    "the data going abroad includes sensitive PI (such as face information), which the under-100,000 exemption does not cover",
  ),
  "people-100k": bi("处理者自当年1月1日起累计向境外提供10万人以上的个人信息", "the processor's transfers since 1 January cover PI of 100,000 people or more"),
};

const ASSESSMENT_GROUNDS: ReadonlySet<RouteGround> = new Set(["ciio", "important-data", "people-1m", "sensitive-10k"]);

const NEEDS: Readonly<Record<Exclude<RouteLevel, "none">, Bilingual>> = {
  "security-assessment": bi("通过所在地省级网信部门向国家网信部门申报数据出境安全评估", "a CAC security assessment, applied for through the provincial CAC office"),
  "contract-or-certification": bi(
    "至少订立个人信息出境标准合同或通过个人信息保护认证（安全评估亦可）",
    "at least the CAC standard contract or PI protection certification (a security assessment also suffices)",
  ),
};

const ROUTE_REMEDY: Readonly<Record<Exclude<RouteLevel, "none">, Bilingual>> = {
  "security-assessment": bi(
    "暂停向境外提供（包括境外人员或服务商的访问），通过所在地省级网信部门申报数据出境安全评估，评估通过后方可恢复；不能通过的，改为境内存储和处理。",
    "Suspend the transfer (including access by staff or vendors abroad), apply for a CAC security assessment through the provincial CAC office, and resume only once it is passed; otherwise store and process the data in China.",
  ),
  "contract-or-certification": bi(
    "暂停向境外提供（包括境外人员或服务商的访问），与境外接收方订立个人信息出境标准合同并按规定备案，或取得个人信息保护认证，完成后方可恢复；并按自当年1月1日起累计的出境人数持续核查是否达到安全评估门槛。",
    "Suspend the transfer (including access by staff or vendors abroad), sign the CAC standard contract with the overseas recipient and file it as required, or obtain PI protection certification, and resume only then; keep counting the people whose PI goes abroad from 1 January against the security-assessment thresholds.",
  ),
};

/** How the activity's data goes abroad, in words. */
function via(act: Activity): Bilingual {
  const how: Bilingual[] = [];
  if (act.storage.location === "overseas") how.push(bi(`存储于境外（${act.storage.region}）`, `stored abroad (${act.storage.region})`));
  const abroad = act.recipients.filter(isForeignRecipient);
  if (abroad.length > 0)
    how.push(
      bi(
        `提供给境外接收方 ${abroad.map((r) => `“${r.name}”（${countryName(r.country)["zh-CN"]}）`).join("、")}`,
        `provided to overseas recipient(s) ${abroad.map((r) => `"${r.name}" (${countryName(r.country).en})`).join(", ")}`,
      ),
    );
  if (act.crossBorder.accessFromAbroad)
    how.push(bi("可由境外人员或服务商查看、调取（从境外访问即属向境外提供）", "viewable or retrievable by staff or a vendor abroad (access from abroad is a transfer)"));
  if (how.length === 0) how.push(bi("向境外提供", "transferred abroad"));
  return bi(how.map((h) => h["zh-CN"]).join("，并"), listBi(how).en);
}

/** The people counted this year, for the activity and the processor. */
function volumeText(req: RouteRequirement): Bilingual {
  const { activity: v, totals: t } = req;
  const est = v.estimated ? bi("（未填写当年出境人数，按本活动涉及人数计）", " (no count for this year is given; the activity's people count is used)") : bi("", "");
  return bi(
    `自当年1月1日起，本活动向境外提供约 ${num(v.people)} 人的个人信息，其中敏感个人信息 ${num(v.sensitivePeople)} 人${est["zh-CN"]}；处理者各活动合计 ${num(t.people)} 人，其中敏感个人信息 ${num(t.sensitivePeople)} 人`,
    `Since 1 January this activity sends abroad PI of about ${num(v.people)} people, sensitive PI of ${num(v.sensitivePeople)} of them${est.en}; across all activities the processor sends PI of ${num(t.people)} people, sensitive PI of ${num(t.sensitivePeople)} of them`,
  );
}

export default defineRule({
  id: "FR-033",
  slug: "cross-border-transfer",
  severity: "required",
  consequence: "suspend-until-fixed",
  protection: true,
  title: bi(
    "个人信息向境外提供（含在境外存储、从境外访问），出境条件未全部满足",
    "Personal information goes abroad (stored, received or accessed outside mainland China) without every transfer condition met",
  ),
  summary: bi(
    "出境须具备与当年累计出境人数相应的途径（敏感个人信息至少标准合同或认证，达到门槛或属关键信息基础设施运营者的须安全评估），告知境外接收方并取得单独同意；从境外访问视为出境",
    "A transfer needs the route its volume since 1 January requires (sensitive PI at least the standard contract or certification; a security assessment above the thresholds or for a CIIO), notice of the recipient and separate consent; access from abroad is a transfer",
  ),
  remedy: bi(
    "出境前：按自当年1月1日起累计的出境人数和数据类型确定并完成出境途径（网信部门安全评估、个人信息保护认证或标准合同）；向个人告知境外接收方名称、联系方式、处理目的、方式、信息种类及向其行使权利的方式，取得单独同意；在本评估中专门评估出境风险。条件具备前不得向境外提供（包括从境外访问），或改为境内存储和处理。",
    "Before any transfer: complete the route the volume since 1 January and the data type require (CAC security assessment, PI protection certification, or the standard contract); tell individuals the overseas recipient's name and contact, purpose, method, categories and how to exercise rights against it, and obtain separate consent; assess the transfer specifically in this PIA. Until then the data must not go abroad (access from abroad included); otherwise store and process it in China.",
  ),
  cites: [cite("PIPL", 38), cite("PIPL", 39), cite("PIPL", 55, { item: 4 }), cite("CROSS-BORDER", "-")],
  reads: [
    "processor.ciio",
    "activities[].crossBorder.transfers",
    "activities[].crossBorder.accessFromAbroad",
    "activities[].crossBorder.route",
    "activities[].crossBorder.separateConsent",
    "activities[].crossBorder.recipientNotice",
    "activities[].crossBorder.peopleThisYear",
    "activities[].crossBorder.sensitivePeopleThisYear",
    "activities[].crossBorder.importantData",
    "activities[].storage.location",
    "activities[].storage.region",
    "activities[].recipients[].country",
    "activities[].recipients[].name",
    "activities[].recipients[].categories",
    "activities[].subjects.peopleCount",
    "activities[].personalInfo[].sensitive",
  ],
  check(a) {
    return eachActivity(a, (act, i) => {
      if (!goesAbroad(act)) return null;
      const cb = act.crossBorder;
      const where = via(act);
      const hits: RuleHit[] = [];
      const req = crossBorderRouteRequired(a, act);
      if (req.level !== "none" && !routeMeets(cb.route, req.level)) {
        const grounds = listBi(req.grounds.filter((g) => (req.level === "security-assessment" ? ASSESSMENT_GROUNDS.has(g) : !ASSESSMENT_GROUNDS.has(g))).map((g) => GROUND[g]));
        const vol = volumeText(req);
        hits.push({
          activity: act.id,
          at: `activities[${i}].crossBorder.route`,
          ground: bi("出境途径与出境数量不相适应", "no transfer route fit for the volume"),
          ...(req.grounds.includes("ciio") ? { cites: [cite("PIPL", 40)] } : {}),
          detail: bi(
            `活动“${act.name}”的个人信息${where["zh-CN"]}。${vol["zh-CN"]}。因${grounds["zh-CN"]}，须${NEEDS[req.level]["zh-CN"]}，但${ROUTE[cb.route]["zh-CN"]}。出境途径到位前不得向境外提供。`,
            `Activity "${act.name}": personal information is ${where.en}. ${vol.en}. Because ${grounds.en}, the transfer needs ${NEEDS[req.level].en}, but ${ROUTE[cb.route].en}. It must not run until that route is in place.`,
          ),
          remedy: ROUTE_REMEDY[req.level],
        });
      }
      const gaps = [
        cb.recipientNotice ? null : bi("未告知境外接收方情况", "no notice of the overseas recipient"),
        cb.separateConsent ? null : bi("未取得个人的单独同意", "no separate consent"),
      ].filter((g) => g !== null);
      if (gaps.length > 0) {
        const g = listBi(gaps);
        hits.push({
          activity: act.id,
          at: `activities[${i}].crossBorder.${cb.recipientNotice ? "separateConsent" : "recipientNotice"}`,
          ground: bi("未告知境外接收方或未取得单独同意", "no notice of the recipient or no separate consent"),
          detail: bi(
            `活动“${act.name}”的个人信息${where["zh-CN"]}，但${g["zh-CN"]}。告知和单独同意完成前不得向境外提供。`,
            `Activity "${act.name}": personal information is ${where.en}, with ${g.en}. It must not go abroad until the notice is given and separate consent obtained.`,
          ),
          remedy: bi(
            "向个人告知境外接收方的名称、联系方式、处理目的、处理方式、个人信息种类以及向其行使权利的方式，并就出境取得个人的单独同意；完成前暂停向境外提供（包括从境外访问）。",
            "Tell individuals the overseas recipient's name and contact details, the purpose, method and categories of PI, and how to exercise their rights against it, and obtain their separate consent to the transfer; suspend the transfer (access from abroad included) until then.",
          ),
        });
      }
      return hits;
    });
  },
});
