/** How many fields a fill wrote: the ones it filled or corrected, not those already right or left alone. */
export function countChanged(outcomes: readonly { outcome: string }[]): number {
  return outcomes.filter(({ outcome }) => outcome === 'filled' || outcome === 'corrected').length;
}
