import { JobConfig, SparkPodConfig } from '../config/schema';
import { formatSparkMemory } from '../spark/memory';
import { FargatePrice, usdPerHour } from './pricing';
import { FargateSize } from './sizes';
import { fargateSizeFor, fittedMemoryMiB, podRequest, SizingError, waste } from './sizing';

export type PodRole = 'driver' | 'executor';

/** One kind of pod of a job, as it is sized and billed on Fargate. */
export interface PodCost {
  readonly role: PodRole;
  readonly count: number;
  readonly requestVcpu: number;
  readonly requestMemoryMiB: number;
  readonly fargateVcpu: number;
  readonly fargateMemoryGiB: number;
  readonly wasteMemoryPct: number;
  readonly wasteCpuPct: number;
  /** For all `count` pods. */
  readonly usdPerHour: number;
  /** The Spark memory that fills this Fargate size, for `fit`. */
  readonly fittedMemory: string;
}

export interface JobCost {
  readonly name: string;
  readonly usdPerHour: number;
  readonly pods: readonly PodCost[];
}

/** The pods of a job (PySpark) with their Fargate size, waste and price at `price` (see pricingFor). */
export function jobCost(job: JobConfig, price: FargatePrice): JobCost {
  const pod = (role: PodRole, spec: SparkPodConfig, count: number): PodCost => {
    const request = podRequest(spec);
    const size: FargateSize | undefined = fargateSizeFor(request);
    if (!size) {
      throw new SizingError(
        `job "${job.name}" ${role}: ${request.vcpu} vCPU and ${request.memoryMiB} MiB (with overhead) fit no Fargate size (at most 16 vCPU / 120 GB)`,
      );
    }
    const w = waste(request, size);
    return {
      role,
      count,
      requestVcpu: request.vcpu,
      requestMemoryMiB: request.memoryMiB,
      fargateVcpu: size.vcpu,
      fargateMemoryGiB: size.memoryGiB,
      wasteMemoryPct: round(w.memoryPct, 1),
      wasteCpuPct: round(w.cpuPct, 1),
      usdPerHour: round(usdPerHour(size, price) * count, 5),
      fittedMemory: formatSparkMemory(fittedMemoryMiB(spec, size)),
    };
  };
  const pods = [pod('driver', job.driver, 1), pod('executor', job.executor, job.executor.instances)];
  return {
    name: job.name,
    usdPerHour: round(
      pods.reduce((sum, p) => sum + p.usdPerHour, 0),
      5,
    ),
    pods,
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
