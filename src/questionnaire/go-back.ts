// "Back to the previous question": thrown by a prompt (Esc on a terminal, a "back" choice) when
// the caller allowed it; the edit walk catches it and steps back one question.
export class GoBack extends Error {
  override name = "GoBack";
  constructor() {
    super("back to the previous question");
  }
}

export const isGoBack = (e: unknown): e is GoBack => e instanceof GoBack;
