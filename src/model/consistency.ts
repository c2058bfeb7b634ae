// Cross-field consistency: answers that each pass the schema but contradict one another (issue #12).
// A contradiction would put a false fact into a public document (a Beijing vendor printed as an
// "overseas recipient", a notice saying signage exists when it does not), so `validate` rejects
// it and `render` refuses to write from it unless --allow-inconsistent. Each check is data: an id,
// the two fields it compares, and what it says, naming both paths.
import type { Activity, Assessment } from "./assessment.js";
import type { Bilingual } from "../vocab/types.js";
import { formatPath } from "./format-issues.js";
import { SENSITIVE_BY_NATURE } from "./enums.js";
import { countryName, isAbroad } from "./countries.js";

export type Path = readonly (string | number)[];

/** One contradiction: the field to change first, the field it contradicts, and what is wrong. */
export type Inconsistency = {
  readonly check: ConsistencyCheckId;
  readonly path: Path;
  readonly other: Path;
  readonly message: Bilingual;
};

type Hit = { readonly path: Path; readonly other: Path; readonly message: (p: string, o: string) => Bilingual };

type Check = {
  readonly id: string;
  /** What the check compares, for readers of this file and the docs. */
  readonly compares: string;
  readonly find: (a: Assessment) => readonly Hit[];
};

const perActivity = (a: Assessment, f: (act: Activity, at: Path) => readonly Hit[]): Hit[] =>
  a.activities.flatMap((act, i) => f(act, ["activities", i]));

/** ISO dates (YYYY-MM-DD) order as strings. */
const after = (x: string, y: string): boolean => x > y;

const fmt = (n: number): string => n.toLocaleString("en-US");

export const CONSISTENCY_CHECKS = [
  {
    id: "start-after-report",
    compares: "assessment.startDate ≤ assessment.date",
    find: (a) => {
      const s = a.assessment.startDate;
      return s !== undefined && after(s, a.assessment.date)
        ? [
            {
              path: ["assessment", "startDate"],
              other: ["assessment", "date"],
              message: (p, o) => ({
                "zh-CN": `评估开始日期 ${s} 晚于报告日期 ${o}（${a.assessment.date}）：开始日期应不晚于报告日期，请更正其中之一（${p}）`,
                en: `the assessment starts on ${s}, after the report date ${o} (${a.assessment.date}); correct one of them (${p})`,
              }),
            },
          ]
        : [];
    },
  },
  {
    id: "threshold-date-in-future",
    compares: "activities[].faces.thresholdReachedOn ≤ assessment.date",
    find: (a) =>
      perActivity(a, (act, at) => {
        const d = act.faces.thresholdReachedOn;
        return d !== null && after(d, a.assessment.date)
          ? [
              {
                path: [...at, "faces", "thresholdReachedOn"],
                other: ["assessment", "date"],
                message: (p, o) => ({
                  "zh-CN": `达到 10 万人的日期 ${p}（${d}）晚于评估日期 ${o}（${a.assessment.date}）：尚未到来的日期不能是已达到的日期；尚未达到的，填 null 并在 faces.projected12Months 中填写预计数量`,
                  en: `the date 100,000 faces were reached, ${p} (${d}), is after the assessment date ${o} (${a.assessment.date}); a date still to come cannot have been reached — give null and the expected count in faces.projected12Months`,
                }),
              },
            ]
          : [];
      }),
  },
  {
    id: "people-above-total",
    compares: "activities[].subjects.peopleCount and activities[].faces.storedCount ≤ processor.totalPeople",
    find: (a) =>
      perActivity(a, (act, at) => {
        const total = a.processor.totalPeople;
        const over = [
          ["subjects", "peopleCount", act.subjects.peopleCount, "处理其个人信息的人数", "people processed"],
          ["faces", "storedCount", act.faces.storedCount, "存储其人脸信息的人数", "people whose faces are stored"],
        ] as const;
        return over
          .filter(([, , n]) => n > total)
          .map(([group, field, n, zh, en]) => ({
            path: [...at, group, field],
            other: ["processor", "totalPeople"],
            message: (p: string, o: string) => ({
              "zh-CN": `本活动${zh} ${p}（${fmt(n)}）多于处理者处理个人信息的总人数 ${o}（${fmt(total)}）：总人数应不少于任何一项活动的人数，请更正其中之一`,
              en: `${en} in this activity, ${p} (${fmt(n)}), exceed the processor's total ${o} (${fmt(total)}); the total cannot be smaller than one activity — correct one of them`,
            }),
          }));
      }),
  },
  {
    id: "signage-channel-without-signage",
    compares: "activities[].notice.channels includes signage ⇒ activities[].signage.present",
    find: (a) =>
      perActivity(a, (act, at) => {
        const i = act.notice.channels.indexOf("signage");
        return i >= 0 && !act.signage.present
          ? [
              {
                path: [...at, "notice", "channels", i],
                other: [...at, "signage", "present"],
                message: (p, o) => ({
                  "zh-CN": `告知渠道 ${p} 列有“现场提示标识”，但 ${o} 为“否”（现场未设置标识）：删去该渠道，或在设置标识后将 ${o} 改为“是”`,
                  en: `${p} lists on-site signage as a notice channel, but ${o} is false (no sign is posted); remove the channel, or set ${o} to true once a sign is up`,
                }),
              },
            ]
          : [];
      }),
  },
  {
    id: "sensitive-by-law-marked-not-sensitive",
    compares: "activities[].personalInfo[].sensitive is true for categories sensitive by law (PIPL Art 28)",
    find: (a) =>
      perActivity(a, (act, at) =>
        act.personalInfo.flatMap((pi, j) =>
          !pi.sensitive && SENSITIVE_BY_NATURE.includes(pi.category)
            ? [
                {
                  path: [...at, "personalInfo", j, "sensitive"],
                  other: [...at, "personalInfo", j, "category"],
                  message: (p: string, o: string) => ({
                    "zh-CN": `${p} 为“否”，但 ${o}（${pi.category}）依《个人信息保护法》第二十八条属于敏感个人信息（生物识别、金融账户、行踪轨迹、医疗健康等）：改为“是”`,
                    en: `${p} is false, but ${o} (${pi.category}) is sensitive personal information by law (PIPL Art 28: biometrics, financial accounts, location tracks, health); set it to true`,
                  }),
                },
              ]
            : [],
        ),
      ),
  },
  {
    id: "cross-border-no-but-recipient-abroad",
    compares: "activities[].crossBorder.transfers = false ⇒ every activities[].recipients[].country is CN and storage is not overseas",
    find: (a) =>
      perActivity(a, (act, at) =>
        act.crossBorder.transfers
          ? []
          : [
              ...act.recipients.flatMap((r, k) =>
                isAbroad(r.country)
                  ? [
                      {
                        path: [...at, "recipients", k, "country"],
                        other: [...at, "crossBorder", "transfers"],
                        message: (p: string, o: string) => ({
                          "zh-CN": `接收方“${r.name}”位于${countryName(r.country)["zh-CN"]}（${p}: ${r.country}），属于向境外提供，但 ${o} 为“否”：接收方在中国内地的写 CN；确向境外提供的，将 ${o} 改为“是”并回答跨境问题`,
                          en: `recipient "${r.name}" is in ${countryName(r.country).en} (${p}: ${r.country}), which is a transfer abroad, but ${o} is false; write CN for a recipient in mainland China, or set ${o} to true and answer the cross-border questions`,
                        }),
                      },
                    ]
                  : [],
              ),
              ...(act.storage.location === "overseas"
                ? [
                    {
                      path: [...at, "storage", "location"],
                      other: [...at, "crossBorder", "transfers"],
                      message: (p: string, o: string) => ({
                        "zh-CN": `${p} 为“境外服务器”，属于向境外提供，但 ${o} 为“否”：更正存储地点，或将 ${o} 改为“是”并回答跨境问题`,
                        en: `${p} is "overseas", which is a transfer abroad, but ${o} is false; correct the storage location, or set ${o} to true and answer the cross-border questions`,
                      }),
                    },
                  ]
                : []),
            ],
      ),
  },
  {
    id: "cross-border-yes-but-nothing-abroad",
    compares: "activities[].crossBorder.transfers = true ⇒ a recipient outside CN, overseas storage or access from abroad",
    find: (a) =>
      perActivity(a, (act, at) =>
        act.crossBorder.transfers && !act.crossBorder.accessFromAbroad && act.storage.location !== "overseas" && !act.recipients.some((r) => isAbroad(r.country))
          ? [
              {
                path: [...at, "crossBorder", "transfers"],
                other: [...at, "recipients"],
                message: (p: string, o: string) => ({
                  "zh-CN": `${p} 为“是”，但 ${o} 中没有位于中国内地以外的接收方，存储地点也不在境外：列出境外接收方及其国家或地区代码（告知书须写明，《个人信息保护法》第三十九条），或将 ${p} 改为“否”`,
                  en: `${p} is true, but ${o} names no recipient outside mainland China and nothing is stored overseas; list the overseas recipient with its country code (the notice must name it, PIPL Art 39), or set ${p} to false`,
                }),
              },
            ]
          : [],
      ),
  },
] as const satisfies readonly Check[];

export type ConsistencyCheckId = (typeof CONSISTENCY_CHECKS)[number]["id"];

/** Every contradiction in the answers, in check order then activity order. */
export function inconsistencies(a: Assessment): Inconsistency[] {
  return CONSISTENCY_CHECKS.flatMap((c: Check) =>
    c.find(a).map((h) => ({
      check: c.id as ConsistencyCheckId,
      path: h.path,
      other: h.other,
      message: h.message(formatPath(h.path), formatPath(h.other)),
    })),
  );
}
