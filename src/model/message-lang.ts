// The language of validation messages. zod builds a message when an issue is raised, so pipia's
// own messages are functions that read this setting; the CLI sets it once from --lang (with zod's
// own locale, z.locales.zhCN()). English by default, so library use and `validate` read as before.
import { z } from "zod";
import type { Bilingual } from "../vocab/types.js";
import type { Lang } from "./enums.js";

let current: Lang = "en";

export function setMessageLang(lang: Lang): void {
  current = lang;
  z.config(lang === "zh-CN" ? z.locales.zhCN() : z.locales.en());
}

export function messageLang(): Lang {
  return current;
}

/** A zod `error` option that says `text` in the current message language. */
export const say =
  (text: Bilingual | ((input: unknown) => Bilingual)) =>
  (iss: { readonly input?: unknown }): string =>
    (typeof text === "function" ? text(iss.input) : text)[current];
