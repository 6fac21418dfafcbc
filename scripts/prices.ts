/**
 * Refreshes the price tables from the AWS Price List bulk API: Fargate's, src/fargate/prices.json (the AmazonECS region
 * index, then the offer file of every region the config accepts), and the environment's, src/pricing/environment-
 * prices.json, for the items it can read from offer files (PRICE_LIST_SOURCES: AmazonVPC, AmazonCloudWatch, AmazonS3;
 * the others are kept as the table records them). Needs internet access; run it now and then, like
 * `npm run checksums`, and commit the tables. Nothing is written unless every file was read and parsed.
 *
 *   npm run prices                                              # refresh both tables
 *   npm run prices -- --out <file> --environment-out <file>     # write them elsewhere
 *
 * PRICE_LIST_URL replaces https://pricing.us-east-1.amazonaws.com, e.g. with a mirror.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { AWS_REGIONS } from '../src/aws/regions';
import { PROJECT_ROOT } from '../src/config/load';
import {
  ECS_REGION_INDEX_PATH,
  PRICE_LIST_URL,
  priceTableFromOffers,
  RegionIndex,
  isPriced,
} from '../src/fargate/pricing';
import {
  ENVIRONMENT_PRICE_TABLE,
  environmentTableFromOffers,
  PRICE_LIST_SOURCES,
  ServiceOffers,
} from '../src/pricing/environment-pricing';

const USAGE = 'usage: npm run prices [-- --out <file>] [--environment-out <file>]';

class Refusal extends Error {}

async function getJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new Refusal(
      `could not reach ${url} (${cause}). The AWS Price List is not reachable from here, so the price table was left ` +
        'unchanged. Run npm run prices on a machine with internet access (or set PRICE_LIST_URL to a mirror of ' +
        'the Price List), or set pricing.vcpuHour and pricing.gbHour in your config to price the report yourself.',
    );
  }
  if (!response.ok) {
    throw new Refusal(`GET ${url}: HTTP ${response.status}; the price table was left unchanged.`);
  }
  try {
    return await response.json();
  } catch {
    throw new Refusal(`GET ${url}: the answer is not JSON; the price table was left unchanged.`);
  }
}

/** The value of an option that takes one, or undefined; a missing value is a usage error. */
function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  if (!args[at + 1] || args[at + 1].startsWith('--')) throw new Refusal(USAGE);
  return args[at + 1];
}

/** A service's region index and the offer files of the accepted regions it lists. */
async function fetchService(base: string, service: string): Promise<ServiceOffers> {
  const indexUrl = `${base}/offers/v1.0/aws/${service}/current/region_index.json`;
  const index = (await getJson(indexUrl)) as ServiceOffers['index'];
  if (typeof index !== 'object' || index === null || typeof index.regions !== 'object') {
    throw new Refusal(`${indexUrl} is not a region index (no "regions"); the price tables were left unchanged.`);
  }
  const listed = AWS_REGIONS.filter((region) => index.regions[region]);
  const offers = new Map(
    await Promise.all(
      listed.map(
        async (region) => [region, await getJson(`${base}${index.regions[region].currentVersionUrl}`)] as const,
      ),
    ),
  );
  return { index, offers };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const known = ['--out', '--environment-out'];
  const unknown = args.filter((a, i) => !known.includes(a) && !known.includes(args[i - 1]));
  if (unknown.length > 0) throw new Refusal(USAGE);
  const out = path.resolve(option(args, '--out') ?? path.join(PROJECT_ROOT, 'src', 'fargate', 'prices.json'));
  const environmentOut = path.resolve(
    option(args, '--environment-out') ?? path.join(PROJECT_ROOT, 'src', 'pricing', 'environment-prices.json'),
  );

  const base = (process.env.PRICE_LIST_URL || PRICE_LIST_URL).replace(/\/+$/, '');
  const indexUrl = `${base}${ECS_REGION_INDEX_PATH}`;
  const index = (await getJson(indexUrl)) as RegionIndex;
  if (typeof index !== 'object' || index === null || typeof index.regions !== 'object') {
    throw new Refusal(`${indexUrl} is not a region index (no "regions"); the price table was left unchanged.`);
  }
  const listed = AWS_REGIONS.filter((region) => index.regions[region]);
  const offers = new Map(
    await Promise.all(
      listed.map(
        async (region) => [region, await getJson(`${base}${index.regions[region].currentVersionUrl}`)] as const,
      ),
    ),
  );
  const services = new Map<string, ServiceOffers>();
  for (const service of new Set(Object.values(PRICE_LIST_SOURCES).map((s) => s.service))) {
    services.set(service, await fetchService(base, service));
  }
  const today = new Date().toISOString().slice(0, 10);
  let table;
  let environment;
  try {
    table = priceTableFromOffers(index, offers, AWS_REGIONS, today, base);
    environment = environmentTableFromOffers(ENVIRONMENT_PRICE_TABLE, services, AWS_REGIONS, today, base);
  } catch (error) {
    throw new Refusal(
      `${error instanceof Error ? error.message : String(error)}; the price tables were left unchanged.`,
    );
  }
  writeFileSync(out, `${JSON.stringify(table, null, 2)}\n`);
  writeFileSync(environmentOut, `${JSON.stringify(environment, null, 2)}\n`);
  const missing = Object.entries(table.regions).filter(([, entry]) => !isPriced(entry));
  console.log(
    `wrote ${path.relative(process.cwd(), out) || out}: ${AWS_REGIONS.length - missing.length} regions priced`,
  );
  for (const [region, entry] of missing)
    console.log(`  ${region}: no price (${'missing' in entry ? entry.missing : ''})`);
  console.log(`wrote ${path.relative(process.cwd(), environmentOut) || environmentOut}:`);
  for (const key of Object.keys(PRICE_LIST_SOURCES) as (keyof typeof PRICE_LIST_SOURCES)[]) {
    const item = environment.items[key];
    console.log(
      `  ${key}: ${Object.keys(item.regions ?? {}).length} regions priced${item.missing ? `; ${item.missing}` : ''}`,
    );
  }
}

main().catch((error: unknown) => {
  if (!(error instanceof Refusal)) throw error;
  console.error(`npm run prices: ${error.message}`);
  process.exitCode = 1;
});
