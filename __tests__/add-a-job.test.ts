/**
 * The README's recipe for a new job ("Run, watch and debug jobs"), followed as written in a copy of the project
 * layout: its shell block makes the folder and the code, its requirements.txt block is what pip-compile writes, its
 * YAML block is the config entry. Then synth, the report and the job checks run on it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse, stringify } from 'yaml';
import { checkJobs } from '../src/config/jobs';
import { loadConfig, PROJECT_ROOT } from '../src/config/load';
import { EnvironmentConfig } from '../src/config/schema';
import { listFiles } from '../src/docker/context-hash';
import { contextFileAt } from '../src/docker/dockerfile';
import { buildReport, inDeployOrder, StackJson } from '../src/report/report';
import { renderText } from '../src/report/render';
import { synthesizeApp, SynthesizedApp } from '../test-support/synth';
import { resource } from '../test-support/terraform-json';

// The app finds docker/ through PROJECT_ROOT: point it at a fresh temporary project root for this file.
jest.mock('../src/config/load', () => {
  const fs = jest.requireActual('node:fs');
  const os = jest.requireActual('node:os');
  const nodePath = jest.requireActual('node:path');
  return {
    ...jest.requireActual('../src/config/load'),
    PROJECT_ROOT: fs.mkdtempSync(nodePath.join(os.tmpdir(), 'spark-eks-recipe-')),
  };
});

const REAL_ROOT = path.resolve(__dirname, '..');
const JOB = 'word-count';

/** The fenced code blocks of the README's "Run, watch and debug jobs" section, with their info strings. */
function recipeBlocks(): { lang: string; code: string }[] {
  const readme = readFileSync(path.join(REAL_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Run, watch and debug jobs');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  return [...section.matchAll(/^( *)```(\w+)\n([\s\S]*?)^\1```$/gm)].map((m) => ({
    lang: m[2],
    // The blocks sit in a numbered list: drop the list's indentation.
    code: m[3]
      .split('\n')
      .map((line) => line.slice(m[1].length))
      .join('\n'),
  }));
}

describe('the README recipe for a new job, followed in a copy of the project', () => {
  const root = PROJECT_ROOT;
  let config: EnvironmentConfig;
  let app: SynthesizedApp;
  let jobs: StackJson;

  beforeAll(() => {
    if (root === REAL_ROOT) throw new Error('PROJECT_ROOT is not mocked: this test would write into the project');
    cpSync(path.join(REAL_ROOT, 'docker'), path.join(root, 'docker'), { recursive: true });
    mkdirSync(path.join(root, 'config'));
    const blocks = recipeBlocks();

    // Step 1: the shell block that makes the folder and the code, run as a user would, from the project root.
    const create = blocks.find((b) => b.lang === 'sh' && b.code.includes(`mkdir -p docker/jobs/${JOB}`));
    execFileSync('bash', ['-euc', create?.code ?? 'exit 1'], { cwd: root });

    // Step 2: requirements.in as the README writes it, and the requirements.txt pip-compile writes from it.
    const compile = blocks.find((b) => b.lang === 'sh' && b.code.includes('--generate-hashes'))?.code ?? '';
    const echo = compile.split('\n').filter((line) => line.startsWith('echo '));
    execFileSync('bash', ['-euc', echo.join('\n')], { cwd: root });
    const output = /--output-file (\S+)/.exec(compile)?.[1] ?? 'missing --output-file';
    writeFileSync(path.join(root, output), blocks.find((b) => b.lang === 'text')?.code ?? '');

    // Step 4: the config entry, added to a copy of the default config.
    const raw = parse(readFileSync(path.join(REAL_ROOT, 'config', 'default.yaml'), 'utf8'));
    raw.jobs.push(...parse(blocks.find((b) => b.lang === 'yaml')?.code ?? ''));
    const file = path.join(root, 'config', 'mine.yaml');
    writeFileSync(file, stringify(raw));
    config = loadConfig(file, { projectRoot: root }).config;
    app = synthesizeApp(config);
    jobs = app.stack('spark-eks-jobs');
  });

  afterAll(() => {
    app?.cleanup();
    rmSync(root, { recursive: true, force: true });
  });

  it('makes a folder with nothing but the code and its requirements', () => {
    expect(listFiles(path.join(root, 'docker', 'jobs', JOB))).toEqual([
      'main.py',
      'requirements.in',
      'requirements.txt',
    ]);
  });

  it('passes the job checks, with the third job added after the samples', () => {
    expect(config.jobs.map((job) => job.name)).toEqual(['spark-pi', 'weather-data', JOB]);
    expect(checkJobs(config, root)).toEqual([]);
  });

  it('builds the job’s image from its folder with the shared Dockerfile, which puts main.py where it runs', () => {
    const image = resource(jobs, 'docker_image', `job-${JOB}_image_image`);
    expect(image.build.build_args.JOB_NAME).toBe(JOB);
    expect(image.name).toMatch(new RegExp(`:${JOB}_[0-9a-f]{24}$`));
    const copy = path.join(app.outdir, 'stacks', 'spark-eks-jobs', image.build.context);
    expect(listFiles(copy)).toEqual(['Dockerfile', 'main.py', 'requirements.in', 'requirements.txt']);
    const dockerfile = readFileSync(path.join(copy, 'Dockerfile'), 'utf8');
    expect(dockerfile).toBe(readFileSync(path.join(REAL_ROOT, 'docker', 'job', 'Dockerfile'), 'utf8'));
    expect(
      contextFileAt(dockerfile, `/opt/spark/jobs/${JOB}/main.py`, { files: listFiles(copy) }, { JOB_NAME: JOB }),
    ).toMatchObject({ kind: 'context', source: 'main.py' });
    expect(resource(jobs, 'docker_registry_image', `job-${JOB}_image_push`).name).toBe(
      `\${docker_image.job-${JOB}_image_image.name}`,
    );
  });

  it('runs it as a SparkApplication from that image by digest, with the main file and arguments of the entry', () => {
    const manifest = resource(jobs, 'kubernetes_manifest', `job-${JOB}_application`).manifest;
    expect(manifest.kind).toBe('SparkApplication');
    expect(manifest.metadata).toMatchObject({ name: JOB, namespace: 'spark-jobs' });
    expect(manifest.spec.mainApplicationFile).toBe(`local:///opt/spark/jobs/${JOB}/main.py`);
    expect(manifest.spec.image).toMatch(
      new RegExp(`@\\$\\{docker_registry_image\\.job-${JOB}_image_push\\.sha256_digest\\}$`),
    );
    expect(manifest.spec.arguments).toHaveLength(2);
    expect(manifest.spec.arguments[1]).toMatch(/^s3a:\/\/\$\{.+\}\/output\/word-count\/$/);
  });

  it('is in the report, priced per pod', () => {
    const stacks = inDeployOrder(new Map(app.stackNames.map((name) => [name, app.stack(name)])));
    const report = buildReport(config, stacks);
    const entry = report.jobs.find((job) => job.name === JOB);
    expect(entry?.pods.map((pod) => [pod.role, pod.count])).toEqual([
      ['driver', 1],
      ['executor', 2],
    ]);
    expect(entry?.usdPerHour).toBeGreaterThan(0);
    expect(renderText(report, config)).toContain(`${JOB}: $${entry?.usdPerHour.toFixed(4)}/hour`);
  });
});
