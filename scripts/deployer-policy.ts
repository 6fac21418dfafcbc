/**
 * Writes the IAM managed policies of the identity that deploys and destroys the config's environment, derived from
 * its synthesized stacks (src/iam/deployer-policy.ts): one file per policy, `<prefix>-deployer-<part>.json`.
 *
 *   npm run deployer-policy                                   # config/default.yaml, into cdktf.out/deployer-policy/
 *   npm run deployer-policy -- --config config/prod.yaml --out policies/prod
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chooseConfig, ConfigOptionError, takeConfigOption } from '../src/config/choice';
import { ConfigError } from '../src/config/errors';
import { loadConfig } from '../src/config/load';
import { StackJson } from '../src/iam/deployer-names';
import {
  DeployerPolicyError,
  deployerPolicies,
  MANAGED_POLICY_MAX_CHARS,
  policySize,
} from '../src/iam/deployer-policy';

const USAGE = 'usage: npm run deployer-policy -- [--config FILE] [--out DIR]';

class UsageError extends Error {}

async function main(): Promise<void> {
  const { configFile, rest } = takeConfigOption(process.argv.slice(2));
  const outAt = rest.indexOf('--out');
  const out = outAt >= 0 ? rest[outAt + 1] : path.join(process.env.CDKTF_OUTDIR || 'cdktf.out', 'deployer-policy');
  const unknown = rest.filter((_arg, i) => !(i === outAt || i === outAt + 1));
  if (!out || out.startsWith('-')) throw new UsageError('--out needs a folder');
  if (unknown.length > 0) throw new UsageError(`unexpected argument ${unknown[0]}`);
  const { config } = loadConfig(chooseConfig(configFile));
  const { synthesize } = await import('../src/app');
  const scratch = mkdtempSync(path.join(tmpdir(), 'spark-eks-policy-'));
  try {
    synthesize(config, scratch);
    const manifest = JSON.parse(readFileSync(path.join(scratch, 'manifest.json'), 'utf8')) as {
      stacks: Record<string, { synthesizedStackPath: string }>;
    };
    const stacks = new Map(
      Object.entries(manifest.stacks).map(([name, entry]) => [
        name,
        JSON.parse(readFileSync(path.join(scratch, entry.synthesizedStackPath), 'utf8')) as StackJson,
      ]),
    );
    const prettier = await import('prettier');
    const options = await prettier.resolveConfig(path.join(out, 'policy.json'));
    mkdirSync(out, { recursive: true });
    for (const [name, policy] of Object.entries(deployerPolicies(config, stacks))) {
      const file = path.join(out, `${name}.json`);
      writeFileSync(file, await prettier.format(JSON.stringify(policy), { ...options, parser: 'json' }));
      console.log(`wrote ${file} (${policySize(policy)} of IAM's ${MANAGED_POLICY_MAX_CHARS} characters)`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigOptionError || error instanceof UsageError) console.error(`${error.message}; ${USAGE}`);
  else if (error instanceof ConfigError || error instanceof DeployerPolicyError) console.error(error.message);
  else throw error;
  process.exitCode = 1;
});
