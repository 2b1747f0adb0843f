/** Whether a fill wrote this field: filled or corrected, not already right or left alone. */
export function wasWritten({ outcome }: { outcome: string }): boolean {
  return outcome === 'filled' || outcome === 'corrected';
}

/** How many fields a fill wrote. */
export function countChanged(outcomes: readonly { outcome: string }[]): number {
  return outcomes.filter(wasWritten).length;
}

/** Whether a fill changed anything on the page: a field written, or a switch set. */
export function changedAnything(report: {
  fields: readonly { outcome: string }[];
  switches?: readonly { outcome: string }[];
}): boolean {
  return countChanged(report.fields) > 0 || (report.switches ?? []).some(({ outcome }) => outcome === 'set');
}
