import { FargateSize } from '../fargate/sizes';
import { fargateSizeFor, fittedMemoryMiB, podRequest, waste } from '../fargate/sizing';
import { formatSparkMemory } from '../spark/memory';
import { ConfigProblem, withJobName } from './errors';

/** A pod that leaves more than this share of its billed memory unused gets a warning at synth. */
export const WASTE_WARNING_PCT = 25;

interface MutablePod {
  cores: number;
  coreRequest?: string;
  memory: string;
  memoryOverhead?: string;
  memoryOverheadFactor?: number;
  fit: boolean;
}

/** What sizing needs of a job: its name for messages, and each pod that parsed (pods that did not are skipped). */
export interface SizableJob {
  readonly name?: string;
  readonly driver?: MutablePod;
  readonly executor?: MutablePod;
}

/**
 * Sizes every job's pods for Fargate before anything is built: a pod that fits no Fargate size is a config error;
 * a pod with `fit: true` gets the largest memory that keeps its Fargate size; any other pod that would waste more
 * than a quarter of the memory it pays for is named in a warning with the memory that would fill it. A job given
 * as undefined (it did not parse) keeps its place, so key paths still count jobs as the file does.
 */
export function fitJobsToFargate(jobs: readonly (SizableJob | undefined)[]): {
  problems: ConfigProblem[];
  warnings: string[];
} {
  const problems: ConfigProblem[] = [];
  const warnings: string[] = [];
  jobs.forEach((job, i) => {
    for (const role of ['driver', 'executor'] as const) {
      const pod = job?.[role];
      if (!pod) continue;
      const path = `jobs[${i}].${role}`;
      const request = podRequest(pod);
      const size: FargateSize | undefined = fargateSizeFor(request);
      if (!size) {
        problems.push({
          path,
          message:
            `asks for ${request.vcpu} vCPU and ${request.memoryMiB} MiB with overhead, ` +
            'more than the largest Fargate size (16 vCPU / 120 GB); lower cores or memory',
        });
        continue;
      }
      const fitted = formatSparkMemory(fittedMemoryMiB(pod, size));
      if (pod.fit) {
        pod.memory = fitted;
        continue;
      }
      const wasted = waste(request, size).memoryPct;
      if (wasted > WASTE_WARNING_PCT) {
        warnings.push(
          `${withJobName(path, job?.name)}.memory: ${pod.memory} is billed as ${size.vcpu} vCPU / ${size.memoryGiB} GB on Fargate and ` +
            `leaves ${wasted.toFixed(0)}% of that memory unused; memory: ${fitted} (or fit: true) uses it all at the same price.`,
        );
      }
    }
  });
  return { problems, warnings };
}
