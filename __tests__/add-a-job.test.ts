/**
 * The README's recipe for a new job ("Run, watch and debug jobs"), followed as written in a copy of the project
 * layout: its shell blocks make the folder and the code and pin the requirements (pip download and pip hash, here
 * a stand-in pip), its requirements.txt block is what that writes, its YAML block is the config entry. Then synth, the report and the job checks run on it.
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

/** The hashes `pip hash` printed for the wheels `pip download` chose for python-dateutil==2.9.0.post0. */
const REAL_HASHES: Readonly<Record<string, string>> = {
  'python_dateutil-2.9.0.post0-py2.py3-none-any.whl':
    'a8b2bc7bffae282281c8140a97d3aa9c14da0b136dfe83f850eea9a5f7470427',
  'six-1.17.0-py2.py3-none-any.whl': '4721f391ed90541fddacab5acf947aa0d3dc7d27b2e1e8eda2be8970586c3274',
};

/**
 * A folder with a `pip` that does offline what the real one did for the recipe: `download` writes the two wheels into
 * --dest, `hash` prints a wheel's hash as pip does; every call is logged.
 */
function standInPip(root: string): string {
  const bin = path.join(root, 'bin');
  mkdirSync(bin);
  const files = Object.keys(REAL_HASHES);
  const script = `#!/bin/bash
echo "$*" >> ${JSON.stringify(path.join(root, 'pip-calls.log'))}
case "$1" in
  download)
    while [ $# -gt 0 ]; do [ "$1" = --dest ] && dest=$2; shift; done
    ${files.map((f) => `: > "$dest/${f}"`).join('; ')} ;;
  hash)
    case "\${2##*/}" in
      ${files.map((f) => `${f}) hash=${REAL_HASHES[f]} ;;`).join('\n      ')}
    esac
    printf '%s:\\n--hash=sha256:%s\\n' "$2" "$hash" ;;
esac
`;
  writeFileSync(path.join(bin, 'pip'), script, { mode: 0o755 });
  return bin;
}

describe('the README recipe for a new job, followed in a copy of the project', () => {
  const root = PROJECT_ROOT;
  let config: EnvironmentConfig;
  let app: SynthesizedApp;
  let jobs: StackJson;
  let pipCalls: string[];
  let pinned: string;
  let readmeRequirements: string;

  beforeAll(() => {
    if (root === REAL_ROOT) throw new Error('PROJECT_ROOT is not mocked: this test would write into the project');
    cpSync(path.join(REAL_ROOT, 'docker'), path.join(root, 'docker'), { recursive: true });
    mkdirSync(path.join(root, 'config'));
    const blocks = recipeBlocks();

    // Step 1: the shell block that makes the folder and the code, run as a user would, from the project root.
    const create = blocks.find((b) => b.lang === 'sh' && b.code.includes(`mkdir -p docker/jobs/${JOB}`));
    execFileSync('bash', ['-euc', create?.code ?? 'exit 1'], { cwd: root });

    // Step 2: the README's pip download + pip hash block, run with a stand-in pip that serves the two wheels a real
    // pip download picked for it (and prints their real hashes), so the recipe's loop is followed exactly.
    const pin = blocks.find((b) => b.lang === 'sh' && b.code.includes('pip download'))?.code ?? 'exit 1';
    execFileSync('bash', ['-euc', pin], {
      cwd: root,
      env: { ...process.env, PATH: `${standInPip(root)}${path.delimiter}${process.env.PATH}`, TMPDIR: root },
    });
    pipCalls = readFileSync(path.join(root, 'pip-calls.log'), 'utf8').trim().split('\n');
    rmSync(path.join(root, 'pip-calls.log'));
    pinned = readFileSync(path.join(root, 'docker', 'jobs', JOB, 'requirements.txt'), 'utf8');
    readmeRequirements = blocks.find((b) => b.lang === 'text')?.code ?? '';

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

  it('pins the requirements from wheels for the image’s Python 3.10 and platform, as the README shows them', () => {
    expect(pipCalls[0]).toMatch(
      /^download --quiet --python-version 3\.10 --platform manylinux2014_x86_64 --platform manylinux_2_28_x86_64 --only-binary :all: --dest \S+ -r docker\/jobs\/word-count\/requirements\.in$/,
    );
    expect(pipCalls.slice(1).map((call) => call.replace(/ .*\//, ' '))).toEqual(
      Object.keys(REAL_HASHES).map((file) => `hash ${file}`),
    );
    expect(pinned).toBe(readmeRequirements);
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
