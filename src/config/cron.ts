/**
 * Validates the cron expressions the Spark operator accepts for ScheduledSparkApplication.spec.schedule. The operator
 * parses them with robfig/cron's standard parser: five fields (minute hour day-of-month month day-of-week), an
 * optional `CRON_TZ=<zone>` or `TZ=<zone>` prefix, or a descriptor such as `@hourly` or `@every 30m`.
 * An unknown zone fails the whole schedule in the operator (robfig/cron hands it to Go's time.LoadLocation), so it
 * is refused here too.
 * Returns what is wrong, or undefined when the expression is valid.
 */
export function cronProblem(expression: string): string | undefined {
  let spec = expression.trim();
  const tz = /^(CRON_TZ|TZ)=(\S+)\s+/.exec(spec);
  if (tz) {
    const problem = timeZoneProblem(tz[2]);
    if (problem) return `${tz[1]}=${tz[2]}: ${problem}`;
    spec = spec.slice(tz[0].length);
  }

  if (spec.startsWith('@')) {
    if (DESCRIPTORS.includes(spec)) return undefined;
    if (/^@every\s+((\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+)$/.test(spec)) return undefined;
    return `unknown schedule descriptor; expected one of ${DESCRIPTORS.join(', ')} or @every <duration> such as @every 1h30m`;
  }

  const fields = spec.split(/\s+/);
  if (fields.length !== 5) {
    return `expected 5 fields (minute hour day-of-month month day-of-week), found ${fields.length}`;
  }
  for (let i = 0; i < 5; i++) {
    const problem = fieldProblem(fields[i], FIELDS[i]);
    if (problem) return `${FIELDS[i].name} field "${fields[i]}": ${problem}`;
  }
  return undefined;
}

const DESCRIPTORS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

interface Field {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
  readonly allowQuestionMark?: boolean;
}

const FIELDS: readonly Field[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31, allowQuestionMark: true },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  },
  {
    name: 'day-of-week',
    min: 0,
    max: 6,
    names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
    allowQuestionMark: true,
  },
];

function fieldProblem(text: string, field: Field): string | undefined {
  for (const part of text.split(',')) {
    const [rangeText, stepText, ...rest] = part.split('/');
    if (rest.length > 0) return 'more than one "/"';
    if (stepText !== undefined && !/^[1-9]\d*$/.test(stepText)) return `step "${stepText}" is not a positive number`;
    if (rangeText === '*' || (field.allowQuestionMark && rangeText === '?')) continue;
    const bounds = rangeText.split('-');
    if (bounds.length > 2) return `"${rangeText}" is not a value or a range`;
    const values = bounds.map((b) => value(b, field));
    if (values.some((v) => v === undefined)) {
      return `expected values from ${field.min} to ${field.max}${field.names ? ` or ${field.names[0]}-${field.names[field.names.length - 1]}` : ''}`;
    }
    if (values.length === 2 && (values[0] as number) > (values[1] as number))
      return `range "${rangeText}" runs backwards`;
  }
  return undefined;
}

function value(text: string, field: Field): number | undefined {
  const named = field.names?.indexOf(text.toLowerCase()) ?? -1;
  if (named >= 0) return named + field.min;
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= field.min && n <= field.max ? n : undefined;
}

/**
 * What is wrong with the zone of a `CRON_TZ=`/`TZ=` prefix, or undefined when the operator can load it. robfig/cron
 * passes the zone to Go's time.LoadLocation, and the operator (internal/controller/scheduledsparkapplication) embeds
 * Go's copy of the IANA time zone database (`time/tzdata`): it accepts "UTC", "Local" (the operator pod's own zone) and
 * every IANA zone name and alias, spelled exactly, since it looks names up case-sensitively. Node's ICU
 * knows the same names but looks them up in any case, so a name it accepts must also be spelled the IANA way.
 */
export function timeZoneProblem(zone: string): string | undefined {
  if (zone === 'UTC' || zone === 'Local') return undefined;
  const expected = 'expected an IANA time zone such as UTC, Europe/Berlin or America/New_York';
  if (!isKnownTimeZone(zone)) return `unknown time zone; ${expected}`;
  const canonical = ianaSpelling(zone);
  if (canonical !== undefined && canonical !== zone) {
    return `time zone names are case-sensitive; did you mean "${canonical}"?`;
  }
  // An alias (US/Eastern, Europe/Kyiv on an older ICU) is not in ICU's list of canonical names, so its spelling can
  // only be checked by the IANA convention: every part of the name starts with a capital letter.
  if (canonical === undefined && !zone.split('/').every((part) => /^[A-Z]/.test(part))) {
    return `time zone names are case-sensitive; ${expected}`;
  }
  return undefined;
}

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

let canonicalZones: ReadonlyMap<string, string> | undefined;

/** The canonical zone name that matches `zone` in any case, if there is one. */
function ianaSpelling(zone: string): string | undefined {
  canonicalZones ??= new Map(Intl.supportedValuesOf('timeZone').map((z) => [z.toLowerCase(), z]));
  return canonicalZones.get(zone.toLowerCase());
}
