import { el } from "./dom";

/** A line under a form control for a refusal (an error) or a note (a hint). */
export interface FieldMessage {
  readonly element: HTMLElement;
  /** Shows why the typed value was refused and marks `control` invalid. */
  error(text: string): void;
  /** Shows a note that does not stop the value from being saved. */
  hint(text: string): void;
  /** Removes any message and the invalid mark. */
  clear(): void;
}

/** Adds an empty message line to `parent`, tied to `control` for screen readers. */
export function fieldMessage(parent: HTMLElement, control?: HTMLElement): FieldMessage {
  const element = el(
    "div",
    { cls: "attack-lens-field-message", attrs: { "aria-live": "polite" } },
    parent,
  );
  const set = (text: string, invalid: boolean): void => {
    element.textContent = text;
    element.classList.toggle("attack-lens-field-error", invalid && text !== "");
    element.classList.toggle("attack-lens-field-hint", !invalid && text !== "");
    control?.classList.toggle("attack-lens-invalid", invalid);
    if (invalid) control?.setAttribute("aria-invalid", "true");
    else control?.removeAttribute("aria-invalid");
  };
  return {
    element,
    error: (text) => set(text, true),
    hint: (text) => set(text, false),
    clear: () => set("", false),
  };
}
