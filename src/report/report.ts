import { runsPerMonth } from '../config/cron-runs';
import { EnvironmentConfig, JobConfig } from '../config/schema';
import { todayFromEnv } from '../config/today';
import { jobCost, PodCost } from '../fargate/job-cost';
import { pricingFor, PricingUsed } from '../fargate/pricing';
import { STACK_ROLES } from '../stacks/stack-settings';
import { EnvironmentCost, environmentCost } from './environment';

/** A synthesized stack, as `cdk.tf.json` holds it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StackJson = Record<string, any>;

export interface StackReport {
  readonly name: string;
  /** Resource count by Terraform type, types sorted. */
  readonly resources: Readonly<Record<string, number>>;
}

/** A pod of a job as the report shows it. */
export type PodReport = Pick<
  PodCost,
  | 'role'
  | 'count'
  | 'requestVcpu'
  | 'requestMemoryMiB'
  | 'fargateVcpu'
  | 'fargateMemoryGiB'
  | 'wasteMemoryPct'
  | 'usdPerHour'
>;

export interface JobReport {
  readonly name: string;
  readonly usdPerHour: number;
  readonly pods: readonly PodReport[];
  /** The cron expression, or null for a job without schedule. */
  readonly schedule: string | null;
  /** Runs in a 30-day month, from the schedule and its time zone; null without a schedule. */
  readonly runsPerMonth: number | null;
  readonly expectedRunMinutes: number | null;
  /** usdPerHour × runsPerMonth × expectedRunMinutes / 60; null when either is unknown. */
  readonly usdPerMonth: number | null;
  /** Why there is no monthly figure, when there is none. */
  readonly notPriced: string | null;
}

/** The month's total: the fixed cost and every job with a monthly figure. */
export interface ReportTotal {
  readonly usdPerMonth: number;
  readonly fixedUsdPerMonth: number;
  readonly jobsUsdPerMonth: number;
  /** What bills but is not in the total, and why. */
  readonly notPriced: readonly string[];
}

/** The shape `npm run report -- --json` prints. */
export interface Report {
  readonly stacks: readonly StackReport[];
  readonly jobs: readonly JobReport[];
  /** Which region's prices the job costs use, from where, and whether they are a fallback or an override. */
  readonly pricing: PricingUsed;
  /** The day the report is for (the control plane's price depends on its version's support phase that day). */
  readonly today: string;
  /** What the environment costs with no job running. */
  readonly environment: EnvironmentCost;
  readonly total: ReportTotal;
}

export interface ReportOptions {
  /** @default SPARK_EKS_TODAY, else today (UTC) */
  readonly today?: string;
}

/** Stacks in deployment order: state, data, core, platform, jobs. */
export function inDeployOrder<T>(stacks: ReadonlyMap<string, T>): Map<string, T> {
  const order: readonly string[] = STACK_ROLES;
  const rank = (name: string) => order.indexOf(name.slice(name.lastIndexOf('-') + 1));
  return new Map([...stacks].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)));
}

export function buildReport(
  config: EnvironmentConfig,
  stacks: ReadonlyMap<string, StackJson>,
  options: ReportOptions = {},
): Report {
  const today = options.today ?? todayFromEnv();
  const pricing = pricingFor(config.region, config.pricing);
  const jobs = config.jobs.map((job) => jobReport(job, pricing));
  const environment = environmentCost(config, stacks, today, pricing);
  const jobsUsdPerMonth = round(
    jobs.reduce((sum, j) => sum + (j.usdPerMonth ?? 0), 0),
    2,
  );
  return {
    stacks: [...inDeployOrder(stacks)].map(([name, json]) => ({ name, resources: resourceCounts(json) })),
    jobs,
    pricing,
    today,
    environment,
    total: {
      usdPerMonth: round(environment.usdPerMonth + jobsUsdPerMonth, 2),
      fixedUsdPerMonth: environment.usdPerMonth,
      jobsUsdPerMonth,
      notPriced: [
        ...environment.unpriced,
        ...jobs.filter((j) => j.notPriced).map((j) => `job ${j.name}: ${j.notPriced}`),
        `what bills by use (${environment.rates.map((r) => r.item).join('; ')}): shown as rates`,
      ],
    },
  };
}

function jobReport(job: JobConfig, pricing: PricingUsed): JobReport {
  const cost = jobCost(job, pricing);
  const minutes = job.expectedRunMinutes ?? null;
  const runs = job.schedule ? (job.schedule.suspend ? 0 : (runsPerMonth(job.schedule.cron) ?? null)) : null;
  const notPriced = !job.schedule
    ? job.runOnEveryDeploy
      ? 'runs on every deploy, not on a schedule: no monthly figure'
      : 'runs once per change to it, not on a schedule: no monthly figure'
    : minutes === null
      ? 'no expectedRunMinutes: the price per hour only'
      : null;
  return {
    name: cost.name,
    usdPerHour: cost.usdPerHour,
    pods: cost.pods.map((p) => ({
      role: p.role,
      count: p.count,
      requestVcpu: p.requestVcpu,
      requestMemoryMiB: p.requestMemoryMiB,
      fargateVcpu: p.fargateVcpu,
      fargateMemoryGiB: p.fargateMemoryGiB,
      wasteMemoryPct: p.wasteMemoryPct,
      usdPerHour: p.usdPerHour,
    })),
    schedule: job.schedule?.cron ?? null,
    runsPerMonth: runs,
    expectedRunMinutes: minutes,
    usdPerMonth: runs !== null && minutes !== null ? round((cost.usdPerHour * runs * minutes) / 60, 2) : null,
    notPriced,
  };
}

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

export function resourceCounts(stack: StackJson): Record<string, number> {
  const resources = (stack.resource ?? {}) as Record<string, Record<string, unknown>>;
  return Object.fromEntries(
    Object.keys(resources)
      .sort()
      .map((type) => [type, Object.keys(resources[type]).length]),
  );
}

/**
 * The pricing the job costs use, for the report's footnote: the prices, then where they come from. A fallback or an
 * override starts with a flag.
 */
export function pricingNote(pricing: PricingUsed): [string, string] {
  const rates = `$${pricing.usdPerVcpuHour}/vCPU-hour, $${pricing.usdPerGbHour}/GB-hour`;
  if (pricing.override) {
    return [`OVERRIDE: prices set by the config for ${pricing.region}: ${rates}.`, `Source: ${pricing.note}.`];
  }
  const source = `Source: ${pricing.source}; retrieved ${pricing.retrieved}; ${pricing.sourceUrl}`;
  if (pricing.fallback) return [`FALLBACK: ${pricing.note}. Prices of ${pricing.priceRegion}: ${rates}.`, source];
  return [`Prices of ${pricing.priceRegion}: ${rates} (Fargate Linux/x86 on-demand).`, source];
}

/** Which stack reads which other stack's outputs, and how many. */
export interface CrossStackReference {
  readonly from: string;
  readonly to: string;
  readonly outputs: number;
}

export function crossStackReferences(stacks: ReadonlyMap<string, StackJson>): CrossStackReference[] {
  const references: CrossStackReference[] = [];
  for (const [consumer, json] of stacks) {
    // Policy documents are data sources: an IAM grant on another stack's bucket is a reference too.
    const data = Object.fromEntries(
      Object.entries((json.data ?? {}) as Record<string, unknown>).filter(
        ([type]) => type !== 'terraform_remote_state',
      ),
    );
    const text = [json.resource, data, json.provider, json.output].map((part) => JSON.stringify(part ?? {})).join('');
    const remote = Object.keys(json.data?.terraform_remote_state ?? {});
    for (const name of remote) {
      const producer = name.replace(/^cross-stack-reference-input-/, '');
      const used = new Set(
        [...text.matchAll(new RegExp(`terraform_remote_state\\.${escape(name)}\\.outputs\\.([\\w-]+)`, 'g'))].map(
          (m) => m[1],
        ),
      );
      references.push({ from: producer, to: consumer, outputs: used.size });
    }
  }
  return references;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
