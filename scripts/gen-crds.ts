/**
 * Generates typed, validating models of the Spark operator's CRDs into .gen/spark-operator/ with
 * @kubernetes-models/crd-generate.
 *
 *   npm run gen                                   # CRDs of the pinned chart version, from the chart's source
 *   npm run gen -- ../shared/schemas/spark-operator  # the same CRDs from a local folder (offline)
 *   npm run gen -- --config config/prod.yaml      # the chart version of another config (else SPARK_EKS_CONFIG)
 */
import { generate } from '@kubernetes-models/crd-generate';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chooseConfig, ConfigOptionError, takeConfigOption } from '../src/config/choice';
import { ConfigError } from '../src/config/errors';
import { loadConfig, PROJECT_ROOT } from '../src/config/load';
import { download } from './download';

const CRD_FILES = [
  'sparkoperator.k8s.io_sparkapplications.yaml',
  'sparkoperator.k8s.io_scheduledsparkapplications.yaml',
];
const OUTPUT = path.join(PROJECT_ROOT, '.gen', 'spark-operator');

async function main(): Promise<void> {
  const { configFile, rest } = takeConfigOption(process.argv.slice(2));
  const chartVersion = loadConfig(chooseConfig(configFile)).config.sparkOperator.chartVersion;
  const localSource = rest[0];
  const work = mkdtempSync(path.join(tmpdir(), 'crd-gen-'));
  try {
    const inputs: { name: string; file: string; origin: string }[] = [];
    for (const name of CRD_FILES) {
      const file = path.join(work, name);
      let origin: string;
      if (localSource) {
        const source = statSync(localSource).isDirectory() ? path.join(localSource, name) : localSource;
        if (!existsSync(source)) throw new Error(`${source} does not exist`);
        writeFileSync(file, readFileSync(source));
        origin = `${path.basename(source)} (local copy)`;
      } else {
        origin = `https://raw.githubusercontent.com/kubeflow/spark-operator/v${chartVersion}/charts/spark-operator-chart/crds/${name}`;
        const offline =
          `without access to it, copy the chart's ${CRD_FILES.join(' and ')} into a folder and run ` +
          '`npm run gen -- <folder>`, e.g. `npm run gen -- ../shared/schemas/spark-operator`';
        writeFileSync(file, await download(origin, offline));
      }
      inputs.push({ name, file, origin });
    }

    rmSync(OUTPUT, { recursive: true, force: true });
    await generate({
      input: inputs.map((i) => readFileSync(i.file, 'utf8')).join('\n---\n'),
      outputPath: OUTPUT,
    });

    const sources = inputs.map((i) => `| \`${i.name}\` | ${i.origin} | \`${sha256(i.file)}\` |`).join('\n');
    writeFileSync(
      path.join(OUTPUT, 'README.md'),
      `# Generated: Spark operator CRD models\n\nDo not edit. Written by \`npm run gen\` with @kubernetes-models/crd-generate from the CRDs of\nthe Kubeflow Spark Operator chart ${chartVersion} (Apache-2.0, The Kubeflow Authors).\n\n| CRD | source | sha256 |\n| --- | --- | --- |\n${sources}\n`,
    );
    console.log(`wrote ${path.relative(PROJECT_ROOT, OUTPUT)}/ from chart ${chartVersion}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

main().catch((error: unknown) => {
  // A config problem reads as it does for every other command; anything else is said to be gen's.
  if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof ConfigOptionError)
    console.error(`${error.message}; usage: npm run gen -- [--config FILE] [<dir>]`);
  else console.error(`npm run gen: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
