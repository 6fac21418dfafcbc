import { EnvironmentConfig } from '../config/schema';
import { PriceUsed } from '../pricing/environment-pricing';
import { CostLine, RateLine } from './environment';
import { crossStackReferences, JobReport, pricingNote, Report, StackJson } from './report';

function table(headers: string[], rows: string[][]): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

function markdownTable(headers: string[], rows: string[][]): string[] {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

const POD_HEADERS = ['pod', 'count', 'request vCPU', 'request MiB', 'Fargate size', 'memory waste', '$/hour'];

function podRows(job: JobReport): string[][] {
  return job.pods.map((p) => [
    p.role,
    String(p.count),
    String(p.requestVcpu),
    String(p.requestMemoryMiB),
    `${p.fargateVcpu} vCPU / ${p.fargateMemoryGiB} GB`,
    `${p.wasteMemoryPct.toFixed(1)}%`,
    p.usdPerHour.toFixed(4),
  ]);
}

const money = (value: number | null, digits: number) => (value === null ? '-' : value.toFixed(digits));

/** A price's flag: nothing when it is the table's for the region. */
function flag(price: PriceUsed): string {
  if (price.flag === 'fallback') return `FALLBACK (${price.priceRegion})`;
  if (price.flag === 'override') return 'OVERRIDE';
  if (price.flag === 'missing') return 'MISSING';
  return '';
}

/** A price as people write it: at least cents, and every digit the source gives. */
export function dollars(value: number): string {
  const digits = Math.max(2, (String(value).split('.')[1] ?? '').length);
  return `$${value.toFixed(digits)}`;
}

const unitPrice = (line: CostLine) =>
  line.unitPrice === null ? 'not priced' : `${dollars(line.unitPrice)}/${line.unit}-${line.per}`;

const COST_HEADERS = ['item', 'count', 'unit price', '$/hour', '$/month', 'price'];
function costRows(report: Report): string[][] {
  const { environment } = report;
  return [
    ...environment.lines.map((l) => [
      l.item,
      String(l.count),
      unitPrice(l),
      money(l.usdPerHour, 4),
      money(l.usdPerMonth, 2),
      flag(l.price),
    ]),
    ['total', '', '', environment.usdPerHour.toFixed(4), environment.usdPerMonth.toFixed(2), ''],
  ];
}

const RATE_HEADERS = ['what', 'count', 'rate', 'price'];
const rateRows = (rates: readonly RateLine[]) =>
  rates.map((r) => [
    r.item,
    `${r.count} ${r.unit}${r.count === 1 ? '' : 's'}`,
    r.rate === null ? 'not priced' : `${dollars(r.rate)}/${r.per}`,
    flag(r.price),
  ]);

const MONTH_HEADERS = ['job', 'schedule', 'runs', 'minutes/run', '$/hour', '$/month'];
const monthRows = (jobs: readonly JobReport[]) =>
  jobs.map((j) => [
    j.name,
    j.schedule ?? '-',
    j.runsPerMonth === null ? '-' : String(j.runsPerMonth),
    j.expectedRunMinutes === null ? '-' : String(j.expectedRunMinutes),
    j.usdPerHour.toFixed(4),
    money(j.usdPerMonth, 2),
  ]);

/** Every source of the environment's prices once, with the keys that use it, and the flag notes. */
function priceSources(report: Report): string[] {
  const used = [...report.environment.lines.map((l) => l.price), ...report.environment.rates.map((r) => r.price)];
  const bySource = new Map<string, string[]>();
  const notes = new Set<string>();
  for (const price of used) {
    if (price.note) notes.add(`${flag(price) || price.flag.toUpperCase()}: ${price.note}`);
    if (price.key === 'fargate' || price.flag === 'missing' || price.flag === 'override') continue;
    const source = `${price.source}; retrieved ${price.retrieved}; ${price.sourceUrl}`;
    bySource.set(source, [...new Set([...(bySource.get(source) ?? []), price.key])]);
  }
  return [
    ...[...notes].sort(),
    ...[...bySource].map(([source, keys]) => `${keys.join(', ')}: ${source}`),
    'Always-on pods: at the Fargate prices below.',
  ];
}

/** The environment's cost, the jobs per month and the total, as text. */
function costText(report: Report): string[] {
  const lines = [
    '',
    'Environment: fixed cost with no job running (a month is 30 days, 720 hours)',
    '',
    ...table(COST_HEADERS, costRows(report)).map((l) => `  ${l}`),
    '',
    'By use: rates, not in the total',
    '',
    ...table(RATE_HEADERS, rateRows(report.environment.rates)).map((l) => `  ${l}`),
  ];
  if (report.jobs.length > 0) {
    lines.push('', 'Jobs per 30-day month', '', ...table(MONTH_HEADERS, monthRows(report.jobs)).map((l) => `  ${l}`));
  }
  lines.push(
    '',
    `Total per 30-day month: $${report.total.usdPerMonth.toFixed(2)} (fixed $${report.total.fixedUsdPerMonth.toFixed(2)} + jobs $${report.total.jobsUsdPerMonth.toFixed(2)})`,
    'Not in the total:',
    ...report.total.notPriced.map((n) => `  - ${n}`),
    '',
    'Environment prices:',
    ...priceSources(report).map((n) => `  - ${n}`),
  );
  return lines;
}

/** The report as plain-text tables. */
// The config is no longer read here (the report carries its pricing); the parameter keeps callers unchanged.
export function renderText(report: Report, _config?: EnvironmentConfig): string {
  const lines: string[] = ['Stacks'];
  for (const stack of report.stacks) {
    const total = Object.values(stack.resources).reduce((a, b) => a + b, 0);
    lines.push('', `${stack.name}: ${total} resources`);
    lines.push(
      ...table(
        ['type', 'count'],
        Object.entries(stack.resources).map(([t, n]) => [t, String(n)]),
      ).map((l) => `  ${l}`),
    );
  }
  lines.push('', 'Jobs on Fargate');
  if (report.jobs.length === 0) lines.push('', '  (no jobs configured)');
  for (const job of report.jobs) {
    lines.push('', `${job.name}: $${job.usdPerHour.toFixed(4)}/hour while running`);
    lines.push(...table(POD_HEADERS, podRows(job)).map((l) => `  ${l}`));
  }
  lines.push(...costText(report));
  lines.push('', ...pricingNote(report.pricing));
  return `${lines.join('\n')}\n`;
}

/** At most this many resource boxes side by side in a stack, so the diagram fits a page's width. */
export const MERMAID_COLUMNS = 3;

/**
 * The stacks, their main resources and the cross-stack references, as a Mermaid flowchart that reads top-down: the
 * stacks one below the other in deployment order, each stack's boxes in rows of {@link MERMAID_COLUMNS}. Invisible
 * links (`~~~`) make the rows: in a top-down chart, boxes that no link orders stand side by side.
 */
export function mermaidDiagram(stacks: ReadonlyMap<string, StackJson>): string {
  const MAIN: Record<string, string> = {
    aws_s3_bucket: 'S3 bucket',
    aws_vpc: 'VPC',
    aws_nat_gateway: 'NAT gateway',
    aws_vpc_endpoint: 'VPC endpoint',
    aws_eks_cluster: 'EKS cluster',
    aws_eks_fargate_profile: 'Fargate profile',
    aws_eks_addon: 'EKS add-on',
    aws_iam_openid_connect_provider: 'OIDC provider',
    aws_iam_role: 'IAM role',
    aws_ecr_repository: 'ECR repository',
    aws_cloudwatch_log_group: 'log group',
    helm_release: 'Helm release',
    kubernetes_namespace_v1: 'namespace',
    kubernetes_service_account_v1: 'service account',
    kubernetes_deployment_v1: 'Deployment',
    docker_registry_image: 'image',
    kubernetes_manifest: 'Spark application',
    aws_s3_object: 'S3 object',
  };
  const id = (name: string) => name.replace(/[^A-Za-z0-9]/g, '_');
  const lines = ['flowchart TB'];
  for (const [name, json] of stacks) {
    // Mermaid lays a subgraph out across its parent's direction unless told otherwise.
    lines.push(`  subgraph ${id(name)}["${name}"]`, '    direction TB');
    const resources = (json.resource ?? {}) as Record<string, Record<string, unknown>>;
    const boxes: string[] = [];
    for (const [type, label] of Object.entries(MAIN)) {
      const count = Object.keys(resources[type] ?? {}).length;
      if (count === 0) continue;
      boxes.push(`${id(name)}_${type}`);
      lines.push(`    ${id(name)}_${type}["${label}${count > 1 ? ` ×${count}` : ''}"]`);
    }
    for (let i = MERMAID_COLUMNS; i < boxes.length; i++)
      lines.push(`    ${boxes[i - MERMAID_COLUMNS]} ~~~ ${boxes[i]}`);
    lines.push('  end');
  }
  // Each stack below the one before it, also where no reference links them (the state stack).
  const names = [...stacks.keys()];
  for (let i = 1; i < names.length; i++) lines.push(`  ${id(names[i - 1])} ~~~ ${id(names[i])}`);
  for (const ref of crossStackReferences(stacks)) {
    lines.push(`  ${id(ref.from)} -->|${ref.outputs} output${ref.outputs === 1 ? '' : 's'}| ${id(ref.to)}`);
  }
  return lines.join('\n');
}

/** The report as Markdown, with the Mermaid diagram. */
export function renderMarkdown(
  report: Report,
  config: EnvironmentConfig,
  stacks: ReadonlyMap<string, StackJson>,
): string {
  const lines = [
    `# Deployment report: ${config.prefix} (${config.region})`,
    '',
    '## Stacks',
    '',
    '```mermaid',
    mermaidDiagram(stacks),
    '```',
    '',
    ...markdownTable(
      ['stack', 'resources', 'by type'],
      report.stacks.map((s) => [
        s.name,
        String(Object.values(s.resources).reduce((a, b) => a + b, 0)),
        Object.entries(s.resources)
          .map(([t, n]) => `${t} ${n}`)
          .join(', '),
      ]),
    ),
    '',
    '## Jobs on Fargate',
  ];
  for (const job of report.jobs) {
    lines.push(
      '',
      `### ${job.name}: $${job.usdPerHour.toFixed(4)}/hour while running`,
      '',
      ...markdownTable(POD_HEADERS, podRows(job)),
    );
  }
  lines.push(
    '',
    '## What the environment costs',
    '',
    'Fixed cost with no job running (a month is 30 days, 720 hours):',
    '',
    ...markdownTable(COST_HEADERS, costRows(report)),
    '',
    'By use: rates, not in the total:',
    '',
    ...markdownTable(RATE_HEADERS, rateRows(report.environment.rates)),
  );
  if (report.jobs.length > 0) {
    lines.push('', 'Jobs per 30-day month:', '', ...markdownTable(MONTH_HEADERS, monthRows(report.jobs)));
  }
  lines.push(
    '',
    `**Total per 30-day month: $${report.total.usdPerMonth.toFixed(2)}** (fixed $${report.total.fixedUsdPerMonth.toFixed(2)} + jobs $${report.total.jobsUsdPerMonth.toFixed(2)}). Not in the total:`,
    '',
    ...report.total.notPriced.map((n) => `- ${n}`),
    '',
    'Environment prices:',
    '',
    ...priceSources(report).map((n) => `- ${n}`),
  );
  // A blockquote, so a fallback or an override stands out on the rendered page.
  const [prices, source] = pricingNote(report.pricing);
  const flagged = report.pricing.fallback || report.pricing.override;
  lines.push('', `> ${flagged ? `**${prices}**` : prices}`, '>', `> ${source}`, '');
  return lines.join('\n');
}
