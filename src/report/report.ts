import { EnvironmentConfig } from '../config/schema';
import { jobCost, PodCost } from '../fargate/job-cost';
import { pricingFor, PricingUsed } from '../fargate/pricing';
import { STACK_ROLES } from '../stacks/stack-settings';

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
}

/** The shape `npm run report -- --json` prints. */
export interface Report {
  readonly stacks: readonly StackReport[];
  readonly jobs: readonly JobReport[];
  /** Which region's prices the job costs use, from where, and whether they are a fallback or an override. */
  readonly pricing: PricingUsed;
}

/** Stacks in deployment order: state, data, core, platform, jobs. */
export function inDeployOrder<T>(stacks: ReadonlyMap<string, T>): Map<string, T> {
  const order: readonly string[] = STACK_ROLES;
  const rank = (name: string) => order.indexOf(name.slice(name.lastIndexOf('-') + 1));
  return new Map([...stacks].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)));
}

export function buildReport(config: EnvironmentConfig, stacks: ReadonlyMap<string, StackJson>): Report {
  const pricing = pricingFor(config.region, config.pricing);
  return {
    stacks: [...inDeployOrder(stacks)].map(([name, json]) => ({ name, resources: resourceCounts(json) })),
    jobs: config.jobs.map((job) => {
      const cost = jobCost(job, pricing);
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
      };
    }),
    pricing,
  };
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
