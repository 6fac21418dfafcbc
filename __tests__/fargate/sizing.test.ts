import { FARGATE_SIZES, isFargateSize, requestsForFargateSize } from '../../src/fargate/sizes';
import { cpuQuantity, fargateSizeFor, fittedMemoryMiB, podRequest, waste } from '../../src/fargate/sizing';
import { parseSparkMemoryMiB, formatSparkMemory } from '../../src/spark/memory';

describe('Spark memory strings', () => {
  it.each([
    ['512m', 512],
    ['2g', 2048],
    ['1536M', 1536],
    ['1G', 1024],
    ['2048k', 2],
    ['1t', 1024 * 1024],
    ['4gb', 4096],
  ])('%s is %d MiB', (text, mib) => {
    expect(parseSparkMemoryMiB(text)).toBe(mib);
  });

  it.each(['512x', '512', 'm', '-1g', '1.5g', ''])('%j is refused', (text) => {
    expect(parseSparkMemoryMiB(text)).toBeUndefined();
  });

  it('formats MiB back, preferring whole gibibytes', () => {
    expect([formatSparkMemory(2048), formatSparkMemory(1280)]).toEqual(['2g', '1280m']);
  });
});

describe('podRequest', () => {
  it.each([
    // [spec, type, vcpu, memoryMiB]
    [{ cores: 1, memory: '512m' }, 'Python', 1, 512 + 384],
    [{ cores: 1, memory: '2g' }, 'Python', 1, 2048 + 819],
    [{ cores: 1, memory: '2g' }, 'Scala', 1, 2048 + 384],
    [{ cores: 2, memory: '8g' }, 'Java', 2, 8192 + 819],
    [{ cores: 1, memory: '1g', memoryOverhead: '256m' }, 'Python', 1, 1024 + 256],
    [{ cores: 1, memory: '4g', memoryOverheadFactor: 0.2 }, 'Python', 1, 4096 + 819],
    [{ cores: 2, coreRequest: '500m', memory: '1g' }, 'Python', 0.5, 1024 + 409],
    [{ cores: 1, coreRequest: '1.5', memory: '1g' }, 'Python', 1.5, 1024 + 409],
  ] as const)('%j as %s requests %d vCPU, %d MiB', (spec, type, vcpu, memoryMiB) => {
    expect(podRequest(spec, type)).toMatchObject({ vcpu, memoryMiB });
  });

  it('names a bad memory string', () => {
    expect(() => podRequest({ cores: 1, memory: '512x' })).toThrow(/memory: "512x" is not a Spark memory size/);
    expect(() => cpuQuantity('1 core')).toThrow(/not a CPU quantity/);
  });
});

describe('Fargate sizes', () => {
  it('are the combinations of the EKS user guide', () => {
    const byVcpu = (v: number) => FARGATE_SIZES.filter((s) => s.vcpu === v).map((s) => s.memoryGiB);
    expect(byVcpu(0.25)).toEqual([0.5, 1, 2]);
    expect(byVcpu(0.5)).toEqual([1, 2, 3, 4]);
    expect(byVcpu(1)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(byVcpu(2)).toHaveLength(13);
    expect(byVcpu(4)).toEqual(Array.from({ length: 23 }, (_, i) => 8 + i));
    expect(byVcpu(8)).toEqual([16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60]);
    expect(byVcpu(16)).toEqual([32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120]);
    expect(isFargateSize({ vcpu: 1, memoryGiB: 1 })).toBe(false);
  });

  it.each([
    // request → size: request + 256 MiB, rounded up
    [
      { vcpu: 0.25, memoryMiB: 256 },
      { vcpu: 0.25, memoryGiB: 0.5 },
    ],
    [
      { vcpu: 0.25, memoryMiB: 257 },
      { vcpu: 0.25, memoryGiB: 1 },
    ],
    [
      { vcpu: 1, memoryMiB: 896 },
      { vcpu: 1, memoryGiB: 2 },
    ],
    [
      { vcpu: 1, memoryMiB: 1792 },
      { vcpu: 1, memoryGiB: 2 },
    ],
    [
      { vcpu: 1, memoryMiB: 1793 },
      { vcpu: 1, memoryGiB: 3 },
    ],
    [
      { vcpu: 0.25, memoryMiB: 2800 },
      { vcpu: 0.5, memoryGiB: 3 },
    ],
    [
      { vcpu: 0.25, memoryMiB: 2900 },
      { vcpu: 0.5, memoryGiB: 4 },
    ],
    [
      { vcpu: 1, memoryMiB: 8900 },
      { vcpu: 2, memoryGiB: 9 },
    ],
    [
      { vcpu: 3, memoryMiB: 1000 },
      { vcpu: 4, memoryGiB: 8 },
    ],
    [
      { vcpu: 8, memoryMiB: 17000 },
      { vcpu: 8, memoryGiB: 20 },
    ],
    [
      { vcpu: 16, memoryMiB: 120 * 1024 - 256 },
      { vcpu: 16, memoryGiB: 120 },
    ],
  ])('%j lands on %j', (request, size) => {
    expect(fargateSizeFor(request)).toEqual(size);
  });

  it('has no size for more than 16 vCPU or 120 GB', () => {
    expect(fargateSizeFor({ vcpu: 17, memoryMiB: 1024 })).toBeUndefined();
    expect(fargateSizeFor({ vcpu: 1, memoryMiB: 120 * 1024 })).toBeUndefined();
  });

  it('gives container requests that land exactly on a size', () => {
    expect(requestsForFargateSize({ vcpu: 0.25, memoryGiB: 0.5 })).toEqual({ cpu: '250m', memory: '256Mi' });
    expect(requestsForFargateSize({ vcpu: 1, memoryGiB: 3 })).toEqual({ cpu: '1', memory: '2816Mi' });
  });
});

describe('waste and fit', () => {
  it('bills the seed’s PySpark executor (1 core, 512m) as 1 vCPU / 2 GB with 44% of memory unused', () => {
    const spec = { cores: 1, memory: '512m' };
    const request = podRequest(spec);
    const size = fargateSizeFor(request);
    expect(size).toEqual({ vcpu: 1, memoryGiB: 2 });
    expect(waste(request, size as never).memoryPct).toBeCloseTo(43.75, 2);
    expect(waste(request, size as never).cpuPct).toBe(0);
  });

  it('fits the same pod to 1280m: 0% waste in the same size', () => {
    const spec = { cores: 1, memory: '512m' };
    const fitted = fittedMemoryMiB(spec, { vcpu: 1, memoryGiB: 2 });
    expect(fitted).toBe(1280);
    const request = podRequest({ ...spec, memory: `${fitted}m` });
    expect(fargateSizeFor(request)).toEqual({ vcpu: 1, memoryGiB: 2 });
    expect(waste(request, { vcpu: 1, memoryGiB: 2 }).memoryPct).toBe(0);
    expect(fargateSizeFor(podRequest({ ...spec, memory: `${fitted + 1}m` }))).toEqual({ vcpu: 1, memoryGiB: 3 });
  });

  it.each([
    [{ cores: 1, memory: '1g', memoryOverhead: '512m' }, { vcpu: 1, memoryGiB: 4 }, 4096 - 256 - 512],
    [{ cores: 1, coreRequest: '250m', memory: '1g' }, { vcpu: 0.25, memoryGiB: 1 }, 384],
    [{ cores: 4, memory: '8g' }, { vcpu: 4, memoryGiB: 16 }, Math.floor((16 * 1024 - 256) / 1.4)],
  ])('fits %j into %j with %d MiB', (spec, size, mib) => {
    const fitted = fittedMemoryMiB(spec, size);
    expect(Math.abs(fitted - mib)).toBeLessThanOrEqual(1);
    expect(fargateSizeFor(podRequest({ ...spec, memory: `${fitted}m` }))).toEqual(size);
  });

  it('counts unrequested vCPU as waste', () => {
    expect(waste({ vcpu: 0.5, memoryMiB: 768 }, { vcpu: 1, memoryGiB: 2 }).cpuPct).toBe(50);
  });
});
