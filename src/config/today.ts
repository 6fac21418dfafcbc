import { ConfigError } from './errors';

/** Sets the day (YYYY-MM-DD, UTC) that synth and the report take for today, e.g. to reproduce a past run. */
export const TODAY_ENV_VAR = 'SPARK_EKS_TODAY';

/** Today in UTC as YYYY-MM-DD: the dates of EKS's support windows and billing are UTC days. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** The day SPARK_EKS_TODAY names, else today (UTC); a malformed value is a ConfigError naming the variable. */
export function todayFromEnv(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const set = env[TODAY_ENV_VAR]?.trim();
  if (!set) return todayUtc(now);
  if (!isIsoDate(set)) {
    throw new ConfigError(TODAY_ENV_VAR, [
      { path: '', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2026-12-02', value: set },
    ]);
  }
  return set;
}
