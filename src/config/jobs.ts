import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { listFiles } from '../docker/context-hash';
import { afterDockerignore, contextFileAt } from '../docker/dockerfile';
import { requirementsProblems } from '../docker/requirements';
import { ImagePython } from '../docker/wheels';
import { crdViolations, jobHome, jobManifest, unknownPlaceholders, ARGUMENT_PLACEHOLDERS } from '../spark/application';
import { sparkLineVersions } from '../spark/versions';
import { ConfigProblem } from './errors';
import { EnvironmentConfig, JobConfig } from './schema';

/** Where a job's build context lives. */
export function jobFolder(projectRoot: string, jobName: string): string {
  return path.join(projectRoot, 'docker', 'jobs', jobName);
}

/** The Dockerfile that builds every job folder without a Dockerfile of its own. */
export function sharedJobDockerfile(projectRoot: string): string {
  return path.join(projectRoot, 'docker', 'job', 'Dockerfile');
}

/**
 * Checks what the schema cannot: that each job's folder, main file and sample data exist, that the image puts the
 * main file where the SparkApplication runs it, that a requirements.txt pins every package with hashes, that its
 * arguments use only known placeholders, and that its manifest passes the operator's CRD schema.
 */
export function checkJobs(config: EnvironmentConfig, projectRoot: string): ConfigProblem[] {
  return config.jobs.flatMap((job, i) => [
    ...checkFiles(job, i, projectRoot, sparkLineVersions(config.spark.line).imagePython),
    ...checkArguments(job, i),
    ...checkManifest(job, i, config),
  ]);
}

/**
 * The job's folder must exist. It depends on the name alone, so it is also checked for a job whose other keys have
 * errors: a missing folder is no consequence of them.
 */
export function checkJobFolder(name: string, i: number, projectRoot: string): ConfigProblem[] {
  const folder = jobFolder(projectRoot, name);
  if (isDirectory(folder)) return [];
  const shown = path.relative(projectRoot, folder);
  return [{ path: `jobs[${i}].name`, value: name, message: `has no folder ${shown}/ with its code` }];
}

function checkFiles(job: JobConfig, i: number, projectRoot: string, python: ImagePython): ConfigProblem[] {
  const folder = jobFolder(projectRoot, job.name);
  const shown = path.relative(projectRoot, folder);
  const missing = checkJobFolder(job.name, i, projectRoot);
  if (missing.length > 0) return missing;
  const problems: ConfigProblem[] = [];
  const mainExists = isFile(path.join(folder, job.mainFile));
  if (!mainExists) {
    problems.push({
      path: `jobs[${i}].mainFile`,
      value: job.mainFile,
      message: `${path.join(shown, job.mainFile)} does not exist`,
    });
  }
  if (job.sampleData && !isDirectory(path.join(folder, job.sampleData.from))) {
    problems.push({
      path: `jobs[${i}].sampleData.from`,
      value: job.sampleData.from,
      message: `${path.join(shown, job.sampleData.from)}/ is not a folder`,
    });
  }
  const requirements = path.join(folder, 'requirements.txt');
  if (isFile(requirements)) {
    for (const problem of requirementsProblems(readFileSync(requirements, 'utf8'), python)) {
      problems.push({
        path: `jobs[${i}]`,
        ...(problem.text ? { value: problem.text } : {}),
        message: `${path.join(shown, 'requirements.txt')} line ${problem.line}: ${problem.rule}`,
      });
    }
  }
  if (mainExists) problems.push(...checkImageLayout(job, i, projectRoot));
  return problems;
}

/** The image must hold the main file where the SparkApplication runs it: `local:///opt/spark/jobs/<name>/<mainFile>`. */
function checkImageLayout(job: JobConfig, i: number, projectRoot: string): ConfigProblem[] {
  const folder = jobFolder(projectRoot, job.name);
  const shown = path.relative(projectRoot, folder);
  const own = path.join(folder, 'Dockerfile');
  const hasOwn = isFile(own);
  const dockerfile = hasOwn ? own : sharedJobDockerfile(projectRoot);
  const dockerfileShown = path.relative(projectRoot, dockerfile);
  const where = { path: `jobs[${i}].mainFile`, value: job.mainFile };
  if (!isFile(dockerfile)) {
    return [
      {
        ...where,
        message: `has no Dockerfile of its own, and the shared ${dockerfileShown} is missing`,
      },
    ];
  }
  const dockerignore = path.join(folder, '.dockerignore');
  const files = afterDockerignore(
    listFiles(folder),
    isFile(dockerignore) ? readFileSync(dockerignore, 'utf8') : undefined,
  );
  if (!files.includes(job.mainFile)) {
    return [
      {
        ...where,
        message: `${path.join(shown, '.dockerignore')} leaves ${job.mainFile} out of the image build; remove the pattern that matches it`,
      },
    ];
  }
  const target = `${jobHome(job.name)}/${job.mainFile}`;
  const found = contextFileAt(readFileSync(dockerfile, 'utf8'), target, { files }, { JOB_NAME: job.name });
  if (found.kind === 'context') return [];
  const write = `COPY --chown=root:root ${job.mainFile} ${path.posix.dirname(target)}/`;
  const instead = `(or delete it: the shared ${path.relative(projectRoot, sharedJobDockerfile(projectRoot))} copies the whole folder there)`;
  const message =
    found.kind === 'none'
      ? `${dockerfileShown} puts nothing at ${target}, where the SparkApplication runs the main file; write ${write} ${hasOwn ? instead : ''}`
      : `cannot tell what ${dockerfileShown} puts at ${target}, where the SparkApplication runs the main file: line ${found.line}, ${found.reason}; write ${write} ${hasOwn ? instead : ''}`;
  return [{ ...where, message: message.trim() }];
}

function checkArguments(job: JobConfig, i: number): ConfigProblem[] {
  return job.arguments.flatMap((argument, j) =>
    unknownPlaceholders(argument).map((name) => ({
      path: `jobs[${i}].arguments[${j}]`,
      value: argument,
      message: `unknown placeholder {${name}}; expected ${ARGUMENT_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
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
    message: `the operator's ${manifest.kind} schema refuses ${v.field}: ${v.message}`,
  }));
}

function isDirectory(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

function isFile(p: string): boolean {
  return existsSync(p) && statSync(p).isFile();
}
