import { isIsoDate } from '../../src/config/today';
import { configSchema } from '../../src/config/schema';
import {
  ENVIRONMENT_PRICE_KEYS,
  ENVIRONMENT_PRICE_TABLE,
  environmentPrice,
  EnvironmentPriceTable,
  PriceFigure,
} from '../../src/pricing/environment-pricing';
import { configWith } from '../../test-support/config';
import { ConfigError } from '../../src/config/errors';

describe('the environment price table', () => {
  it('has an item for every price key, each figure with its source, its address and the day it was read', () => {
    expect(Object.keys(ENVIRONMENT_PRICE_TABLE.items).sort()).toEqual([...ENVIRONMENT_PRICE_KEYS].sort());
    const figures: [string, PriceFigure][] = Object.entries(ENVIRONMENT_PRICE_TABLE.items).flatMap(([key, item]) => [
      ...(item.everyRegion ? [[key, item.everyRegion] as [string, PriceFigure]] : []),
      ...Object.values(item.regions ?? {}).map((f) => [key, f] as [string, PriceFigure]),
    ]);
    expect(figures.length).toBeGreaterThanOrEqual(ENVIRONMENT_PRICE_KEYS.length);
    for (const [key, figure] of figures) {
      expect({ key, usd: figure.usd >= 0, dated: isIsoDate(figure.retrieved) }).toEqual({
        key,
        usd: true,
        dated: true,
      });
      expect(figure.source.length).toBeGreaterThan(20);
      expect(figure.sourceUrl).toMatch(/^https:\/\//);
    }
    // An item without one price for all regions says why the others have none.
    const unexplained = Object.entries(ENVIRONMENT_PRICE_TABLE.items)
      .filter(([, item]) => !item.everyRegion && typeof item.missing !== 'string')
      .map(([key]) => key);
    expect(unexplained).toEqual([]);
  });

  it('holds the figures of eu-west-1, the default region, where it has them', () => {
    expect(environmentPrice('natGatewayHour', 'eu-west-1')).toMatchObject({ usd: 0.048, flag: 'table' });
    expect(environmentPrice('logsIngestGb', 'eu-west-1')).toMatchObject({ usd: 0.57, flag: 'table' });
    expect(environmentPrice('eksExtendedClusterHour', 'ap-south-2')).toMatchObject({ usd: 0.6, flag: 'table' });
  });

  it('takes us-east-1 for a region without a figure, flagged, and invents nothing where neither has one', () => {
    const table: EnvironmentPriceTable = {
      ...ENVIRONMENT_PRICE_TABLE,
      items: {
        ...ENVIRONMENT_PRICE_TABLE.items,
        natGatewayHour: { unit: 'x', missing: 'not found', regions: {} },
      },
    };
    expect(environmentPrice('natGatewayHour', 'sa-east-1', {}, table)).toMatchObject({
      usd: null,
      flag: 'missing',
      note: 'no natGatewayHour price for sa-east-1 nor us-east-1 (not found); not priced: set pricing.natGatewayHour in the config to price it',
    });
    expect(environmentPrice('natGatewayHour', 'sa-east-1')).toMatchObject({
      usd: 0.045,
      flag: 'fallback',
      priceRegion: 'us-east-1',
    });
  });

  it('lets the config set any price, and refuses a negative one or Fargate half-priced', () => {
    for (const key of ENVIRONMENT_PRICE_KEYS) {
      expect(environmentPrice(key, 'eu-west-1', configWith({ pricing: { [key]: 0.5 } }).pricing)).toMatchObject({
        usd: 0.5,
        flag: 'override',
      });
    }
    const pricingKeys = Object.keys(configSchema.shape.pricing.unwrap().shape).sort();
    expect(pricingKeys).toEqual([...ENVIRONMENT_PRICE_KEYS, 'gbHour', 'vcpuHour'].sort());
    const problems = (pricing: object) => {
      try {
        configWith({ pricing });
        return [];
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        return error.message.split('\n');
      }
    };
    expect(problems({ natGatewayGb: -1 })).toEqual([
      'test.yaml: pricing.natGatewayGb: expected a price in USD, a number of at least 0 (got -1)',
    ]);
    expect(problems({ gbHour: 0.004 })).toEqual([
      'test.yaml: pricing.vcpuHour: set vcpuHour with gbHour: Fargate bills vCPU and memory together',
    ]);
  });
});
