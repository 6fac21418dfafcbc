/**
 * Every job of the config, run for real on what Terraform applied: the operator (in the cluster, as the chart runs
 * it) submits, the driver pod runs the job's image, creates its executors with the `spark` service account, they
 * register through the driver's headless Service, and the job reads its input from S3 and writes its output. Each
 * job runs alone (the node has 2 CPUs); a ScheduledSparkApplication completes a run on a short test schedule, then
 * gets its own schedule back. Every wait is bounded, and a failure says what the operator or the driver reported.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { ApplicationType, podRequest } from '../../src/fargate/sizing';
import { ControlPlane, Json } from '../engines/controlplane';
import { run } from '../lib/exec';
import { checkPi, checkSuccess, checkWeather, OutputContext } from '../lib/job-outputs';
import { CheckError, failIfAny, Problem } from '../lib/report';
import { PROJECT_ROOT } from '../lib/synth';

/** How long one job may take from submission to COMPLETED, on a loaded 2-core machine. */
const JOB_TIMEOUT_MS = 10 * 60_000;
/**
 * The ScheduledSparkApplications' test schedule (robfig/cron, as the operator parses it): a run within 10 s, and the
 * suite, polling every 0.5 s, suspends the application long before a second one is due (a `Replace` policy would
 * kill the first).
 */
export const TEST_SCHEDULE = '@every 5s';

/** An object Terraform applied: its stack, its resource address and the object as the state records it. */
export interface Applied {
  readonly stack: string;
  readonly address: string;
  readonly object: Json;
}

export function isMap(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function at(value: unknown, ...keys: (string | number)[]): unknown {
  let current = value;
  for (const key of keys) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else current = isMap(current) ? current[String(key)] : undefined;
  }
  return current;
}

export function log(line: string): void {
  console.log(`      ${' '.repeat(10)} ${line}`);
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** `Kind namespace/name` of an object. */
export function describe(object: Json): string {
  const { name, namespace } = (object.metadata ?? {}) as { name?: string; namespace?: string };
  return `${String(object.kind)} ${namespace ? `${namespace}/` : ''}${String(name)}`;
}

/** What the checks read from S3 and the stacks. */
export interface JobOutputs {
  readonly bucket: string;
  readonly eventPrefix: string;
  /** bucket.py inspect: the output prefix's objects, `_SUCCESS`, Parquet rows, and the event logs. */
  inspect(
    outputPrefix: string,
  ): Promise<{ objects: string[]; success: Json | null; rows: Json[]; eventLogs: { key: string; size: number }[] }>;
  samplesUnder(prefix: string): string[];
  /** moto's STS calls so far (AssumeRoleWithWebIdentity and the like). */
  stsCalls(): number;
}

export interface JobRun {
  readonly app: string;
  readonly namespace: string;
  readonly sparkAppId?: string;
  /** The pods as last seen while the job ran (executors are deleted when it ends). */
  readonly pods: Json[];
}

export class SparkJobRuns {
  readonly runs: JobRun[] = [];

  constructor(
    readonly cp: ControlPlane,
    readonly namespaces: readonly Applied[],
    readonly manifests: readonly Applied[],
    readonly outputs: JobOutputs,
    readonly dir: string,
  ) {}

  private scheduledPath(item: Applied): string {
    const { name, namespace } = item.object.metadata as { name: string; namespace: string };
    return `/apis/sparkoperator.k8s.io/v1beta2/namespaces/${namespace}/scheduledsparkapplications/${name}`;
  }

  async patchSchedule(item: Applied, spec: Json): Promise<void> {
    const response = await this.cp.api(
      'PATCH',
      `${this.scheduledPath(item)}?fieldManager=integration-test-schedule`,
      { spec },
      'application/merge-patch+json',
    );
    if (response.status !== 200) throw new Error(`patching ${describe(item.object)}: ${JSON.stringify(response.body)}`);
  }

  /**
   * Makes the operator compute the next run from the schedule the spec has now. Operator 2.5.2 computes
   * `status.nextRun` once, when the application is new, and then only after each run: a changed schedule takes
   * effect only after the run the old one had planned (internal/controller/scheduledsparkapplication). Set while
   * the application is suspended, which the operator then leaves alone.
   */
  async rescheduleFromSpec(item: Applied): Promise<void> {
    const response = await this.cp.api(
      'PATCH',
      `${this.scheduledPath(item)}/status?fieldManager=integration-test-schedule`,
      // ScheduleStateNew is "" in v1beta2 (api/v1beta2/scheduledsparkapplication_types.go): no state at all.
      { status: { scheduleState: null, nextRun: null } },
      'application/merge-patch+json',
    );
    if (response.status !== 200)
      throw new Error(`resetting the schedule of ${describe(item.object)}: ${JSON.stringify(response.body)}`);
  }

  /** Puts a ScheduledSparkApplication's own schedule and suspend back, as Terraform applied them, and its next run. */
  async restoreSchedule(item: Applied): Promise<void> {
    await this.patchSchedule(item, { schedule: at(item.object, 'spec', 'schedule'), suspend: true });
    await this.rescheduleFromSpec(item);
    // Absent if Terraform did not set it (merge patch null removes it): the plan compares the whole object.
    await this.patchSchedule(item, { suspend: at(item.object, 'spec', 'suspend') ?? null });
  }

  /** The operator has planned the next run from the applied schedule again, and started no other run. */
  private async scheduleRestored(item: Applied, testRun: string): Promise<string> {
    let current: Json | undefined;
    // A suspended application (as Terraform applied it) is left alone by the operator: nothing to plan.
    const suspended = at(item.object, 'spec', 'suspend') === true;
    await this.cp.waitFor(`${describe(item.object)} to be scheduled on its own schedule`, 60_000, async () => {
      current = await this.cp.get(this.scheduledPath(item));
      if (suspended) return at(current, 'spec', 'schedule') === at(item.object, 'spec', 'schedule');
      return at(current, 'status', 'scheduleState') === 'Scheduled' && Boolean(at(current, 'status', 'nextRun'));
    });
    const last = String(at(current, 'status', 'lastRunName'));
    if (last !== testRun)
      throw new CheckError({
        message: `after the test run ${testRun} the operator started ${last} as well`,
        location: { stack: item.stack, resource: item.address, attribute: 'manifest.spec.schedule' },
      });
    return `${describe(item.object)}: schedule ${String(at(current, 'spec', 'schedule'))} again, next run ${String(at(current, 'status', 'nextRun'))}`;
  }

  async level(namespace: string): Promise<string> {
    const ns = await this.cp.get(`/api/v1/namespaces/${namespace}`);
    return String(at(ns, 'metadata', 'labels', 'pod-security.kubernetes.io/enforce') ?? 'privileged (unlabelled)');
  }

  /** A pod that breaks `restricted` is refused by the API server: Pod Security admission is on and enforcing. */
  async podSecurityEnforced(): Promise<string> {
    const namespaces: string[] = [];
    for (const o of this.namespaces) {
      const name = String(at(o.object, 'metadata', 'name'));
      const level = at(o.object, 'metadata', 'labels', 'pod-security.kubernetes.io/enforce');
      if (level !== 'restricted' && level !== 'baseline') continue;
      const response = await this.cp.api('POST', `/api/v1/namespaces/${name}/pods?dryRun=All`, {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'pod-security-probe' },
        spec: {
          containers: [
            {
              name: 'probe',
              image: 'stand-in.invalid/probe',
              ...(level === 'baseline' ? { securityContext: { capabilities: { add: ['SYS_ADMIN'] } } } : {}),
            },
          ],
        },
      });
      const message = String(response.body.message ?? '');
      if (response.status !== 403 || !message.includes('violates PodSecurity'))
        throw new CheckError({
          message: `a pod breaking the level was not refused in ${name} (enforce=${String(level)}): ${response.status} ${message}`,
          location: { stack: o.stack, resource: o.address, attribute: 'metadata.labels' },
        });
      namespaces.push(`${name} (${String(level)})`);
    }
    return `a pod breaking the level is refused with "violates PodSecurity" in ${namespaces.join(', ')}`;
  }

  private async pods(namespace: string, app: string): Promise<Json[]> {
    const list = await this.cp.get(
      `/api/v1/namespaces/${namespace}/pods?labelSelector=${encodeURIComponent(`sparkoperator.k8s.io/app-name=${app}`)}`,
    );
    return (list?.items ?? []) as Json[];
  }

  private async driverLog(namespace: string, pod: string, lines = 40): Promise<string> {
    const result = await this.cp.kubectl(['logs', '-n', namespace, pod, `--tail=${lines}`], { okCodes: [0, 1] });
    return (result.code === 0 ? result.stdout : result.stderr).trim();
  }

  /**
   * Waits for a SparkApplication to reach `want` (COMPLETED), recording every pod it had on the way; fails at once
   * on FAILED or SUBMISSION_FAILED, with the operator's message and the driver's last lines.
   */
  private async runToEnd(
    namespace: string,
    app: string,
    where: (attribute: string) => Problem['location'],
    timeoutMs = JOB_TIMEOUT_MS,
  ) {
    const seen = new Map<string, Json>();
    let state = '';
    let sparkAppId: string | undefined;
    await this.cp
      .waitFor(`${namespace}/${app} to complete`, timeoutMs, async () => {
        for (const pod of await this.pods(namespace, app)) seen.set(String(at(pod, 'metadata', 'name')), pod);
        const current = await this.cp.get(
          `/apis/sparkoperator.k8s.io/v1beta2/namespaces/${namespace}/sparkapplications/${app}`,
        );
        state = String(at(current, 'status', 'applicationState', 'state') ?? '');
        sparkAppId = (at(current, 'status', 'sparkApplicationId') as string | undefined) ?? sparkAppId;
        if (state === 'FAILED' || state === 'SUBMISSION_FAILED') {
          const driver = String(at(current, 'status', 'driverInfo', 'podName') ?? `${app}-driver`);
          throw new CheckError({
            message: `the operator reports ${state}: ${String(at(current, 'status', 'applicationState', 'errorMessage'))}\ndriver log:\n${failureLines(await this.driverLog(namespace, driver, 5000))}`,
            location: where('manifest.spec'),
          });
        }
        return state === 'COMPLETED';
      })
      .catch(async (error: unknown) => {
        if (error instanceof CheckError) throw error;
        const pods = [...seen.values()]
          .map((p) => `${String(at(p, 'metadata', 'name'))} ${String(at(p, 'status', 'phase'))}`)
          .join(', ');
        throw new CheckError({
          message: `${error instanceof Error ? error.message : String(error)}; application state "${state}"; pods: ${pods || 'none'}`,
          location: where('manifest.spec'),
        });
      });
    for (const pod of await this.pods(namespace, app)) seen.set(String(at(pod, 'metadata', 'name')), pod);
    return { pods: [...seen.values()], sparkAppId };
  }

  /** One job to completion, and everything it did held against its spec, the sizing and its output. */
  async job(item: Applied): Promise<string> {
    const manifest = item.object;
    const { name, namespace } = manifest.metadata as { name: string; namespace: string };
    const where = (attribute: string) => ({ stack: item.stack, resource: item.address, attribute });
    const scheduled = manifest.kind === 'ScheduledSparkApplication';
    const spec = (scheduled ? at(manifest, 'spec', 'template') : manifest.spec) as Json;
    const specPath = scheduled ? 'manifest.spec.template' : 'manifest.spec';
    const started = Date.now();
    const stsBefore = this.outputs.stsCalls();
    let app = name;
    let ran: { pods: Json[]; sparkAppId?: string };
    try {
      if (scheduled) {
        const path_ = `/apis/sparkoperator.k8s.io/v1beta2/namespaces/${namespace}/scheduledsparkapplications/${name}`;
        // A run from before (a deploy of an earlier day) is not the test run.
        const before = String(at(await this.cp.get(path_), 'status', 'lastRunName') ?? '');
        await this.patchSchedule(item, { schedule: TEST_SCHEDULE, suspend: true });
        await this.rescheduleFromSpec(item);
        await this.patchSchedule(item, { suspend: false });
        let runName = '';
        await this.cp.waitFor(`a run of ${namespace}/${name} on the schedule ${TEST_SCHEDULE}`, 120_000, async () => {
          const current = await this.cp.get(path_);
          if (at(current, 'status', 'scheduleState') === 'FailedValidation')
            throw new CheckError({
              message: `the operator rejected the schedule: ${String(at(current, 'status', 'reason'))}`,
              location: where('manifest.spec.schedule'),
            });
          runName = String(at(current, 'status', 'lastRunName') ?? '');
          return runName !== '' && runName !== 'undefined' && runName !== before;
        });
        // No second test run while this one runs; its own schedule back once it is done (finally, below).
        await this.patchSchedule(item, { suspend: true });
        app = runName;
        log(`${namespace}/${name}: run ${app} created on the test schedule after ${seconds(Date.now() - started)}`);
      }
      ran = await this.runToEnd(namespace, app, where);
    } finally {
      if (scheduled) await this.restoreSchedule(item);
    }
    if (scheduled) log(await this.scheduleRestored(item, app));
    this.runs.push({ app, namespace, sparkAppId: ran.sparkAppId, pods: ran.pods });
    const problems: Problem[] = [];
    const role = (pod: Json) => at(pod, 'metadata', 'labels', 'spark-role');
    const driver = ran.pods.find((pod) => role(pod) === 'driver');
    const executors = ran.pods.filter((pod) => role(pod) === 'executor');
    if (!driver) throw new CheckError({ message: `no driver pod of ${app} was seen`, location: where(specPath) });
    problems.push(...checkPod(driver, spec, 'driver', item, specPath));
    const instances = Number(at(spec, 'executor', 'instances') ?? 1);
    if (executors.length < instances)
      problems.push({
        message: `${executors.length} executor pods seen, the spec asks for ${instances}`,
        location: where(`${specPath}.executor.instances`),
      });
    for (const executor of executors) problems.push(...checkPod(executor, spec, 'executor', item, specPath));

    // The output, as the spark stage checks it, and this run's own event log.
    const args = ((spec.arguments ?? []) as string[]).map(String);
    const bucket = this.outputs.bucket;
    const outputArg = args.find((arg, index) => index > 0 && arg.startsWith(`s3a://${bucket}/`));
    const outputPrefix = outputArg ? outputArg.replace(`s3a://${bucket}/`, '').replace(/\/?$/, '/') : '';
    const inspected = await this.outputs.inspect(outputPrefix);
    const context: OutputContext = {
      job: { where: { stack: item.stack, resource: item.address }, specPath },
      bucket,
      samplesUnder: (p) => this.outputs.samplesUnder(p),
    };
    const facts: string[] = [];
    const main = String(spec.mainApplicationFile ?? '');
    const hadoopConf = (spec.hadoopConf ?? {}) as Record<string, string>;
    if (main.endsWith('/pi.py'))
      facts.push(checkPi(await this.driverLog(namespace, String(at(driver, 'metadata', 'name')), 200), args, problems));
    else if (main.endsWith('/weather.py')) facts.push(...(await checkWeather(context, args, inspected, problems)));
    if (outputArg) {
      facts.push(...checkSuccess(context, hadoopConf, spec, inspected, outputPrefix, problems));
      const written = Number(at(inspected.success, 'timestamp') ?? 0);
      if (inspected.success && written < started - 5_000)
        problems.push({
          message: `_SUCCESS under ${outputPrefix} is from an earlier run (${new Date(written).toISOString()})`,
          location: where(`${specPath}.arguments`),
        });
    }
    const eventLog = ran.sparkAppId
      ? inspected.eventLogs.filter((log_) => log_.key.includes(ran.sparkAppId as string))
      : [];
    if (eventLog.length === 0)
      problems.push({
        message: `no event log of ${ran.sparkAppId ?? app} under s3a://${bucket}/${this.outputs.eventPrefix}`,
        location: where(`${specPath}.sparkConf`),
      });
    const stsCalls = this.outputs.stsCalls() - stsBefore;
    if (stsCalls === 0)
      problems.push({
        message: 'no call reached the STS stand-in: S3A did not get its credentials through web identity',
        location: where(`${specPath}.hadoopConf`),
      });
    failIfAny(problems);

    const timeline = await this.timeline(app, namespace, ran.pods);
    for (const line of timeline.split('\n')) log(line);
    return `${describe(manifest)}${scheduled ? ` run ${app}` : ''} COMPLETED in ${seconds(Date.now() - started)}: driver and ${executors.length} executors as real pods under ${await this.level(namespace)} (service account ${String(at(driver, 'spec', 'serviceAccountName'))}, requests = limits as sized, web identity: ${stsCalls} STS calls); ${facts.join(', ')}, event log ${eventLog.length} files`;
  }

  /** `npm run timeline -- <app> --from-file <pods.json>` on the pods the job had. */
  async timeline(app: string, namespace: string, pods: readonly Json[]): Promise<string> {
    const file = path.join(mkdtempSync(path.join(this.dir, 'timeline-')), 'pods.json');
    writeFileSync(file, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: pods }));
    const result = await run(
      'node',
      [
        '--import',
        'tsx',
        path.join(PROJECT_ROOT, 'scripts', 'timeline.ts'),
        app,
        '--namespace',
        namespace,
        '--from-file',
        file,
      ],
      {
        cwd: PROJECT_ROOT,
      },
    );
    return result.stdout.trim();
  }

  /** The history server lists every finished application, through its Service, as a user's port-forward would. */
  async historyServer(service: { namespace: string; name: string; port: number }): Promise<string> {
    const svc = await this.cp.get(`/api/v1/namespaces/${service.namespace}/services/${service.name}`);
    const ip = String(at(svc, 'spec', 'clusterIP'));
    const wanted = this.runs.map((r) => r.sparkAppId).filter((id): id is string => Boolean(id));
    let listed: string[] = [];
    await this.cp.waitFor(`the history server to list ${wanted.join(', ')}`, 120_000, async () => {
      const response = await fetch(`http://${ip}:${service.port}/api/v1/applications`, {
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) return false;
      listed = ((await response.json()) as { id: string }[]).map((a) => a.id);
      return wanted.every((id) => listed.includes(id));
    });
    return `GET http://${ip}:${service.port}/api/v1/applications (Service ${service.namespace}/${service.name}) lists ${wanted.length} finished applications: ${wanted.join(', ')}`;
  }

  /**
   * A copy of the first job with a driver that breaks `restricted` (allowPrivilegeEscalation: true) fails as a check
   * naming that field within the bounded wait, not a hang.
   */
  async rejectedPod(): Promise<string> {
    return this.probe(
      'pod-security-probe',
      (spec) => {
        const driver = spec.driver as Json;
        driver.securityContext = { ...((driver.securityContext ?? {}) as Json), allowPrivilegeEscalation: true };
      },
      (message) => /violates PodSecurity/.test(message) && /allowPrivilegeEscalation/.test(message),
      'a driver with allowPrivilegeEscalation: true',
    );
  }

  /**
   * A copy of the first job whose driver's service account may not create pods (its own Role without `create` on
   * pods) fails naming the missing permission.
   */
  async missingPermission(): Promise<string> {
    const first = this.manifests[0];
    const { namespace } = first.object.metadata as { namespace: string };
    const account = 'spark-without-pod-create';
    for (const object of [
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: account, namespace } },
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'Role',
        metadata: { name: account, namespace },
        rules: [
          {
            apiGroups: [''],
            resources: ['pods', 'services', 'configmaps', 'persistentvolumeclaims'],
            verbs: ['get', 'list', 'watch', 'delete'],
          },
        ],
      },
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: account, namespace },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: account },
        subjects: [{ kind: 'ServiceAccount', name: account, namespace }],
      },
    ]) {
      await this.cp.kubectl(['apply', '--server-side', '--field-manager=integration-probe', '-f', '-'], {
        input: JSON.stringify(object),
      });
    }
    try {
      return await this.probe(
        'rbac-probe',
        (spec) => {
          (spec.driver as Json).serviceAccount = account;
          (spec.executor as Json).serviceAccount = account;
        },
        (message) =>
          /forbidden/i.test(message) && /cannot create resource "?(pods|services|configmaps)"?/.test(message),
        `a driver whose service account may not create pods, services or config maps`,
      );
    } finally {
      for (const kind of ['rolebinding', 'role', 'serviceaccount'])
        await this.cp.kubectl(['delete', kind, account, '-n', namespace, '--ignore-not-found']);
    }
  }

  private async probe(
    name: string,
    edit: (spec: Json) => void,
    recognized: (message: string) => boolean,
    what: string,
  ): Promise<string> {
    const first = this.manifests[0];
    if (!first) throw new Error('no SparkApplication to copy');
    const source = first.object;
    const spec = structuredClone(
      (source.kind === 'ScheduledSparkApplication' ? at(source, 'spec', 'template') : source.spec) as Json,
    );
    edit(spec);
    spec.restartPolicy = { type: 'Never' };
    const { namespace } = source.metadata as { namespace: string };
    const object = {
      apiVersion: 'sparkoperator.k8s.io/v1beta2',
      kind: 'SparkApplication',
      metadata: { name, namespace },
      spec,
    };
    const applied = await this.cp.kubectl(['apply', '--server-side', '--field-manager=integration-probe', '-f', '-'], {
      input: JSON.stringify(object),
      okCodes: [0, 1],
    });
    if (applied.code !== 0) throw new Error(`the probe SparkApplication was not accepted: ${applied.stderr}`);
    const started = Date.now();
    try {
      await this.runToEnd(
        namespace,
        name,
        (attribute) => ({ stack: first.stack, resource: first.address, attribute }),
        5 * 60_000,
      );
    } catch (error) {
      const message = error instanceof CheckError ? error.message : '';
      if (recognized(message)) {
        const line = message.split('\n').find((l) => recognized(l) || /forbidden|violates/i.test(l)) ?? message;
        log(`probe ${name}: ${line.trim().slice(0, 400)}`);
        return `${what} fails as a check naming it after ${seconds(Date.now() - started)}`;
      }
      throw new Error(`the probe failed, but not naming what it broke: ${String(error)}`);
    } finally {
      await this.cp.kubectl([
        'delete',
        'sparkapplication',
        name,
        '-n',
        namespace,
        '--ignore-not-found',
        '--wait=true',
        '--timeout=120s',
      ]);
    }
    throw new Error(`${what} completed`);
  }
}

/**
 * What a failed driver's log says: its most telling line (a Java stack trace's cause is at its top, not at the end
 * of the log) and its last lines.
 */
export function failureLines(log_: string, tail = 10): string {
  const lines = log_.split('\n');
  // The API server's refusal names what was missing; else the first exception, else the first error.
  const first = [/cannot create resource|violates PodSecurity/, /forbidden/, /Exception/, /ERROR|Error:/]
    .map((pattern) => lines.find((line) => pattern.test(line)))
    .find(Boolean);
  const last = lines.slice(-tail);
  return [...(first && !last.includes(first) ? [first, '…'] : []), ...last].join('\n');
}

/** A Kubernetes memory quantity in MiB (`1433Mi`, `2Gi`, bytes). */
function mib(quantity: unknown): number | undefined {
  const match = /^(\d+)(Mi|Gi|Ki|M|G|k)?$/.exec(String(quantity));
  if (!match) return undefined;
  const factor: Record<string, number> = {
    Ki: 1 / 1024,
    Mi: 1,
    Gi: 1024,
    k: 1000 / 1048576,
    M: 1e6 / 1048576,
    G: 1e9 / 1048576,
  };
  return Number(match[1]) * (match[2] ? factor[match[2]] : 1 / 1048576);
}

function cpuMilli(quantity: unknown): number {
  const text = String(quantity);
  return text.endsWith('m') ? Number(text.slice(0, -1)) : Number(text) * 1000;
}

/**
 * A driver or executor pod held against its SparkApplication spec and the Fargate sizing of src/fargate/sizing.ts:
 * service account, labels, the security contexts (from the operator's webhook), requests = limits as sized, and the
 * IRSA settings EKS's pod identity webhook injects.
 */
function checkPod(pod: Json, spec: Json, role: 'driver' | 'executor', item: Applied, specPath: string): Problem[] {
  const problems: Problem[] = [];
  const wanted = (spec[role] ?? {}) as Json;
  const name = String(at(pod, 'metadata', 'name'));
  const where = (attribute: string) => ({
    stack: item.stack,
    resource: item.address,
    attribute: `${specPath}.${role}.${attribute}`,
  });
  if (at(pod, 'spec', 'serviceAccountName') !== wanted.serviceAccount)
    problems.push({
      message: `${name} runs as ServiceAccount ${String(at(pod, 'spec', 'serviceAccountName'))}`,
      location: where('serviceAccount'),
    });
  const labels = (at(pod, 'metadata', 'labels') ?? {}) as Json;
  for (const [key, value] of Object.entries((wanted.labels ?? {}) as Json)) {
    if (labels[key] !== value)
      problems.push({
        message: `${name} has label ${key}=${String(labels[key])}, expected ${String(value)}`,
        location: where(`labels.${key}`),
      });
  }
  const containerName = role === 'driver' ? 'spark-kubernetes-driver' : 'spark-kubernetes-executor';
  const container = ((at(pod, 'spec', 'containers') ?? []) as Json[]).find((c) => c.name === containerName);
  if (!container) return [...problems, { message: `${name} has no ${containerName} container`, location: where('') }];
  for (const [field, actual, wantedContext] of [
    ['securityContext', container.securityContext, wanted.securityContext],
    ['podSecurityContext', at(pod, 'spec', 'securityContext'), wanted.podSecurityContext],
  ] as const) {
    for (const [key, value] of Object.entries((wantedContext ?? {}) as Json)) {
      const got = (actual as Json | undefined)?.[key];
      if (!isDeepStrictEqual(got, value))
        problems.push({
          message: `${name} has ${key}=${JSON.stringify(got)}, the spec sets ${JSON.stringify(value)}`,
          location: where(`${field}.${key}`),
        });
    }
  }
  const requests = (at(container, 'resources', 'requests') ?? {}) as Json;
  const limits = (at(container, 'resources', 'limits') ?? {}) as Json;
  const expected = podRequest(
    {
      cores: Number(wanted.cores ?? 1),
      coreRequest: wanted.coreRequest as string | undefined,
      memory: String(wanted.memory),
      memoryOverhead: wanted.memoryOverhead as string | undefined,
      memoryOverheadFactor: spec.memoryOverheadFactor !== undefined ? Number(spec.memoryOverheadFactor) : undefined,
    },
    (spec.type ?? 'Python') as ApplicationType,
  );
  if (String(requests.cpu) !== String(limits.cpu) || cpuMilli(requests.cpu) !== Math.round(expected.vcpu * 1000))
    problems.push({
      message: `${name} CPU request ${String(requests.cpu)} / limit ${String(limits.cpu)}, the sizing expects ${expected.vcpu} vCPU for both`,
      location: where('coreRequest'),
    });
  if (mib(requests.memory) !== expected.memoryMiB || String(requests.memory) !== String(limits.memory))
    problems.push({
      message: `${name} memory request ${String(requests.memory)} / limit ${String(limits.memory)}, the sizing expects ${expected.memoryMiB}Mi for both`,
      location: where('memory'),
    });
  const env = new Map(((container.env ?? []) as { name: string; value?: string }[]).map((e) => [e.name, e.value]));
  for (const variable of ['AWS_ROLE_ARN', 'AWS_WEB_IDENTITY_TOKEN_FILE']) {
    if (!env.get(variable))
      problems.push({
        message: `${name} has no ${variable}: the pod identity webhook did not inject its IRSA settings`,
        location: where('serviceAccount'),
      });
  }
  return problems;
}
