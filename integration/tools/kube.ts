import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { installOnce } from '../lib/cache';
import { run } from '../lib/exec';
import { INTEGRATION_ROOT } from '../lib/synth';
import { goBuild, goEnv } from './helm';

/**
 * The Kubernetes release built for each minor the configs may name (`cluster.kubernetesVersion`); each has its
 * wrapper module in tools/go/kube-<minor>, whose go.mod and go.sum pin it.
 */
export const KUBERNETES_RELEASES: Readonly<Record<string, string>> = {
  '1.34': '1.34.4',
  '1.36': '1.36.3',
};
/** Supported by both minors (Kubernetes 1.34 and 1.36 build against etcd 3.6); pinned in tools/go/etcd. */
export const ETCD_VERSION = '3.6.16';
/** The DNS server of the real node's cluster, standing in for EKS's CoreDNS add-on (no replace directives). */
export const COREDNS_VERSION = 'v1.14.7';
/** The chart's appVersion; pinned in tools/go/spark-operator. */
export const SPARK_OPERATOR_VERSION = 'v2.5.2';
/** The Spark of the operator image (its Dockerfile's base image), whose spark-submit the operator runs. */
export const OPERATOR_SPARK_VERSION = '4.0.4';

const GO_ROOT = path.join(INTEGRATION_ROOT, 'tools', 'go');
/** Each build is bounded; a cold kube-apiserver takes minutes on two cores. */
const BUILD_TIMEOUT_MS = 45 * 60_000;

export interface KubeTools {
  readonly minor: string;
  readonly kubernetesVersion: string;
  readonly kubeApiserver: string;
  /** Every default controller: namespaces, Deployments and ReplicaSets, service accounts' tokens, garbage collection. */
  readonly kubeControllerManager: string;
  readonly kubectl: string;
  /** The node: scheduler, kubelet and kube-proxy of the same minor (Kubernetes' version skew policy). */
  readonly kubeScheduler: string;
  readonly kubelet: string;
  readonly kubeProxy: string;
  readonly etcd: string;
  readonly coredns: string;
  readonly operator: string;
  /** Staging modules of k8s.io/kubernetes that the wrapper module maps to published versions (all of them). */
  readonly stagingModules: number;
  /** Which of them were built now rather than found in the cache. */
  readonly builtNow: readonly string[];
  /** Seconds each build took, for those built now. */
  readonly buildSeconds: Readonly<Record<string, number>>;
}

function sha256(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/**
 * The key of a wrapper module's build: its files and the build recipe (packages, stamps), so a changed pin or flag
 * builds anew, while an edit elsewhere in this file does not cost a rebuild of kube-apiserver.
 */
function moduleKey(dir: string, files: readonly string[], recipe: readonly string[]): string {
  return sha256(...files.map((file) => readFileSync(path.join(dir, file))), JSON.stringify(recipe)).slice(0, 12);
}

/** kube-apiserver's link alone takes gigabytes at the default parallelism: one package at a time. */
function goBuildOneByOne(moduleDir: string, out: string, pkg: string, ldflags: string): Promise<unknown> {
  return goBuild(moduleDir, out, [pkg], {
    stamps: ldflags ? [ldflags] : [],
    onePackageAtATime: true,
    timeoutMs: BUILD_TIMEOUT_MS,
  });
}

/** The module path and version the Go toolchain recorded in a binary (`go version -m`). */
async function builtFrom(bin: string): Promise<Map<string, string>> {
  const { stdout } = await run('go', ['version', '-m', bin], { env: goEnv() });
  const out = new Map<string, string>();
  for (const fields of stdout.split('\n').map((line) => line.trim().split(/\s+/))) {
    if (fields[0] === 'dep' || fields[0] === 'mod') out.set(fields[1], fields[2]);
    // A replaced module is listed as `dep path v0.0.0` followed by `=> path version`.
    if (fields[0] === '=>') out.set(fields[1], fields[2]);
  }
  return out;
}

async function expectModule(bin: string, module: string, version: string): Promise<void> {
  const found = (await builtFrom(bin)).get(module);
  if (found !== version) throw new Error(`${bin} was built from ${module}@${found ?? 'nothing'}, expected ${version}`);
}

/**
 * The wrapper module must replace every staging module k8s.io/kubernetes replaces by a folder, with its published
 * `v0.<minor>.<patch>`: one left out resolves to the `v0.0.0` that k8s.io/kubernetes requires, which does not exist.
 */
async function checkStagingReplaces(moduleDir: string, version: string): Promise<number> {
  const { stdout } = await run('go', ['mod', 'download', '-json', `k8s.io/kubernetes@v${version}`], {
    env: goEnv(),
    timeoutMs: 10 * 60_000,
  });
  const upstream = replaces(readFileSync((JSON.parse(stdout) as { GoMod: string }).GoMod, 'utf8'));
  const ours = replaces(readFileSync(path.join(moduleDir, 'go.mod'), 'utf8'));
  const published = `v0.${version.split('.').slice(1).join('.')}`;
  const wrong: string[] = [];
  for (const [module, target] of upstream) {
    if (!target.startsWith('./staging/')) continue;
    const mapped = ours.get(module);
    if (mapped !== `${module} ${published}`) wrong.push(`${module} => ${mapped ?? 'nothing'}`);
  }
  if (wrong.length > 0) {
    throw new Error(
      `${path.relative(INTEGRATION_ROOT, moduleDir)}/go.mod does not map these staging modules to ${published}: ${wrong.join(', ')}`,
    );
  }
  return [...upstream.values()].filter((target) => target.startsWith('./staging/')).length;
}

/** `replace` lines of a go.mod, both forms (single line and block), as module → `target [version]`. */
function replaces(goMod: string): Map<string, string> {
  const out = new Map<string, string>();
  let inBlock = false;
  for (const raw of goMod.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (line === 'replace (') inBlock = true;
    else if (inBlock && line === ')') inBlock = false;
    else {
      const body = inBlock ? line : line.startsWith('replace ') ? line.slice('replace '.length) : undefined;
      const match = body ? /^(\S+)(?:\s+\S+)?\s+=>\s+(.+)$/.exec(body) : null;
      if (match) out.set(match[1], match[2].trim());
    }
  }
  return out;
}

/** The Kubernetes commands of one minor: the control plane, the node (kubelet, kube-proxy) and kubectl. */
export const KUBERNETES_COMMANDS = [
  'kube-apiserver',
  'kube-controller-manager',
  'kube-scheduler',
  'kubectl',
  'kubelet',
  'kube-proxy',
] as const;

/**
 * Every Kubernetes command of one minor, in one `go build` (the packages they share compile once), with the version
 * stamps Kubernetes' own build sets.
 */
async function ensureKubernetes(minor: string, timings: Record<string, number>) {
  const version = KUBERNETES_RELEASES[minor];
  if (!version) {
    throw new Error(
      `no Kubernetes release pinned for minor ${minor} (integration/tools/kube.ts has ${Object.keys(KUBERNETES_RELEASES).join(', ')})`,
    );
  }
  const moduleDir = path.join(GO_ROOT, `kube-${minor}`);
  const stagingModules = await checkStagingReplaces(moduleDir, version);
  const stamps = ['k8s.io/component-base/version', 'k8s.io/client-go/pkg/version'].flatMap((pkg) => [
    `-X ${pkg}.gitVersion=v${version}`,
    `-X ${pkg}.gitMajor=${version.split('.')[0]}`,
    `-X ${pkg}.gitMinor=${version.split('.')[1]}`,
    `-X ${pkg}.gitTreeState=clean`,
  ]);
  const { dir, installedNow } = await installOnce(
    `kubernetes-${version}-${moduleKey(moduleDir, ['go.mod', 'go.sum'], [...KUBERNETES_COMMANDS, ...stamps])}`,
    async (target) => {
      const started = Date.now();
      // All six commands in one build, so they compile their shared packages once (measured: 268 s for 1.36.3).
      await goBuild(
        moduleDir,
        `${target}${path.sep}`,
        KUBERNETES_COMMANDS.map((command) => `k8s.io/kubernetes/cmd/${command}`),
        { stamps, timeoutMs: BUILD_TIMEOUT_MS },
      );
      timings[`kubernetes ${version} (${KUBERNETES_COMMANDS.length} commands)`] = Math.round(
        (Date.now() - started) / 1000,
      );
    },
  );
  const bin = (command: (typeof KUBERNETES_COMMANDS)[number]) => path.join(dir, command);
  const kubeApiserver = bin('kube-apiserver');
  const kubeControllerManager = bin('kube-controller-manager');
  const kubectl = bin('kubectl');
  for (const command of KUBERNETES_COMMANDS.filter((c) => c !== 'kubectl')) {
    const reported = (await run(bin(command), ['--version'])).stdout.trim();
    if (reported !== `Kubernetes v${version}`) throw new Error(`${bin(command)} reports "${reported}"`);
  }
  await expectModule(kubeApiserver, 'k8s.io/kubernetes', `v${version}`);
  const client = JSON.parse((await run(kubectl, ['version', '--client', '-o', 'json'])).stdout) as {
    clientVersion: { gitVersion: string };
  };
  if (client.clientVersion.gitVersion !== `v${version}`)
    throw new Error(`${kubectl} reports ${client.clientVersion.gitVersion}`);
  return {
    version,
    kubeApiserver,
    kubeControllerManager,
    kubectl,
    kubeScheduler: bin('kube-scheduler'),
    kubelet: bin('kubelet'),
    kubeProxy: bin('kube-proxy'),
    installedNow,
    stagingModules,
  };
}

async function ensureEtcd(timings: Record<string, number>) {
  const moduleDir = path.join(GO_ROOT, 'etcd');
  const { dir, installedNow } = await installOnce(
    `etcd-${ETCD_VERSION}-${moduleKey(moduleDir, ['go.mod', 'go.sum', 'main.go'], ['.'])}`,
    async (target) => {
      const started = Date.now();
      await goBuildOneByOne(moduleDir, path.join(target, 'etcd'), '.', '');
      timings[`etcd ${ETCD_VERSION}`] = Math.round((Date.now() - started) / 1000);
    },
  );
  const etcd = path.join(dir, 'etcd');
  const reported = (await run(etcd, ['--version'])).stdout;
  if (!new RegExp(`^etcd Version: ${ETCD_VERSION.replace(/\./g, '\\.')}$`, 'm').test(reported))
    throw new Error(`${etcd} reports ${reported.split('\n')[0]}`);
  await expectModule(etcd, 'go.etcd.io/etcd/server/v3', `v${ETCD_VERSION}`);
  return { etcd, installedNow };
}

/** CoreDNS from its module, verified by the checksum database as `go install` does, static (CGO off). */
export async function ensureCoreDns(): Promise<{ coredns: string; installedNow: boolean }> {
  const { dir, installedNow } = await installOnce(`coredns-${COREDNS_VERSION}`, async (target) => {
    await run('go', ['install', '-trimpath', '-ldflags=-s -w', `github.com/coredns/coredns@${COREDNS_VERSION}`], {
      env: { ...goEnv(), GOBIN: target },
      timeoutMs: BUILD_TIMEOUT_MS,
    });
  });
  const coredns = path.join(dir, 'coredns');
  await expectModule(coredns, 'github.com/coredns/coredns', COREDNS_VERSION);
  return { coredns, installedNow };
}

async function ensureOperator(timings: Record<string, number>) {
  const moduleDir = path.join(GO_ROOT, 'spark-operator');
  const pkg = 'github.com/kubeflow/spark-operator/v2/cmd/operator';
  // The stamps of the operator's own Makefile (`make build-operator`).
  const stamps = `-X k8s.io/component-base/version.gitVersion=${SPARK_OPERATOR_VERSION} -X k8s.io/component-base/version.gitTreeState=clean`;
  const { dir, installedNow } = await installOnce(
    `spark-operator-${SPARK_OPERATOR_VERSION}-${moduleKey(moduleDir, ['go.mod', 'go.sum'], [pkg, stamps])}`,
    async (target) => {
      const started = Date.now();
      await goBuildOneByOne(moduleDir, path.join(target, 'spark-operator'), pkg, stamps);
      timings[`spark-operator ${SPARK_OPERATOR_VERSION}`] = Math.round((Date.now() - started) / 1000);
    },
  );
  const operator = path.join(dir, 'spark-operator');
  await expectModule(operator, 'github.com/kubeflow/spark-operator/v2', SPARK_OPERATOR_VERSION);
  return { operator, installedNow };
}

/**
 * Everything the deploy stage's cluster runs, for one Kubernetes minor: built from pinned Go modules into the tool cache
 * once (each keyed by its wrapper module, so a changed pin rebuilds), then asked for its version every run.
 */
export async function ensureKubeTools(minor: string): Promise<KubeTools> {
  const timings: Record<string, number> = {};
  const kube = await ensureKubernetes(minor, timings);
  const etcd = await ensureEtcd(timings);
  const dns = await ensureCoreDns();
  const operator = await ensureOperator(timings);
  const builtNow = [
    kube.installedNow ? `kubernetes ${kube.version}` : undefined,
    etcd.installedNow ? 'etcd' : undefined,
    dns.installedNow ? 'coredns' : undefined,
    operator.installedNow ? 'spark-operator' : undefined,
  ].filter((name): name is string => name !== undefined);
  return {
    minor,
    kubernetesVersion: kube.version,
    stagingModules: kube.stagingModules,
    kubeApiserver: kube.kubeApiserver,
    kubeControllerManager: kube.kubeControllerManager,
    kubectl: kube.kubectl,
    kubeScheduler: kube.kubeScheduler,
    kubelet: kube.kubelet,
    kubeProxy: kube.kubeProxy,
    etcd: etcd.etcd,
    coredns: dns.coredns,
    operator: operator.operator,
    builtNow,
    buildSeconds: timings,
  };
}
