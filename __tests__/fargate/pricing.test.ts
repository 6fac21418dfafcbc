import { ENVIRONMENT_PRICE_TABLE, EnvironmentPriceTable, offerPrice } from '../../src/pricing/environment-pricing';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { AWS_REGIONS } from '../../src/aws/regions';
import { ConfigError } from '../../src/config/errors';
import { PROJECT_ROOT } from '../../src/config/load';
import {
  ECS_REGION_INDEX_PATH,
  FALLBACK_PRICE_REGION,
  fargatePriceFromOffer,
  isPriced,
  PRICE_TABLE,
  PriceTable,
  priceTableFromOffers,
  pricingFor,
  RegionIndex,
  RegionPriceEntry,
} from '../../src/fargate/pricing';
import { configWith } from '../../test-support/config';

const FIXTURES = path.join(PROJECT_ROOT, 'test-support', 'fixtures', 'price-list');
const fixture = (urlPath: string): unknown => JSON.parse(readFileSync(path.join(FIXTURES, urlPath), 'utf8'));
const INDEX = fixture(ECS_REGION_INDEX_PATH) as RegionIndex;
const offerOf = (region: string): unknown => fixture(INDEX.regions[region].currentVersionUrl);

describe('the Fargate price table', () => {
  it('has an entry for every region the config accepts: a price, or why there is none', () => {
    expect(Object.keys(PRICE_TABLE.regions).sort()).toEqual([...AWS_REGIONS].sort());
    // Fargate has cost cents per vCPU-hour and tenths of a cent per GB-hour in every region.
    const plausible = (entry: RegionPriceEntry) =>
      isPriced(entry)
        ? entry.usdPerVcpuHour > 0.01 &&
          entry.usdPerVcpuHour < 0.2 &&
          entry.usdPerGbHour > 0.001 &&
          entry.usdPerGbHour < 0.02
        : entry.missing.length > 10;
    expect(AWS_REGIONS.filter((region) => !plausible(PRICE_TABLE.regions[region]))).toEqual([]);
  });

  it('records its source and the date the figures were read, and prices the fallback region', () => {
    expect(PRICE_TABLE.source.length).toBeGreaterThan(10);
    expect(new URL(PRICE_TABLE.sourceUrl).protocol).toBe('https:');
    expect(PRICE_TABLE.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(PRICE_TABLE.retrieved))).toBe(false);
    expect(isPriced(PRICE_TABLE.regions[FALLBACK_PRICE_REGION])).toBe(true);
  });
});

describe('pricingFor', () => {
  it('uses the table prices of the region deployed to, or us-east-1 flagged as a fallback', () => {
    const expected = (region: string) => {
      const entry = PRICE_TABLE.regions[region];
      if (isPriced(entry)) return { priceRegion: region, fallback: false, note: null, ...entry };
      return {
        priceRegion: FALLBACK_PRICE_REGION,
        fallback: true,
        ...PRICE_TABLE.regions[FALLBACK_PRICE_REGION],
        note: expect.stringContaining(`no Fargate price for ${region} (${entry.missing})`),
      };
    };
    for (const region of AWS_REGIONS) {
      expect(pricingFor(region)).toMatchObject({
        region,
        override: false,
        retrieved: PRICE_TABLE.retrieved,
        source: expect.stringContaining(PRICE_TABLE.source),
        ...expected(region),
      });
    }
  });

  it('prices eu-west-1 with its own figures, not us-east-1 ones', () => {
    const table: PriceTable = {
      ...PRICE_TABLE,
      regions: {
        'us-east-1': { usdPerVcpuHour: 1, usdPerGbHour: 0.1 },
        'eu-west-1': { usdPerVcpuHour: 2, usdPerGbHour: 0.2 },
        'ap-southeast-5': { missing: 'not found' },
      },
    };
    expect(pricingFor('eu-west-1', undefined, table)).toMatchObject({
      priceRegion: 'eu-west-1',
      usdPerVcpuHour: 2,
      usdPerGbHour: 0.2,
      fallback: false,
    });
    expect(pricingFor('ap-southeast-5', undefined, table)).toMatchObject({
      priceRegion: 'us-east-1',
      usdPerVcpuHour: 1,
      fallback: true,
    });
    expect(pricingFor('ap-southeast-5', undefined, table).note).toContain('not found');
    expect(() => pricingFor('eu-west-1', undefined, { ...table, regions: {} })).toThrow(/no price for us-east-1/);
  });

  it('uses the config override instead of the table, and flags it', () => {
    const used = pricingFor('eu-west-1', { vcpuHour: 0.03, gbHour: 0.003 });
    expect(used).toMatchObject({
      region: 'eu-west-1',
      usdPerVcpuHour: 0.03,
      usdPerGbHour: 0.003,
      override: true,
      fallback: false,
      retrieved: null,
    });
    expect(used.source).toBe('config key pricing');
  });

  it('takes the override from the config key pricing, and refuses a price that is not above 0', () => {
    expect(configWith({ pricing: { vcpuHour: 0.03, gbHour: 0.003 } }).pricing).toEqual({
      vcpuHour: 0.03,
      gbHour: 0.003,
    });
    expect(configWith().pricing).toBeUndefined();
    const problems = (patch: Record<string, unknown>) => {
      try {
        configWith(patch);
      } catch (error) {
        if (error instanceof ConfigError) return error.problems.map((p) => p.path);
        throw error;
      }
      return [];
    };
    expect(problems({ pricing: { vcpuHour: 0, gbHour: -1 } })).toEqual(['pricing.vcpuHour', 'pricing.gbHour']);
    expect(problems({ pricing: { vcpuHour: 0.03 } })).toEqual(['pricing.gbHour']);
    expect(problems({ pricing: { vcpuHour: 0.03, gbHour: 0.003, spot: true } })).toHaveLength(1);
  });
});

describe('the AWS Price List offer files', () => {
  it('reads the Linux/x86 on-demand vCPU and GB prices, not Arm, Windows, Spot or storage', () => {
    expect(fargatePriceFromOffer(offerOf('eu-west-1'), 'eu-west-1')).toEqual({
      usdPerVcpuHour: 0.05,
      usdPerGbHour: 0.0055,
    });
  });

  it('says a region has no Fargate price when its offer has none, or only for another region', () => {
    const none = fargatePriceFromOffer(offerOf('mx-central-1'), 'mx-central-1');
    expect(none).toEqual({ missing: expect.stringMatching(/no Linux\/x86 Fargate price for mx-central-1/) });
    expect(isPriced(fargatePriceFromOffer(offerOf('eu-west-1'), 'eu-central-1'))).toBe(false);
  });

  it('refuses what is not an offer file, an ambiguous price and a price that is not a positive number', () => {
    expect(() => fargatePriceFromOffer({ regions: {} }, 'eu-west-1')).toThrow(/not an offer file/);
    expect(() => fargatePriceFromOffer(undefined, 'eu-west-1')).toThrow(/not an offer file/);
    const offer = offerOf('eu-west-1') as {
      products: Record<string, { attributes: Record<string, string> }>;
      terms: { OnDemand: Record<string, Record<string, { priceDimensions: Record<string, unknown> }>> };
    };
    const twice = structuredClone(offer);
    twice.products.EUSKU2.attributes.usagetype = 'EU-Fargate-vCPU-Hours:perCPU';
    delete twice.products.EUSKU2.attributes.cpuArchitecture;
    expect(() => fargatePriceFromOffer(twice, 'eu-west-1')).toThrow(/2 different Fargate vCPU-hour prices/);
    const free = structuredClone(offer);
    for (const term of Object.values(free.terms.OnDemand.EUSKU0)) {
      for (const key of Object.keys(term.priceDimensions)) term.priceDimensions[key] = { pricePerUnit: { USD: 'n/a' } };
    }
    expect(() => fargatePriceFromOffer(free, 'eu-west-1')).toThrow(/EUSKU0\) has no positive USD price/);
  });

  it('builds a table of every region asked for, with its source and date, never guessing one', () => {
    const offers = new Map(Object.keys(INDEX.regions).map((region) => [region, offerOf(region)]));
    const table = priceTableFromOffers(INDEX, offers, AWS_REGIONS, '2026-12-01', 'http://mirror.test');
    expect(Object.keys(table.regions)).toEqual([...AWS_REGIONS]);
    expect(table.regions['eu-west-1']).toEqual({ usdPerVcpuHour: 0.05, usdPerGbHour: 0.0055 });
    expect(table.regions['us-east-1']).toEqual({ usdPerVcpuHour: 0.041, usdPerGbHour: 0.0045 });
    expect(table.regions['mx-central-1']).toEqual({ missing: expect.stringContaining('no Linux/x86 Fargate price') });
    expect(table.regions['ap-southeast-1']).toEqual({ missing: 'not in the AmazonECS region index' });
    expect(table).toMatchObject({
      retrieved: '2026-12-01',
      sourceUrl: `http://mirror.test${ECS_REGION_INDEX_PATH}`,
      source: expect.stringContaining('published 2026-09-11'),
    });
  });
});

describe('npm run prices', () => {
  const run = async (args: string[], priceListUrl: string) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'scripts/prices.ts', ...args],
        { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, PRICE_LIST_URL: priceListUrl } },
      );
      return { status: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  const listen = async (server: Server): Promise<string> => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'prices-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('writes the table from the region index and the offer files it serves', async () => {
    const server = createServer((request, response) => {
      const file = path.join(FIXTURES, path.normalize(request.url ?? '/'));
      if (!file.startsWith(FIXTURES) || !existsSync(file)) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(file));
    });
    try {
      const base = await listen(server);
      const out = path.join(scratch, 'prices.json');
      const environmentOut = path.join(scratch, 'environment-prices.json');
      const result = await run(['--out', out, '--environment-out', environmentOut], base);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const environment = JSON.parse(readFileSync(environmentOut, 'utf8')) as EnvironmentPriceTable;
      // Read from the offer files: the first tier of a tiered price, no free tier, no other endpoint kind.
      expect(environment.items.interfaceEndpointHour.regions?.['eu-west-1']).toMatchObject({
        usd: 0.011,
        sourceUrl: `${base}/offers/v1.0/aws/AmazonVPC/20261120000000/eu-west-1/index.json`,
        source: expect.stringContaining('AmazonVPC offer files published 2026-11-20'),
      });
      expect(environment.items.interfaceEndpointGb.regions?.['eu-west-1']?.usd).toBe(0.01);
      expect(environment.items.logsIngestGb.regions?.['us-east-1']?.usd).toBe(0.5);
      expect(environment.items.s3StorageGbMonth.regions?.['eu-west-1']?.usd).toBe(0.023);
      // us-east-1's file has no S3 Standard price: said so, not guessed.
      expect(environment.items.s3StorageGbMonth.regions?.['us-east-1']).toBeUndefined();
      expect(environment.items.s3StorageGbMonth.missing).toMatch(
        /^no AmazonS3 price on \d{4}-\d{2}-\d{2} for .*us-east-1/,
      );
      // The items the Price List files are not read for stay as they were.
      expect(environment.items.natGatewayHour).toEqual(ENVIRONMENT_PRICE_TABLE.items.natGatewayHour);
      expect(environment.items.eksClusterHour).toEqual(ENVIRONMENT_PRICE_TABLE.items.eksClusterHour);
      const table = JSON.parse(readFileSync(out, 'utf8')) as PriceTable;
      expect(table.regions['eu-west-1']).toEqual({ usdPerVcpuHour: 0.05, usdPerGbHour: 0.0055 });
      expect(Object.keys(table.regions)).toEqual([...AWS_REGIONS]);
      expect(table.sourceUrl).toBe(`${base}${ECS_REGION_INDEX_PATH}`);
      expect(result.stdout).toContain('mx-central-1: no price');
    } finally {
      server.close();
    }
  });

  it('offline, names the URL that failed and what to do, exits 1 and changes nothing', async () => {
    const closed = createServer();
    const base = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const out = path.join(scratch, 'prices.json');
    writeFileSync(out, '{"kept": true}\n');
    const before = sha(out);
    const table = path.join(PROJECT_ROOT, 'src', 'fargate', 'prices.json');
    const environmentTable = path.join(PROJECT_ROOT, 'src', 'pricing', 'environment-prices.json');
    const tableBefore = sha(table);
    const environmentBefore = sha(environmentTable);
    const result = await run(['--out', out], base);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`could not reach ${base}${ECS_REGION_INDEX_PATH}`);
    expect(result.stderr).toMatch(/left unchanged.*internet access.*pricing\.vcpuHour/s);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(sha(out)).toBe(before);
    expect(sha(table)).toBe(tableBefore);
    expect(sha(environmentTable)).toBe(environmentBefore);
  });
});

describe('offerPrice', () => {
  const offer = (dimensions: [string, string][], usage = 'EU-VpcEndpoint-Bytes') => ({
    products: { S: { attributes: { usagetype: usage, regionCode: 'eu-west-1' } } },
    terms: {
      OnDemand: {
        S: {
          'S.T': {
            priceDimensions: Object.fromEntries(
              dimensions.map(([begin, usd], i) => [`d${i}`, { beginRange: begin, pricePerUnit: { USD: usd } }]),
            ),
          },
        },
      },
    },
  });
  const usage = /^(?:[A-Z]+[0-9]*-)?VpcEndpoint-Bytes$/;

  it('reads the first paid tier of the usage type, and nothing of another', () => {
    expect(
      offerPrice(
        offer([
          ['0', '0.01'],
          ['1048576', '0.006'],
        ]),
        'eu-west-1',
        usage,
        'x',
      ),
    ).toBe(0.01);
    expect(
      offerPrice(
        offer([
          ['0', '0'],
          ['5', '0.5'],
        ]),
        'eu-west-1',
        usage,
        'x',
      ),
    ).toBe(0.5);
    expect(offerPrice(offer([['0', '0.01']], 'EU-VpcEndpoint-GWLBE-Bytes'), 'eu-west-1', usage, 'x')).toBeUndefined();
  });

  it('refuses what is not an offer file and two prices for one tier', () => {
    expect(() => offerPrice({}, 'eu-west-1', usage, 'x')).toThrow(/not an offer file/);
    expect(() =>
      offerPrice(
        offer([
          ['0', '0.01'],
          ['0', '0.02'],
        ]),
        'eu-west-1',
        usage,
        'x',
      ),
    ).toThrow(/2 different x prices/);
  });
});
