/**
 * Prints what the config deploys: per stack its resources by type, and per job each pod's Fargate size, unused
 * memory and cost per hour. Validates the config first; needs no AWS account.
 *
 *   npm run report                 # tables, after the config's warnings
 *   npm run report -- --config config/prod.yaml   # another config (else SPARK_EKS_CONFIG, else the default)
 *   npm run -s report -- --json    # the same as JSON, warnings included (-s: without npm's banner on stdout)
 *   npm run report -- --markdown   # writes cdktf.out/REPORT.md, with a Mermaid diagram of the stacks
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ConfigError } from '../src/config/errors';
import { chooseConfig, ConfigOptionError, takeConfigOption } from '../src/config/choice';
import { loadConfig } from '../src/config/load';
import { buildReport, inDeployOrder, StackJson } from '../src/report/report';
import { renderMarkdown, renderText } from '../src/report/render';

function synthesizedStacks(outdir: string): Map<string, StackJson> {
  const manifest = JSON.parse(readFileSync(path.join(outdir, 'manifest.json'), 'utf8')) as {
    stacks: Record<string, { synthesizedStackPath: string }>;
  };
  return inDeployOrder(
    new Map(
      Object.entries(manifest.stacks).map(([name, entry]) => [
        name,
        JSON.parse(readFileSync(path.join(outdir, entry.synthesizedStackPath), 'utf8')) as StackJson,
      ]),
    ),
  );
}

const USAGE = 'usage: npm run -s report -- [--config FILE] [--json | --markdown]';

class UsageError extends Error {}

async function main(): Promise<void> {
  const { configFile, rest: args } = takeConfigOption(process.argv.slice(2));
  const unknown = args.filter((a) => !['--json', '--markdown'].includes(a));
  if (unknown.length > 0) throw new UsageError(`unknown option ${unknown[0]}; ${USAGE}`);
  // One output per run: JSON is for programs reading stdout, Markdown a file for people.
  if (args.includes('--json') && args.includes('--markdown'))
    throw new UsageError(`--json and --markdown exclude each other; run the report once for each; ${USAGE}`);

  const { config, warnings } = loadConfig(chooseConfig(configFile));
  // Loaded only now: cdktf and the provider bindings take most of a second, which a mistake need not wait for.
  const { synthesize } = await import('../src/app');
  const scratch = mkdtempSync(path.join(tmpdir(), 'spark-eks-report-'));
  try {
    synthesize(config, scratch);
    const stacks = synthesizedStacks(scratch);
    const report = buildReport(config, stacks);
    if (args.includes('--json')) {
      // npm prints its banner on stdout before the script starts; only `npm run -s` leaves the JSON alone.
      if (process.env.npm_lifecycle_event && process.env.npm_config_loglevel !== 'silent')
        console.error('report: npm printed its banner on stdout; for JSON alone run npm run -s report -- --json');
      process.stdout.write(`${JSON.stringify({ ...report, warnings }, null, 2)}\n`);
    } else if (args.includes('--markdown')) {
      const outdir = process.env.CDKTF_OUTDIR || 'cdktf.out';
      mkdirSync(outdir, { recursive: true });
      const file = path.join(outdir, 'REPORT.md');
      const markdown = renderMarkdown(report, config, stacks);
      const section = warnings.length > 0 ? ['## Warnings', '', ...warnings.map((w) => `- ${w}`), ''] : [];
      writeFileSync(file, [markdown.trimEnd(), '', ...section].join('\n'));
      process.stdout.write(`wrote ${file}\n`);
    } else {
      const section = warnings.length > 0 ? ['Warnings', ...warnings.map((w) => `  - ${w}`), ''] : [];
      process.stdout.write([...section, renderText(report, config)].join('\n'));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigOptionError) console.error(`${error.message}; ${USAGE}`);
  else if (error instanceof ConfigError || error instanceof UsageError) console.error(error.message);
  else throw error;
  process.exitCode = 1;
});
