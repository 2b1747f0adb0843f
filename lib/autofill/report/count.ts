/** Whether a fill wrote this field: filled or corrected, not already right or left alone. */
export function wasWritten({ outcome }: { outcome: string }): boolean {
  return outcome === 'filled' || outcome === 'corrected';
}

/** How many fields a fill wrote. */
export function countChanged(outcomes: readonly { outcome: string }[]): number {
  return outcomes.filter(wasWritten).length;
}
