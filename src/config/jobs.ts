import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { crdViolations, jobManifest, unknownPlaceholders, ARGUMENT_PLACEHOLDERS } from '../spark/application';
import { sparkLineVersions } from '../spark/versions';
import { ConfigProblem } from './errors';
import { EnvironmentConfig, JobConfig } from './schema';

/** Where a job's build context lives. */
export function jobFolder(projectRoot: string, jobName: string): string {
  return path.join(projectRoot, 'docker', 'jobs', jobName);
}

/**
 * Checks what the schema cannot: that each job's folder, Dockerfile, main file and sample data exist, that its
 * arguments use only known placeholders, and that its manifest passes the operator's CRD schema.
 */
export function checkJobs(config: EnvironmentConfig, projectRoot: string): ConfigProblem[] {
  return config.jobs.flatMap((job, i) => [
    ...checkFiles(job, i, projectRoot),
    ...checkArguments(job, i),
    ...checkManifest(job, i, config),
  ]);
}

function checkFiles(job: JobConfig, i: number, projectRoot: string): ConfigProblem[] {
  const folder = jobFolder(projectRoot, job.name);
  const shown = path.relative(projectRoot, folder);
  if (!isDirectory(folder)) {
    return [
      {
        path: `jobs[${i}].name`,
        value: job.name,
        message: `job "${job.name}" has no folder ${shown}/ with its Dockerfile and code`,
      },
    ];
  }
  const problems: ConfigProblem[] = [];
  if (!isFile(path.join(folder, 'Dockerfile'))) {
    problems.push({
      path: `jobs[${i}].name`,
      value: job.name,
      message: `job "${job.name}" has no ${shown}/Dockerfile`,
    });
  }
  if (!isFile(path.join(folder, job.mainFile))) {
    problems.push({
      path: `jobs[${i}].mainFile`,
      value: job.mainFile,
      message: `job "${job.name}": ${path.join(shown, job.mainFile)} does not exist`,
    });
  }
  if (job.sampleData && !isDirectory(path.join(folder, job.sampleData.from))) {
    problems.push({
      path: `jobs[${i}].sampleData.from`,
      value: job.sampleData.from,
      message: `job "${job.name}": ${path.join(shown, job.sampleData.from)}/ is not a folder`,
    });
  }
  return problems;
}

function checkArguments(job: JobConfig, i: number): ConfigProblem[] {
  return job.arguments.flatMap((argument, j) =>
    unknownPlaceholders(argument).map((name) => ({
      path: `jobs[${i}].arguments[${j}]`,
      value: argument,
      message: `job "${job.name}": unknown placeholder {${name}}; expected ${ARGUMENT_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
    })),
  );
}

/** Placeholder values of what is only known at deploy time; the CRD schema checks shapes, not these values. */
const PLACEHOLDER_IMAGE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/placeholder@sha256:${'0'.repeat(64)}`;

function checkManifest(job: JobConfig, i: number, config: EnvironmentConfig): ConfigProblem[] {
  const manifest = jobManifest(job, {
    versions: sparkLineVersions(config.spark.line),
    image: PLACEHOLDER_IMAGE,
    region: config.region,
    bucket: 'placeholder-bucket',
    prefixes: config.dataBucket.prefixes,
  });
  return crdViolations(manifest).map((v) => ({
    path: `jobs[${i}]`,
    message: `job "${job.name}": the operator's ${manifest.kind} schema refuses ${v.field}: ${v.message}`,
  }));
}

function isDirectory(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

function isFile(p: string): boolean {
  return existsSync(p) && statSync(p).isFile();
}
