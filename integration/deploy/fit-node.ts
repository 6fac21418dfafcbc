/**
 * The suite's node has 2 CPUs; on Fargate every pod is a node of its own. A config whose always-on pods and a job's
 * pods do not fit together gets a derived config that scales CPU requests down and changes nothing else:
 * - the operator's controller and webhook and the history server: the smallest Fargate vCPU that still offers their
 *   memory (a Fargate size pairs the two);
 * - each job's driver and executors: an equal share of what is left (`coreRequest`, which Fargate sizes pods by;
 *   `cores` and memory stay, memory as the config's own sizing made it, so `fit` is turned off to keep it).
 * Jobs then run one after another. The node does not enforce CPU limits with CFS quotas (engines/node.ts), so a
 * shrunken request slows no pod while the others idle; the pods still carry requests = limits as sized.
 */
import { EnvironmentConfig } from '../../src/config/schema';
import { FARGATE_SIZES, FargateSize } from '../../src/fargate/sizes';

type Json = Record<string, unknown>;

/** The CPU the node's kube-system pods request besides ours (CoreDNS), and room for rounding. */
const SYSTEM_MILLI = 150;

function milli(quantity: string | number): number {
  const text = String(quantity);
  return text.endsWith('m') ? Number(text.slice(0, -1)) : Math.round(Number(text) * 1000);
}

/** The smallest Fargate size with this memory. */
function leastCpu(size: FargateSize): FargateSize {
  return FARGATE_SIZES.find((s) => s.memoryGiB === size.memoryGiB) ?? size;
}

export interface NodeFit {
  readonly raw: Json;
  /** What changed, for the output: `key: before -> after`. */
  readonly changes: string[];
}

export function fitToNode(raw: Json, config: EnvironmentConfig, nodeMilli: number, webhookReplicas: number): NodeFit {
  const out = structuredClone(raw);
  const changes: string[] = [];
  const section = (key: string): Json => {
    out[key] = { ...((out[key] as Json | undefined) ?? {}) };
    return out[key] as Json;
  };
  let fixed = SYSTEM_MILLI;
  const operator = section('sparkOperator');
  for (const [key, size, replicas] of [
    ['controllerSize', config.sparkOperator.controllerSize, 1],
    ['webhookSize', config.sparkOperator.webhookSize, webhookReplicas],
  ] as const) {
    const least = leastCpu(size);
    if (least.vcpu !== size.vcpu) {
      operator[key] = { ...least };
      changes.push(`sparkOperator.${key}.vcpu: ${size.vcpu} -> ${least.vcpu}`);
    }
    fixed += least.vcpu * 1000 * replicas;
  }
  if (config.historyServer.enabled) {
    const history = section('historyServer');
    const least = leastCpu(config.historyServer.size);
    if (least.vcpu !== config.historyServer.size.vcpu) {
      history.size = { ...least };
      changes.push(`historyServer.size.vcpu: ${config.historyServer.size.vcpu} -> ${least.vcpu}`);
    }
    fixed += least.vcpu * 1000;
  }
  const left = nodeMilli - fixed;
  const jobs = ((out.jobs as Json[] | undefined) ?? []).map((job) => structuredClone(job));
  config.jobs.forEach((job, i) => {
    const pods = 1 + job.executor.instances;
    const requested = [job.driver, ...Array(job.executor.instances).fill(job.executor)].reduce(
      (sum, pod: { cores: number; coreRequest?: string }) => sum + milli(pod.coreRequest ?? pod.cores),
      0,
    );
    if (requested <= left) return;
    const share = Math.floor(left / pods / 10) * 10;
    if (share < 100) throw new Error(`job ${job.name}: ${pods} pods cannot get 100m each of the node's ${left}m left`);
    for (const role of ['driver', 'executor'] as const) {
      const pod = { ...(jobs[i][role] as Json) };
      const before = job[role].coreRequest ?? String(job[role].cores);
      pod.coreRequest = `${share}m`;
      pod.memory = job[role].memory;
      pod.fit = false;
      jobs[i][role] = pod;
      changes.push(
        `jobs[${i}] (${job.name}).${role}.coreRequest: ${before} -> ${share}m (memory ${job[role].memory} kept, fit off)`,
      );
    }
  });
  if (jobs.length) out.jobs = jobs;
  return { raw: out, changes };
}
