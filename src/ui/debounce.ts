/** A function that runs `delay` ms after its last call; `flush` runs a pending call now. */
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Runs the pending call at once, if there is one. */
  flush(): void;
  /** Drops the pending call. */
  cancel(): void;
}

/** Waits until calls stop for `delay` ms, then runs `run` with the last arguments. */
export function debounce<A extends unknown[]>(
  run: (...args: A) => void,
  delay: number,
): Debounced<A> {
  let timer: number | undefined;
  let pending: A | undefined;
  const fire = (): void => {
    const args = pending;
    cancel();
    if (args !== undefined) run(...args);
  };
  const cancel = (): void => {
    if (timer !== undefined) window.clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };
  const debounced = (...args: A): void => {
    if (timer !== undefined) window.clearTimeout(timer);
    pending = args;
    timer = window.setTimeout(fire, delay);
  };
  return Object.assign(debounced, { flush: fire, cancel });
}
