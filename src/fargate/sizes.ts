/**
 * The vCPU and memory combinations a Fargate pod can get, from "Fargate pod configuration" in the Amazon EKS user
 * guide. Fargate adds 256 MiB to a pod's memory request for its own components and rounds up to the smallest
 * combination that fits. Memory is in GiB ("GB" in the AWS table are GiB).
 */
export interface FargateSize {
  readonly vcpu: number;
  readonly memoryGiB: number;
}

/** Memory Fargate reserves in every pod for the kubelet, kube-proxy and containerd. */
export const FARGATE_RESERVED_MIB = 256;

const range = (from: number, to: number, step: number): number[] =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

const COMBINATIONS: readonly (readonly [number, readonly number[]])[] = [
  [0.25, [0.5, 1, 2]],
  [0.5, range(1, 4, 1)],
  [1, range(2, 8, 1)],
  [2, range(4, 16, 1)],
  [4, range(8, 30, 1)],
  [8, range(16, 60, 4)],
  [16, range(32, 120, 8)],
];

/** Every valid size, ordered by vCPU and then memory: the order Fargate rounds up in. */
export const FARGATE_SIZES: readonly FargateSize[] = COMBINATIONS.flatMap(([vcpu, memories]) =>
  memories.map((memoryGiB) => ({ vcpu, memoryGiB })),
);

export function isFargateSize(size: FargateSize): boolean {
  return FARGATE_SIZES.some((s) => s.vcpu === size.vcpu && s.memoryGiB === size.memoryGiB);
}

/**
 * Container requests (= limits) that make a pod land exactly on a Fargate size: the size's memory minus what Fargate
 * reserves, and its vCPU.
 */
export function requestsForFargateSize(size: FargateSize): { readonly cpu: string; readonly memory: string } {
  const memoryMiB = size.memoryGiB * 1024 - FARGATE_RESERVED_MIB;
  return { cpu: size.vcpu < 1 ? `${size.vcpu * 1000}m` : String(size.vcpu), memory: `${memoryMiB}Mi` };
}

export const FARGATE_SIZES_HINT =
  '0.25 vCPU with 0.5, 1 or 2 GB; 0.5 vCPU with 1-4 GB; 1 vCPU with 2-8 GB; 2 vCPU with 4-16 GB; 4 vCPU with 8-30 GB; ' +
  '8 vCPU with 16-60 GB in 4 GB steps; 16 vCPU with 32-120 GB in 8 GB steps';
