import prices from './environment-prices.json';

/**
 * The prices of what the environment bills besides the Spark pods (src/pricing/environment-prices.json): the EKS
 * control plane, NAT gateways and their public IPv4 addresses, interface endpoints, KMS keys, CloudWatch Logs and S3.
 * Fargate's prices are src/fargate/pricing.ts. Each figure carries its source and the day it was read; a region the
 * table has no figure for is priced as us-east-1 and flagged, a price that neither has is left out and flagged, and
 * the config's `pricing` key overrides any of them.
 */
export interface PriceFigure {
  readonly usd: number;
  readonly source: string;
  readonly sourceUrl: string;
  /** When the figure was read (YYYY-MM-DD). */
  readonly retrieved: string;
}

export interface PriceItem {
  /** What one unit is. */
  readonly unit: string;
  /** One figure for every region, when the source states one price for all. */
  readonly everyRegion?: PriceFigure;
  /** The figures found, by region. */
  readonly regions?: Readonly<Record<string, PriceFigure>>;
  /** Why the other regions have none. */
  readonly missing?: string;
}

export const ENVIRONMENT_PRICE_KEYS = [
  'eksClusterHour',
  'eksExtendedClusterHour',
  'natGatewayHour',
  'natGatewayGb',
  'publicIpv4Hour',
  'interfaceEndpointHour',
  'interfaceEndpointGb',
  'kmsKeyMonth',
  'logsIngestGb',
  'logsStorageGbMonth',
  's3StorageGbMonth',
] as const;

export type EnvironmentPriceKey = (typeof ENVIRONMENT_PRICE_KEYS)[number];

export interface EnvironmentPriceTable {
  readonly about: string;
  readonly items: Readonly<Record<EnvironmentPriceKey, PriceItem>>;
}

export const ENVIRONMENT_PRICE_TABLE: EnvironmentPriceTable = prices;

/** Whose figures stand in for a region the table has none for, as for Fargate. */
export const FALLBACK_REGION = 'us-east-1';

/**
 * How a price was found: the table's for the region (`table`), us-east-1's standing in (`fallback`), the config's
 * (`override`), or none at all (`missing`, and the price is null).
 */
export type PriceFlag = 'table' | 'fallback' | 'override' | 'missing';

export interface PriceUsed {
  readonly key: string;
  /** USD per unit; null when no figure was found. */
  readonly usd: number | null;
  readonly flag: PriceFlag;
  /** The region whose figure is used; null for an override or a missing price. */
  readonly priceRegion: string | null;
  readonly source: string;
  readonly sourceUrl: string | null;
  readonly retrieved: string | null;
  /** Why the price is not the table's for the region, when it is not. */
  readonly note: string | null;
}

/** The config's `pricing` key: any price, USD. */
export type PriceOverrides = Partial<Readonly<Record<EnvironmentPriceKey, number>>>;

/** The price of an item in a region: the config's, else the table's, else us-east-1's flagged, else none, flagged. */
export function environmentPrice(
  key: EnvironmentPriceKey,
  region: string,
  overrides: PriceOverrides = {},
  table: EnvironmentPriceTable = ENVIRONMENT_PRICE_TABLE,
): PriceUsed {
  const own = overrides[key];
  if (own !== undefined) {
    return {
      key,
      usd: own,
      flag: 'override',
      priceRegion: null,
      source: `config key pricing.${key}`,
      sourceUrl: null,
      retrieved: null,
      note: `the config sets pricing.${key}; the price table is not used`,
    };
  }
  const item = table.items[key];
  const figure = item.everyRegion ?? item.regions?.[region];
  if (figure) return fromFigure(key, figure, region, 'table', null);
  const why = item.missing ?? 'the region is not in the table';
  const stand = item.regions?.[FALLBACK_REGION];
  if (stand) {
    return fromFigure(
      key,
      stand,
      FALLBACK_REGION,
      'fallback',
      `no ${key} price for ${region} (${why}); ${FALLBACK_REGION}'s used instead; set pricing.${key} in the config to use your own`,
    );
  }
  return {
    key,
    usd: null,
    flag: 'missing',
    priceRegion: null,
    source: 'no source',
    sourceUrl: null,
    retrieved: null,
    note: `no ${key} price for ${region} nor ${FALLBACK_REGION} (${why}); not priced: set pricing.${key} in the config to price it`,
  };
}

function fromFigure(
  key: string,
  figure: PriceFigure,
  priceRegion: string,
  flag: PriceFlag,
  note: string | null,
): PriceUsed {
  return {
    key,
    usd: figure.usd,
    flag,
    priceRegion,
    source: figure.source,
    sourceUrl: figure.sourceUrl,
    retrieved: figure.retrieved,
    note,
  };
}

// ---- The AWS Price List: the public bulk offer files, parsed without network for `npm run prices`.

/**
 * The items `npm run prices` reads from the AWS Price List, by service code and usage type (the region prefix,
 * `EU-` or `USE1-`, optional: each regional offer file holds its own region's products only). The usage types are
 * those seen in AWS's own offer files and bills. The other items stay as the table records them: the EKS control
 * plane, public IPv4 and KMS keys have one stated price for every region, and the NAT gateway prices are in the
 * AmazonEC2 offer files, of about 440 MB per region, too large to read here.
 */
export const PRICE_LIST_SOURCES: Partial<
  Record<EnvironmentPriceKey, { readonly service: string; readonly usage: RegExp }>
> = {
  interfaceEndpointHour: { service: 'AmazonVPC', usage: /^(?:[A-Z]+[0-9]*-)?VpcEndpoint-Hours$/ },
  interfaceEndpointGb: { service: 'AmazonVPC', usage: /^(?:[A-Z]+[0-9]*-)?VpcEndpoint-Bytes$/ },
  logsIngestGb: { service: 'AmazonCloudWatch', usage: /^(?:[A-Z]+[0-9]*-)?DataProcessing-Bytes$/ },
  logsStorageGbMonth: { service: 'AmazonCloudWatch', usage: /^(?:[A-Z]+[0-9]*-)?TimedStorage-ByteHrs$/ },
  s3StorageGbMonth: { service: 'AmazonS3', usage: /^(?:[A-Z]+[0-9]*-)?TimedStorage-ByteHrs$/ },
};

interface Dimension {
  readonly beginRange?: string;
  readonly unit?: string;
  readonly pricePerUnit?: Readonly<Record<string, string>>;
}
interface Offer {
  readonly products?: Readonly<Record<string, { readonly attributes?: Readonly<Record<string, string>> }>>;
  readonly terms?: {
    readonly OnDemand?: Readonly<
      Record<string, Readonly<Record<string, { readonly priceDimensions?: Readonly<Record<string, Dimension>> }>>>
    >;
  };
}

/**
 * The on-demand USD price of a usage type in one region's offer file: the first tier of a tiered price (the lowest
 * beginRange), free tiers (USD 0) left out. Undefined when the file has none; throws when the file is not an offer
 * file or holds two different prices, so a changed format is never read as a price.
 */
export function offerPrice(offer: unknown, region: string, usage: RegExp, what: string): number | undefined {
  const file = offer as Offer;
  if (typeof file !== 'object' || file === null || typeof file.products !== 'object' || !file.terms?.OnDemand) {
    throw new Error(`the offer for ${region} has no products or on-demand terms: not an offer file`);
  }
  const found = new Map<number, Set<number>>();
  for (const [sku, product] of Object.entries(file.products)) {
    const a = product.attributes ?? {};
    if (!usage.test(a.usagetype ?? '')) continue;
    if (a.regionCode !== undefined && a.regionCode !== region) continue;
    for (const term of Object.values(file.terms.OnDemand[sku] ?? {})) {
      for (const dimension of Object.values(term.priceDimensions ?? {})) {
        const usd = Number(dimension.pricePerUnit?.USD);
        if (!Number.isFinite(usd) || usd < 0) throw new Error(`${what} (${sku}) in ${region} has no USD price`);
        if (usd === 0) continue;
        const begin = Number(dimension.beginRange ?? 0);
        found.set(begin, new Set([...(found.get(begin) ?? []), usd]));
      }
    }
  }
  if (found.size === 0) return undefined;
  const first = found.get(Math.min(...found.keys())) ?? new Set<number>();
  if (first.size > 1)
    throw new Error(`the offer for ${region} has ${first.size} different ${what} prices: ${[...first]}`);
  return [...first][0];
}

/** A service's offer files as fetched: its region index and each listed region's file. */
export interface ServiceOffers {
  readonly index: {
    readonly publicationDate?: string;
    readonly regions: Readonly<Record<string, { readonly currentVersionUrl: string }>>;
  };
  readonly offers: ReadonlyMap<string, unknown>;
}

/**
 * The table with every item of {@link PRICE_LIST_SOURCES} read again from the offer files, region by region; a region
 * whose file has no such price is left out and said so, never guessed. The other items are kept as they are.
 */
export function environmentTableFromOffers(
  base: EnvironmentPriceTable,
  services: ReadonlyMap<string, ServiceOffers>,
  regions: readonly string[],
  retrieved: string,
  priceListUrl: string,
): EnvironmentPriceTable {
  const items = { ...base.items };
  for (const [key, from] of Object.entries(PRICE_LIST_SOURCES) as [
    EnvironmentPriceKey,
    { service: string; usage: RegExp },
  ][]) {
    const service = services.get(from.service);
    if (!service) throw new Error(`no ${from.service} offers were fetched`);
    const figures: Record<string, PriceFigure> = {};
    const without: string[] = [];
    for (const region of regions) {
      const listed = service.index.regions[region];
      const usd = listed ? offerPrice(service.offers.get(region), region, from.usage, key) : undefined;
      if (usd === undefined) {
        without.push(region);
        continue;
      }
      const published = service.index.publicationDate ? ` published ${service.index.publicationDate.slice(0, 10)}` : '';
      figures[region] = {
        usd,
        source: `AWS Price List, ${from.service} offer files${published}, usage type ${from.usage.source}`,
        sourceUrl: `${priceListUrl}${listed.currentVersionUrl}`,
        retrieved,
      };
    }
    items[key] = {
      unit: base.items[key].unit,
      regions: figures,
      ...(without.length > 0 ? { missing: `no ${from.service} price on ${retrieved} for ${without.join(', ')}` } : {}),
    };
  }
  return { about: base.about, items };
}
