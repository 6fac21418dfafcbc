/**
 * Refreshes the Fargate price table, src/fargate/prices.json, from the AWS Price List bulk API: the AmazonECS region
 * index, then the offer file of every region the config accepts. Needs internet access; run it now and then, like
 * `npm run checksums`, and commit the table. Nothing is written unless every file was read and parsed.
 *
 *   npm run prices                    # refresh src/fargate/prices.json
 *   npm run prices -- --out <file>    # write the table elsewhere
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

const USAGE = 'usage: npm run prices [-- --out <file>]';

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

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const unknown = args.filter((a, i) => !(a === '--out' || (outAt >= 0 && i === outAt + 1)));
  if (unknown.length > 0 || (outAt >= 0 && !args[outAt + 1])) throw new Refusal(USAGE);
  const out = outAt >= 0 ? path.resolve(args[outAt + 1]) : path.join(PROJECT_ROOT, 'src', 'fargate', 'prices.json');

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
  const today = new Date().toISOString().slice(0, 10);
  let table;
  try {
    table = priceTableFromOffers(index, offers, AWS_REGIONS, today, base);
  } catch (error) {
    throw new Refusal(`${error instanceof Error ? error.message : String(error)}; the price table was left unchanged.`);
  }
  writeFileSync(out, `${JSON.stringify(table, null, 2)}\n`);
  const missing = Object.entries(table.regions).filter(([, entry]) => !isPriced(entry));
  console.log(
    `wrote ${path.relative(process.cwd(), out) || out}: ${AWS_REGIONS.length - missing.length} regions priced`,
  );
  for (const [region, entry] of missing)
    console.log(`  ${region}: no price (${'missing' in entry ? entry.missing : ''})`);
}

main().catch((error: unknown) => {
  if (!(error instanceof Refusal)) throw error;
  console.error(`npm run prices: ${error.message}`);
  process.exitCode = 1;
});
