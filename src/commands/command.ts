// Every command is one module exporting a `Command`; `main` loads it lazily so `pipia new`
// does not pay for docx and Handlebars before its first prompt.
export type Command = {
  readonly name: string;
  readonly summary: string; // one line for `pipia --help`
  readonly help: string; // full `pipia <name> --help` text (usage, options, examples)
  /** The same help in Chinese, shown when the interface language is zh-CN (see cli/help-lang.ts). */
  readonly helpZh?: string;
  /** Returns the exit code; throws PipiaError for bad input. Never calls process.exit. */
  readonly run: (argv: readonly string[]) => Promise<number>;
};
