// 事前: PIPL Art 55 and FRM Art 9 require the assessment before processing (or a changed purpose or
// method) begins (legal digest §00 B). Shared by FR-001, FR-002 and FR-006: a duty met by this
// report when it comes first, a past breach when processing began earlier, and an open question
// when the answers do not say when processing began.
import type { Activity, Assessment } from "../model/assessment.js";
import type { Bilingual } from "../vocab/types.js";
import type { RuleHit } from "./define-rule.js";
import { bi } from "../vocab/text.js";

export type Timing =
  | "before-processing"
  | "covered-by-previous" // began before this report, after an earlier assessment that covered it
  | "coverage-not-stated" // began after the earlier assessment, which may or may not have covered it
  | "after-processing-began"
  | "start-not-stated";

/** Whether an assessment dated `assessed` came before processing that begins on `start`. */
export function timingOf(start: string | undefined, assessed: string): Timing {
  if (start === undefined) return "start-not-stated";
  return start < assessed ? "after-processing-began" : "before-processing";
}

/**
 * Whether an assessment came before the activity: this one, or (on a reassessment) the previous one
 * when it is dated no later than the start and covered the activity. An unanswered "covered?" is an
 * open question, never a guessed breach.
 */
export function priorAssessment(act: Activity, a: Assessment): Timing {
  const own = timingOf(act.startDate, a.assessment.date);
  if (own !== "after-processing-began") return own;
  const prev = a.assessment.previous;
  if (!prev.exists || prev.date === undefined || act.startDate === undefined || prev.date > act.startDate) return own;
  if (act.coveredByPrevious === true) return "covered-by-previous";
  if (act.coveredByPrevious === undefined) return "coverage-not-stated";
  return own;
}

const PAST = bi("处理开始前未进行影响评估（事后无法补正）", "no impact assessment before processing began (cannot be cured afterwards)");

/** The status part of a hit for a timing. */
export function timingHit(t: Timing, _name: string, assessed: string): Pick<RuleHit, "satisfied" | "pastBreach" | "ground" | "consequence" | "remedy" | "due"> {
  if (t === "before-processing" || t === "covered-by-previous") return { satisfied: true };
  if (t === "coverage-not-stated")
    return {
      consequence: "rectify-by",
      ground: bi("未说明上次评估是否涵盖该活动，无法确认是否事前评估", "not stated whether the previous assessment covered this activity: prior assessment unconfirmed"),
      due: { date: assessed, estimated: false },
      remedy: bi(
        "核实并写明上次影响评估是否已涵盖该活动（当前的处理目的和方式）；未涵盖的，本评估须如实记录未事前评估的情况。",
        "Establish and state whether the previous impact assessment covered this activity (its present purpose and method); if it did not, this assessment must record that the activity was not assessed in advance.",
      ),
    };
  if (t === "after-processing-began")
    return {
      pastBreach: true,
      consequence: "rectify-by",
      ground: PAST,
      due: { date: assessed, estimated: false },
      remedy: bi(
        "如实记录该违规情况；立即完成并审批本评估，此后严格按本评估结论处理；建立“先评估、后处理”的内部审批流程，防止再次发生。",
        "Record the breach truthfully; complete and approve this assessment at once and process only as it concludes from now on; set up an internal approval step so that no processing starts before its assessment.",
      ),
    };
  return {
    consequence: "rectify-by",
    ground: bi("未说明处理开始日期，无法确认影响评估是否在事前完成", "start date not stated: whether the assessment came first cannot be confirmed"),
    due: { date: assessed, estimated: false },
    remedy: bi(
      "在评估记录中写明该活动开始（或计划开始）处理的日期；处理已经开始的，本评估须如实记录未事前评估的情况。",
      "Record in the assessment when the activity began (or will begin); if processing has already begun, this assessment must record that it was not assessed in advance.",
    ),
  };
}

export function timingText(t: Timing, act: Activity, a: Assessment): Bilingual {
  const assessed = a.assessment.date;
  const prev = a.assessment.previous;
  const prevRef = `${prev.date ?? ""}${prev.reportId ? `（${prev.reportId}）` : ""}`;
  const prevRefEn = `${prev.date ?? ""}${prev.reportId ? ` (${prev.reportId})` : ""}`;
  if (t === "covered-by-previous")
    return bi(
      `该活动于 ${act.startDate ?? ""} 开始处理，此前已由 ${prevRef} 的影响评估涵盖；本评估为复评。`,
      `The activity began on ${act.startDate ?? ""}, after the impact assessment of ${prevRefEn} that covered it; this assessment is a reassessment.`,
    );
  if (t === "coverage-not-stated")
    return bi(
      `该活动于 ${act.startDate ?? ""} 开始处理，晚于上次评估（${prevRef}），但未说明上次评估是否涵盖该活动，无法确认是否事前评估。`,
      `The activity began on ${act.startDate ?? ""}, after the previous assessment (${prevRefEn}), but whether that assessment covered it is not stated, so a prior assessment cannot be confirmed.`,
    );
  if (t === "before-processing")
    return bi(
      `该活动于 ${act.startDate ?? ""} 开始处理，本评估（${assessed}）在处理前完成，即为该项事前评估。`,
      `The activity begins on ${act.startDate ?? ""}; this assessment (${assessed}) comes first and is that prior assessment.`,
    );
  if (t === "after-processing-began")
    return bi(
      `该活动已于 ${act.startDate ?? ""} 开始处理，早于本评估（${assessed}）：事前评估的义务已被违反，本评估不能使其成为“已履行”，只能如实记录并据此规范今后的处理。`,
      `The activity began on ${act.startDate ?? ""}, before this assessment (${assessed}): the duty to assess in advance was breached; this assessment cannot make it "met" and records it, governing processing from now on.`,
    );
  return bi(
    "评估中未能确认该活动开始处理的日期，无法确认本评估是否在处理前完成。",
    "It was not established when the activity began, so it cannot be confirmed that this assessment came first.",
  );
}
