import { parse } from 'yaml';
import { MONTH_HOURS } from '../config/cron-runs';
import { EnvironmentConfig } from '../config/schema';
import { supportPhase } from '../eks/kubernetes-versions';
import { jobCost } from '../fargate/job-cost';
import { PricingUsed, usdPerHour } from '../fargate/pricing';
import { FargateSize } from '../fargate/sizes';
import { cpuQuantity, fargateSizeFor } from '../fargate/sizing';
import { EnvironmentPriceKey, environmentPrice, PriceOverrides, PriceUsed } from '../pricing/environment-pricing';
import { INTERFACE_ENDPOINT_SERVICES } from '../constructs/network';

/** A synthesized stack, as `cdk.tf.json` holds it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type StackJson = Record<string, any>;

/** One thing that bills by the hour or month whether or not a job runs. */
export interface CostLine {
  readonly item: string;
  readonly count: number;
  /** What is counted, e.g. `cluster`, `gateway`, `pod`. */
  readonly unit: string;
  /** USD per unit and `per` (hour or month); null when not priced. */
  readonly unitPrice: number | null;
  readonly per: 'hour' | 'month';
  /** For all `count`; null when not priced. */
  readonly usdPerHour: number | null;
  readonly usdPerMonth: number | null;
  readonly price: PriceUsed;
}

/** A price by use: shown as a rate, never guessed into a total. */
export interface RateLine {
  readonly item: string;
  /** How many of the things that bill it the environment has, e.g. 3 log groups. */
  readonly count: number;
  readonly unit: string;
  /** USD per `per`; null when not priced. */
  readonly rate: number | null;
  readonly per: string;
  readonly price: PriceUsed;
}

export interface EnvironmentCost {
  readonly lines: readonly CostLine[];
  readonly rates: readonly RateLine[];
  /** The priced lines added up. */
  readonly usdPerHour: number;
  readonly usdPerMonth: number;
  /** Lines without a price: not in the totals. */
  readonly unpriced: readonly string[];
}

/** EKS runs two CoreDNS replicas unless the add-on's configuration says otherwise (EKS user guide, Manage CoreDNS). */
export const COREDNS_DEFAULT_REPLICAS = 2;

const round = (value: number, digits = 5) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Kubernetes memory quantity → MiB: `2816Mi`, `3Gi`, `256M`, `512Ki`. */
export function memoryQuantityMiB(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|k|M|G)?$/.exec(text);
  if (!match) throw new Error(`"${text}" is not a memory quantity such as 512Mi or 2Gi`);
  const bytes: Record<string, number> = { Ki: 1024, Mi: 2 ** 20, Gi: 2 ** 30, k: 1e3, M: 1e6, G: 1e9, '': 1 };
  return (Number(match[1]) * bytes[match[2] ?? '']) / 2 ** 20;
}

/** The Fargate size a pod with these requests lands on. */
function sizeOf(requests: { cpu?: unknown; memory?: unknown } | undefined, what: string): FargateSize {
  if (typeof requests?.cpu !== 'string' || typeof requests.memory !== 'string') {
    throw new Error(`${what}: no CPU and memory requests in the synthesized stack`);
  }
  const size = fargateSizeFor({ vcpu: cpuQuantity(requests.cpu), memoryMiB: memoryQuantityMiB(requests.memory) });
  if (!size) throw new Error(`${what}: its requests fit no Fargate size`);
  return size;
}

function resourcesOf(stacks: ReadonlyMap<string, StackJson>, type: string): [string, StackJson][] {
  return [...stacks.values()].flatMap((stack) => Object.entries((stack.resource?.[type] ?? {}) as StackJson));
}

interface AlwaysOnPod {
  readonly item: string;
  readonly replicas: number;
  readonly size: FargateSize;
}

/** The pods that run all the time, read from what the stacks deploy. */
function alwaysOnPods(config: EnvironmentConfig, stacks: ReadonlyMap<string, StackJson>): AlwaysOnPod[] {
  const pods: AlwaysOnPod[] = [];
  for (const [, release] of resourcesOf(stacks, 'helm_release')) {
    if (release.chart !== 'spark-operator') continue;
    const values = parse(String(release.values?.[0] ?? '{}')) as {
      controller?: { replicas?: number; resources?: { requests?: object } };
      webhook?: { enable?: boolean; replicas?: number; resources?: { requests?: object } };
    };
    const controller = sizeOf(values.controller?.resources?.requests, 'the Spark Operator controller');
    pods.push({ item: 'Spark Operator controller', replicas: values.controller?.replicas ?? 1, size: controller });
    if (values.webhook?.enable !== false) {
      const webhook = sizeOf(values.webhook?.resources?.requests, 'the Spark Operator webhook');
      pods.push({ item: 'Spark Operator webhook', replicas: values.webhook?.replicas ?? 1, size: webhook });
    }
  }
  for (const [name, deployment] of resourcesOf(stacks, 'kubernetes_deployment_v1')) {
    if (!name.startsWith('history-server')) continue;
    const container = deployment.spec?.template?.spec?.container?.[0];
    const size = sizeOf(container?.resources?.requests, 'the Spark History Server');
    pods.push({ item: 'Spark History Server', replicas: Number(deployment.spec?.replicas ?? 1), size });
  }
  for (const [, addon] of resourcesOf(stacks, 'aws_eks_addon')) {
    if (addon.addon_name !== 'coredns') continue;
    const values = JSON.parse(String(addon.configuration_values ?? '{}')) as {
      replicaCount?: number;
      resources?: { requests?: object };
    };
    const size = sizeOf(values.resources?.requests, 'CoreDNS');
    pods.push({ item: 'CoreDNS', replicas: values.replicaCount ?? COREDNS_DEFAULT_REPLICAS, size });
  }
  // A job without schedule keeps its finished run, and its driver pod with it, until the next change to the job.
  for (const job of config.jobs) {
    if (job.schedule || job.runOnEveryDeploy) continue;
    const driver = jobCost(job, { usdPerVcpuHour: 0, usdPerGbHour: 0 }).pods[0];
    pods.push({
      item: `finished driver of ${job.name}, kept until its next change`,
      replicas: 1,
      size: { vcpu: driver.fargateVcpu, memoryGiB: driver.fargateMemoryGiB },
    });
  }
  return pods;
}

/** What the stacks have of each kind, from the synthesized JSON. */
export function resourceTotals(stacks: ReadonlyMap<string, StackJson>) {
  const count = (type: string) => resourcesOf(stacks, type).length;
  const interfaceEndpoints = resourcesOf(stacks, 'aws_vpc_endpoint').filter(
    ([, e]) => e.vpc_endpoint_type === 'Interface',
  );
  return {
    clusters: count('aws_eks_cluster'),
    natGateways: count('aws_nat_gateway'),
    publicIpv4: count('aws_eip'),
    interfaceEndpoints: interfaceEndpoints.length,
    // An interface endpoint bills in every zone it has a network interface in: one per subnet.
    endpointZones: interfaceEndpoints.reduce(
      (n, [, e]) => n + ((e.subnet_ids as unknown[] | undefined)?.length ?? 0),
      0,
    ),
    kmsKeys: count('aws_kms_key'),
    logGroups: count('aws_cloudwatch_log_group'),
    buckets: count('aws_s3_bucket'),
  };
}

/**
 * The environment's cost while no job runs, per hour and per 30-day month: the EKS control plane at the price of its
 * version's support phase on `today`, the NAT gateways and their public IPv4 addresses, every interface endpoint in
 * every zone, the KMS keys and the always-on Fargate pods, each as a count times a unit price; and the prices by use
 * (data processed, log ingestion and storage, S3 storage) as rates beside them.
 */
export function environmentCost(
  config: EnvironmentConfig,
  stacks: ReadonlyMap<string, StackJson>,
  today: string,
  fargate: PricingUsed,
): EnvironmentCost {
  const overrides = (config.pricing ?? {}) as PriceOverrides;
  const price = (key: EnvironmentPriceKey) => environmentPrice(key, config.region, overrides);
  const totals = resourceTotals(stacks);
  const lines: CostLine[] = [];
  const line = (item: string, count: number, unit: string, used: PriceUsed, per: 'hour' | 'month' = 'hour') => {
    if (count === 0) return;
    const perHour = used.usd === null ? null : per === 'hour' ? used.usd * count : (used.usd * count) / MONTH_HOURS;
    lines.push({
      item,
      count,
      unit,
      unitPrice: used.usd,
      per,
      usdPerHour: perHour === null ? null : round(perHour),
      usdPerMonth: perHour === null ? null : round(perHour * MONTH_HOURS, 2),
      price: used,
    });
  };

  const version = config.cluster.kubernetesVersion;
  const extended = supportPhase(version, today) !== 'standard';
  line(
    `EKS control plane (${version}, ${extended ? 'extended' : 'standard'} support on ${today})`,
    totals.clusters,
    'cluster',
    price(extended ? 'eksExtendedClusterHour' : 'eksClusterHour'),
  );
  line('NAT gateway', totals.natGateways, 'gateway', price('natGatewayHour'));
  line('public IPv4 address (NAT gateway)', totals.publicIpv4, 'address', price('publicIpv4Hour'));
  line(
    `interface endpoint per zone (${INTERFACE_ENDPOINT_SERVICES.join(', ')})`,
    totals.endpointZones,
    'endpoint-zone',
    price('interfaceEndpointHour'),
  );
  line('KMS key', totals.kmsKeys, 'key', price('kmsKeyMonth'), 'month');
  for (const pod of alwaysOnPods(config, stacks)) {
    const podPrice: PriceUsed = {
      key: 'fargate',
      // Rounded only to drop floating-point noise: the figure stays exact to the table's digits.
      usd: round(usdPerHour(pod.size, fargate), 9),
      flag: fargate.override ? 'override' : fargate.fallback ? 'fallback' : 'table',
      priceRegion: fargate.override ? null : fargate.priceRegion,
      source: fargate.source,
      sourceUrl: fargate.sourceUrl,
      retrieved: fargate.retrieved,
      note: fargate.note,
    };
    line(`${pod.item} (${pod.size.vcpu} vCPU / ${pod.size.memoryGiB} GB)`, pod.replicas, 'pod', podPrice);
  }

  const rates: RateLine[] = [];
  const rate = (item: string, count: number, unit: string, key: EnvironmentPriceKey, per: string) => {
    if (count === 0) return;
    const used = price(key);
    rates.push({ item, count, unit, rate: used.usd, per, price: used });
  };
  rate('NAT gateway, data processed', totals.natGateways, 'gateway', 'natGatewayGb', 'GB');
  rate('interface endpoints, data processed', totals.interfaceEndpoints, 'endpoint', 'interfaceEndpointGb', 'GB');
  rate('CloudWatch Logs, ingested', totals.logGroups, 'log group', 'logsIngestGb', 'GB');
  rate('CloudWatch Logs, stored', totals.logGroups, 'log group', 'logsStorageGbMonth', 'GB-month');
  rate('S3 Standard, stored', totals.buckets, 'bucket', 's3StorageGbMonth', 'GB-month');

  const priced = lines.filter((l) => l.usdPerHour !== null);
  return {
    lines,
    rates,
    usdPerHour: round(priced.reduce((sum, l) => sum + (l.usdPerHour ?? 0), 0)),
    usdPerMonth: round(
      priced.reduce((sum, l) => sum + (l.usdPerMonth ?? 0), 0),
      2,
    ),
    unpriced: lines.filter((l) => l.usdPerHour === null).map((l) => `${l.item}: ${l.price.note}`),
  };
}
