import { parseSparkMemoryMiB, SPARK_MEMORY_HINT } from '../spark/memory';
import { FARGATE_RESERVED_MIB, FARGATE_SIZES, FargateSize } from './sizes';

/** Spark's floor for memory overhead (spark.{driver,executor}.minMemoryOverhead). */
export const MIN_MEMORY_OVERHEAD_MIB = 384;
/** Spark's default overhead factor for JVM jobs, and for Python and R jobs (whose workers live outside the JVM). */
export const JVM_OVERHEAD_FACTOR = 0.1;
export const NON_JVM_OVERHEAD_FACTOR = 0.4;

export type ApplicationType = 'Java' | 'Scala' | 'Python' | 'R';

/** The sizing-relevant part of a driver or executor spec. */
export interface PodSpec {
  readonly cores: number;
  readonly coreRequest?: string;
  readonly memory: string;
  readonly memoryOverhead?: string;
  readonly memoryOverheadFactor?: number;
}

/** What a Spark pod asks Kubernetes for. */
export interface PodRequest {
  readonly vcpu: number;
  /** Spark memory plus overhead. */
  readonly memoryMiB: number;
  readonly overheadMiB: number;
}

export class SizingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SizingError';
  }
}

function memoryMiB(text: string, what: string): number {
  const mib = parseSparkMemoryMiB(text);
  if (mib === undefined)
    throw new SizingError(`${what}: "${text}" is not a Spark memory size; expected ${SPARK_MEMORY_HINT}`);
  return mib;
}

/** Kubernetes CPU quantity → vCPU: `500m` → 0.5, `2` → 2. */
export function cpuQuantity(text: string): number {
  const match = /^(\d+)m$/.exec(text);
  if (match) return Number(match[1]) / 1000;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  throw new SizingError(`"${text}" is not a CPU quantity such as 500m or 2`);
}

export function overheadFactor(spec: PodSpec, type: ApplicationType): number {
  return (
    spec.memoryOverheadFactor ?? (type === 'Python' || type === 'R' ? NON_JVM_OVERHEAD_FACTOR : JVM_OVERHEAD_FACTOR)
  );
}

/** Spark's overhead for a memory size: the explicit overhead, else max(factor × memory, 384 MiB), in whole MiB. */
export function overheadMiB(memory: number, spec: PodSpec, type: ApplicationType): number {
  if (spec.memoryOverhead !== undefined) return memoryMiB(spec.memoryOverhead, 'memoryOverhead');
  return Math.max(Math.floor(overheadFactor(spec, type) * memory), MIN_MEMORY_OVERHEAD_MIB);
}

/** The request of a driver or executor pod: memory + overhead, and coreRequest if given, else cores. */
export function podRequest(spec: PodSpec, type: ApplicationType = 'Python'): PodRequest {
  const memory = memoryMiB(spec.memory, 'memory');
  const overhead = overheadMiB(memory, spec, type);
  const vcpu = spec.coreRequest !== undefined ? cpuQuantity(spec.coreRequest) : spec.cores;
  return { vcpu, memoryMiB: memory + overhead, overheadMiB: overhead };
}

/**
 * The Fargate size a pod gets: its request plus the 256 MiB Fargate reserves, rounded up to the smallest valid
 * combination with at least that vCPU and memory. Undefined when no size is large enough.
 */
export function fargateSizeFor(request: Pick<PodRequest, 'vcpu' | 'memoryMiB'>): FargateSize | undefined {
  const needMiB = request.memoryMiB + FARGATE_RESERVED_MIB;
  return FARGATE_SIZES.find((size) => size.vcpu >= request.vcpu && size.memoryGiB * 1024 >= needMiB);
}

/** Billed memory not requested by Spark or reserved by Fargate, and billed vCPU not requested, in % of billed. */
export interface Waste {
  readonly memoryPct: number;
  readonly cpuPct: number;
}

export function waste(request: Pick<PodRequest, 'vcpu' | 'memoryMiB'>, size: FargateSize): Waste {
  const billedMiB = size.memoryGiB * 1024;
  return {
    memoryPct: ((billedMiB - (request.memoryMiB + FARGATE_RESERVED_MIB)) / billedMiB) * 100,
    cpuPct: ((size.vcpu - request.vcpu) / size.vcpu) * 100,
  };
}

/**
 * The largest Spark memory (whole MiB) that keeps the pod in the same Fargate size: memory + overhead must stay
 * within the size's memory less the 256 MiB Fargate reserves.
 */
export function fittedMemoryMiB(spec: PodSpec, size: FargateSize, type: ApplicationType = 'Python'): number {
  const capacity = size.memoryGiB * 1024 - FARGATE_RESERVED_MIB;
  const fits = (m: number) => m + overheadMiB(m, spec, type) <= capacity;
  // Overhead grows with memory, so the total is monotonic: search the largest m that fits.
  let low = 0;
  let high = capacity;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}
