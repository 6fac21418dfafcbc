import * as path from 'node:path';
import { ConfigError } from '../src/config/errors';
import { loadConfig, LoadOptions, PROJECT_ROOT, validateConfig } from '../src/config/load';
import { EnvironmentConfig } from '../src/config/schema';

export const DEFAULT_CONFIG_FILE = path.join(PROJECT_ROOT, 'config', 'default.yaml');

/** The shipped default config, validated. */
export function defaultConfig(): EnvironmentConfig {
  return loadConfig(DEFAULT_CONFIG_FILE).config;
}

type Patch = Readonly<Record<string, unknown>>;

/** The smallest config a user could write: only what has no default. */
export function minimalRaw(): Record<string, unknown> {
  return {
    region: 'eu-west-1',
    prefix: 'spark-eks',
    stateBucket: { name: 'spark-eks-tfstate-test' },
  };
}

/** A raw config with keys replaced, deeply: `{ network: { azCount: 3 } }` changes only azCount. */
export function rawWith(patch: Patch, base: Record<string, unknown> = minimalRaw()): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = result[key];
    result[key] =
      isPlainObject(value) && isPlainObject(current)
        ? rawWith(value as Patch, current as Record<string, unknown>)
        : value;
  }
  return result;
}

/** Validates a raw config as if it were read from `test.yaml`. */
export function configWith(patch: Patch = {}, base?: Record<string, unknown>): EnvironmentConfig {
  return validateConfig(rawWith(patch, base), 'test.yaml').config;
}

function isPlainObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A job entry with the smallest valid settings, for tests to override. */
export function jobRaw(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'spark-pi',
    namespace: 'spark-jobs',
    mainFile: 'pi.py',
    driver: { cores: 1, memory: '1g' },
    executor: { cores: 1, memory: '1g', instances: 1 },
    ...overrides,
  };
}

/** The ConfigError a raw config produces, as if read from `test.yaml`; fails the test if there is none. */
export function configErrorFor(raw: unknown, options: LoadOptions = {}): ConfigError {
  try {
    validateConfig(raw, 'test.yaml', options);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}
