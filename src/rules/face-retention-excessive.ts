// FR-017 — Face Measures Art 8; PIPL Arts 19, 47; GB/T 35273 §6.1: face information is kept no
// longer than the shortest time the purpose needs, unless a law or administrative regulation
// provides otherwise. Three cases breach it:
// - "indefinite" is never that shortest time;
// - a stated purpose period shorter than the retention period shows the excess;
// - face data kept far longer than matching needs, with neither a stated purpose period nor a
//   statute: the user need not state the "needed" days first. The excess is presumed rather than
//   shown, so this case is `required` (fix the period, delete the excess by a deadline). "Far longer" is a documented
//   threshold by purpose: a one-off 1:1 identity check (e.g. check-in against the ID-card photo)
//   needs nothing once the match is done, so more than ONE_OFF_DAYS (a margin for queries about
//   the check) is far longer; recurring matching (attendance, access control, security) needs the
//   data while the relationship lasts, measured from an event (leaving, moving out), so a fixed
//   period or a period after that event of more than LONG_DAYS (over a year: multi-year) is far
//   longer. A stated purpose period or a named statute makes the case one of the other two.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { handlesFacePi, oneOffVerification, purposeDays, retainedDays, retentionReasonStated } from "../facts/activity.js";
import { bi } from "../vocab/text.js";

/** A one-off 1:1 check needs no retention after the match; 30 days covers a query about the check. */
export const ONE_OFF_DAYS = 30;
/** Recurring matching: more than a year kept (fixed, or after the ending event) is multi-year retention. */
export const LONG_DAYS = 365;

export default defineRule({
  id: "FR-017",
  slug: "face-retention-excessive",
  severity: "prohibited",
  protection: true,
  title: {
    "zh-CN": "人脸信息保存期限不确定或超过实现处理目的所必需的最短时间",
    en: "Face data is kept indefinitely or longer than the purpose needs",
  },
  summary: { "zh-CN": "人脸信息保存期限不得超过实现目的所必需的最短时间", en: "Face data retention must be the shortest the purpose needs" },
  remedy: {
    "zh-CN": "确定与目的相称的最短保存期限（如离职、搬离或撤回同意后若干日内删除），到期自动删除或匿名化，并留存删除记录。",
    en: "Set the shortest period the purpose needs (e.g. delete within N days of leaving, moving out or withdrawing consent), delete or anonymise automatically when it ends, and log deletions.",
  },
  cites: [cite("FRM", 8), cite("PIPL", 19), cite("PIPL", 47), cite("GBT35273", "6.1")],
  reads: [
    "activities[].storage.retention.kind",
    "activities[].storage.retention.days",
    "activities[].storage.retention.eventOffsetDays",
    "activities[].storage.retention.purposeDays",
    "activities[].storage.retentionStatute",
    "activities[].matchingMode",
    "activities[].purposes",
  ],
  check(a) {
    return eachActivity(a, (act, i) => {
      if (!handlesFacePi(act)) return null;
      const r = act.storage.retention;
      const at = `activities[${i}].storage.retention`;
      const ground = bi("人脸信息保存超过必要期限（超期部分应立即删除）", "face data kept beyond what the purpose needs (delete the excess now)");
      if (r.kind === "indefinite")
        return {
          activity: act.id,
          at: `${at}.kind`,
          ground,
          detail: { "zh-CN": `活动“${act.name}”的人脸信息无限期保存。`, en: `Face data for "${act.name}" is kept indefinitely.` },
        };
      const kept = retainedDays(act);
      const need = purposeDays(act);
      const after = r.kind === "event" ? bi(`（${r.event}后）`, ` (after ${r.event})`) : bi("", "");
      if (kept !== null && need !== null && kept > need)
        return {
          activity: act.id,
          at: `${at}.${r.kind === "days" ? "days" : "eventOffsetDays"}`,
          ground,
          detail: {
            "zh-CN": `活动“${act.name}”的人脸信息保存 ${kept} 日${after["zh-CN"]}，而实现目的只需 ${need} 日。`,
            en: `Face data for "${act.name}" is kept ${kept} days${after.en}, while the purpose needs only ${need}.`,
          },
        };
      if (kept === null || retentionReasonStated(act)) return null;
      const oneOff = oneOffVerification(act);
      const limit = oneOff ? ONE_OFF_DAYS : LONG_DAYS;
      if (kept <= limit) return null;
      const why = oneOff
        ? bi(
            `该活动为一次性的1:1身份核验，比对完成后即无需保存人脸信息，保存超过 ${ONE_OFF_DAYS} 日即远超比对所需`,
            `the activity is a one-off 1:1 identity check, which needs no face data once the match is done, so keeping it more than ${ONE_OFF_DAYS} days is far longer than matching needs`,
          )
        : bi(
            `重复比对（如考勤、门禁、安防）只在相关关系存续期间需要人脸信息，应以关系终止等事件确定期限；固定保存或事件后保存超过 ${LONG_DAYS} 日即为多年保存，远超比对所需`,
            `recurring matching (attendance, access control, security) needs face data only while the relationship lasts, so the period should run from an event such as its end; keeping it, fixed or after that event, more than ${LONG_DAYS} days is multi-year retention, far longer than matching needs`,
          );
      // The excess is presumed, not shown: the processor has not fixed the period the purpose needs
      // (PIPL Art 19 "应当"), and can clear the finding by stating it or naming the statute. So it
      // is `required` and rectified by a deadline, not the `prohibited` stop of a shown excess.
      return {
        activity: act.id,
        at: `${at}.purposeDays`,
        severity: "required",
        consequence: "rectify-by",
        ground: bi(
          "长期保存人脸信息而未说明理由（应确定必需的最短期限并删除超出部分）",
          "face data kept for years with no stated reason (fix the shortest period needed and delete the excess)",
        ),
        detail: {
          "zh-CN": `活动“${act.name}”的人脸信息保存 ${kept} 日${after["zh-CN"]}，既未说明实现目的所需的期限，也未指明规定该期限的法律、行政法规；${why["zh-CN"]}。`,
          en: `Face data for "${act.name}" is kept ${kept} days${after.en}, with neither a stated period the purpose needs nor a law or administrative regulation that sets it; ${why.en}.`,
        },
      };
    });
  },
});
