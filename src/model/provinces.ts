// The provincial-level divisions (省级行政区): 31 on the mainland plus Hong Kong, Macao and Taiwan.
// The answers may give the full name (上海市), the short name (上海) or the English name
// (Shanghai); anything else is refused with the list, because the province names the filing
// authority (the provincial CAC, FRM Art 15) and the documents print it.
import type { Bilingual } from "../vocab/types.js";

export const PROVINCES: readonly (readonly [full: string, short: string, en: string])[] = [
  ["北京市", "北京", "Beijing"],
  ["天津市", "天津", "Tianjin"],
  ["河北省", "河北", "Hebei"],
  ["山西省", "山西", "Shanxi"],
  ["内蒙古自治区", "内蒙古", "Inner Mongolia"],
  ["辽宁省", "辽宁", "Liaoning"],
  ["吉林省", "吉林", "Jilin"],
  ["黑龙江省", "黑龙江", "Heilongjiang"],
  ["上海市", "上海", "Shanghai"],
  ["江苏省", "江苏", "Jiangsu"],
  ["浙江省", "浙江", "Zhejiang"],
  ["安徽省", "安徽", "Anhui"],
  ["福建省", "福建", "Fujian"],
  ["江西省", "江西", "Jiangxi"],
  ["山东省", "山东", "Shandong"],
  ["河南省", "河南", "Henan"],
  ["湖北省", "湖北", "Hubei"],
  ["湖南省", "湖南", "Hunan"],
  ["广东省", "广东", "Guangdong"],
  ["广西壮族自治区", "广西", "Guangxi"],
  ["海南省", "海南", "Hainan"],
  ["重庆市", "重庆", "Chongqing"],
  ["四川省", "四川", "Sichuan"],
  ["贵州省", "贵州", "Guizhou"],
  ["云南省", "云南", "Yunnan"],
  ["西藏自治区", "西藏", "Tibet"],
  ["陕西省", "陕西", "Shaanxi"],
  ["甘肃省", "甘肃", "Gansu"],
  ["青海省", "青海", "Qinghai"],
  ["宁夏回族自治区", "宁夏", "Ningxia"],
  ["新疆维吾尔自治区", "新疆", "Xinjiang"],
  ["香港特别行政区", "香港", "Hong Kong"],
  ["澳门特别行政区", "澳门", "Macao"],
  ["台湾省", "台湾", "Taiwan"],
];

const KNOWN = new Set(PROVINCES.flatMap(([full, short, en]) => [full, short, en.toLowerCase()]));

export function isProvince(v: string): boolean {
  return KNOWN.has(v.trim()) || KNOWN.has(v.trim().toLowerCase());
}

export function provinceProblem(input: unknown): Bilingual {
  const raw = typeof input === "string" ? input.trim() : String(input);
  return {
    "zh-CN": `“${raw}”不是省级行政区；应为 ${PROVINCES.map((p) => p[0]).join("、")} 之一（也可写简称，如“上海”）`,
    en: `"${raw}" is not a provincial-level division; expected one of ${PROVINCES.map((p) => p[2]).join(", ")} (or the Chinese name, e.g. 上海市)`,
  };
}
