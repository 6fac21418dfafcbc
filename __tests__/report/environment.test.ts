import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { MONTH_HOURS } from '../../src/config/cron-runs';
import { PROJECT_ROOT } from '../../src/config/load';
import { EnvironmentConfig } from '../../src/config/schema';
import { PRICE_TABLE } from '../../src/fargate/pricing';
import { CostLine, environmentCost, memoryQuantityMiB } from '../../src/report/environment';
import { buildReport, inDeployOrder, Report } from '../../src/report/report';
import { renderText } from '../../src/report/render';
import { configWith, defaultConfig, jobRaw } from '../../test-support/config';
import { synthesizeApp } from '../../test-support/synth';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Stacks = Map<string, Record<string, any>>;
function stacksOf(config: EnvironmentConfig): Stacks {
  const app = synthesizeApp(config);
  try {
    return inDeployOrder(new Map(app.stackNames.map((n) => [n, app.stack(n)])));
  } finally {
    app.cleanup();
  }
}

const TODAY = '2026-12-02';
const lineOf = (report: Report, start: string): CostLine => {
  const found = report.environment.lines.filter((l) => l.item.startsWith(start));
  if (found.length !== 1) throw new Error(`${found.length} lines start with "${start}"`);
  return found[0];
};
const EU = PRICE_TABLE.regions['eu-west-1'] as { usdPerVcpuHour: number; usdPerGbHour: number };

describe('the environment cost', () => {
  const defaults = defaultConfig();
  let defaultReport: Report;
  // The stacks of the default config: the price override and the region's prices change no count in them.
  let defaultStacks: Stacks;
  // Three zones with a NAT gateway each, no interface endpoints, a version in extended support on TODAY, and a job
  // that runs every hour for 6 minutes.
  const other = configWith({
    network: { azCount: 3, natGateways: 'one-per-az', vpcEndpoints: false },
    cluster: { kubernetesVersion: '1.34' },
    jobs: [
      jobRaw({ schedule: { cron: '0 * * * *' }, expectedRunMinutes: 6 }),
      jobRaw({ name: 'weather-data', mainFile: 'weather.py' }),
    ],
  });
  let otherReport: Report;
  beforeAll(() => {
    defaultStacks = stacksOf(defaults);
    defaultReport = buildReport(defaults, defaultStacks, { today: TODAY });
    otherReport = buildReport(other, stacksOf(other), { today: TODAY });
  });

  it('prices every line as its count times its unit price, per hour and per 30-day month, and adds them up', () => {
    for (const report of [defaultReport, otherReport]) {
      let month = 0;
      for (const line of report.environment.lines) {
        if (line.unitPrice === null) continue;
        const perHour = line.per === 'hour' ? line.count * line.unitPrice : (line.count * line.unitPrice) / 720;
        expect({ item: line.item, perHour: line.usdPerHour }).toEqual({
          item: line.item,
          perHour: expect.closeTo(perHour, 4),
        });
        expect(line.usdPerMonth).toBeCloseTo(perHour * MONTH_HOURS, 2);
        month += line.usdPerMonth ?? 0;
      }
      expect(report.environment.usdPerMonth).toBeCloseTo(month, 2);
      expect(report.total.usdPerMonth).toBeCloseTo(report.environment.usdPerMonth + report.total.jobsUsdPerMonth, 2);
    }
  });

  it('counts what the default config deploys in eu-west-1, with the prices of eu-west-1', () => {
    const count = (start: string) => lineOf(defaultReport, start).count;
    expect(count('EKS control plane (1.36, standard support on 2026-12-02)')).toBe(1);
    expect(count('NAT gateway')).toBe(1);
    expect(count('public IPv4 address')).toBe(1);
    // ecr.api, ecr.dkr, sts and logs, each in both zones.
    expect(count('interface endpoint per zone')).toBe(8);
    // state, data, and in core the EKS secrets, ECR and logs keys.
    expect(count('KMS key')).toBe(5);
    expect(lineOf(defaultReport, 'NAT gateway').unitPrice).toBe(0.048);
    expect(lineOf(defaultReport, 'EKS control plane').unitPrice).toBe(0.1);
    expect(lineOf(defaultReport, 'KMS key')).toMatchObject({ unitPrice: 1, per: 'month', usdPerMonth: 5 });
  });

  it('sizes the always-on pods as the stacks deploy them, at the Fargate prices of the region', () => {
    const pods = defaultReport.environment.lines.filter((l) => l.unit === 'pod');
    expect(pods.map((p) => [p.item, p.count])).toEqual([
      ['Spark Operator controller (1 vCPU / 3 GB)', 1],
      ['Spark Operator webhook (0.25 vCPU / 0.5 GB)', 2],
      ['Spark History Server (0.5 vCPU / 2 GB)', 1],
      ['CoreDNS (0.25 vCPU / 0.5 GB)', 2],
      ['finished driver of spark-pi, kept until its next change (1 vCPU / 2 GB)', 1],
    ]);
    expect(pods[0].unitPrice).toBeCloseTo(1 * EU.usdPerVcpuHour + 3 * EU.usdPerGbHour, 5);
    expect(pods[1].usdPerHour).toBeCloseTo(2 * (0.25 * EU.usdPerVcpuHour + 0.5 * EU.usdPerGbHour), 4);
  });

  it('costs 3 gateways and 3 addresses for 3 zones with a NAT gateway each', () => {
    const nat = lineOf(otherReport, 'NAT gateway');
    expect(nat.count).toBe(3);
    expect(nat.usdPerMonth).toBeCloseTo(3 * (lineOf(defaultReport, 'NAT gateway').usdPerMonth ?? NaN), 2);
    expect(lineOf(otherReport, 'public IPv4 address').count).toBe(3);
  });

  it('costs 6 times as much for a control plane whose version is in extended support', () => {
    const extended = lineOf(otherReport, 'EKS control plane');
    expect(extended.item).toBe('EKS control plane (1.34, extended support on 2026-12-02)');
    expect(extended.usdPerHour).toBeCloseTo(6 * (lineOf(defaultReport, 'EKS control plane').usdPerHour ?? NaN), 5);
    expect(extended.price.key).toBe('eksExtendedClusterHour');
  });

  it('has no interface endpoint line or rate once the endpoints are turned off', () => {
    expect(otherReport.environment.lines.filter((l) => l.item.startsWith('interface endpoint'))).toEqual([]);
    expect(otherReport.environment.rates.filter((r) => r.item.startsWith('interface endpoints'))).toEqual([]);
    expect(defaultReport.environment.rates.map((r) => r.item)).toContain('interface endpoints, data processed');
  });

  it('prices a job by its schedule: 720 hourly runs a month times the minutes of a run', () => {
    const [hourly, once] = otherReport.jobs;
    expect(hourly).toMatchObject({ schedule: '0 * * * *', runsPerMonth: 720, expectedRunMinutes: 6 });
    expect(hourly.usdPerMonth).toBeCloseTo((hourly.usdPerHour * 720 * 6) / 60, 2);
    expect(otherReport.total.jobsUsdPerMonth).toBe(hourly.usdPerMonth);
    expect(once).toMatchObject({ schedule: null, runsPerMonth: null, usdPerMonth: null });
    expect(otherReport.total.notPriced).toContain(
      'job weather-data: runs once per change to it, not on a schedule: no monthly figure',
    );
    // The scheduled job keeps no finished driver; the one-shot job does.
    expect(otherReport.environment.lines.map((l) => l.item)).toContain(
      'finished driver of weather-data, kept until its next change (1 vCPU / 2 GB)',
    );
  });

  it('shows the prices by use as rates, never in the total', () => {
    expect(defaultReport.environment.rates.map((r) => [r.item, r.count, r.rate])).toEqual([
      ['NAT gateway, data processed', 1, 0.048],
      ['interface endpoints, data processed', 4, 0.01],
      ['CloudWatch Logs, ingested', 3, 0.57],
      ['CloudWatch Logs, stored', 3, 0.03],
      ['S3 Standard, stored', 4, 0.023],
    ]);
    expect(defaultReport.total.notPriced.at(-1)).toMatch(
      /^what bills by use \(NAT gateway, data processed; .*\): shown as rates$/,
    );
  });

  it('flags a fallback, never inventing a price, and leaves an item no region has a figure for out of the total', () => {
    const config = configWith({ region: 'ap-east-2', jobs: [] });
    const report = environmentCost(
      config,
      defaultStacks,
      TODAY,
      buildReport(config, new Map(), { today: TODAY }).pricing,
    );
    const nat = report.lines.find((l) => l.item === 'NAT gateway');
    expect(nat?.price).toMatchObject({ flag: 'fallback', priceRegion: 'us-east-1', usd: 0.045 });
    expect(nat?.price.note).toMatch(/^no natGatewayHour price for ap-east-2 \(no figure found on 2026-12-02/);
    const s3 = report.rates.find((r) => r.item === 'S3 Standard, stored');
    expect(s3).toMatchObject({ rate: null, price: { flag: 'missing', usd: null } });
    // Fargate's own fallback flags the pods.
    expect(report.lines.find((l) => l.unit === 'pod')?.price.flag).toBe('fallback');
  });

  it("takes the config's price for any item, and says so", () => {
    const config = configWith({ pricing: { natGatewayHour: 0.1, kmsKeyMonth: 0 } });
    const report = buildReport(config, defaultStacks, { today: TODAY });
    expect(lineOf(report, 'NAT gateway')).toMatchObject({ unitPrice: 0.1, usdPerMonth: 72 });
    expect(lineOf(report, 'NAT gateway').price).toMatchObject({
      flag: 'override',
      source: 'config key pricing.natGatewayHour',
    });
    expect(lineOf(report, 'KMS key')).toMatchObject({ unitPrice: 0, usdPerMonth: 0 });
    expect(renderText(report)).toMatch(/NAT gateway +1 +\$0\.10\/gateway-hour +0\.1000 +72\.00 +OVERRIDE/);
  });

  it('is shown in the README for the default config, line for line', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const text = renderText(defaultReport);
    const section = text.slice(text.indexOf('Environment: fixed cost'), text.indexOf('\nNot in the total:'));
    expect(section.split('\n').length).toBeGreaterThan(20);
    expect(readme).toContain(section);
  });
});

describe('memoryQuantityMiB', () => {
  it('reads the units Kubernetes writes', () => {
    expect(memoryQuantityMiB('2816Mi')).toBe(2816);
    expect(memoryQuantityMiB('3Gi')).toBe(3072);
    expect(memoryQuantityMiB('256M')).toBeCloseTo(244.14, 2);
    expect(() => memoryQuantityMiB('lots')).toThrow(/not a memory quantity/);
  });
});
