import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/load';
import { buildReport, crossStackReferences, inDeployOrder, resourceCounts } from '../../src/report/report';
import { MERMAID_COLUMNS, mermaidDiagram, renderMarkdown, renderText } from '../../src/report/render';
import { PRICE_TABLE, PriceTable, pricingFor } from '../../src/fargate/pricing';
import { configWith, DEFAULT_CONFIG_FILE, defaultConfig } from '../../test-support/config';
import { loadConfig } from '../../src/config/load';
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
    expect(diagram).toContain('subgraph spark_eks_core["spark-eks-core"]');
    expect(diagram).toContain('spark_eks_core_aws_eks_cluster["EKS cluster"]');
    expect(diagram).toContain('spark_eks_core_aws_eks_fargate_profile["Fargate profile ×3"]');
    expect(diagram).toMatch(/spark_eks_core -->\|\d+ outputs\| spark_eks_platform/);
  });

  it('draws Mermaid that fits a page: top-down, stacks one below the other, at most a few boxes per row', () => {
    // Every resource type of every stack in one stack too, so the rows are tested with more boxes than any has.
    const merged = { resource: Object.assign({}, ...[...stacks.values()].map((s) => s.resource)) };
    for (const input of [stacks, new Map([...stacks, ['spark-eks-all', merged]])]) {
      const layout = parseMermaid(mermaidDiagram(input));
      expect(layout.direction).toBe('TB');
      expect(layout.subgraphs.map((g) => g.id)).toEqual([...input.keys()].map((n) => n.replace(/-/g, '_')));
      for (const graph of layout.subgraphs) {
        expect(graph.direction).toBe('TB');
        expect(graph.nodes.length).toBeGreaterThan(0);
        const rows = rowsOf(graph.nodes, graph.links);
        expect(Math.max(...rows.map((r) => r.length))).toBeLessThanOrEqual(MERMAID_COLUMNS);
        expect(rows.flat().sort()).toEqual([...graph.nodes].sort());
      }
      // Consecutive stacks are linked, so each is laid out below the one before.
      const ids = layout.subgraphs.map((g) => g.id);
      for (let i = 1; i < ids.length; i++) expect(layout.links).toContainEqual([ids[i - 1], ids[i]]);
    }
    expect(MERMAID_COLUMNS).toBeLessThanOrEqual(4);
  });

  it('renders the tables as text and Markdown', () => {
    const report = buildReport(defaultConfig(), stacks);
    const text = renderText(report, defaultConfig());
    expect(text).toMatch(/spark-pi: \$0\.\d{4}\/hour while running/);
    expect(text).toMatch(/driver +1 +1 +1433 +1 vCPU \/ 2 GB +17\.5% +0\.\d{4}/);
    expect(text).toContain(`Prices of eu-west-1: $${report.pricing.usdPerVcpuHour}/vCPU-hour`);
    const markdown = renderMarkdown(report, defaultConfig(), stacks);
    expect(markdown).toMatch(/^# Deployment report: spark-eks \(eu-west-1\)/);
    expect(markdown).toContain('```mermaid\nflowchart TB');
    expect(markdown).toMatch(/\| executor \| 2 \| 1 \| 2867 \| 1 vCPU \/ 4 GB \| 23\.8% \| /);
  });
});

describe('report pricing', () => {
  // Only the job costs depend on the prices, so no stacks are needed.
  const none = new Map<string, Record<string, unknown>>();
  const podPrice = (pricing: { usdPerVcpuHour: number; usdPerGbHour: number }, vcpu: number, gb: number) =>
    vcpu * pricing.usdPerVcpuHour + gb * pricing.usdPerGbHour;

  it('prices every pod of a job in any region with the table prices of that region, or flags the fallback', () => {
    for (const region of ['eu-west-1', 'us-east-1', 'ap-southeast-5', 'sa-east-1']) {
      const config = configWith({ region, jobs: defaultConfig().jobs });
      const report = buildReport(config, none);
      expect(report.pricing).toEqual(pricingFor(region));
      expect(report.pricing.region).toBe(region);
      expect(report.pricing.fallback).toBe(report.pricing.priceRegion !== region);
      for (const job of report.jobs) {
        for (const pod of job.pods) {
          expect(pod.usdPerHour).toBeCloseTo(
            pod.count * podPrice(report.pricing, pod.fargateVcpu, pod.fargateMemoryGiB),
            5,
          );
        }
      }
    }
  });

  it('uses the eu-west-1 prices for the default config', () => {
    const report = buildReport(defaultConfig(), none);
    expect(report.pricing).toMatchObject({ region: 'eu-west-1', priceRegion: 'eu-west-1', fallback: false });
    expect(report.pricing).toMatchObject(PRICE_TABLE.regions['eu-west-1']);
  });

  it('uses and flags an override in JSON, text and Markdown', () => {
    const config = configWith({ pricing: { vcpuHour: 1, gbHour: 0.5 }, jobs: defaultConfig().jobs });
    const report = buildReport(config, none);
    expect(report.pricing).toMatchObject({ override: true, fallback: false, usdPerVcpuHour: 1, usdPerGbHour: 0.5 });
    // The spark-pi driver is billed as 1 vCPU / 2 GB: $1 + 2 × $0.50.
    expect(report.jobs[0].pods[0]).toMatchObject({ fargateVcpu: 1, fargateMemoryGiB: 2, usdPerHour: 2 });
    expect(JSON.parse(JSON.stringify(report)).pricing).toMatchObject({ override: true, source: 'config key pricing' });
    expect(renderText(report, config)).toMatch(/^OVERRIDE: prices set by the config for eu-west-1: \$1\/vCPU-hour/m);
    expect(renderMarkdown(report, config, none)).toMatch(/^> \*\*OVERRIDE: prices set by the config/m);
  });

  it('flags a fallback in JSON, text and Markdown, naming the region and whose prices stand in', () => {
    const table: PriceTable = {
      ...PRICE_TABLE,
      regions: { ...PRICE_TABLE.regions, 'eu-west-1': { missing: 'no figure found' } },
    };
    const config = defaultConfig();
    const report = { ...buildReport(config, none), pricing: pricingFor('eu-west-1', undefined, table) };
    expect(JSON.parse(JSON.stringify(report)).pricing).toMatchObject({
      region: 'eu-west-1',
      priceRegion: 'us-east-1',
      fallback: true,
      override: false,
      retrieved: PRICE_TABLE.retrieved,
    });
    const text = renderText(report, config);
    expect(text).toMatch(/^FALLBACK: no Fargate price for eu-west-1 \(no figure found\); us-east-1 prices used/m);
    expect(text).toContain(`retrieved ${PRICE_TABLE.retrieved}`);
    expect(renderMarkdown(report, config, none)).toMatch(/^> \*\*FALLBACK: no Fargate price for eu-west-1/m);
    const plain = renderText(buildReport(config, none), config);
    expect(plain).not.toMatch(/FALLBACK|OVERRIDE/);
    expect(plain).toContain(PRICE_TABLE.source);
  });
});

describe('npm run report', () => {
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', ...args], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, SPARK_EKS_CONFIG: '', ...env },
    });

  const folders: string[] = [];
  afterAll(() => {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });
  const warnings = () => loadConfig(DEFAULT_CONFIG_FILE).warnings;

  it('prints JSON alone on stdout through npm as documented, with the warnings, and writes REPORT.md', () => {
    const json = spawnSync('npm', ['run', '-s', 'report', '--', '--json'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, SPARK_EKS_CONFIG: '' },
    });
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).jobs[0].name).toBe('spark-pi');
    expect(warnings().length).toBeGreaterThan(0);
    expect(JSON.parse(json.stdout).warnings).toEqual(warnings());
    expect(JSON.parse(json.stdout).pricing).toMatchObject({
      region: 'eu-west-1',
      priceRegion: 'eu-west-1',
      fallback: false,
      override: false,
      source: expect.any(String),
      retrieved: PRICE_TABLE.retrieved,
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'report-'));
    folders.push(dir);
    const outdir = path.join(dir, 'cdktf.out');
    const md = run(['--markdown'], { CDKTF_OUTDIR: outdir });
    expect(md.status).toBe(0);
    const markdown = readFileSync(path.join(outdir, 'REPORT.md'), 'utf8');
    expect(markdown).toContain('```mermaid');
    // The environment's cost, in JSON and Markdown alike.
    const parsed = JSON.parse(json.stdout);
    expect(parsed.today).toBe('2026-12-02');
    expect(parsed.environment.lines[0]).toMatchObject({ item: expect.stringMatching(/^EKS control plane/), count: 1 });
    expect(parsed.total.usdPerMonth).toBeCloseTo(parsed.environment.usdPerMonth + parsed.total.jobsUsdPerMonth, 2);
    expect(markdown).toContain('## What the environment costs');
    expect(markdown).toContain(`**Total per 30-day month: $${parsed.total.usdPerMonth.toFixed(2)}**`);
    expect(
      markdown
        .slice(markdown.indexOf('\n## Warnings\n'))
        .split('\n')
        .filter((l) => l.startsWith('- ')),
    ).toEqual(warnings().map((w) => `- ${w}`));
    expect(existsSync(path.join(outdir, 'stacks'))).toBe(false);
  });

  it('shows the warnings above the tables', () => {
    const text = run([]);
    expect(text.status).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe('Warnings');
    expect(lines.slice(1, 1 + warnings().length)).toEqual(warnings().map((w) => `  - ${w}`));
    expect(lines).toContain('Stacks');
  });

  it('refuses --json with --markdown before any work', () => {
    const both = run(['--json', '--markdown']);
    expect(both.status).toBe(1);
    expect(both.stdout).toBe('');
    expect(both.stderr.trim()).toMatch(/^--json and --markdown exclude each other; .*usage: npm run -s report/);
  });

  it('validates the config first', () => {
    const result = run(['--json'], { SPARK_EKS_CONFIG: '/nonexistent.yaml' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^\/nonexistent\.yaml: config file not found/);
  });
});

interface MermaidSubgraph {
  readonly id: string;
  readonly direction?: string;
  readonly nodes: string[];
  /** Links between nodes of the subgraph, `[from, to]`. */
  readonly links: [string, string][];
}

/** The parts of a Mermaid flowchart that decide its layout: directions, subgraphs, their nodes and the links. */
function parseMermaid(text: string): { direction: string; subgraphs: MermaidSubgraph[]; links: [string, string][] } {
  const lines = text.split('\n').map((l) => l.trim());
  const header = /^flowchart (TB|TD|BT|LR|RL)$/.exec(lines[0]);
  if (!header) throw new Error(`not a flowchart: ${lines[0]}`);
  const subgraphs: MermaidSubgraph[] = [];
  const links: [string, string][] = [];
  let current: { id: string; direction?: string; nodes: string[]; links: [string, string][] } | undefined;
  for (const line of lines.slice(1)) {
    const subgraph = /^subgraph (\w+)\[/.exec(line);
    const direction = /^direction (\w+)$/.exec(line);
    const node = /^(\w+)\["[^"]*"\]$/.exec(line);
    const link = /^(\w+) (?:~~~|-->(?:\|[^|]*\|)?) (\w+)$/.exec(line);
    if (subgraph) current = { id: subgraph[1], nodes: [], links: [] };
    else if (line === 'end' && current) {
      subgraphs.push(current);
      current = undefined;
    } else if (direction && current) current.direction = direction[1];
    else if (node && current) current.nodes.push(node[1]);
    else if (link) (current ? current.links : links).push([link[1], link[2]]);
    else throw new Error(`unexpected line: ${line}`);
  }
  return { direction: header[1] === 'TD' ? 'TB' : header[1], subgraphs, links };
}

/** Nodes by rank in a top-down layout: a node is one row below every node that links to it. */
function rowsOf(nodes: readonly string[], links: readonly [string, string][]): string[][] {
  const rank = new Map<string, number>();
  const rankOf = (node: string, seen: Set<string> = new Set()): number => {
    if (seen.has(node)) throw new Error(`cycle at ${node}`);
    const known = rank.get(node);
    if (known !== undefined) return known;
    const parents = links.filter(([, to]) => to === node).map(([from]) => from);
    const value = parents.length === 0 ? 0 : 1 + Math.max(...parents.map((p) => rankOf(p, new Set([...seen, node]))));
    rank.set(node, value);
    return value;
  };
  const rows: string[][] = [];
  for (const node of nodes) (rows[rankOf(node)] ??= []).push(node);
  return rows.filter((row) => row !== undefined);
}
