/**
 * What a job wrote, checked the same way wherever it ran (the spark stage's local Spark, the deploy stage's pods):
 * spark-pi's estimate within 5 standard errors of pi, the weather job's averages recomputed from the sample CSV in
 * plain Python, and the S3A committer's `_SUCCESS` manifest.
 */
import * as path from 'node:path';
import { run } from './exec';
import { Problem } from './report';
import { INTEGRATION_ROOT, StackJson } from './synth';

const HELPERS = path.join(INTEGRATION_ROOT, 'checks', 'spark');

/**
 * spark-pi samples 100,000 points per partition; its estimate 4·k/n has standard error 4·√(p(1−p)/n), p = π/4.
 * Five standard errors: a correct job fails this with probability below one in a million, while a job that
 * samples wrongly (a wrong count, a skewed generator) lands far outside.
 */
const PI_SIGMAS = 5;

/** Where a job is in the synthesized stacks, for the problems' locations. */
export interface OutputJob {
  readonly where: { readonly stack: string; readonly resource: string };
  /** Attribute path of the spec inside the resource. */
  readonly specPath: string;
}

export interface OutputContext {
  readonly job: OutputJob;
  readonly bucket: string;
  /** The sample files the stacks upload under a key prefix (absolute paths). */
  samplesUnder(prefix: string): string[];
}

export function checkPi(stdout: string, args: readonly string[], problems: Problem[]): string {
  const partitions = args.length > 0 ? Number(args[0]) : 2;
  const samples = 100_000 * partitions;
  const estimate = Number(/Pi is roughly ([\d.]+)/.exec(stdout)?.[1]);
  const p = Math.PI / 4;
  const tolerance = PI_SIGMAS * 4 * Math.sqrt((p * (1 - p)) / samples);
  if (!Number.isFinite(estimate)) {
    problems.push({ message: `no "Pi is roughly" in the output:\n${stdout.slice(-500)}` });
    return 'no estimate';
  }
  if (Math.abs(estimate - Math.PI) > tolerance) {
    problems.push({
      message: `pi estimate ${estimate} is off by ${Math.abs(estimate - Math.PI).toFixed(4)}, more than ${tolerance.toFixed(4)} (${PI_SIGMAS} standard errors of ${samples} samples)`,
    });
  }
  return `pi ≈ ${estimate} (|error| ${Math.abs(estimate - Math.PI).toFixed(4)} ≤ ${tolerance.toFixed(4)}, ${PI_SIGMAS}σ of ${samples} samples)`;
}

export async function checkWeather(
  context: OutputContext,
  args: readonly string[],
  inspected: { rows: Record<string, unknown>[] },
  problems: Problem[],
): Promise<string[]> {
  const { job } = context;
  // The input the job reads: the seeded sample objects under its first argument, from the synthesized assets.
  const input = args[0]?.replace(`s3a://${context.bucket}/`, '') ?? '';
  const samples = context.samplesUnder(input);
  if (samples.length === 0) {
    problems.push({
      message: `no sample data is uploaded under ${input}`,
      location: { ...job.where, attribute: `${job.specPath}.arguments[0]` },
    });
    return [];
  }
  // Plain Python 3 with the csv module, in no venv: nothing shared with the job but the sample file.
  const { stdout } = await run('python3', [path.join(HELPERS, 'weather_expected.py'), ...samples], {
    timeoutMs: 60_000,
  });
  return [compareWeather(JSON.parse(stdout), inspected.rows, problems, job)];
}

function compareWeather(result: unknown, rows: Record<string, unknown>[], problems: Problem[], job: OutputJob): string {
  const expected = result as {
    station: string;
    year: number;
    avg_tavg_celsius: number;
    days: number;
    boundary: boolean;
  }[];
  const key = (station: unknown, year: unknown) => `${String(station)}/${String(year)}`;
  const actual = new Map(rows.map((row) => [key(row.station, row.year), row]));
  const where = { ...job.where, attribute: `${job.specPath}.arguments` };
  if (rows.length !== expected.length)
    problems.push({
      message: `${rows.length} Parquet rows, expected ${expected.length} station-years`,
      location: where,
    });
  let matched = 0;
  for (const want of expected) {
    const got = actual.get(key(want.station, want.year));
    if (!got) {
      problems.push({ message: `no row for ${key(want.station, want.year)}`, location: where });
      continue;
    }
    const average = Number(got.avg_tavg_celsius);
    const close =
      Math.abs(average - want.avg_tavg_celsius) < 1e-9 ||
      (want.boundary && Math.abs(average - want.avg_tavg_celsius) <= 0.01 + 1e-9);
    if (!close || Number(got.days) !== want.days) {
      problems.push({
        message: `${key(want.station, want.year)}: ${average} °C over ${String(got.days)} days, expected ${want.avg_tavg_celsius} over ${want.days}`,
        location: where,
      });
    } else matched += 1;
  }
  return `${rows.length} rows, ${matched}/${expected.length} averages match`;
}

export function checkSuccess(
  context: OutputContext,
  hadoopConf: Record<string, string>,
  spec: StackJson,
  inspected: { objects: string[]; success: Record<string, unknown> | null },
  outputPrefix: string,
  problems: Problem[],
): string[] {
  const { job } = context;
  const where = { ...job.where, attribute: `${job.specPath}.hadoopConf["fs.s3a.committer.name"]` };
  if (!inspected.success) {
    problems.push({
      message: `no _SUCCESS under ${outputPrefix} (objects: ${inspected.objects.join(', ') || 'none'})`,
      location: where,
    });
    return [];
  }
  const committer = hadoopConf['fs.s3a.committer.name'];
  const protocol = spec.sparkConf?.['spark.sql.sources.commitProtocolClass'];
  // Through PathOutputCommitProtocol, an S3A committer writes _SUCCESS as its JSON SuccessData manifest, naming
  // itself; the classic FileOutputCommitter writes an empty file.
  if (committer && committer !== 'file' && protocol === 'org.apache.spark.internal.io.cloud.PathOutputCommitProtocol') {
    const success = inspected.success;
    if (success.committer !== committer || typeof success.name !== 'string' || !success.name.includes('SuccessData')) {
      problems.push({
        message: `_SUCCESS is not the ${committer} committer's manifest: ${JSON.stringify(success).slice(0, 300)}`,
        location: where,
      });
      return [];
    }
    const pending = inspected.objects.filter((key) => key.includes('__magic'));
    if (pending.length > 0) problems.push({ message: `magic committer left ${pending.join(', ')}`, location: where });
    const files = (success.filenames as unknown[] | undefined)?.length ?? 0;
    return [`_SUCCESS by the ${committer} committer (${files} file${files === 1 ? '' : 's'})`];
  }
  return ['_SUCCESS'];
}
