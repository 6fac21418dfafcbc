import { cronProblem } from './cron';

/** The report's month: 30 days. */
export const MONTH_DAYS = 30;
export const MONTH_HOURS = MONTH_DAYS * 24;

/** The year runs are counted over: a whole year, so that monthly and yearly schedules average out; not a leap year. */
export const REFERENCE_YEAR = 2027;

const DESCRIPTORS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

const NAMES: Readonly<Record<number, readonly string[]>> = {
  3: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  4: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
};
const RANGES: readonly (readonly [number, number])[] = [
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 6],
];

interface Field {
  readonly values: ReadonlySet<number>;
  /** robfig/cron's star bit: `*` or `?` without a step, which makes day-of-month and day-of-week combine with AND. */
  readonly star: boolean;
}

function parseField(text: string, index: number): Field {
  const [min, max] = RANGES[index];
  const values = new Set<number>();
  let star = false;
  const value = (token: string) => {
    const named = NAMES[index]?.indexOf(token.toLowerCase()) ?? -1;
    return named >= 0 ? named + min : Number(token);
  };
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    let [from, to] = [min, max];
    if (range === '*' || range === '?') {
      if (step === 1) star = true;
    } else {
      const bounds = range.split('-');
      from = value(bounds[0]);
      // "N/step" means N to the maximum, as in robfig/cron.
      to = bounds.length > 1 ? value(bounds[1]) : stepText === undefined ? from : max;
    }
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return { values, star };
}

/** Minutes east of UTC of a zone at an instant. */
function offsetMinutes(utcMs: number, format: Intl.DateTimeFormat): number {
  const parts = Object.fromEntries(format.formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  const local = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour) % 24,
    Number(parts.minute),
  );
  return Math.round((local - utcMs) / 60_000);
}

/**
 * How often a schedule of the Spark Operator (robfig/cron's standard parser) runs in a 30-day month, as an average
 * over {@link REFERENCE_YEAR}: every minute of the year is matched in the schedule's own zone (CRON_TZ= or TZ=;
 * without one the operator pod's, UTC), so daylight saving time counts as it falls (a local time that is skipped
 * runs not at all that day, one that repeats runs twice). `@every <duration>` runs once per duration. Undefined for an
 * expression the operator would refuse.
 */
export function runsPerMonth(expression: string): number | undefined {
  if (cronProblem(expression) !== undefined) return undefined;
  let spec = expression.trim();
  let zone = 'UTC';
  const tz = /^(?:CRON_TZ|TZ)=(\S+)\s+/.exec(spec);
  if (tz) {
    zone = tz[1] === 'Local' ? 'UTC' : tz[1];
    spec = spec.slice(tz[0].length);
  }
  const every = /^@every\s+(.+)$/.exec(spec);
  if (every) return round((MONTH_DAYS * 86_400_000) / durationMs(every[1]));
  const fields = (DESCRIPTORS[spec] ?? spec).split(/\s+/).map(parseField);
  const [minute, hour, dom, month, dow] = fields;

  const format =
    zone === 'UTC'
      ? undefined
      : new Intl.DateTimeFormat('en-US', {
          timeZone: zone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
        });
  const offsetAt = (utcMs: number) => (format ? offsetMinutes(utcMs, format) * 60_000 : 0);
  // How many of the schedule's minutes lie below each minute of an hour, to count a run of minutes at once.
  const below = Array.from({ length: 61 }, (_, k) => [...minute.values].filter((v) => v < k).length);
  const dayMatches = (local: Date) => {
    if (!month.values.has(local.getUTCMonth() + 1)) return false;
    const domMatch = dom.values.has(local.getUTCDate());
    const dowMatch = dow.values.has(local.getUTCDay());
    return dom.star || dow.star ? domMatch && dowMatch : domMatch || dowMatch;
  };
  const start = Date.UTC(REFERENCE_YEAR, 0, 1);
  const end = Date.UTC(REFERENCE_YEAR + 1, 0, 1);
  let runs = 0;
  for (let day = start; day < end; day += 86_400_000) {
    // Zones change their offset at most once a day: read it hour by hour only on a day it changes.
    const morning = offsetAt(day);
    const changes = offsetAt(day + 86_400_000) !== morning;
    for (let hourStart = day; hourStart < day + 86_400_000; hourStart += 3_600_000) {
      const offset = changes ? offsetAt(hourStart) : morning;
      // The UTC hour is one local hour, or the end of one and the start of the next with a half-hour offset.
      const localStart = hourStart + offset;
      const first = new Date(localStart).getUTCMinutes();
      const segments: [number, number, number][] = [[localStart, first, 60]];
      if (first > 0) segments.push([localStart + (60 - first) * 60_000, 0, first]);
      for (const [at, from, to] of segments) {
        const local = new Date(at);
        if (hour.values.has(local.getUTCHours()) && dayMatches(local)) runs += below[to] - below[from];
      }
    }
  }
  return round((runs * MONTH_DAYS) / ((end - start) / 86_400_000));
}

/** A Go duration as @every takes it: 1h30m, 45s, 1.5h. */
function durationMs(text: string): number {
  const units: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) {
    total += Number(amount) * units[unit];
  }
  return total;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
