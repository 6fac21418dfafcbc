/**
 * A real node for the local control plane: Debian's containerd and runc with its own root, state and socket,
 * Debian's CNI plugins on a bridge of the suite's own, kubelet and kube-proxy of the control plane's minor. Pods run
 * for real, under the namespace's Pod Security level, and reach each other, Services and the node's address only.
 *
 * Traffic stays on this machine: pod, Service and node addresses come from 198.18.0.0/15 (the benchmarking range,
 * RFC 2544, which no real host uses; this machine's own network is 203.0.113.0/24); pods get no default route (only
 * 198.18.0.0/15, through the node), nothing is masqueraded, and CoreDNS answers cluster.local only.
 *
 * What the node changes on the machine, recorded before and put back by `stop()` whatever happened: the sysctls
 * kubelet and the node set (ip_forward, vm.overcommit_memory, kernel.panic, kernel.panic_on_oops,
 * route_localnet), kube-proxy's and kubelet's iptables chains (`kube-proxy --cleanup`, then any KUBE-* chain left),
 * the bridge, the pods' network namespaces and mounts, kubelet's files outside its root (device plugins, CNI result
 * cache, /var/log/containers and /var/log/pods), and the cgroups the pods used.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { run } from '../lib/exec';
import { freePort, sleep } from '../lib/net';
import { Component, Processes } from '../lib/processes';
import { ensureDebs } from '../tools/debian';
import { DockerTools } from './docker';
import { Pki } from './pki';

/** The node's network: the bridge and its address (the node's InternalIP, where the API server listens too). */
export const NODE_NETWORK = {
  bridge: 'spark-eks0',
  nodeIp: '198.18.0.1',
  podSubnet: '198.18.0.0/24',
  serviceSubnet: '198.18.1.0/24',
  /** The first address of the Service range: the `kubernetes` Service. */
  apiServiceIp: '198.18.1.1',
  /** kube-dns, as EKS's CoreDNS add-on names its Service. */
  dnsServiceIp: '198.18.1.10',
  /** What pods can reach: the pod and Service ranges, through the node. */
  routed: '198.18.0.0/15',
} as const;

export const NODE_NAME = 'fargate-spark-eks-node';

/** Debian packages the node runs with: the CNI plugins, iptables (nft) and conntrack for kube-proxy. */
export const NODE_PINS = {
  'containernetworking-plugins': '1.1.1+ds1-3+b5',
  iptables: '1.8.9-2',
  libip4tc2: '1.8.9-2',
  libip6tc2: '1.8.9-2',
  libxtables12: '1.8.9-2',
  libnftnl11: '1.2.4-2',
  'libnetfilter-conntrack3': '1.0.9-3',
  libnfnetlink0: '1.0.2-2',
  'libnetfilter-cttimeout1': '1.0.1-1',
  'libnetfilter-cthelper0': '1.0.1-1',
  'libnetfilter-queue1': '1.0.5-3',
  conntrack: '1:1.4.7-1+b2',
} as const;

export interface NodeTools {
  readonly root: string;
  readonly cniBin: string;
  /** PATH and library settings for iptables and conntrack from the unpacked packages. */
  readonly env: NodeJS.ProcessEnv;
}

export async function ensureNodeTools(docker: DockerTools): Promise<NodeTools> {
  const { root } = await ensureDebs('node', NODE_PINS);
  const bin = path.join(root, 'spark-eks-bin');
  mkdirSync(bin, { recursive: true });
  // Debian's iptables picks its backend with update-alternatives, which an unpacked package has not run: the nft
  // backend (this kernel has nf_tables), as bookworm's default.
  for (const name of [
    'iptables',
    'iptables-save',
    'iptables-restore',
    'ip6tables',
    'ip6tables-save',
    'ip6tables-restore',
  ]) {
    const link = path.join(bin, name);
    if (!existsSync(link)) execFileSync('ln', ['-s', path.join(root, 'usr', 'sbin', 'xtables-nft-multi'), link]);
  }
  const lib = path.join(root, 'usr', 'lib', 'x86_64-linux-gnu');
  const env: NodeJS.ProcessEnv = {
    PATH: [bin, path.join(root, 'usr', 'sbin'), docker.path].join(path.delimiter),
    LD_LIBRARY_PATH: lib,
    XTABLES_LIBDIR: path.join(lib, 'xtables'),
  };
  const version = (
    await run(path.join(bin, 'iptables'), ['--version'], { env: { ...process.env, ...env } })
  ).stdout.trim();
  if (!/nf_tables/.test(version))
    throw new Error(`the unpacked iptables reports "${version}", expected the nf_tables backend`);
  return { root, cniBin: path.join(root, 'usr', 'lib', 'cni'), env };
}

function readSysctl(name: string): string {
  return readFileSync(`/proc/sys/${name.replace(/\./g, '/')}`, 'utf8').trim();
}

function writeSysctl(name: string, value: string): void {
  writeFileSync(`/proc/sys/${name.replace(/\./g, '/')}`, `${value}\n`);
}

/** The sysctls the node (kubelet, kube-proxy, the bridge plugin and we) may change. */
const SYSCTLS = [
  'net.ipv4.ip_forward',
  'vm.overcommit_memory',
  'kernel.panic',
  'kernel.panic_on_oops',
  'net.ipv4.conf.all.route_localnet',
];

/** Files kubelet and the CNI library write outside the folders we give them. */
const OUTSIDE = ['/var/lib/kubelet', '/var/log/containers', '/var/log/pods', '/var/lib/cni', '/run/netns'];
// /run/containerd (its shims' sockets) is the Docker engine's to remove: both runtimes use it.

function ip(args: readonly string[], ok = false): void {
  try {
    execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    if (!ok) throw error;
  }
}

export interface NodeOptions {
  readonly dir: string;
  readonly pki: Pki;
  /** kubelet, kube-proxy of the control plane's minor. */
  readonly kubelet: string;
  readonly kubeProxy: string;
  readonly kubeconfig: (user: string, cert: string, key: string) => string;
  readonly minor: string;
  /** Registries containerd pulls from: host → CA file, login, and the hosts it mirrors (the chart's image registry). */
  readonly registry: { host: string; username: string; password: string; caFile: string; mirrors: readonly string[] };
  /** An image archive (`docker save`) with the sandbox image, imported into containerd. */
  readonly pauseArchive: string;
  readonly pauseImage: string;
}

export class Node {
  readonly processes: Processes;
  private readonly saved = new Map<string, string>();
  private readonly outsideBefore = new Set(OUTSIDE.filter((dir) => existsSync(dir)));
  private cgroupsBefore = new Set<string>();
  private containerd?: Component;
  private kubeletProcess?: Component;
  private proxy?: Component;
  readonly containerdSocket: string;

  constructor(
    readonly tools: NodeTools,
    readonly docker: DockerTools,
    readonly options: NodeOptions,
  ) {
    this.processes = new Processes(path.join(options.dir, 'logs'));
    this.containerdSocket = path.join(options.dir, 'containerd', 'containerd.sock');
  }

  /** The node's processes, for waits to fail early when one exits. */
  processesToWatch(): Component[] {
    return [this.containerd, this.kubeletProcess, this.proxy].filter((c): c is Component => c !== undefined);
  }

  private env(): NodeJS.ProcessEnv {
    return { ...process.env, ...this.tools.env };
  }

  /** The bridge with the node's address, before the API server binds it. */
  network(): void {
    for (const name of SYSCTLS) this.saved.set(name, readSysctl(name));
    this.cgroupsBefore = new Set(kubeCgroups());
    ip(['link', 'del', NODE_NETWORK.bridge], true);
    ip(['link', 'add', NODE_NETWORK.bridge, 'type', 'bridge']);
    ip(['addr', 'add', `${NODE_NETWORK.nodeIp}/24`, 'dev', NODE_NETWORK.bridge]);
    ip(['link', 'set', NODE_NETWORK.bridge, 'up']);
    // Routing between pods and Services (kube-proxy's DNAT) happens on this machine: forwarding on while the node
    // runs. Pods have no default route, so nothing is forwarded off the machine.
    writeSysctl('net.ipv4.ip_forward', '1');
  }

  /** containerd with the CRI plugin, the sandbox image imported; kubelet; kube-proxy. Waits for the node Ready. */
  async start(
    waitReady: (what: string, timeoutMs: number, probe: () => Promise<boolean>, watch: Component[]) => Promise<void>,
  ): Promise<void> {
    const { dir, pki, registry } = this.options;
    const containerdDir = path.join(dir, 'containerd');
    const cniConf = path.join(dir, 'cni');
    const certsD = path.join(containerdDir, 'certs.d');
    mkdirSync(cniConf, { recursive: true });
    writeFileSync(
      path.join(cniConf, '10-spark-eks.conflist'),
      JSON.stringify({
        cniVersion: '1.0.0',
        name: 'spark-eks',
        plugins: [
          {
            type: 'bridge',
            bridge: NODE_NETWORK.bridge,
            // The bridge has its address already; the plugin adds no gateway route and masquerades nothing.
            isGateway: false,
            ipMasq: false,
            hairpinMode: true,
            ipam: {
              type: 'host-local',
              dataDir: path.join(dir, 'cni-ipam'),
              ranges: [[{ subnet: NODE_NETWORK.podSubnet, rangeStart: '198.18.0.10', gateway: NODE_NETWORK.nodeIp }]],
              routes: [{ dst: NODE_NETWORK.routed, gw: NODE_NETWORK.nodeIp }],
            },
          },
          { type: 'loopback' },
        ],
      }),
    );
    for (const host of [registry.host, ...registry.mirrors]) {
      const hostDir = path.join(certsD, host);
      mkdirSync(hostDir, { recursive: true });
      writeFileSync(
        path.join(hostDir, 'hosts.toml'),
        `server = "https://${host}"\n\n[host."https://${registry.host}"]\n  capabilities = ["pull", "resolve"]\n  ca = "${registry.caFile}"\n`,
      );
    }
    const runc = path.join(path.dirname(this.docker.dockerd), 'runc');
    const config = path.join(containerdDir, 'config.toml');
    writeFileSync(
      config,
      [
        'version = 2',
        `root = "${path.join(containerdDir, 'root')}"`,
        `state = "${path.join(containerdDir, 'state')}"`,
        '[grpc]',
        `  address = "${this.containerdSocket}"`,
        '[plugins."io.containerd.grpc.v1.cri"]',
        `  sandbox_image = "${this.options.pauseImage}"`,
        // Required here: without it every sandbox fails (runc cannot write oom_score_adj as this root may not).
        '  restrict_oom_score_adj = true',
        '  disable_apparmor = true',
        '  [plugins."io.containerd.grpc.v1.cri".containerd]',
        '    snapshotter = "overlayfs"',
        '    default_runtime_name = "runc"',
        '    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]',
        '      runtime_type = "io.containerd.runc.v2"',
        '      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]',
        '        SystemdCgroup = false',
        `        BinaryName = "${runc}"`,
        '  [plugins."io.containerd.grpc.v1.cri".cni]',
        `    bin_dir = "${this.tools.cniBin}"`,
        `    conf_dir = "${cniConf}"`,
        '  [plugins."io.containerd.grpc.v1.cri".registry]',
        `    config_path = "${certsD}"`,
        // The node's pull credentials, standing in for the pod execution role's ECR pull.
        `    [plugins."io.containerd.grpc.v1.cri".registry.configs."${registry.host}".auth]`,
        `      username = "${registry.username}"`,
        `      password = "${registry.password}"`,
        '',
      ].join('\n'),
    );
    const containerd = path.join(path.dirname(this.docker.docker), 'containerd');
    this.containerd = this.processes.spawn('containerd', containerd, ['--config', config, '--log-level', 'warn'], {
      env: this.env(),
    });
    const ctr = (args: readonly string[]) =>
      run(
        path.join(path.dirname(this.docker.docker), 'ctr'),
        ['--address', this.containerdSocket, '--namespace', 'k8s.io', ...args],
        {
          env: this.env(),
          timeoutMs: 5 * 60_000,
        },
      );
    await waitReady('containerd', 30_000, async () => (await ctr(['version'])).code === 0, [this.containerd]);
    await ctr(['images', 'import', '--no-unpack=false', this.options.pauseArchive]);

    // kubelet: its client certificate as system:node:<name> (Node authorization), a serving certificate.
    await pki.sign(
      'kubelet',
      `/O=system:nodes/CN=system:node:${NODE_NAME}`,
      'extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n',
    );
    await pki.sign(
      'kubelet-serving',
      `/CN=${NODE_NAME}`,
      `subjectAltName=IP:${NODE_NETWORK.nodeIp},DNS:${NODE_NAME}\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n`,
    );
    await pki.sign(
      'kube-proxy',
      '/CN=system:kube-proxy',
      'extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n',
    );
    const kubeletDir = path.join(dir, 'kubelet');
    mkdirSync(kubeletDir, { recursive: true });
    const resolvConf = path.join(dir, 'resolv.conf');
    // No host resolver reaches the pods: CoreDNS (cluster.local) is all they get.
    writeFileSync(resolvConf, '');
    const kubeletConfig = path.join(dir, 'kubelet-config.yaml');
    writeFileSync(
      kubeletConfig,
      stringify({
        apiVersion: 'kubelet.config.k8s.io/v1beta1',
        kind: 'KubeletConfiguration',
        address: NODE_NETWORK.nodeIp,
        port: await freePort(),
        healthzBindAddress: '127.0.0.1',
        healthzPort: await freePort(),
        readOnlyPort: 0,
        authentication: {
          anonymous: { enabled: false },
          webhook: { enabled: true },
          x509: { clientCAFile: pki.caCert },
        },
        authorization: { mode: 'Webhook' },
        tlsCertFile: pki.file('kubelet-serving.crt'),
        tlsPrivateKeyFile: pki.file('kubelet-serving.key'),
        cgroupDriver: 'cgroupfs',
        // This machine has cgroup v1 hierarchies: 1.35 and later refuse them unless told.
        failCgroupV1: false,
        failSwapOn: false,
        // One node packs the pods Fargate gives a node each, so the derived config shrinks their CPU to fit
        // (deploy/fit-node.ts). The pods keep requests = limits as sized; without CFS quotas a limit does not
        // throttle a JVM to its share while the node's other pods idle. Memory limits stay enforced.
        cpuCFSQuota: false,
        clusterDNS: [NODE_NETWORK.dnsServiceIp],
        clusterDomain: 'cluster.local',
        resolvConf,
        podLogsDir: path.join(dir, 'pod-logs'),
        containerRuntimeEndpoint: `unix://${this.containerdSocket}`,
        imageGCHighThresholdPercent: 100,
        evictionHard: { 'memory.available': '100Mi', 'nodefs.available': '1%', 'imagefs.available': '1%' },
        serializeImagePulls: false,
        maxPods: 110,
        cgroupsPerQOS: true,
        enforceNodeAllocatable: ['pods'],
        // The kubelet sets these kernel defaults; they are put back at stop.
        protectKernelDefaults: false,
        makeIPTablesUtilChains: false,
      }),
    );
    const kubeletKubeconfig = this.options.kubeconfig('kubelet', pki.file('kubelet.crt'), pki.file('kubelet.key'));
    this.kubeletProcess = this.processes.spawn(
      'kubelet',
      this.options.kubelet,
      [
        `--config=${kubeletConfig}`,
        `--kubeconfig=${kubeletKubeconfig}`,
        `--root-dir=${kubeletDir}`,
        `--hostname-override=${NODE_NAME}`,
        `--node-ip=${NODE_NETWORK.nodeIp}`,
        '--node-labels=eks.amazonaws.com/compute-type=fargate',
        `--cert-dir=${path.join(dir, 'kubelet-certs')}`,
        '--v=1',
      ],
      { env: this.env() },
    );
    const proxyConfig = path.join(dir, 'kube-proxy.yaml');
    const proxyKubeconfig = this.options.kubeconfig(
      'kube-proxy',
      pki.file('kube-proxy.crt'),
      pki.file('kube-proxy.key'),
    );
    writeFileSync(
      proxyConfig,
      stringify({
        apiVersion: 'kubeproxy.config.k8s.io/v1alpha1',
        kind: 'KubeProxyConfiguration',
        mode: 'iptables',
        clientConnection: { kubeconfig: proxyKubeconfig },
        hostnameOverride: NODE_NAME,
        bindAddress: NODE_NETWORK.nodeIp,
        healthzBindAddress: `127.0.0.1:${await freePort()}`,
        metricsBindAddress: `127.0.0.1:${await freePort()}`,
        clusterCIDR: NODE_NETWORK.podSubnet,
        // No conntrack or localnet changes beyond what routing needs: 0 keeps the machine's values.
        conntrack: { maxPerCore: 0, min: 0, tcpEstablishedTimeout: '0s', tcpCloseWaitTimeout: '0s' },
        iptables: { localhostNodePorts: false, masqueradeAll: false },
        nodePortAddresses: [`${NODE_NETWORK.nodeIp}/32`],
      }),
    );
    this.proxy = this.processes.spawn('kube-proxy', this.options.kubeProxy, [`--config=${proxyConfig}`, '--v=1'], {
      env: this.env(),
    });
  }

  /** kube-proxy's and kubelet's iptables chains, as `iptables-save` lists them. */
  private async kubeChains(): Promise<string[]> {
    const out: string[] = [];
    for (const save of ['iptables-save', 'ip6tables-save']) {
      const result = await run(save, [], { env: this.env(), okCodes: [0, 1, 2] }).catch(() => undefined);
      for (const line of (result?.stdout ?? '').split('\n')) {
        const chain = /^:(KUBE-\S+)/.exec(line)?.[1];
        if (chain) out.push(`${save.startsWith('ip6') ? 'ip6' : 'ip4'} ${chain}`);
      }
    }
    return out;
  }

  async stop(): Promise<string[]> {
    const restored: string[] = [];
    const env = this.env();
    // Pods first: stop every sandbox, so their mounts, network namespaces and cgroups go with them.
    if (this.containerd && this.containerd.exited === undefined) {
      const ctr = (args: string[]) =>
        run(
          path.join(path.dirname(this.docker.docker), 'ctr'),
          ['--address', this.containerdSocket, '--namespace', 'k8s.io', ...args],
          {
            env,
            okCodes: [0, 1],
          },
        ).catch(() => undefined);
      const tasks = await ctr(['tasks', 'list', '-q']);
      for (const id of (tasks?.stdout ?? '').split('\n').filter(Boolean))
        await ctr(['tasks', 'kill', '-s', 'SIGKILL', id]);
      await sleep(1_000);
      for (const id of (tasks?.stdout ?? '').split('\n').filter(Boolean)) await ctr(['tasks', 'delete', '-f', id]);
    }
    for (const component of [this.proxy, this.kubeletProcess])
      if (component) await this.processes.stopComponent(component);
    // Whatever still runs in the pods' cgroups, and containerd's shims (they leave containerd's process group), end
    // here: a pod process or shim left behind would keep its mounts and cgroups.
    const leftovers = new Set([
      ...kubeCgroups().flatMap((dir) => processesUnder(dir)),
      ...shimsOf(this.containerdSocket),
    ]);
    for (const pid of leftovers) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }
    if (leftovers.size) {
      restored.push(`${leftovers.size} pod processes and shims ended`);
      await sleep(1_000);
    }
    await run(this.options.kubeProxy, ['--cleanup'], { env, okCodes: [0, 1, 255] }).catch(() => undefined);
    // Whatever KUBE-* chain is left (kubelet's KUBE-FIREWALL and the like): the jumps to it deleted, then the chain.
    for (const family of ['iptables', 'ip6tables'] as const) {
      const saved = (await run(`${family}-save`, [], { env, okCodes: [0, 1, 2] }).catch(() => undefined))?.stdout ?? '';
      let table = 'filter';
      const chains: [string, string][] = [];
      for (const line of saved.split('\n')) {
        if (line.startsWith('*')) table = line.slice(1);
        const chain = /^:(KUBE-\S+)/.exec(line)?.[1];
        if (chain) chains.push([table, chain]);
        const rule = /^-A (\S+) (.*-j KUBE-\S+.*)$/.exec(line);
        if (rule && !rule[1].startsWith('KUBE-'))
          await run(
            family,
            [
              '-t',
              table,
              '-D',
              rule[1],
              ...(rule[2].match(/"[^"]*"|\S+/g) ?? []).map((word) => word.replace(/^"(.*)"$/, '$1')),
            ],
            { env, okCodes: [0, 1, 2, 4] },
          ).catch(() => undefined);
      }
      for (const flag of ['-F', '-X'])
        for (const [chainTable, chain] of chains)
          await run(family, ['-t', chainTable, flag, chain], { env, okCodes: [0, 1, 2, 4] }).catch(() => undefined);
    }
    const left = await this.kubeChains();
    if (left.length === 0) restored.push('iptables: no KUBE-* chain left');
    if (this.containerd) await this.processes.stopComponent(this.containerd);
    // kubelet bind-mounts its root dir onto itself, and pods leave mounts under it: unmount all, deepest first.
    const mounts = readFileSync('/proc/self/mounts', 'utf8')
      .split('\n')
      .map((line) => line.split(' ')[1])
      .filter(
        (mount): mount is string =>
          Boolean(mount) && (mount.startsWith(this.options.dir) || mount.startsWith('/run/netns/cni-')),
      )
      .sort((a, b) => b.length - a.length);
    for (const mount of mounts) {
      try {
        execFileSync('umount', ['-l', mount], { stdio: 'ignore' });
      } catch {
        // already gone
      }
    }
    restored.push(`${mounts.length} mounts unmounted`);
    // Absent when no pod sandbox was ever made (a node that failed early): the rest must still be put back.
    const netns = existsSync('/run/netns') ? readdirSync('/run/netns', { withFileTypes: true }) : [];
    for (const name of netns.filter((e) => e.name.startsWith('cni-'))) {
      ip(['netns', 'del', name.name], true);
    }
    ip(['link', 'del', NODE_NETWORK.bridge], true);
    restored.push(`bridge ${NODE_NETWORK.bridge} removed`);
    for (const [name, value] of this.saved) {
      if (readSysctl(name) !== value) {
        writeSysctl(name, value);
        restored.push(`${name} back to ${value}`);
      }
    }
    for (const dir of OUTSIDE)
      if (!this.outsideBefore.has(dir) && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    for (const cgroup of kubeCgroups()) if (!this.cgroupsBefore.has(cgroup)) removeTree(cgroup);
    return restored;
  }
}

/** The PIDs in a cgroup folder and below. */
function processesUnder(dir: string): number[] {
  const out: number[] = [];
  const walk = (current: string) => {
    try {
      out.push(...readFileSync(path.join(current, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean).map(Number));
    } catch {
      // no such file
    }
    for (const entry of readdirSync(current, { withFileTypes: true }))
      if (entry.isDirectory()) walk(path.join(current, entry.name));
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** containerd shims serving this containerd (their command line names its socket). */
function shimsOf(socket: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        return path.basename(args[0] ?? '').startsWith('containerd-shim') && args.includes(socket);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** The cgroup folders kubelet makes (kubepods) under each hierarchy. */
function kubeCgroups(): string[] {
  const root = '/sys/fs/cgroup';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .flatMap((hierarchy) => ['kubepods', 'kubepods.slice'].map((name) => path.join(root, hierarchy, name)))
    .filter((dir) => existsSync(dir));
}

function removeTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }))
    if (entry.isDirectory()) removeTree(path.join(dir, entry.name));
  try {
    rmdirSync(dir);
  } catch {
    // still in use: left
  }
}
