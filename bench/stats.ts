/** One figure's runs: the median is the figure, min and max show the spread. */
export interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarise(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    runs: sorted.length,
  };
}
