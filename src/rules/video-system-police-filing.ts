// FR-028 — PSVS Art 14: a video system in a place listed in Art 7 must be filed with the county-level
// public security organ within 30 days of going live (systems live before 2025-04-01: within 90 days
// of that date); penalty PSVS Art 29. Art 9 para 2 exempts other public places, so only designated
// places are checked. The periods are calendar days (日), not working days.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { addDays } from "../dates/iso-date-math.js";
import { bi, num } from "./facts.js";

/** PSVS in force; systems live before this date had 90 days from it to file. */
const PSVS_IN_FORCE = "2025-04-01";

export default defineRule({
  id: "FR-028",
  slug: "video-system-police-filing",
  severity: "required",
  title: bi(
    "重点公共场所的公共安全视频图像信息系统未向县级公安机关备案",
    "The public-security video system of a designated public place is not filed with the county-level police",
  ),
  summary: bi(
    "《公共安全视频图像信息系统管理条例》第七条所列场所的视频系统须在投入使用后30日内向县级公安机关备案",
    "Video systems in PSVS Art 7 places must be filed with the county police within 30 days of going live",
  ),
  remedy: bi(
    "向所在地县级人民政府公安机关备案，报送使用单位基本情况、系统安装位置、图像采集设备数量和类型、视频图像保存期限；此后信息发生变化的，及时办理变更。",
    "File with the county-level public security organ: the operator's basic details, where the system is installed, the number and type of cameras, and the video retention period; report later changes promptly.",
  ),
  cites: [cite("PSVS", 14), cite("PSVS", 29)],
  reads: [
    "activities[].videoSystem.designatedPlace",
    "activities[].videoSystem.liveDate",
    "activities[].videoSystem.policeFiled",
    "activities[].videoSystem.cameraCount",
    "assessment.date",
  ],
  check(a) {
    return eachActivity(a, (act, i) => {
      const v = act.videoSystem;
      if (v === null || !v.designatedPlace || v.policeFiled) return null;
      const at = `activities[${i}].videoSystem.policeFiled`;
      const cams = bi(`（${num(v.cameraCount)} 台摄像机）`, ` (${num(v.cameraCount)} cameras)`);
      if (v.liveDate === null)
        return {
          activity: act.id,
          at,
          severity: "advice",
          detail: bi(
            `活动“${act.name}”的视频系统${cams["zh-CN"]}位于重点公共场所，尚未投入使用，应在投入使用之日起30日内备案。`,
            `Activity "${act.name}" has a video system${cams.en} in a designated public place that is not yet live; it must be filed within 30 days of going live.`,
          ),
        };
      const existing = v.liveDate < PSVS_IN_FORCE;
      const due = existing ? addDays(PSVS_IN_FORCE, 90) : addDays(v.liveDate, 30);
      const overdue = due < a.assessment.date;
      const basis = existing
        ? bi(`系统于 ${v.liveDate} 投入使用，早于条例施行日，应在 ${PSVS_IN_FORCE} 起90日内即 ${due} 前备案`, `it went live on ${v.liveDate}, before the regulation took effect, so it had to be filed within 90 days of ${PSVS_IN_FORCE}, i.e. by ${due}`)
        : bi(`系统于 ${v.liveDate} 投入使用，应在30日内即 ${due} 前备案`, `it went live on ${v.liveDate}, so it had to be filed within 30 days, i.e. by ${due}`);
      const late = overdue ? bi(`，截至评估日 ${a.assessment.date} 已逾期`, `; as at the assessment date ${a.assessment.date} the filing is overdue`) : bi("", "");
      return {
        activity: act.id,
        at,
        due: { date: due, estimated: false },
        detail: bi(
          `活动“${act.name}”的视频系统${cams["zh-CN"]}位于重点公共场所，尚未向公安机关备案；${basis["zh-CN"]}${late["zh-CN"]}。`,
          `Activity "${act.name}" has a video system${cams.en} in a designated public place that is not filed with the police; ${basis.en}${late.en}.`,
        ),
      };
    });
  },
});
