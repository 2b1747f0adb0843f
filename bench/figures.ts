// The bench's figures: each with its runs, the floor it is compared with, its budget, and the table.
import type { Stats } from './stats';

export type Unit = 'B' | 'ms' | 'µs' | '×' | 'loads';

export type Budget =
  /** The median is at most this. */
  | { kind: 'at most'; value: number }
  /** The ratio to the control (see Figure.ratio) is at most this. */
  | { kind: 'ratio at most'; value: number }
  /** The median is at most this much above the control's median. */
  | { kind: 'extra at most'; value: number }
  /** A count of runs: every run. */
  | { kind: 'every run' };

export interface Figure {
  what: string;
  unit: Unit;
  measured: Stats;
  /** The floor, measured in the same run of the bench. */
  control?: Stats & { what: string };
  /** measured.median / control.median, or the median of per-pair ratios when runs were paired. */
  ratio?: number;
  /** measured.median − control.median */
  extra?: number;
  budget?: Budget;
  pass?: boolean;
}

/** A figure with its comparison and verdict worked out. */
export function figure(
  what: string,
  unit: Unit,
  measured: Stats,
  { control, budget, pairedRatio }: { control?: Figure['control']; budget?: Budget; pairedRatio?: number } = {},
): Figure {
  const ratio = pairedRatio ?? (control ? measured.median / control.median : undefined);
  const extra = control ? measured.median - control.median : undefined;
  const pass =
    budget === undefined
      ? undefined
      : budget.kind === 'at most'
        ? measured.median <= budget.value
        : budget.kind === 'ratio at most'
          ? ratio !== undefined && ratio <= budget.value
          : budget.kind === 'extra at most'
            ? extra !== undefined && extra <= budget.value
            : measured.median === measured.runs;
  return { what, unit, measured, control, ratio, extra, budget, pass };
}

/** One value as a single run, e.g. a size. */
export const once = (value: number): Stats => ({ median: value, min: value, max: value, runs: 1 });

/** A count of runs out of `runs`, e.g. loads where the settings were in the first paint. */
export const count = (hits: number, runs: number): Stats => ({ median: hits, min: hits, max: hits, runs });

function format(value: number, unit: Unit): string {
  if (Number.isNaN(value)) return '—';
  if (unit === 'B') return `${Math.round(value).toLocaleString('en')} B`;
  if (unit === '×') return `${value.toFixed(3)}×`;
  if (unit === 'loads') return String(value);
  return `${value.toFixed(unit === 'µs' ? 2 : 1)} ${unit}`;
}

function budgetText(budget: Budget | undefined, unit: Unit): string {
  if (!budget) return '';
  if (budget.kind === 'at most') return `≤ ${format(budget.value, unit)}`;
  if (budget.kind === 'ratio at most') return `≤ ${budget.value}× control`;
  if (budget.kind === 'extra at most') return `≤ control + ${format(budget.value, unit)}`;
  return 'every load';
}

export function table(figures: Figure[]): string {
  const rows = figures.map((one) => {
    const { measured, unit, control } = one;
    const single = measured.runs === 1;
    return {
      what: one.what,
      runs: unit === 'loads' ? '' : String(measured.runs),
      median: unit === 'loads' ? `${measured.median} of ${measured.runs}` : format(measured.median, unit),
      min: single || unit === 'loads' ? '' : format(measured.min, unit),
      max: single || unit === 'loads' ? '' : format(measured.max, unit),
      control: control ? `${format(control.median, unit)} (${control.what})` : '',
      ratio: one.ratio === undefined ? '' : `${one.ratio.toFixed(3)}×`,
      extra: one.extra === undefined ? '' : `${one.extra >= 0 ? '+' : ''}${format(one.extra, unit)}`,
      budget: budgetText(one.budget, unit),
      result: one.pass === undefined ? '' : one.pass ? '✔' : '✖ OVER',
    };
  });
  const header = {
    what: 'figure',
    runs: 'runs',
    median: 'median',
    min: 'min',
    max: 'max',
    control: 'control (median)',
    ratio: 'ratio',
    extra: 'extra',
    budget: 'budget',
    result: '',
  };
  const keys = Object.keys(header) as (keyof typeof header)[];
  const right = new Set(['runs', 'median', 'min', 'max', 'ratio', 'extra']);
  const width = (key: keyof typeof header) => Math.max(header[key].length, ...rows.map((row) => row[key].length));
  const line = (row: typeof header) =>
    keys
      .map((key) => (right.has(key) ? row[key].padStart(width(key)) : row[key].padEnd(width(key))))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
