// One expected-error class and the exit codes `main` returns (design §6).
export const ExitCode = {
  OK: 0,
  UNEXPECTED: 1,
  INVALID_INPUT: 2,
  BLOCKING_FINDINGS: 3,
  CANCELLED: 130,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** An error the user can fix: printed as one line (or several, for validation), never as a stack. */
export class PipiaError extends Error {
  readonly exitCode: ExitCodeValue;
  readonly hint: string | undefined;
  constructor(message: string, exitCode: ExitCodeValue = ExitCode.INVALID_INPUT, hint?: string) {
    super(message);
    this.name = "PipiaError";
    this.exitCode = exitCode;
    this.hint = hint;
  }
}

/** Validation failure: every problem, one per line, as `FILE: path: message`. */
export class ValidationError extends PipiaError {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join("\n"), ExitCode.INVALID_INPUT);
    this.name = "ValidationError";
    this.problems = problems;
  }
}
