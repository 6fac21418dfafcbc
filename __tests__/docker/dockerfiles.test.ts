import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/load';
import { listFiles } from '../../src/docker/context-hash';
import { afterDockerignore, contextFileAt, Instruction, parseDockerfile } from '../../src/docker/dockerfile';
import { requirementsProblems } from '../../src/docker/requirements';
import { sparkLineVersions } from '../../src/spark/versions';
import { jobHome } from '../../src/spark/application';
import { baseImageBuildArgs, baseImageDownloadArgs, mavenPath, s3aJars, SPARK_LINES } from '../../src/spark/versions';

const read = (...parts: string[]) => readFileSync(path.join(PROJECT_ROOT, 'docker', ...parts), 'utf8');
const args = (dockerfile: string) => [...dockerfile.matchAll(/^ARG (\w+)/gm)].map((m) => m[1]);

describe('docker/base/Dockerfile', () => {
  const dockerfile = read('base', 'Dockerfile');

  it.each(SPARK_LINES)('declares exactly the build args the version table passes for Spark %s', (line) => {
    const declared = new Set(args(dockerfile));
    const passed = { ...baseImageBuildArgs(line), ...baseImageDownloadArgs('https://maven.example.com/maven2') };
    for (const arg of Object.keys(passed)) expect(declared).toContain(arg);
  });

  /**
   * The download stage's RUN script, run by `sh` in a temporary folder with a `wget` that copies from a local
   * repository folder: what it does with good, altered and unpinned jars.
   */
  function download(
    jars: string,
    files: Record<string, string>,
  ): { status: number | null; stderr: string; got: string[] } {
    const work = mkdtempSync(path.join(tmpdir(), 'spark-eks-base-download-'));
    try {
      const repo = path.join(work, 'repo');
      for (const [file, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
        writeFileSync(path.join(repo, file), content);
      }
      const bin = path.join(work, 'bin');
      mkdirSync(bin);
      // wget -q -O <file> <url>: the URL is <repository>/<path>, served from the folder.
      writeFileSync(path.join(bin, 'wget'), '#!/bin/sh\ncp "${4#file://}" "$3"\n', { mode: 0o755 });
      const jarsDir = path.join(work, 'jars');
      mkdirSync(jarsDir);
      const script = parseDockerfile(dockerfile).find((i) => i.keyword === 'RUN')?.args ?? '';
      const result = spawnSync('sh', ['-c', script], {
        cwd: jarsDir,
        env: { PATH: `${bin}:${process.env.PATH ?? ''}`, JARS: jars, MAVEN_REPOSITORY: `file://${repo}` },
        encoding: 'utf8',
      });
      return { status: result.status, stderr: result.stderr, got: readdirSync(jarsDir).sort() };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

  it('downloads every jar it is given and checks each against its pinned SHA-256', () => {
    const files = { 'a/b/1/b-1.jar': 'one', 'c/d/2/d-2.jar': 'two' };
    const ok = download(`a/b/1/b-1.jar=${sha256('one')} c/d/2/d-2.jar=${sha256('two')}`, files);
    expect(ok).toMatchObject({ status: 0, got: ['b-1.jar', 'd-2.jar'] });
    const altered = download(`a/b/1/b-1.jar=${sha256('one')} c/d/2/d-2.jar=${sha256('not two')}`, files);
    expect(altered.status).not.toBe(0);
    expect(altered.stderr).toMatch(/sha256sum|FAILED|did NOT match/i);
  });

  it('refuses an unpinned jar and an empty list, saying what to do', () => {
    const unpinned = download(`a/b/1/b-1.jar=`, { 'a/b/1/b-1.jar': 'one' });
    expect(unpinned.status).toBe(1);
    expect(unpinned.stderr).toMatch(/no pinned SHA-256 for b-1\.jar: run 'npm run checksums'/);
    expect(download('', {}).status).toBe(1);
  });

  it.each(SPARK_LINES)('gets every jar of Spark %s as one pinned <path>=<sha256> entry', (line) => {
    const entries = baseImageBuildArgs(line).JARS.split(' ');
    expect(entries).toHaveLength(s3aJars(line).length);
    for (const [i, jar] of s3aJars(line).entries()) expect(entries[i]).toBe(`${mavenPath(jar)}=${jar.sha256}`);
  });

  it('is multi-stage: the final image only copies the verified jars, and runs as uid 185', () => {
    const stages = dockerfile.split(/^FROM /m).slice(1);
    expect(stages).toHaveLength(2);
    expect(stages[1]).toMatch(/^\$\{SPARK_IMAGE\}\n/);
    expect(stages[1]).toMatch(/COPY --from=download --chown=root:root \/jars\/ \/opt\/spark\/jars\//);
    expect(stages[1]).not.toMatch(/\b(wget|curl|apt-get)\b/);
    expect(stages[1].trim().split('\n').pop()).toBe('USER 185');
  });
});

describe('docker/job/Dockerfile, the shared job Dockerfile', () => {
  const dockerfile = read('job', 'Dockerfile');
  const instructions = parseDockerfile(dockerfile);
  const froms = instructions.filter((i) => i.keyword === 'FROM');
  const finalStage = instructions.slice(instructions.indexOf(froms[froms.length - 1]) + 1);
  const run = instructions.filter((i) => i.keyword === 'RUN');
  const pip = run.find((i) => /\bpip install\b/.test(i.args))?.args ?? '';
  const finalCopy = finalStage.find((i) => i.keyword === 'COPY');
  /** Where a path of the assemble stage lands in the image, through the final stage's one COPY. */
  const inImage = (assembled: string) => {
    const [, source, dest] = /^--from=assemble (\S+) (\S+)$/.exec(finalCopy?.args ?? '') ?? [];
    expect(assembled.startsWith(source)).toBe(true);
    return `${dest}${assembled.slice(source.length)}`;
  };

  it('builds FROM the base image passed by digest, assembles in a first stage and runs as uid 185', () => {
    expect(instructions[0]).toMatchObject({ keyword: 'ARG', args: 'BASE_IMAGE' });
    expect(froms.map((f) => f.args)).toEqual(['${BASE_IMAGE} AS assemble', '${BASE_IMAGE}']);
    expect(instructions[instructions.length - 1]).toMatchObject({ keyword: 'USER', args: '185' });
  });

  it('adds one layer to the base: the image itself only copies the assembled tree, in one COPY', () => {
    // COPY, ADD and RUN make layers; ARG, ENV and USER change only the image's config.
    expect(finalStage.filter((i) => ['COPY', 'ADD', 'RUN'].includes(i.keyword))).toEqual([finalCopy]);
    expect(finalCopy?.args).toBe('--from=assemble /job-image/ /opt/spark/');
  });

  it('puts every file of any job folder under /opt/spark/jobs/<JOB_NAME>/, owned by root', () => {
    const files = ['main.py', 'requirements.txt', 'pkg/__init__.py', 'pkg/deep/mod.py', 'sample-input/x.csv'];
    for (const file of files) {
      expect(
        contextFileAt(dockerfile, `/opt/spark/jobs/some-job/${file}`, { files }, { JOB_NAME: 'some-job' }),
      ).toMatchObject({
        kind: 'context',
        source: file,
      });
    }
    // From the context as root; COPY --from keeps the owners the first stage gave.
    const fromContext = instructions.filter((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && i !== finalCopy);
    expect(fromContext).toHaveLength(1);
    for (const copy of fromContext) expect(copy.args).toMatch(/^--chown=root:root /);
    expect(finalCopy?.args).not.toMatch(/--chown/);
  });

  it('installs a requirements.txt of the folder at build time, only with every hash checked and no unlisted package', () => {
    expect(run).toHaveLength(1);
    expect(pip).toMatch(/^if \[ -f "\/job-image\/jobs\/\$\{JOB_NAME\}\/requirements\.txt" \]; then /);
    const words = pip.split(/\s+/);
    for (const flag of ['--require-hashes', '--no-deps', '--no-cache-dir']) expect(words).toContain(flag);
    // Wheels only: building a source package would fetch its build tools without a hash check.
    expect(words.slice(words.indexOf('--only-binary'), words.indexOf('--only-binary') + 2)).toEqual([
      '--only-binary',
      ':all:',
    ]);
    expect(words.slice(words.indexOf('-r'), words.indexOf('-r') + 2)).toEqual([
      '-r',
      '"/job-image/jobs/${JOB_NAME}/requirements.txt";',
    ]);
    // The official image's python3: the interpreter Spark runs the job with.
    expect(words[words.indexOf('pip') - 2]).toBe('python3');
  });

  it('puts the installed requirements and the job folder on the PYTHONPATH that Spark passes to its Python', () => {
    const words = pip.split(/\s+/);
    const target = words[words.indexOf('--target') + 1];
    const env = finalStage.filter((i) => i.keyword === 'ENV').map((i) => i.args);
    const pythonPath = env.map((e) => /^PYTHONPATH=(\S+)$/.exec(e)?.[1]).find(Boolean);
    expect(pythonPath?.split(':')).toEqual(['/opt/spark/jobs/${JOB_NAME}', inImage(target)]);
    expect(inImage('/job-image/jobs/${JOB_NAME}')).toBe('/opt/spark/jobs/${JOB_NAME}');
  });

  it('runs pip as root and nothing after it but the job user', () => {
    const index = (i: Instruction) => instructions.indexOf(i);
    const users = instructions.filter((i) => i.keyword === 'USER');
    expect(users.map((u) => u.args)).toEqual(['root', '185']);
    // root only in the assemble stage, before pip; the image itself switches only to the job user, last.
    expect(index(users[0])).toBeLessThan(index(run[0]));
    expect(index(users[0])).toBeLessThan(index(froms[1]));
    expect(finalStage.filter((i) => i.keyword === 'USER').map((u) => u.args)).toEqual(['185']);
  });
});

describe('job folders (whatever docker/jobs/ holds)', () => {
  const jobs = readdirSync(path.join(PROJECT_ROOT, 'docker', 'jobs')).filter((entry) =>
    statSync(path.join(PROJECT_ROOT, 'docker', 'jobs', entry)).isDirectory(),
  );

  it('has at least one job', () => {
    expect(jobs.length).toBeGreaterThan(0);
  });

  it.each(jobs)(
    '%s: the Dockerfile that builds it puts each of its Python files under /opt/spark/jobs/<job>/',
    (job) => {
      const folder = path.join(PROJECT_ROOT, 'docker', 'jobs', job);
      const own = existsSync(path.join(folder, 'Dockerfile'));
      const dockerfile = own ? read('jobs', job, 'Dockerfile') : read('job', 'Dockerfile');
      const ignore = path.join(folder, '.dockerignore');
      const files = afterDockerignore(listFiles(folder), existsSync(ignore) ? readFileSync(ignore, 'utf8') : undefined);
      const python = files.filter((file) => file.endsWith('.py'));
      expect(python.length).toBeGreaterThan(0);
      for (const file of python) {
        expect({
          file,
          at: contextFileAt(dockerfile, `${jobHome(job)}/${file}`, { files }, { JOB_NAME: job }).kind,
        }).toEqual({ file, at: 'context' });
      }
    },
  );

  it.each(jobs)('%s: a requirements.txt, if any, pins every package with hashes and its wheel', (job) => {
    const file = path.join(PROJECT_ROOT, 'docker', 'jobs', job, 'requirements.txt');
    const python = sparkLineVersions('4.0').imagePython;
    expect(existsSync(file) ? requirementsProblems(readFileSync(file, 'utf8'), python) : []).toEqual([]);
  });
});

describe('weather sample input', () => {
  const rows = read('jobs', 'weather-data', 'sample-input', 'ghcnd-sample.csv').trim().split('\n');

  it('has a few hundred GHCN-daily rows with TAVG readings', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
    for (const row of rows)
      expect(row).toMatch(/^[A-Z]{2}[A-Z0-9]{9},\d{8},[A-Z]{4},-?\d+,[A-Z]?,[A-Z]?,[A-Z0-9]?,(\d{4})?$/);
    expect(rows.filter((r) => r.split(',')[2] === 'TAVG').length).toBeGreaterThanOrEqual(100);
  });
});
