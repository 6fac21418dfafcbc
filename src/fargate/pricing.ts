import prices from './prices.json';

/**
 * EKS on Fargate prices, Linux/x86 (Fargate runs EKS pods on nothing else: no Arm, no Spot), per vCPU-hour and per
 * GB-hour (GiB), from the table in prices.json: its source and date are recorded there, and `npm run prices`
 * refreshes it from the AWS Price List. A region the table has no figure for is priced as us-east-1, flagged.
 */
export interface FargatePrice {
  readonly usdPerVcpuHour: number;
  readonly usdPerGbHour: number;
}

/** A region's entry: its prices, or why there are none. */
export type RegionPriceEntry = FargatePrice | { readonly missing: string };

export interface PriceTable {
  /** What is priced, in which unit. */
  readonly product: string;
  /** Where the figures come from. */
  readonly source: string;
  readonly sourceUrl: string;
  /** When they were read (YYYY-MM-DD). */
  readonly retrieved: string;
  readonly notes?: readonly string[];
  readonly regions: Readonly<Record<string, RegionPriceEntry>>;
}

export const PRICE_TABLE: PriceTable = prices;

/** Whose prices stand in for a region the table has none for. */
export const FALLBACK_PRICE_REGION = 'us-east-1';

/** The config's `pricing` key: the user's own prices, USD; Fargate's are used when both are set. */
export interface PriceOverride {
  readonly vcpuHour?: number;
  readonly gbHour?: number;
}

/** The prices a report used, and how it came by them. */
export interface PricingUsed {
  /** The region deployed to. */
  readonly region: string;
  /** The region whose table prices were used; the deployed region when overridden. */
  readonly priceRegion: string;
  readonly usdPerVcpuHour: number;
  readonly usdPerGbHour: number;
  /** Where the prices come from. */
  readonly source: string;
  /** The table's source to look up; null for an override. */
  readonly sourceUrl: string | null;
  /** When the table's figures were read; null for an override. */
  readonly retrieved: string | null;
  /** True when the table has no figure for the region and another region's prices stand in. */
  readonly fallback: boolean;
  /** True when the config's `pricing` key set the prices. */
  readonly override: boolean;
  /** Why the prices are not the table's for the region, when they are not. */
  readonly note: string | null;
}

export function isPriced(entry: RegionPriceEntry | undefined): entry is FargatePrice {
  return entry !== undefined && 'usdPerVcpuHour' in entry;
}

/** The prices for a region: the config's override, else the table's, else us-east-1's, flagged. */
export function pricingFor(region: string, override?: PriceOverride, table: PriceTable = PRICE_TABLE): PricingUsed {
  const { source, sourceUrl } = table;
  if (override?.vcpuHour !== undefined && override.gbHour !== undefined) {
    return {
      region,
      priceRegion: region,
      usdPerVcpuHour: override.vcpuHour,
      usdPerGbHour: override.gbHour,
      source: 'config key pricing',
      sourceUrl: null,
      retrieved: null,
      fallback: false,
      override: true,
      note: 'the config sets its own prices (pricing.vcpuHour, pricing.gbHour); the price table is not used',
    };
  }
  const entry = table.regions[region];
  if (isPriced(entry)) {
    return {
      region,
      priceRegion: region,
      ...pick(entry),
      source,
      sourceUrl,
      retrieved: table.retrieved,
      fallback: false,
      override: false,
      note: null,
    };
  }
  const stand = table.regions[FALLBACK_PRICE_REGION];
  // The table's own test keeps us-east-1 priced; a refresh that lost it must not price anything silently.
  if (!isPriced(stand)) throw new Error(`the Fargate price table has no price for ${FALLBACK_PRICE_REGION}`);
  const why = entry ? entry.missing : 'the region is not in the table';
  return {
    region,
    priceRegion: FALLBACK_PRICE_REGION,
    ...pick(stand),
    source,
    sourceUrl,
    retrieved: table.retrieved,
    fallback: true,
    override: false,
    note: `no Fargate price for ${region} (${why}); ${FALLBACK_PRICE_REGION} prices used instead; set pricing.vcpuHour and pricing.gbHour in the config to use your own`,
  };
}

function pick(price: FargatePrice): FargatePrice {
  return { usdPerVcpuHour: price.usdPerVcpuHour, usdPerGbHour: price.usdPerGbHour };
}

export function usdPerHour(size: { readonly vcpu: number; readonly memoryGiB: number }, price: FargatePrice): number {
  return size.vcpu * price.usdPerVcpuHour + size.memoryGiB * price.usdPerGbHour;
}

// ---- The AWS Price List: the public bulk offer files of AmazonECS, parsed without network for `npm run prices`.

/** Where the offer files are; `npm run prices` may point elsewhere (PRICE_LIST_URL), e.g. a mirror. */
export const PRICE_LIST_URL = 'https://pricing.us-east-1.amazonaws.com';
export const ECS_REGION_INDEX_PATH = '/offers/v1.0/aws/AmazonECS/current/region_index.json';

/** `region_index.json`: which offer file holds each region's prices. */
export interface RegionIndex {
  readonly publicationDate?: string;
  readonly regions: Readonly<Record<string, { readonly currentVersionUrl: string }>>;
}

/** The parts of an offer file this project reads. */
interface OfferFile {
  readonly publicationDate?: string;
  readonly version?: string;
  readonly products?: Readonly<
    Record<string, { readonly productFamily?: string; readonly attributes?: Readonly<Record<string, string>> }>
  >;
  readonly terms?: {
    readonly OnDemand?: Readonly<
      Record<
        string,
        Readonly<
          Record<
            string,
            {
              readonly priceDimensions?: Readonly<
                Record<string, { readonly unit?: string; readonly pricePerUnit?: Readonly<Record<string, string>> }>
              >;
            }
          >
        >
      >
    >;
  };
}

// Usage types carry a region prefix (`EU-`, `USE1-`), and Arm, Windows, Spot and ephemeral storage have their own
// (`EU-Fargate-ARM-vCPU-Hours:perCPU`, `USE1-SpotUsage-Fargate-…`): only these two are Linux/x86 on-demand.
const VCPU_USAGE = /^(?:[A-Z]+[0-9]*-)?Fargate-vCPU-Hours:perCPU$/;
const MEMORY_USAGE = /^(?:[A-Z]+[0-9]*-)?Fargate-GB-Hours$/;

/**
 * The Linux/x86 on-demand Fargate prices of one region from its AmazonECS offer file, or why there are none.
 * Throws when the file is not an offer file or is ambiguous, so a changed format is never read as a price.
 */
export function fargatePriceFromOffer(offer: unknown, region: string): RegionPriceEntry {
  const file = offer as OfferFile;
  if (typeof file !== 'object' || file === null || typeof file.products !== 'object' || !file.terms?.OnDemand) {
    throw new Error(`the AmazonECS offer for ${region} has no products or on-demand terms: not an offer file`);
  }
  const priceOf = (usage: RegExp, what: string): number | undefined => {
    const found = new Set<number>();
    for (const [sku, product] of Object.entries(file.products ?? {})) {
      const a = product.attributes ?? {};
      if (!usage.test(a.usagetype ?? '')) continue;
      if (a.regionCode !== undefined && a.regionCode !== region) continue;
      if (/windows/i.test(a.operatingSystem ?? '') || /arm/i.test(a.cpuArchitecture ?? '')) continue;
      for (const term of Object.values(file.terms?.OnDemand?.[sku] ?? {})) {
        for (const dimension of Object.values(term.priceDimensions ?? {})) {
          const usd = Number(dimension.pricePerUnit?.USD);
          if (!Number.isFinite(usd) || usd <= 0) {
            throw new Error(`the AmazonECS offer for ${region}: ${what} (${sku}) has no positive USD price`);
          }
          found.add(usd);
        }
      }
    }
    if (found.size > 1) {
      throw new Error(`the AmazonECS offer for ${region} has ${found.size} different ${what} prices: ${[...found]}`);
    }
    return [...found][0];
  };
  const vcpu = priceOf(VCPU_USAGE, 'Fargate vCPU-hour');
  const memory = priceOf(MEMORY_USAGE, 'Fargate GB-hour');
  if (vcpu === undefined || memory === undefined) {
    const version = file.version ? ` (version ${file.version})` : '';
    return { missing: `the AmazonECS offer${version} has no Linux/x86 Fargate price for ${region}` };
  }
  return { usdPerVcpuHour: vcpu, usdPerGbHour: memory };
}

/**
 * The whole price table from the region index and the offer files that were fetched, one entry per region asked
 * for, in that order: a region the index does not list is recorded as missing, never guessed.
 */
export function priceTableFromOffers(
  index: RegionIndex,
  offers: ReadonlyMap<string, unknown>,
  regions: readonly string[],
  retrieved: string,
  priceListUrl: string = PRICE_LIST_URL,
): PriceTable {
  const published = index.publicationDate ? `, published ${index.publicationDate.slice(0, 10)}` : '';
  return {
    product: PRICE_TABLE.product,
    source: `AWS Price List bulk API, AmazonECS offer files${published}`,
    sourceUrl: `${priceListUrl}${ECS_REGION_INDEX_PATH}`,
    retrieved,
    notes: [
      'Written by npm run prices: each region from its AmazonECS offer file, usage types <prefix>-Fargate-vCPU-Hours:perCPU and <prefix>-Fargate-GB-Hours, on-demand.',
      'Ephemeral storage is not priced: every Spark pod here uses the 20 GB that Fargate includes.',
    ],
    regions: Object.fromEntries(
      regions.map((region) => {
        if (!index.regions[region]) return [region, { missing: 'not in the AmazonECS region index' }];
        return [region, fargatePriceFromOffer(offers.get(region), region)];
      }),
    ),
  };
}
