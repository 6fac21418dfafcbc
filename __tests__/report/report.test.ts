import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/load';
import { buildReport, crossStackReferences, inDeployOrder, resourceCounts } from '../../src/report/report';
import { mermaidDiagram, renderMarkdown, renderText } from '../../src/report/render';
import { defaultConfig } from '../../test-support/config';
import { synthesizeApp, SynthesizedApp } from '../../test-support/synth';

describe('report', () => {
  let app: SynthesizedApp;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let stacks: Map<string, Record<string, any>>;
  beforeAll(() => {
    app = synthesizeApp(defaultConfig());
    stacks = inDeployOrder(new Map(app.stackNames.map((n) => [n, app.stack(n)])));
  });
  afterAll(() => app.cleanup());

  it('lists the stacks in deployment order with their resources by type', () => {
    const report = buildReport(defaultConfig(), stacks);
    expect(report.stacks.map((s) => s.name)).toEqual([
      'spark-eks-state',
      'spark-eks-data',
      'spark-eks-core',
      'spark-eks-platform',
      'spark-eks-jobs',
    ]);
    expect(report.stacks[2].resources).toMatchObject({ aws_eks_cluster: 1, aws_eks_fargate_profile: 3, aws_subnet: 4 });
    expect(resourceCounts({ resource: { b: { x: {}, y: {} }, a: { z: {} } } })).toEqual({ a: 1, b: 2 });
  });

  it('prices every pod of the default jobs, in the documented JSON shape', () => {
    const report = buildReport(defaultConfig(), stacks);
    expect(report.jobs.map((j) => j.name)).toEqual(['spark-pi', 'weather-data']);
    const [driver, executors] = report.jobs[0].pods;
    expect(Object.keys(driver)).toEqual([
      'role',
      'count',
      'requestVcpu',
      'requestMemoryMiB',
      'fargateVcpu',
      'fargateMemoryGiB',
      'wasteMemoryPct',
      'usdPerHour',
    ]);
    expect(driver).toMatchObject({
      role: 'driver',
      count: 1,
      requestMemoryMiB: 1024 + 409,
      fargateVcpu: 1,
      fargateMemoryGiB: 2,
    });
    expect(executors).toMatchObject({ role: 'executor', count: 2 });
    expect(report.jobs[0].usdPerHour).toBeCloseTo(driver.usdPerHour + executors.usdPerHour, 5);
  });

  it('finds the cross-stack references', () => {
    const refs = crossStackReferences(stacks);
    expect(refs.map((r) => `${r.from}->${r.to}`).sort()).toEqual([
      'spark-eks-core->spark-eks-jobs',
      'spark-eks-core->spark-eks-platform',
      'spark-eks-data->spark-eks-core',
      'spark-eks-data->spark-eks-jobs',
      'spark-eks-data->spark-eks-platform',
      'spark-eks-platform->spark-eks-jobs',
    ]);
    expect(refs.every((r) => r.outputs > 0)).toBe(true);
  });

  it('draws the stacks, their main resources and the references as Mermaid', () => {
    const diagram = mermaidDiagram(stacks);
    expect(diagram.split('\n')[0]).toBe('flowchart LR');
    expect(diagram).toContain('subgraph spark_eks_core["spark-eks-core"]');
    expect(diagram).toContain('spark_eks_core_aws_eks_cluster["EKS cluster"]');
    expect(diagram).toContain('spark_eks_core_aws_eks_fargate_profile["Fargate profile ×3"]');
    expect(diagram).toMatch(/spark_eks_core -->\|\d+ outputs\| spark_eks_platform/);
  });

  it('renders the tables as text and Markdown', () => {
    const report = buildReport(defaultConfig(), stacks);
    const text = renderText(report, defaultConfig());
    expect(text).toMatch(/spark-pi: \$0\.\d{4}\/hour while running/);
    expect(text).toMatch(/driver +1 +1 +1433 +1 vCPU \/ 2 GB +17\.5% +0\.\d{4}/);
    expect(text).toMatch(/Prices of us-east-1 \(no price for eu-west-1 in the table\)/);
    const markdown = renderMarkdown(report, defaultConfig(), stacks);
    expect(markdown).toMatch(/^# Deployment report: spark-eks \(eu-west-1\)/);
    expect(markdown).toContain('```mermaid\nflowchart LR');
    expect(markdown).toMatch(/\| executor \| 2 \| 1 \| 2867 \| 1 vCPU \/ 4 GB \| 23\.8% \| /);
  });
});

describe('npm run report', () => {
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', ...args], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, SPARK_EKS_CONFIG: '', ...env },
    });

  it('prints JSON and writes REPORT.md', () => {
    const json = run(['--json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).jobs[0].name).toBe('spark-pi');
    const outdir = path.join(mkdtempSync(path.join(tmpdir(), 'report-')), 'cdktf.out');
    const md = run(['--markdown'], { CDKTF_OUTDIR: outdir });
    expect(md.status).toBe(0);
    expect(readFileSync(path.join(outdir, 'REPORT.md'), 'utf8')).toContain('```mermaid');
    expect(existsSync(path.join(outdir, 'stacks'))).toBe(false);
  });

  it('validates the config first', () => {
    const result = run(['--json'], { SPARK_EKS_CONFIG: '/nonexistent.yaml' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^\/nonexistent\.yaml: config file not found/);
  });
});
