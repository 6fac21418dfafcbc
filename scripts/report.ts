/**
 * Prints what the config deploys: per stack its resources by type, and per job each pod's Fargate size, unused
 * memory and cost per hour. Validates the config first; needs no AWS account.
 *
 *   npm run report                 # tables
 *   npm run report -- --json       # the same as JSON
 *   npm run report -- --markdown   # writes cdktf.out/REPORT.md, with a Mermaid diagram of the stacks
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { synthesize } from '../src/app';
import { ConfigError } from '../src/config/errors';
import { configFileFromEnv, loadConfig } from '../src/config/load';
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

function main(): void {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => !['--json', '--markdown'].includes(a));
  if (unknown.length > 0)
    throw new Error(`unknown option ${unknown[0]}; usage: npm run report -- [--json | --markdown]`);

  const { config } = loadConfig(configFileFromEnv());
  const scratch = mkdtempSync(path.join(tmpdir(), 'spark-eks-report-'));
  try {
    synthesize(config, scratch);
    const stacks = synthesizedStacks(scratch);
    const report = buildReport(config, stacks);
    if (args.includes('--json')) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else if (args.includes('--markdown')) {
      const outdir = process.env.CDKTF_OUTDIR ?? 'cdktf.out';
      mkdirSync(outdir, { recursive: true });
      const file = path.join(outdir, 'REPORT.md');
      writeFileSync(file, renderMarkdown(report, config, stacks));
      process.stdout.write(`wrote ${file}\n`);
    } else {
      process.stdout.write(renderText(report, config));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  if (!(error instanceof ConfigError) && !(error instanceof Error && error.message.startsWith('unknown option')))
    throw error;
  console.error(error.message);
  process.exitCode = 1;
}
