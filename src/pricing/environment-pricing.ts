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
