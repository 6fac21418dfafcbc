import { jobCost } from '../../src/fargate/job-cost';
import { FargatePrice, usdPerHour } from '../../src/fargate/pricing';
import { configWith } from '../../test-support/config';

const seedJob = (fit: boolean) =>
  configWith({
    jobs: [
      {
        name: 'spark-pi',
        namespace: 'spark-jobs',
        mainFile: 'pi.py',
        driver: { cores: 1, memory: '512m', fit },
        executor: { cores: 1, memory: '512m', instances: 2, fit },
      },
    ],
  }).jobs[0];

const PRICE: FargatePrice = { usdPerVcpuHour: 0.04048, usdPerGbHour: 0.004445 };

describe('jobCost', () => {
  it('reports the seed job: every pod 1 vCPU / 2 GB with 44% memory waste', () => {
    const cost = jobCost(seedJob(false), PRICE);
    expect(cost.pods).toEqual([
      expect.objectContaining({
        role: 'driver',
        count: 1,
        requestVcpu: 1,
        requestMemoryMiB: 896,
        fargateVcpu: 1,
        fargateMemoryGiB: 2,
        wasteMemoryPct: 43.8,
      }),
      expect.objectContaining({
        role: 'executor',
        count: 2,
        requestVcpu: 1,
        requestMemoryMiB: 896,
        fargateVcpu: 1,
        fargateMemoryGiB: 2,
        wasteMemoryPct: 43.8,
      }),
    ]);
    const pod = PRICE.usdPerVcpuHour + 2 * PRICE.usdPerGbHour;
    expect(cost.pods[1].usdPerHour).toBeCloseTo(2 * pod, 5);
    expect(cost.usdPerHour).toBeCloseTo(3 * pod, 5);
    expect(cost.pods[0].fittedMemory).toBe('1280m');
  });

  it('with fit: true, uses the whole size for the same price', () => {
    const fitted = jobCost(seedJob(true), PRICE);
    const unfitted = jobCost(seedJob(false), PRICE);
    expect(fitted.pods.map((p) => p.wasteMemoryPct)).toEqual([0, 0]);
    expect(fitted.pods.map((p) => p.requestMemoryMiB)).toEqual([1792, 1792]);
    expect(fitted.usdPerHour).toBe(unfitted.usdPerHour);
  });

  it('bills each pod at the prices it is given', () => {
    expect(usdPerHour({ vcpu: 2, memoryGiB: 4 }, { usdPerVcpuHour: 1, usdPerGbHour: 0.5 })).toBe(4);
    const cost = jobCost(seedJob(false), { usdPerVcpuHour: 1, usdPerGbHour: 0.5 });
    // Every pod is 1 vCPU / 2 GB: $2/hour each, three pods.
    expect(cost.pods.map((p) => p.usdPerHour)).toEqual([2, 4]);
    expect(cost.usdPerHour).toBe(6);
  });
});
