/**
 * Waiting for a page to finish reacting: a switch that reveals fields after a re-render or a server
 * round trip, a framework that rewrites a value a few tens of milliseconds after our write. Bounded:
 * a page that never settles gets the last word after the limit, and the fill says what it did not keep.
 */

/** The longest a fill waits for the page, in all. */
export const quietLimitMs = 1000;
/** How long nothing must change before the page counts as quiet. */
export const quietForMs = 120;

export const nextTask = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves once the DOM under `root` has not changed for `quietForMs`, or after `limitMs`. */
export function domQuiet(root: Node, limitMs = quietLimitMs): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(limit);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietForMs);
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    timer = setTimeout(done, quietForMs);
    const limit = setTimeout(done, limitMs);
  });
}

/**
 * Checks `changed` every few milliseconds until it has found nothing for `quietForMs`, calling
 * `repair` with what changed, at most `repairs` times; bounded by `limitMs`. Returns what still
 * differs at the end.
 */
export async function watchUntilQuiet<T>(
  changed: () => T[],
  repair: (what: T[]) => void,
  { repairs = 3, limitMs = quietLimitMs, everyMs = 20 } = {},
): Promise<T[]> {
  let quietSince = 0;
  let left = repairs;
  for (let elapsed = 0; elapsed < limitMs; elapsed += everyMs) {
    await nextTask(elapsed === 0 ? 0 : everyMs);
    const now = changed();
    if (now.length === 0) {
      quietSince += everyMs;
      if (quietSince >= quietForMs) return [];
      continue;
    }
    quietSince = 0;
    if (left-- <= 0) return now;
    repair(now);
  }
  return changed();
}
