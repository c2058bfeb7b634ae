// The analysis vocabulary lives in src/vocab so rules, risk, dates and law need not point up here.
export * from "../vocab/types.js";
