import type { Setting } from "obsidian";
import type { Checked } from "../core/settings-edit";
import { fieldMessage } from "../ui/field-message";
import { problemText } from "../ui/input-problems";
import type { SectionContext } from "./settings-context";

/** How a typed value is checked, saved, and what note to show once it is saved. */
export interface CheckedInputOptions<T> {
  readonly check: (typed: string) => Checked<T>;
  readonly save: (value: T) => void;
  /** A note shown after saving (e.g. a folder that does not exist yet); empty for none. */
  readonly hint?: (value: T) => string;
}

/**
 * Checks what is typed into `input` once typing pauses: a refused value is explained under
 * the control and not saved; an accepted one is saved at once.
 */
export function checkedInput<T>(
  setting: Setting,
  input: HTMLInputElement | HTMLTextAreaElement,
  ctx: SectionContext,
  options: CheckedInputOptions<T>,
): void {
  const message = fieldMessage(setting.infoEl, input);
  const showHint = (value: T): void => {
    const hint = options.hint?.(value) ?? "";
    if (hint === "") message.clear();
    else message.hint(hint);
  };
  const onInput = ctx.debounce((typed: string) => {
    const checked = options.check(typed);
    if (!checked.ok) return message.error(problemText(checked.problem));
    options.save(checked.value);
    showHint(checked.value);
  });
  input.addEventListener("input", () => onInput(input.value));
  const initial = options.check(input.value);
  if (initial.ok) showHint(initial.value);
}
