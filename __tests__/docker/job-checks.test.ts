import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { PROJECT_ROOT, validateConfig } from '../../src/config/load';
import { configErrorFor, DEFAULT_CONFIG_FILE, jobRaw } from '../../test-support/config';

/** A project root with the shared job Dockerfile and one job folder `my-job` holding `files`. */
function projectWith(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'spark-eks-jobs-'));
  roots.push(root);
  cpSync(path.join(PROJECT_ROOT, 'docker', 'job'), path.join(root, 'docker', 'job'), { recursive: true });
  const folder = path.join(root, 'docker', 'jobs', 'my-job');
  mkdirSync(folder, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), content);
  }
  return root;
}
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const raw = (overrides: Record<string, unknown> = {}) => ({
  ...parse(readFileSync(DEFAULT_CONFIG_FILE, 'utf8')),
  jobs: [jobRaw({ name: 'my-job', mainFile: 'main.py', ...overrides })],
});
const errorFor = (files: Record<string, string>, overrides?: Record<string, unknown>) =>
  configErrorFor(raw(overrides), { projectRoot: projectWith(files) }).message;
const HASH = `--hash=sha256:${'a'.repeat(64)}`;

describe('a job folder needs nothing but its code', () => {
  it('is accepted with only its main file, built by the shared Dockerfile', () => {
    const root = projectWith({ 'main.py': 'print(1)\n' });
    expect(validateConfig(raw(), 'test.yaml', { projectRoot: root }).config.jobs[0].name).toBe('my-job');
  });

  it('is accepted with helper modules in subfolders and a pinned, hashed requirements.txt naming its wheel', () => {
    const root = projectWith({
      'main.py': 'import helpers.io\n',
      'helpers/io.py': '',
      'requirements.txt': `# wheel: six-1.17.0-py2.py3-none-any.whl\nsix==1.17.0 \\\n    ${HASH}\n`,
    });
    expect(validateConfig(raw(), 'test.yaml', { projectRoot: root }).config.jobs).toHaveLength(1);
  });

  it('is refused when the project has lost the shared Dockerfile', () => {
    const root = projectWith({ 'main.py': '' });
    rmSync(path.join(root, 'docker', 'job'), { recursive: true });
    expect(configErrorFor(raw(), { projectRoot: root }).message).toBe(
      'test.yaml: jobs[0] (my-job).mainFile: has no Dockerfile of its own, and the shared docker/job/Dockerfile is missing (got "main.py")',
    );
  });

  it('is refused when its .dockerignore leaves the main file out of the build', () => {
    expect(errorFor({ 'main.py': '', '.dockerignore': '*.py\n' })).toBe(
      'test.yaml: jobs[0] (my-job).mainFile: docker/jobs/my-job/.dockerignore leaves main.py out of the image build; remove the pattern that matches it (got "main.py")',
    );
  });
});

describe('requirements.txt', () => {
  const HOW =
    'pin it as name==version with --hash=sha256:… below a "# wheel:" line (the README recipe, pip download and pip hash, writes both)';

  it('is refused unpinned or without hashes, every problem at once, naming the file, the line and the rule', () => {
    const lines = errorFor({
      'main.py': '',
      'requirements.txt': `# deps\nrequests>=2.31 ${HASH}\n# wheel: six-1.17.0-py2.py3-none-any.whl\nsix==1.17.0\n`,
    }).split('\n');
    expect(lines).toEqual([
      `test.yaml: jobs[0] (my-job): docker/jobs/my-job/requirements.txt line 2: is not pinned: ">=2.31" allows more than one version; ${HOW} (got "requests>=2.31 ${HASH}")`,
      `test.yaml: jobs[0] (my-job): docker/jobs/my-job/requirements.txt line 4: has no --hash; ${HOW} (got "six==1.17.0")`,
    ]);
  });

  it('is refused when a package has no wheel for the image’s Python, naming the file and the image', () => {
    const lines = errorFor({
      'main.py': '',
      'requirements.txt': `# wheel: numpy-2.3.4-cp311-cp311-manylinux_2_27_x86_64.whl\nnumpy==2.3.4 ${HASH}\n`,
    }).split('\n');
    expect(lines).toEqual([
      'test.yaml: jobs[0] (my-job): docker/jobs/my-job/requirements.txt line 2: has no wheel for the image: ' +
        'numpy-2.3.4-cp311-cp311-manylinux_2_27_x86_64.whl is not for CPython 3.10 on manylinux x86_64 (glibc 2.35); ' +
        'pin a version with such a wheel (pip download --python-version 3.10 --platform manylinux2014_x86_64 ' +
        `--only-binary :all: finds it) (got "numpy==2.3.4 ${HASH}")`,
    ]);
  });
});

describe('a job’s own Dockerfile', () => {
  const FROM = 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\n';

  it.each([
    ['copies the file into the job folder', 'COPY --chown=root:root main.py /opt/spark/jobs/my-job/\nUSER 185\n'],
    ['copies the whole folder', 'ARG JOB_NAME\nCOPY . /opt/spark/jobs/${JOB_NAME}\n'],
    ['copies to a WORKDIR', 'WORKDIR /opt/spark/jobs/my-job\nCOPY main.py lib.py ./\n'],
  ])('is accepted when it %s', (_name, body) => {
    const root = projectWith({ 'main.py': '', 'lib.py': '', Dockerfile: `${FROM}${body}` });
    expect(validateConfig(raw(), 'test.yaml', { projectRoot: root }).config.jobs).toHaveLength(1);
  });

  it('is refused when it copies the main file where another job’s image has it, saying what to write', () => {
    expect(errorFor({ 'main.py': '', Dockerfile: `${FROM}COPY main.py /opt/spark/jobs/spark-pi/\n` })).toBe(
      'test.yaml: jobs[0] (my-job).mainFile: docker/jobs/my-job/Dockerfile puts nothing at /opt/spark/jobs/my-job/main.py, where the SparkApplication runs the main file; write COPY --chown=root:root main.py /opt/spark/jobs/my-job/ (or delete it: the shared docker/job/Dockerfile copies the whole folder there) (got "main.py")',
    );
  });

  it('is refused when the main file lives in a subfolder that the COPY flattens', () => {
    expect(
      errorFor(
        { 'src/main.py': '', Dockerfile: `${FROM}COPY src/main.py /opt/spark/jobs/my-job/\n` },
        { mainFile: 'src/main.py' },
      ),
    ).toMatch(
      /jobs\[0\] \(my-job\)\.mainFile: docker\/jobs\/my-job\/Dockerfile puts nothing at \/opt\/spark\/jobs\/my-job\/src\/main\.py, .*write COPY --chown=root:root src\/main\.py \/opt\/spark\/jobs\/my-job\/src\//,
    );
  });

  it('is refused when it cannot be told, naming the line and why', () => {
    expect(
      errorFor({
        'main.py': '',
        Dockerfile: `${FROM}COPY main.py /opt/spark/jobs/my-job/\nCOPY --from=build /out/ /opt/spark/jobs/\n`,
      }),
    ).toMatch(
      /^test\.yaml: jobs\[0\] \(my-job\)\.mainFile: cannot tell what docker\/jobs\/my-job\/Dockerfile puts at \/opt\/spark\/jobs\/my-job\/main\.py, where the SparkApplication runs the main file: line 4, COPY --from is not followed; write COPY --chown=root:root main\.py \/opt\/spark\/jobs\/my-job\//,
    );
  });
});
