import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/load';
import {
  APP_NAME_LABEL,
  buildTimeline,
  MILESTONES,
  parsePodList,
  PodJson,
  podsOfApp,
  renderTimeline,
} from '../../src/timeline/timeline';

const fixture = (name: string) => path.join(PROJECT_ROOT, 'test-support', 'fixtures', name);
const timelineOf = (name: string) => buildTimeline(parsePodList(readFileSync(fixture(name), 'utf8'), name), 'spark-pi');

describe('buildTimeline', () => {
  it('measures each pod from the driver’s creation, driver first', () => {
    const timeline = timelineOf('spark-pi-pods.json');
    expect(timeline.pods.map((p) => [p.role, p.seconds])).toEqual([
      ['driver', { created: 0, scheduled: 52, initialized: 58, containersReady: 71, running: 70 }],
      ['executor', { created: 96, scheduled: 151, initialized: 156, containersReady: 175, running: 174 }],
      ['executor', { created: 96, scheduled: 158, initialized: 163, containersReady: 183, running: 182 }],
    ]);
    expect(timeline).toMatchObject({ driverRunning: 70, allExecutorsRunning: 182, executors: 2, pendingExecutors: 0 });
  });

  it('reads the Fargate size from the CapacityProvisioned annotation', () => {
    expect(timelineOf('spark-pi-pods.json').pods.map((p) => p.fargateSize)).toEqual([
      '1vCPU 2GB',
      '1vCPU 2GB',
      '1vCPU 2GB',
    ]);
  });

  it('shows pods without timestamps yet as pending instead of failing', () => {
    const timeline = timelineOf('spark-pi-pods-pending.json');
    expect(timeline.pods[2].seconds).toEqual({ created: 93 });
    expect(timeline).toMatchObject({ driverRunning: 68, allExecutorsRunning: undefined, pendingExecutors: 1 });
    const text = renderTimeline(timeline, 'spark-pi');
    expect(text).toMatch(/spark-pi-2c3f5a9b1e-exec-2 +executor +- +93 +pending +pending +pending +pending/);
    expect(text).toMatch(/all executors \(2\) running after: pending \(1 not running yet\)/);
  });

  it('draws a bar per pod that ends where the pod started running', () => {
    const lines = renderTimeline(timelineOf('spark-pi-pods.json'), 'spark-pi').split('\n');
    const driver = lines.find((l) => l.startsWith('spark-pi-driver')) as string;
    const last = lines.find((l) => l.startsWith('spark-pi-2c3f5a9b1e-exec-2')) as string;
    expect(driver.trimEnd().endsWith('█')).toBe(true);
    expect(last.trimEnd().length).toBeGreaterThan(driver.trimEnd().length);
    expect(lines).toContain('driver running after:           70 s');
    expect(lines).toContain('all executors (2) running after: 182 s');
  });

  it.each([
    ['not JSON', '{"items": [', /x\.json is not JSON/],
    ['not a pod list', '{"kind": "Pod"}', /x\.json is not a list of pods/],
  ])('refuses input that is %s', (_name, text, message) => {
    expect(() => parsePodList(text, 'x.json')).toThrow(message);
  });

  it('says when there are no pods', () => {
    expect(() => timelineOf('no-pods.json')).toThrow(/no pods found for spark-pi/);
  });

  it('puts the milestone columns in the order pods pass them', () => {
    for (const name of ['spark-pi-pods.json', 'spark-pi-pods-pending.json']) {
      for (const pod of timelineOf(name).pods) {
        const reached = MILESTONES.map((m) => pod.seconds[m]).filter((s): s is number => s !== undefined);
        expect(reached).toEqual([...reached].sort((a, b) => a - b));
      }
    }
    const header = renderTimeline(timelineOf('spark-pi-pods.json'), 'spark-pi').split('\n')[2];
    expect(header.split(/ {2,}/).slice(3, 8)).toEqual(['created', 'scheduled', 'initialized', 'running', 'ready']);
  });
});

describe('podsOfApp', () => {
  const pods = (name: string) => parsePodList(readFileSync(fixture(name), 'utf8'), name);
  const foreign: PodJson = { metadata: { name: 'other-driver', labels: { [APP_NAME_LABEL]: 'other' } } };

  it('keeps only the pods of the application', () => {
    const mine = pods('spark-pi-pods.json');
    expect(podsOfApp([foreign, ...mine], 'spark-pi', 'x.json')).toEqual(mine);
  });

  it('says what a list without pods of the application holds', () => {
    expect(() => podsOfApp([foreign, ...pods('spark-pi-pods.json')], 'weather', 'x.json')).toThrow(
      `x.json has no pods of SparkApplication weather (label ${APP_NAME_LABEL}=weather); it has pods of other, spark-pi`,
    );
    expect(() => podsOfApp([], 'weather', 'x.json')).toThrow(/; it lists no pods$/);
    expect(() => podsOfApp([{ metadata: { name: 'p' } }], 'weather', 'x.json')).toThrow(
      new RegExp(`; none of its 1 pods has the label ${APP_NAME_LABEL}$`),
    );
  });
});

describe('npm run timeline', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/timeline.ts', ...args], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH: '/nonexistent' },
    });

  it('prints JSON from a saved file', () => {
    const result = run('spark-pi', '--from-file', fixture('spark-pi-pods.json'), '--json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ driverRunning: 70, allExecutorsRunning: 182 });
  });

  it('prints its usage for --help', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      'usage: npm run timeline -- <app> [--config FILE | --namespace ns] [--from-file pods.json] [--json]',
    );
    expect(result.stdout).toMatch(/^ {2}--from-file F /m);
  });

  it('refuses a saved file without pods of the application', () => {
    const result = run('weather-data', '--from-file', fixture('spark-pi-pods.json'));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(
      `timeline: ${fixture('spark-pi-pods.json')} has no pods of SparkApplication weather-data ` +
        `(label ${APP_NAME_LABEL}=weather-data); it has pods of spark-pi`,
    );
  });

  it('says plainly when kubectl is missing, and when the app name is missing', () => {
    const noKubectl = run('spark-pi');
    expect(noKubectl.status).toBe(1);
    expect(noKubectl.stderr.trim()).toBe(
      'timeline: kubectl is not on PATH; install it, or pass --from-file with saved output',
    );
    const noApp = run('--json');
    expect(noApp.status).toBe(1);
    expect(noApp.stderr).toMatch(/^timeline: name the SparkApplication; usage:/);
  });
});

describe('the README’s timeline', () => {
  it('is what the command prints for the fixture it names, which the README says is hand-written', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('### How long pods take to start');
    const section = readme.slice(start, readme.indexOf('\n## ', start));
    const [, block] = /```\n([\s\S]*?)```/.exec(section) ?? [];
    const [command, ...printed] = (block ?? '').trimEnd().split('\n');
    expect(command).toBe('$ npm run timeline -- spark-pi --from-file test-support/fixtures/spark-pi-pods.json');
    const what = 'SparkApplication spark-pi in namespace spark-jobs';
    expect(printed.join('\n')).toBe(renderTimeline(timelineOf('spark-pi-pods.json'), what).trimEnd());
    // Its numbers are the fixture's, and the section says they are no measurement.
    expect(section.replace(/\s+/g, ' ')).toContain('The numbers above are not a measurement');
  });
});
