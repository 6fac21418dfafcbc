/**
 * How long the pods of a SparkApplication took to start on Fargate, from a `kubectl get pods -o json` list.
 * Every time is in seconds after the driver pod was created.
 */
export type PodRole = 'driver' | 'executor' | 'other';

/**
 * In the order a pod passes them: a container runs (`startedAt`) before the kubelet's readiness check marks the
 * pod's containers ready.
 */
export const MILESTONES = ['created', 'scheduled', 'initialized', 'running', 'containersReady'] as const;
export type Milestone = (typeof MILESTONES)[number];

export interface PodTimeline {
  readonly name: string;
  readonly role: PodRole;
  /** Fargate's `CapacityProvisioned` annotation, e.g. `1vCPU 2GB`, when present. */
  readonly fargateSize?: string;
  /** Seconds after the driver's creation; undefined while the pod has not got there. */
  readonly seconds: Readonly<Partial<Record<Milestone, number>>>;
}

export interface Timeline {
  readonly pods: readonly PodTimeline[];
  /** Seconds until the driver's first container started. */
  readonly driverRunning?: number;
  /** Seconds until the last executor's first container started; undefined until every executor runs. */
  readonly allExecutorsRunning?: number;
  readonly executors: number;
  readonly pendingExecutors: number;
}

export class TimelineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimelineError';
  }
}

export interface PodJson {
  metadata?: {
    name?: string;
    creationTimestamp?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  status?: {
    conditions?: { type?: string; status?: string; lastTransitionTime?: string }[];
    containerStatuses?: { state?: { running?: { startedAt?: string }; terminated?: { startedAt?: string } } }[];
  };
}

/** Parses the JSON of a pod list (`kind: List` or `PodList`). */
export function parsePodList(text: string, source: string): PodJson[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new TimelineError(`${source} is not JSON: ${(error as Error).message}`);
  }
  const items = (parsed as { items?: unknown })?.items;
  if (parsed === null || typeof parsed !== 'object' || !Array.isArray(items)) {
    throw new TimelineError(
      `${source} is not a list of pods: expected an object with "items", as kubectl get pods -o json prints`,
    );
  }
  return items as PodJson[];
}

/** The label the Spark operator puts on every pod of a SparkApplication, naming the application. */
export const APP_NAME_LABEL = 'sparkoperator.k8s.io/app-name';

/**
 * The pods of one SparkApplication. A saved pod list may hold other pods (`kubectl get pods -A -o json`), so
 * none of `app` among them is an error that says what the list does hold.
 */
export function podsOfApp(pods: readonly PodJson[], app: string, source: string): PodJson[] {
  const mine = pods.filter((pod) => pod.metadata?.labels?.[APP_NAME_LABEL] === app);
  if (mine.length > 0) return mine;
  const others = [...new Set(pods.map((pod) => pod.metadata?.labels?.[APP_NAME_LABEL]).filter(Boolean))].sort();
  const holds =
    pods.length === 0
      ? 'it lists no pods'
      : others.length > 0
        ? `it has pods of ${others.join(', ')}`
        : `none of its ${pods.length} pods has the label ${APP_NAME_LABEL}`;
  throw new TimelineError(
    `${source} has no pods of SparkApplication ${app} (label ${APP_NAME_LABEL}=${app}); ${holds}`,
  );
}

const CONDITIONS: Readonly<Record<string, Milestone>> = {
  PodScheduled: 'scheduled',
  Initialized: 'initialized',
  ContainersReady: 'containersReady',
};

export function buildTimeline(pods: readonly PodJson[], what: string): Timeline {
  if (pods.length === 0) throw new TimelineError(`no pods found for ${what}`);
  const created = (pod: PodJson) => time(pod.metadata?.creationTimestamp);
  const driver = pods.find((p) => p.metadata?.labels?.['spark-role'] === 'driver');
  const origin = created(driver ?? {}) ?? Math.min(...pods.map((p) => created(p) ?? Infinity));
  if (!Number.isFinite(origin)) throw new TimelineError(`the pods of ${what} have no creationTimestamp`);
  const since = (t: number | undefined) => (t === undefined ? undefined : (t - origin) / 1000);

  const timelines = pods.map((pod): PodTimeline => {
    const seconds: Partial<Record<Milestone, number>> = { created: since(created(pod)) };
    for (const condition of pod.status?.conditions ?? []) {
      const milestone = condition.type ? CONDITIONS[condition.type] : undefined;
      if (milestone && condition.status === 'True') seconds[milestone] = since(time(condition.lastTransitionTime));
    }
    const starts = (pod.status?.containerStatuses ?? [])
      .map((c) => time(c.state?.running?.startedAt ?? c.state?.terminated?.startedAt))
      .filter((t): t is number => t !== undefined);
    if (starts.length > 0) seconds.running = since(Math.min(...starts));
    const role = pod.metadata?.labels?.['spark-role'];
    return {
      name: pod.metadata?.name ?? '(unnamed)',
      role: role === 'driver' || role === 'executor' ? role : 'other',
      fargateSize: pod.metadata?.annotations?.CapacityProvisioned,
      seconds,
    };
  });
  const order = { driver: 0, executor: 1, other: 2 };
  timelines.sort(
    (a, b) =>
      order[a.role] - order[b.role] ||
      (a.seconds.created ?? 0) - (b.seconds.created ?? 0) ||
      a.name.localeCompare(b.name),
  );

  const executors = timelines.filter((t) => t.role === 'executor');
  const pending = executors.filter((t) => t.seconds.running === undefined).length;
  return {
    pods: timelines,
    driverRunning: timelines.find((t) => t.role === 'driver')?.seconds.running,
    allExecutorsRunning:
      executors.length > 0 && pending === 0
        ? Math.max(...executors.map((t) => t.seconds.running as number))
        : undefined,
    executors: executors.length,
    pendingExecutors: pending,
  };
}

function time(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

const BAR_WIDTH = 40;

/** A table of every pod's milestones, with an ASCII bar from creation (`·`) to running (`█`). */
export function renderTimeline(timeline: Timeline, title: string): string {
  const fmt = (s: number | undefined) => (s === undefined ? 'pending' : s.toFixed(0));
  const end = Math.max(
    1,
    ...timeline.pods.flatMap((p) => Object.values(p.seconds).filter((s): s is number => s !== undefined)),
  );
  const bar = (p: PodTimeline) => {
    const start = Math.round(((p.seconds.created ?? 0) / end) * BAR_WIDTH);
    if (p.seconds.running === undefined) return `${' '.repeat(start)}${'·'.repeat(Math.max(1, BAR_WIDTH - start))}`;
    const stop = Math.max(start + 1, Math.round((p.seconds.running / end) * BAR_WIDTH));
    return `${' '.repeat(start)}${'·'.repeat(stop - start - 1)}█`;
  };
  const label: Record<Milestone, string> = {
    created: 'created',
    scheduled: 'scheduled',
    initialized: 'initialized',
    running: 'running',
    containersReady: 'ready',
  };
  const headers = ['pod', 'role', 'Fargate size', ...MILESTONES.map((m) => label[m])];
  const rows = timeline.pods.map((p) => [
    p.name,
    p.role,
    p.fargateSize ?? '-',
    ...MILESTONES.map((m) => fmt(p.seconds[m])),
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const lines = [
    `${title} (seconds after the driver pod was created)`,
    '',
    `${line(headers)}  timeline (0-${end.toFixed(0)} s)`,
    `${widths.map((w) => '-'.repeat(w)).join('  ')}  ${'-'.repeat(BAR_WIDTH)}`,
    ...timeline.pods.map((p, i) => `${line(rows[i])}  ${bar(p)}`),
    '',
    `driver running after:           ${timeline.driverRunning === undefined ? 'pending' : `${fmt(timeline.driverRunning)} s`}`,
    `all executors (${timeline.executors}) running after: ${
      timeline.allExecutorsRunning === undefined
        ? `pending (${timeline.pendingExecutors} not running yet)`
        : `${fmt(timeline.allExecutorsRunning)} s`
    }`,
  ];
  return `${lines.join('\n')}\n`;
}
