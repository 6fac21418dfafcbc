import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/load';
import { listFiles } from '../../src/docker/context-hash';
import { afterDockerignore, contextFileAt, Instruction, parseDockerfile } from '../../src/docker/dockerfile';
import { requirementsProblems } from '../../src/docker/requirements';
import { sparkLineVersions } from '../../src/spark/versions';
import { jobHome } from '../../src/spark/application';
import { baseImageBuildArgs, baseImageDownloadArgs, SPARK_LINES } from '../../src/spark/versions';

const read = (...parts: string[]) => readFileSync(path.join(PROJECT_ROOT, 'docker', ...parts), 'utf8');
const args = (dockerfile: string) => [...dockerfile.matchAll(/^ARG (\w+)/gm)].map((m) => m[1]);

describe('docker/base/Dockerfile', () => {
  const dockerfile = read('base', 'Dockerfile');

  it.each(SPARK_LINES)('declares exactly the build args the version table passes for Spark %s', (line) => {
    const declared = new Set(args(dockerfile));
    const passed = { ...baseImageBuildArgs(line), ...baseImageDownloadArgs('https://maven.example.com/maven2') };
    for (const arg of Object.keys(passed)) expect(declared).toContain(arg);
  });

  it('verifies every download against its SHA-256 and refuses an unpinned one', () => {
    expect(dockerfile).toMatch(/sha256sum -c -/);
    expect(dockerfile).toMatch(/if \[ -z "\$2" \]; then .*exit 1; fi/);
    for (const jar of ['HADOOP_AWS', 'AWS_SDK_BUNDLE', 'SPARK_HADOOP_CLOUD']) {
      expect(dockerfile).toContain(`fetch "$${jar}_JAR" "$${jar}_SHA256"`);
    }
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
  const run = instructions.filter((i) => i.keyword === 'RUN');
  const pip = run.find((i) => /\bpip install\b/.test(i.args))?.args ?? '';

  it('builds FROM the base image passed by digest, in one stage, and runs as uid 185', () => {
    expect(instructions.slice(0, 2)).toMatchObject([
      { keyword: 'ARG', args: 'BASE_IMAGE' },
      { keyword: 'FROM', args: '${BASE_IMAGE}' },
    ]);
    expect(instructions.filter((i) => i.keyword === 'FROM')).toHaveLength(1);
    expect(instructions[instructions.length - 1]).toMatchObject({ keyword: 'USER', args: '185' });
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
    const copies = instructions.filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD');
    for (const copy of copies) expect(copy.args).toMatch(/^--chown=root:root /);
  });

  it('installs a requirements.txt of the folder at build time, only with every hash checked and no unlisted package', () => {
    expect(run).toHaveLength(1);
    expect(pip).toMatch(/^if \[ -f "\/opt\/spark\/jobs\/\$\{JOB_NAME\}\/requirements\.txt" \]; then /);
    const words = pip.split(/\s+/);
    for (const flag of ['--require-hashes', '--no-deps', '--no-cache-dir']) expect(words).toContain(flag);
    // Wheels only: building a source package would fetch its build tools without a hash check.
    expect(words.slice(words.indexOf('--only-binary'), words.indexOf('--only-binary') + 2)).toEqual([
      '--only-binary',
      ':all:',
    ]);
    expect(words.slice(words.indexOf('-r'), words.indexOf('-r') + 2)).toEqual([
      '-r',
      '"/opt/spark/jobs/${JOB_NAME}/requirements.txt";',
    ]);
    // The official image's python3: the interpreter Spark runs the job with.
    expect(words[words.indexOf('pip') - 2]).toBe('python3');
  });

  it('puts the installed requirements and the job folder on the PYTHONPATH that Spark passes to its Python', () => {
    const words = pip.split(/\s+/);
    const target = words[words.indexOf('--target') + 1];
    const env = instructions.filter((i) => i.keyword === 'ENV').map((i) => i.args);
    const pythonPath = env.map((e) => /^PYTHONPATH=(\S+)$/.exec(e)?.[1]).find(Boolean);
    expect(pythonPath?.split(':')).toEqual(['/opt/spark/jobs/${JOB_NAME}', target]);
  });

  it('runs pip as root and nothing after it but the job user', () => {
    const index = (i: Instruction) => instructions.indexOf(i);
    const users = instructions.filter((i) => i.keyword === 'USER');
    expect(users.map((u) => u.args)).toEqual(['root', '185']);
    expect(index(users[0])).toBeLessThan(index(run[0]));
    expect(index(users[1])).toBeGreaterThan(index(run[0]));
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
