/**
 * Deploy for real, short of AWS: Terraform with the real kubernetes, helm and docker provider plugins applies the
 * platform and jobs stacks of each config to a local control plane, a real Docker engine builds and pushes every
 * image to a local registry, and the state lives in S3 (moto) with its lockfile. Then the real Spark Operator submits
 * every job from what Terraform applied, a second plan must be empty, a fresh runner's plan is counted, the state
 * lock is put to the test, and the stacks are destroyed.
 *
 * What stands in for AWS, and only that: moto for S3 and STS; the states of the data and core stacks (outputs only,
 * see deploy/remote-states.ts), which need the AWS provider to apply; the aws plugin (tools/go/aws-standin), which
 * answers data.aws_eks_cluster, data.aws_ecr_authorization_token and aws_s3_object from the local engines and refuses
 * every other type; the registry for ECR; a credential command for `aws eks get-token`. The override files change
 * connection settings only (deploy/overrides.ts), and are printed. The last stage of `npm run test:integration`
 * (alone: `npm run test:cluster`).
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { loadConfig, validateConfig } from '../../src/config/load';
import { EnvironmentConfig } from '../../src/config/schema';
import { clusterName } from '../../src/stacks/core-stack';
import { s3aJars, SPARK_VERSIONS } from '../../src/spark/versions';
import { synthesizeApp } from '../../test-support/synth';
import { dockerPreflight } from '../../scripts/docker-preflight';
import { engines } from '../engines';
import { ControlPlane, Json, NODE_NETWORK } from '../engines/controlplane';
import { DockerEngine, DockerTools, DOCKER_VERSION, ensureDocker, startDocker } from '../engines/docker';
import { ensureNodeTools, NodeTools } from '../engines/node';
import { RegistryEngine, REGISTRY_VERSION } from '../engines/registry';
import { MOTO_ACCOUNT, MOTO_CREDENTIALS, motoVenv, S3Engine } from '../engines/s3';
import { run, RunResult } from '../lib/exec';
import { sleep } from '../lib/net';
import { CheckError, failIfAny, Problem, Reporter } from '../lib/report';
import { Stage } from '../lib/stage';
import { CONFIGS, INTEGRATION_ROOT, StackJson, SynthesizedEnv } from '../lib/synth';
import { added, ImageFigures, megabytes, pushedImage, tags } from '../deploy/images';
import { startAwsNetwork, AwsNetwork } from '../deploy/aws-network';
import { buildClusterImages } from '../deploy/cluster-images';
import { installCoreDns } from '../deploy/coredns-addon';
import { fitToNode } from '../deploy/fit-node';
import { Applied, at, describe, JobOutputs, log, seconds, SparkJobRuns, TEST_SCHEDULE } from '../deploy/spark-jobs';
import { overrideFiles } from '../deploy/overrides';
import { outputsState } from '../deploy/remote-states';
import { StackWorkspace, StateResource } from '../deploy/workspace';
import { ensureHelm, Helm } from '../tools/helm';
import { COREDNS_VERSION, ensureKubeTools, ETCD_VERSION, KubeTools, SPARK_OPERATOR_VERSION } from '../tools/kube';
import { ensureJars, FetchedJar } from '../tools/maven';
import { ensureSparkStandIn, loadSparkStandIn, SparkStandIn, STAND_IN_DIFFERENCES } from '../tools/spark-image';
import { ensureTerraform, Terraform } from '../tools/terraform';
import { operatorChartDir } from './chart';

const CHART_DIR = operatorChartDir();
const S3_HELPER = path.join(INTEGRATION_ROOT, 'deploy', 's3.py');
const BUCKET_HELPER = path.join(INTEGRATION_ROOT, 'checks', 'spark', 'bucket.py');
/** The node's CPUs, which the derived config fits the pods to. */
const NODE_MILLI_CPU = 2000;
/** The chart's webhook replicas as the release sets them (src/constructs/spark-operator.ts). */
const WEBHOOK_REPLICAS = 2;
/** The identity the credential command logs in as: the deployer, cluster-admin as EKS's creator access entry is. */
const DEPLOYER = 'spark-eks-deployer';

interface DeployTools {
  readonly terraform: Terraform;
  readonly helm: Helm;
  readonly kube: ReadonlyMap<string, KubeTools>;
  readonly standIn: SparkStandIn;
  readonly jars: readonly FetchedJar[];
  readonly python: string;
  readonly docker: DockerTools;
  readonly node: NodeTools;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, n]) => `${n} ${name}`)
    .join(', ');
}

class DeployRun {
  readonly tmp = mkdtempSync(path.join(tmpdir(), 'spark-eks-deploy-'));
  readonly platformName: string;
  readonly jobsName: string;
  readonly kube: KubeTools;
  cp?: ControlPlane;
  docker?: DockerEngine;
  registry?: RegistryEngine;
  s3?: S3Engine;
  config?: EnvironmentConfig;
  synthesized?: ReturnType<typeof synthesizeApp>;
  platform?: StackWorkspace;
  jobs?: StackWorkspace;
  runs?: SparkJobRuns;
  network?: AwsNetwork;
  readonly token = randomBytes(24).toString('base64url');
  private untrack: () => void = () => undefined;
  /** An object the data stack's bucket holds before the deploy, which nothing may touch. */
  readonly marker = 'deploy-stage/kept-on-destroy.txt';

  constructor(
    readonly env: SynthesizedEnv,
    readonly tools: DeployTools,
  ) {
    this.platformName = env.stackName('platform');
    this.jobsName = env.stackName('jobs');
    const kube = tools.kube.get(env.config.cluster.kubernetesVersion);
    if (!kube) throw new Error(`no Kubernetes tools for ${env.config.cluster.kubernetesVersion}`);
    this.kube = kube;
  }

  need<T>(value: T | undefined, what: string): T {
    if (value === undefined) throw new Error(`not run: ${what} is missing (see the checks above)`);
    return value;
  }

  s3py(args: readonly string[]): Promise<RunResult> {
    const s3 = this.need(this.s3, 'S3');
    return run(this.tools.python, [S3_HELPER, s3.endpoint, this.env.config.region, ...args]);
  }

  async s3json<T>(args: readonly string[]): Promise<T> {
    return JSON.parse((await this.s3py(args)).stdout) as T;
  }

  /** The local engines, the control plane of the config's minor, and the official image's stand-in in Docker. */
  async engines(): Promise<string> {
    const [docker, registry, s3, mirror] = await Promise.all([
      engines.docker(),
      engines.registry(),
      // Its own moto: the spark stage, running beside this one, calls STS too, and the job checks count STS calls.
      engines.s3('deploy'),
      engines.mavenMirror(this.tools.jars),
    ]);
    this.docker = docker;
    this.registry = registry;
    this.s3 = s3;
    const loaded = await loadSparkStandIn(docker, this.tools.standIn);
    const images = await engines.shared('cluster-images', async () => ({
      ...(await buildClusterImages(docker, registry, this.kube, engines.dir())),
      stop: async () => undefined,
    }));
    const cp = new ControlPlane(this.kube, path.join(this.tmp, 'cluster'), {
      tools: this.tools.node,
      docker: this.tools.docker,
      registry: {
        host: registry.host,
        username: registry.username,
        password: registry.password,
        caFile: registry.caFile,
        mirrors: [images.operator.registryHost],
      },
      pauseArchive: images.pauseArchive,
      pauseImage: images.pauseImage,
    });
    this.cp = cp;
    this.untrack = engines.track(cp);
    const steps: string[] = [];
    await cp.start((name, ms) => steps.push(`${name} ${seconds(ms)}`), {
      bearer: [{ user: DEPLOYER, token: this.token }],
    });
    this.network = await startAwsNetwork(cp, { region: this.env.config.region, motoEndpoint: s3.endpoint });
    await installCoreDns(cp, images.coredns);
    const raw = parse(readFileSync(this.env.configFile, 'utf8')) as Json;
    const fit = fitToNode(
      { ...raw, imageBuild: { mavenRepository: mirror.url, network: 'host' } },
      this.env.config,
      NODE_MILLI_CPU,
      WEBHOOK_REPLICAS,
    );
    this.config = validateConfig(fit.raw, this.env.configFile).config;
    this.synthesized = synthesizeApp(this.config, `spark-eks-deploy-${this.env.label}-`);
    log(
      `official image stand-in ${this.tools.standIn.tag} (${megabytes(loaded.bytes)} in Docker${loaded.imported ? ', imported now' : ''}); differs from the official image: ${STAND_IN_DIFFERENCES.join('; ')}`,
    );
    log(
      `operator image ${images.operator.chartImage}: built here from its recipe, pushed as ${images.operator.pushedAs}; the node mirrors ${images.operator.registryHost} to https://${registry.host} (only the registry host is overridden)`,
    );
    log(
      `stand-in: EKS's CoreDNS add-on (kube-system/coredns, Service kube-dns ${NODE_NETWORK.dnsServiceIp}, image ${images.coredns}), answering cluster.local only`,
    );
    log(
      `stand-in: EKS's pod identity webhook and AWS's endpoints, as the mutating webhook ${this.network.webhookUrl} (/irsa, /endpoints); S3 and STS for pods at ${this.network.endpoint}`,
    );
    log(
      `derived config: ${path.relative(process.cwd(), this.env.configFile)} plus imageBuild: { mavenRepository: ${mirror.url}, network: host }${fit.changes.length ? `; to fit the node's ${NODE_MILLI_CPU / 1000} CPUs, CPU requests only: ${fit.changes.join('; ')}` : ''}`,
    );
    return [
      `Docker ${docker.version} (data root ${docker.dataRoot})`,
      `registry ${REGISTRY_VERSION} on https://${registry.host}`,
      `moto on ${s3.endpoint}`,
      `Maven mirror ${mirror.url}`,
      `kube-apiserver v${this.kube.kubernetesVersion} on ${cp.server} (${steps.join(', ')})`,
      'CoreDNS ready',
    ].join('; ');
  }

  stack(role: 'data' | 'core' | 'platform' | 'jobs'): StackJson {
    return this.need(this.synthesized, 'the derived synth').stack(this.env.stackName(role));
  }

  /** The buckets the state and data stacks would have made, a marker object, and the data and core states. */
  async remoteStates(terraformVersion: string): Promise<string> {
    const config = this.need(this.config, 'the derived config');
    const cp = this.need(this.cp, 'the control plane');
    const registry = this.need(this.registry, 'the registry');
    await this.s3py(['bucket', config.stateBucket.name]);
    const facts = {
      account: MOTO_ACCOUNT,
      region: config.region,
      clusterEndpoint: cp.server,
      registryHost: registry.host,
    };
    const figures: string[] = [];
    for (const role of ['data', 'core'] as const) {
      const name = this.env.stackName(role);
      const state = outputsState(this.stack(role), name, facts, terraformVersion);
      const key = String(at(this.stack(role), 'terraform', 'backend', 's3', 'key'));
      const file = path.join(this.tmp, `${role}.tfstate`);
      writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
      const kms = String(at(this.stack(role), 'terraform', 'backend', 's3', 'kms_key_id'));
      await this.s3py(['put', config.stateBucket.name, key, file, kms]);
      for (const [output, { value }] of Object.entries(state.outputs))
        log(`state ${key}: ${output} = ${JSON.stringify(value)}`);
      figures.push(`${key} (${plural(Object.keys(state.outputs).length, 'output')}, no resources)`);
    }
    const dataBucket = String(
      outputsState(this.stack('data'), 'data', facts, terraformVersion).outputs.data_bucket_name.value,
    );
    await this.s3py(['bucket', dataBucket]);
    // What the data stack itself puts in its bucket (the event-log folder the history server and the drivers need).
    const made: string[] = [];
    for (const [name, body] of Object.entries(
      (this.stack('data').resource?.aws_s3_object ?? {}) as Record<string, StackJson>,
    )) {
      if (typeof body.content !== 'string' || typeof body.key !== 'string')
        throw new Error(`data stack aws_s3_object.${name}: only literal content and keys have a stand-in`);
      const file = path.join(this.tmp, `data-object-${name}`);
      writeFileSync(file, body.content);
      await this.s3py(['put', dataBucket, body.key, file, 'alias/aws/s3']);
      made.push(body.key);
    }
    const marker = path.join(this.tmp, 'marker.txt');
    writeFileSync(marker, 'data of the data stack: a destroy of jobs and platform must keep it\n');
    await this.s3py(['put', dataBucket, this.marker, marker, 'alias/aws/s3']);
    return `s3://${config.stateBucket.name}: ${figures.join(', ')}; data bucket ${dataBucket} with the data stack's ${made.join(', ') || 'no objects'} and ${this.marker}`;
  }

  /** Working copies of the platform and jobs stacks, their override files (printed) and the aws stand-in's engines. */
  async workspaces(): Promise<string> {
    const config = this.need(this.config, 'the derived config');
    const cp = this.need(this.cp, 'the control plane');
    const registry = this.need(this.registry, 'the registry');
    const docker = this.need(this.docker, 'Docker');
    const s3 = this.need(this.s3, 'S3');
    const credential = path.join(this.tmp, 'get-token');
    writeFileSync(
      credential,
      `#!/bin/sh\n# Stands in for \`aws eks get-token\`: the deployer's token of the local API server.\nprintf '%s\\n' '${JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1beta1', kind: 'ExecCredential', status: { token: this.token } })}'\n`,
    );
    chmodSync(credential, 0o700);
    const standIn = path.join(this.tmp, 'aws-standin.json');
    writeFileSync(
      standIn,
      JSON.stringify({
        account: MOTO_ACCOUNT,
        region: config.region,
        clusters: {
          [clusterName(config)]: {
            endpoint: cp.server,
            caPem: this.need(cp.pki, 'the cluster CA').ca,
            version: this.kube.minor,
          },
        },
        registry: {
          proxyEndpoint: `https://${registry.host}`,
          username: registry.username,
          password: registry.password,
        },
        s3: { endpoint: s3.endpoint },
      }),
    );
    const env: NodeJS.ProcessEnv = {
      ...MOTO_CREDENTIALS,
      SPARK_EKS_AWS_STANDIN: standIn,
      DOCKER_HOST: docker.host,
      DOCKER_CONFIG: path.join(this.tmp, 'docker-config'),
      // The docker provider reads the registry's digests over HTTPS: it must trust the suite's CA (Go reads this).
      SSL_CERT_FILE: registry.caFile,
      HELM_CACHE_HOME: path.join(this.tmp, 'helm', 'cache'),
      HELM_CONFIG_HOME: path.join(this.tmp, 'helm', 'config'),
      HELM_DATA_HOME: path.join(this.tmp, 'helm', 'data'),
      KUBECONFIG: path.join(this.tmp, 'no-kubeconfig'),
      AWS_CONFIG_FILE: path.join(this.tmp, 'no-aws-config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(this.tmp, 'no-aws-credentials'),
    };
    const targets = { s3Endpoint: s3.endpoint, credentialCommand: credential, chartDir: CHART_DIR };
    const synthesized = this.need(this.synthesized, 'the derived synth');
    const make = (name: string) => {
      const overrides = overrideFiles(synthesized.stack(name), targets);
      for (const [file, content] of Object.entries(overrides)) log(`${name}/${file}: ${JSON.stringify(content)}`);
      return StackWorkspace.create(
        name,
        synthesized.stackDir(name),
        path.join(this.tmp, 'stacks', name),
        overrides,
        this.tools.terraform,
        env,
      );
    };
    this.platform = make(this.platformName);
    this.jobs = make(this.jobsName);
    const providers: string[] = [];
    for (const workspace of [this.platform, this.jobs]) {
      const locked = await workspace.init();
      providers.push(
        `${workspace.name}: ${[...locked].map(([source, version]) => `${source.split('/').slice(-2).join('/')} ${version}`).join(', ')}`,
      );
    }
    return `override files written (backend, remote states, providers' exec, chart); terraform init offline from the mirror, lock files: ${providers.join('; ')}`;
  }

  async apply(workspace: StackWorkspace): Promise<{ resources: StateResource[]; ms: number }> {
    const started = Date.now();
    await workspace.apply();
    return { resources: (await workspace.state()).filter((r) => r.mode === 'managed'), ms: Date.now() - started };
  }

  async applyPlatform(): Promise<string> {
    const platform = this.need(this.platform, 'the platform workspace');
    const cp = this.need(this.cp, 'the control plane');
    const { resources, ms } = await this.apply(platform);
    const problems: Problem[] = [];
    const where = (address: string) => ({ stack: platform.name, resource: address });
    for (const resource of resources) {
      const values = resource.values;
      if (resource.type === 'kubernetes_namespace_v1') {
        const name = String(at(values, 'metadata', 0, 'name'));
        if (!(await cp.get(`/api/v1/namespaces/${name}`)))
          problems.push({ message: `namespace ${name} is not in the cluster`, location: where(resource.address) });
      }
      if (resource.type === 'kubernetes_annotations') {
        const name = String(at(values, 'metadata', 0, 'name'));
        const namespace = String(at(values, 'metadata', 0, 'namespace'));
        const deployment = await cp.get(`/apis/apps/v1/namespaces/${namespace}/deployments/${name}`);
        for (const [key, value] of Object.entries((values.template_annotations ?? {}) as Json)) {
          if (at(deployment, 'spec', 'template', 'metadata', 'annotations', key) !== value)
            problems.push({
              message: `Deployment ${namespace}/${name} has no ${key}=${String(value)} on its pod template`,
              location: where(resource.address),
            });
        }
      }
      if (resource.type === 'kubernetes_deployment_v1') {
        const name = String(at(values, 'metadata', 0, 'name'));
        const namespace = String(at(values, 'metadata', 0, 'namespace'));
        const deployment = await cp.get(`/apis/apps/v1/namespaces/${namespace}/deployments/${name}`);
        if (Number(at(deployment, 'status', 'availableReplicas') ?? 0) < 1)
          problems.push({
            message: `Deployment ${namespace}/${name} has no available replica`,
            location: where(resource.address),
          });
      }
    }
    const release = resources.find((r) => r.type === 'helm_release');
    if (!release) problems.push({ message: 'no helm_release in the state', location: { stack: platform.name } });
    else if (release.values.status !== 'deployed')
      problems.push({ message: `the release is ${String(release.values.status)}`, location: where(release.address) });
    failIfAny(problems);
    const releaseNamespace = String(release?.values.namespace);
    const pods = ((await cp.get(`/api/v1/namespaces/${releaseNamespace}/pods`))?.items ?? []) as Json[];
    return `terraform apply in ${seconds(ms)}: ${plural(resources.length, 'resource')} (${countBy(resources, (r) => r.type)}); release ${String(release?.values.name)} ${String(release?.values.status)} (chart ${String(at(release?.values, 'metadata', 'version'))}, waited for ${plural(pods.length, 'pod')} in ${releaseNamespace}); patches on their Deployments; history server available`;
  }

  async applyJobs(): Promise<string> {
    const jobs = this.need(this.jobs, 'the jobs workspace');
    const { resources, ms } = await this.apply(jobs);
    const problems: Problem[] = [];
    const manifests: Applied[] = resources
      .filter((r) => r.type === 'kubernetes_manifest')
      .map((r) => ({ stack: jobs.name, address: r.address, object: r.values.manifest as Json }));
    const cp = this.need(this.cp, 'the control plane');
    for (const manifest of manifests) {
      const { name, namespace } = manifest.object.metadata as { name: string; namespace: string };
      const plural_ =
        manifest.object.kind === 'ScheduledSparkApplication' ? 'scheduledsparkapplications' : 'sparkapplications';
      if (!(await cp.get(`/apis/sparkoperator.k8s.io/v1beta2/namespaces/${namespace}/${plural_}/${name}`)))
        problems.push({
          message: `${describe(manifest.object)} is not in the cluster`,
          location: { stack: jobs.name, resource: manifest.address },
        });
    }
    const objects: string[] = [];
    for (const object of resources.filter((r) => r.type === 'aws_s3_object')) {
      const bucket = String(object.values.bucket);
      const key = String(object.values.key);
      const head = await this.s3json<{ exists: boolean; etag?: string }>(['head', bucket, key]);
      if (!head.exists || head.etag !== object.values.etag)
        problems.push({
          message: `s3://${bucket}/${key} is ${head.exists ? `etag ${head.etag}, the state has ${String(object.values.etag)}` : 'not in S3'}`,
          location: { stack: jobs.name, resource: object.address },
        });
      objects.push(`s3://${bucket}/${key}`);
    }
    failIfAny(problems);
    const platform = this.need(this.platform, 'the platform workspace');
    const namespaces: Applied[] = (await platform.state())
      .filter((r) => r.type === 'kubernetes_namespace_v1')
      .map((r) => ({
        stack: platform.name,
        address: r.address,
        object: {
          kind: 'Namespace',
          metadata: { name: at(r.values, 'metadata', 0, 'name'), labels: at(r.values, 'metadata', 0, 'labels') },
        },
      }));
    this.runs = new SparkJobRuns(cp, namespaces, manifests, await this.jobOutputs(), this.tmp);
    return `terraform apply in ${seconds(ms)}: ${plural(resources.length, 'resource')} (${countBy(resources, (r) => r.type)}); ${manifests.map((m) => describe(m.object)).join(', ')} accepted by the CRD and the operator's webhook; sample data ${objects.join(', ') || 'none'} in S3 as the state records it`;
  }

  /** What the job checks read: the data bucket, its event-log prefix, moto's request log. */
  async jobOutputs(): Promise<JobOutputs> {
    const config = this.need(this.config, 'config');
    const jobs = this.need(this.jobs, 'jobs');
    const s3 = this.need(this.s3, 'S3');
    const bucket = String(at(this.stack('data'), 'resource', 'aws_s3_bucket', 'data_bucket_bucket', 'bucket')).replace(
      /\$\{data\.aws_caller_identity\.[^}]+\}/,
      MOTO_ACCOUNT,
    );
    const eventPrefix = `${config.dataBucket.prefixes.eventLogs}/`;
    const samples = (await jobs.state())
      .filter((r) => r.type === 'aws_s3_object')
      .map((r) => ({ key: String(r.values.key), file: path.join(jobs.dir, String(r.values.source)) }));
    return {
      bucket,
      eventPrefix,
      inspect: async (outputPrefix) =>
        JSON.parse(
          (
            await run(this.tools.python, [BUCKET_HELPER, s3.endpoint, 'inspect', bucket, outputPrefix, eventPrefix], {
              timeoutMs: 120_000,
            })
          ).stdout,
        ) as Awaited<ReturnType<JobOutputs['inspect']>>,
      samplesUnder: (prefix) => samples.filter((sample) => sample.key.startsWith(prefix)).map((sample) => sample.file),
      // STS is the only service moto answers at its root path (S3 requests name a bucket).
      stsCalls: () => (s3.log().match(/"POST \/ HTTP/g) ?? []).length,
    };
  }

  async historyServer(): Promise<string> {
    const platform = this.need(this.platform, 'platform');
    const service = (await platform.state()).find((r) => r.type === 'kubernetes_service_v1');
    if (!service) throw new Error('the platform state has no history server Service');
    return this.need(this.runs, 'the job runs').historyServer({
      namespace: String(at(service.values, 'metadata', 0, 'namespace')),
      name: String(at(service.values, 'metadata', 0, 'name')),
      port: Number(at(service.values, 'spec', 0, 'port', 0, 'port')),
    });
  }

  /** Every pushed image's size from the registry: what a pull transfers, what the project adds, the layers. */
  async images(): Promise<string> {
    const registry = this.need(this.registry, 'the registry');
    const docker = this.need(this.docker, 'Docker');
    const repository = String(at(this.stack('core'), 'resource', 'aws_ecr_repository', 'images_repository', 'name'));
    const official = JSON.parse(
      (await docker.docker(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', this.tools.standIn.tag])).stdout,
    ) as string[];
    const all = await tags(registry, repository);
    const base = all.filter((tag) => tag.startsWith('base_'));
    if (base.length !== 1) throw new Error(`expected one base_* tag in ${repository}, found ${all.join(', ')}`);
    const baseImage = added(await pushedImage(registry, repository, base[0]), official, 'official');
    const figures: ImageFigures[] = [baseImage];
    for (const tag of all.filter((t) => !t.startsWith('base_'))) {
      figures.push(
        added(
          await pushedImage(registry, repository, tag),
          baseImage.layers.map((layer) => layer.diffId),
          'base',
        ),
      );
    }
    for (const image of figures) {
      log(
        `image ${image.repository}:${image.tag}: pull ${megabytes(image.compressedBytes)} in ${plural(image.layers.length, 'layer')}; adds ${megabytes(image.addedBytes)} in ${plural(image.addedLayers, 'layer')} to the ${image.addsTo} image (${image.layers
          .slice(-image.addedLayers || image.layers.length)
          .map((l) => megabytes(l.bytes))
          .join(' + ')})`,
      );
    }
    const officialBytes = baseImage.compressedBytes - baseImage.addedBytes - baseImage.configBytes;
    return `${plural(figures.length, 'image')} in ${repository}; official image stand-in ${megabytes(officialBytes)} compressed; base adds ${megabytes(baseImage.addedBytes)}; ${figures
      .slice(1)
      .map(
        (image) =>
          `${image.tag.split('_')[0]} adds ${megabytes(image.addedBytes)} (${plural(image.addedLayers, 'layer')})`,
      )
      .join(', ')}`;
  }

  /** `terraform plan -detailed-exitcode` of each stack: nothing may change, but what changes by design. */
  async secondPlan(): Promise<string> {
    const problems: Problem[] = [];
    const figures: string[] = [];
    const workspaces = [this.need(this.platform, 'platform'), this.need(this.jobs, 'jobs')];
    // Two states, two locks: the stacks plan at once, as two CI jobs would.
    const plans = await Promise.all(workspaces.map((workspace) => workspace.plan()));
    for (const [i, workspace] of workspaces.entries()) {
      const { code, changes } = plans[i];
      for (const change of changes) {
        problems.push({
          message: `the second plan would ${change.actions.join(' and ')} it${change.reason ? ` (${change.reason})` : ''}: ${change.attributes.join(', ') || 'no attribute differs'}`,
          location: { stack: workspace.name, resource: change.address },
        });
      }
      figures.push(`${workspace.name} exit ${code}, ${plural(changes.length, 'change')}`);
    }
    failIfAny(problems);
    return `${figures.join('; ')}`;
  }

  /**
   * The deploy commands' Docker preflight (scripts/docker-preflight.ts) against real daemons: the suite's answers
   * and uses the classic store, so nothing is reported; a daemon that has stopped is one message that says what to do.
   */
  async dockerPreflight(): Promise<string> {
    const docker = this.need(this.docker, 'Docker');
    const running = await dockerPreflight({ dockerHost: docker.host });
    if (running.length > 0) throw new CheckError(running.map((message) => ({ message })));
    const stopped = await startDocker(await ensureDocker(), { fresh: true });
    await stopped.stop();
    const down = await dockerPreflight({ dockerHost: stopped.host, timeoutMs: 5_000 });
    if (down.length !== 1 || !down[0].includes(stopped.host.replace('unix://', '')))
      throw new CheckError({
        message: `a stopped daemon gave ${JSON.stringify(down)}, expected one message naming its socket`,
      });
    return `the preflight passes Docker ${docker.version} (classic image store) and stops on a daemon that is down: "${down[0].slice(0, 160)}…"`;
  }

  /** A runner whose Docker has an empty image store: what its plan shows. */
  async freshRunner(): Promise<string> {
    const fresh = await startDocker(await ensureDocker(), { fresh: true });
    try {
      const figures: string[] = [];
      const workspaces = [this.need(this.platform, 'platform'), this.need(this.jobs, 'jobs')];
      const plans = await Promise.all(
        workspaces.map((workspace) => workspace.withEnv({ DOCKER_HOST: fresh.host }).plan('fresh-runner.tfplan')),
      );
      for (const [i, workspace] of workspaces.entries()) {
        const { changes } = plans[i];
        for (const change of changes)
          log(
            `fresh runner: ${workspace.name} ${change.address}: ${change.actions.join(', ')} (${change.attributes.join(', ')})`,
          );
        figures.push(
          `${workspace.name}: ${plural(changes.length, 'change')}${changes.length ? ` (${countBy(changes, (c) => `${c.address.split('.')[0]} ${c.actions.join('/')}`)})` : ''}`,
        );
      }
      return `plan with an empty Docker image store: ${figures.join('; ')}`;
    } finally {
      await fresh.stop();
    }
  }

  stateKey(workspace: StackWorkspace): { bucket: string; key: string } {
    const backend = at(
      this.need(this.synthesized, 'synth').stack(workspace.name),
      'terraform',
      'backend',
      's3',
    ) as Json;
    return { bucket: String(backend.bucket), key: String(backend.key) };
  }

  async head(bucket: string, key: string) {
    return this.s3json<{ exists: boolean; sse?: string; kmsKeyId?: string; versionId?: string; etag?: string }>([
      'head',
      bucket,
      key,
    ]);
  }

  /** Two plans of one stack at once: the second finds the lock held and fails with Terraform's lock error. */
  async stateLock(): Promise<string> {
    const jobs = this.need(this.jobs, 'jobs');
    const { bucket, key } = this.stateKey(jobs);
    const before = await this.head(bucket, key);
    const first = jobs.start(['plan', '-input=false', '-no-color', '-lock-timeout=0s']);
    // The second starts once the first holds the lock (its lockfile exists), so the race is Terraform's, not ours.
    const deadline = Date.now() + 60_000;
    while (!(await this.head(bucket, `${key}.tflock`)).exists) {
      if (first.exited() !== undefined || Date.now() > deadline) break;
      await sleep(100);
    }
    const lockSeen = (await this.head(bucket, `${key}.tflock`)).exists;
    const second = await jobs.start(['plan', '-input=false', '-no-color', '-lock-timeout=0s']).done;
    const firstResult = await first.done;
    const after = await this.head(bucket, key);
    const problems: string[] = [];
    if (!lockSeen) problems.push(`the first plan never wrote s3://${bucket}/${key}.tflock`);
    if (firstResult.code !== 0) problems.push(`the first plan failed: ${firstResult.output.slice(-800)}`);
    if (second.code === 0 || !/Error acquiring the state lock/.test(second.output))
      problems.push(
        `the second plan did not fail with the lock error (exit ${second.code}): ${second.output.slice(-800)}`,
      );
    if (after.versionId !== before.versionId || after.etag !== before.etag) problems.push('the state object changed');
    if ((await this.head(bucket, `${key}.tflock`)).exists) problems.push('a lockfile is left behind');
    if (problems.length) throw new CheckError(problems.map((message) => ({ message, location: { stack: jobs.name } })));
    const holder = /Lock Info:[\s\S]*?ID:\s+(\S+)[\s\S]*?Who:\s+(\S+)/.exec(second.output);
    return `two plans of ${jobs.name} at once: one held s3://${bucket}/${key}.tflock${holder ? ` (lock ${holder[1]}, ${holder[2]})` : ''}, the other failed with "Error acquiring the state lock"; the state object unchanged (version ${String(before.versionId)}), no lockfile left`;
  }

  /** An apply stopped with SIGINT mid-way: the next plan reads the state, no stale lock; a new apply converges. */
  async interruptedApply(): Promise<string> {
    const jobs = this.need(this.jobs, 'jobs');
    const { bucket, key } = this.stateKey(jobs);
    const image = (await jobs.state()).find(
      (r) => r.type === 'docker_image' && r.values.build !== undefined && (r.values.build as unknown[]).length > 0,
    );
    if (!image) throw new Error('no built docker_image in the jobs state');
    const push = image.address.replace(/^docker_image\.(.*)_image$/, 'docker_registry_image.$1_push');
    const apply = jobs.start(
      ['apply', '-auto-approve', '-input=false', '-no-color', `-replace=${image.address}`, `-replace=${push}`],
      {
        interruptOn: new RegExp(`${image.address.replace(/[.[\]]/g, '\\$&')}: Creating\\.\\.\\.`),
      },
    );
    const interrupted = await apply.done;
    const problems: string[] = [];
    if (!interrupted.interrupted)
      problems.push(`the apply finished before it could be interrupted: ${interrupted.output.slice(-500)}`);
    if (interrupted.code === 0) problems.push('the interrupted apply exited 0');
    if (!/Interrupt received/.test(interrupted.output))
      problems.push(`Terraform did not report the interrupt: ${interrupted.output.slice(-500)}`);
    const lockLeft = (await this.head(bucket, `${key}.tflock`)).exists;
    if (lockLeft) problems.push('the interrupted apply left its lockfile');
    const next = await jobs.plan('after-interrupt.tfplan');
    await jobs.apply();
    const final = await jobs.plan('converged.tfplan');
    if (final.code !== 0)
      problems.push(
        `after a new apply the plan still has ${plural(final.changes.length, 'change')}: ${final.changes.map((c) => c.address).join(', ')}`,
      );
    if (problems.length)
      throw new CheckError(
        problems.map((message) => ({ message, location: { stack: jobs.name, resource: image.address } })),
      );
    return `SIGINT while ${image.address} was being replaced: Terraform stopped gracefully (exit ${interrupted.code}), no lockfile left; the next plan read the state (${plural(next.changes.length, 'change')} left: ${next.changes.map((c) => c.address).join(', ') || 'none'}); a new apply converged to an empty plan`;
  }

  async stateEncryption(): Promise<string> {
    const figures: string[] = [];
    const problems: Problem[] = [];
    for (const workspace of [this.need(this.platform, 'platform'), this.need(this.jobs, 'jobs')]) {
      const { bucket, key } = this.stateKey(workspace);
      const backend = at(
        this.stack(workspace === this.platform ? 'platform' : 'jobs'),
        'terraform',
        'backend',
        's3',
      ) as Json;
      const head = await this.head(bucket, key);
      if (!head.exists || head.sse !== 'aws:kms' || head.kmsKeyId !== backend.kms_key_id)
        problems.push({
          message: `s3://${bucket}/${key} is stored with ${JSON.stringify(head)}, the backend sets encrypt with ${String(backend.kms_key_id)}`,
          location: { stack: workspace.name, resource: 'terraform.backend.s3' },
        });
      figures.push(`${key}: ${String(head.sse)} ${String(head.kmsKeyId)}`);
    }
    failIfAny(problems);
    return `state objects written encrypted as configured: ${figures.join(', ')}`;
  }

  async destroy(): Promise<string> {
    const platform = this.need(this.platform, 'platform');
    const jobs = this.need(this.jobs, 'jobs');
    const cp = this.need(this.cp, 'the control plane');
    const registry = this.need(this.registry, 'the registry');
    const namespaces = (await platform.state())
      .filter((r) => r.type === 'kubernetes_namespace_v1')
      .map((r) => String(at(r.values, 'metadata', 0, 'name')));
    const release = (await platform.state()).find((r) => r.type === 'helm_release');
    const repository = String(at(this.stack('core'), 'resource', 'aws_ecr_repository', 'images_repository', 'name'));
    const imagesBefore = await tags(registry, repository);
    const dataBucket = String(
      at(this.stack('data'), 'resource', 'aws_s3_bucket', 'data_bucket_bucket', 'bucket'),
    ).replace(/\$\{data\.aws_caller_identity\.[^}]+\}/, MOTO_ACCOUNT);
    const objectsBefore = await this.s3json<string[]>(['list', dataBucket]);
    const jobsObjects = (await jobs.state()).filter((r) => r.type === 'aws_s3_object').map((r) => String(r.values.key));
    const timings: string[] = [];
    for (const workspace of [jobs, platform]) {
      const started = Date.now();
      await workspace.destroy();
      timings.push(`${workspace.name} ${seconds(Date.now() - started)}`);
    }
    const problems: string[] = [];
    for (const name of namespaces)
      if (await cp.get(`/api/v1/namespaces/${name}`)) problems.push(`namespace ${name} still exists`);
    const releases = JSON.parse(
      (await run(this.tools.helm.bin, ['list', '--all-namespaces', '-o', 'json', '--kubeconfig', cp.kubeconfig]))
        .stdout,
    ) as Json[];
    if (releases.length > 0) problems.push(`helm still lists ${releases.map((r) => String(r.name)).join(', ')}`);
    const imagesAfter = await tags(registry, repository);
    if (imagesAfter.join(',') !== imagesBefore.join(','))
      problems.push(`the registry had ${imagesBefore.join(', ')}, now ${imagesAfter.join(', ')}`);
    const objectsAfter = await this.s3json<string[]>(['list', dataBucket]);
    const expected = objectsBefore.filter((key) => !jobsObjects.includes(key));
    if (objectsAfter.join(',') !== expected.join(','))
      problems.push(`the data bucket holds ${objectsAfter.join(', ')}; expected ${expected.join(', ')}`);
    if (!objectsAfter.includes(this.marker)) problems.push(`${this.marker} is gone from the data bucket`);
    for (const workspace of [jobs, platform]) {
      const left = (await workspace.state()).filter((r) => r.mode === 'managed');
      if (left.length > 0)
        problems.push(`${workspace.name} state still holds ${left.map((r) => r.address).join(', ')}`);
    }
    if (problems.length) throw new CheckError(problems.map((message) => ({ message })));
    return `destroy ${timings.join(', ')}: namespaces ${namespaces.join(', ')} and the release ${String(release?.values.name)} gone, states empty; ${plural(imagesAfter.length, 'image')} kept in the registry; data bucket ${dataBucket} kept with ${plural(objectsAfter.length, 'object')} (the jobs stack's ${jobsObjects.join(', ') || 'none'} deleted with it)`;
  }

  async cleanup(): Promise<void> {
    try {
      await this.network?.stop();
      await this.cp?.stop();
      if (this.cp?.restored.length) log(`the node put back: ${this.cp.restored.join('; ')}`);
      this.untrack();
    } finally {
      this.synthesized?.cleanup();
      if (process.env.SPARK_EKS_KEEP_CLUSTER_DIR) log(`kept ${this.tmp} (SPARK_EKS_KEEP_CLUSTER_DIR)`);
      else rmSync(this.tmp, { recursive: true, force: true });
    }
  }
}

export const stage: Stage<DeployTools> = {
  name: 'deploy',
  order: 50,
  beside: true,
  async install() {
    const terraform = await ensureTerraform();
    const helm = await ensureHelm();
    const minors = [...new Set(CONFIGS.map((c) => loadConfig(c.file).config.cluster.kubernetesVersion))].sort();
    const kube = new Map<string, KubeTools>();
    for (const minor of minors) kube.set(minor, await ensureKubeTools(minor));
    const line = SPARK_VERSIONS['4.0'];
    const standIn = await ensureSparkStandIn(line.sparkVersion, 'pyspark-4.0');
    if (standIn.tag !== line.image)
      throw new Error(`the stand-in is ${standIn.tag}, the base image builds FROM ${line.image}`);
    const { jars } = await ensureJars('spark-4.0', s3aJars('4.0'));
    const python = (await motoVenv()).python;
    const docker = await ensureDocker();
    const node = await ensureNodeTools(docker);
    const built = [...kube.values()].flatMap((k) =>
      Object.entries(k.buildSeconds).map(([what, s]) => `${what} ${s} s`),
    );
    return {
      tools: { terraform, helm, kube, standIn, jars, python, docker, node },
      figure: [
        `${terraform.engine} ${terraform.version} with the real kubernetes, helm and docker plugins and the aws stand-in`,
        `Docker ${DOCKER_VERSION} (Debian), registry ${REGISTRY_VERSION}`,
        `kubernetes ${[...kube.values()].map((k) => k.kubernetesVersion).join(', ')} (control plane, kubelet, kube-proxy, kubectl), etcd ${ETCD_VERSION}, CoreDNS ${COREDNS_VERSION}, spark-operator ${SPARK_OPERATOR_VERSION}, helm ${helm.version}; containerd and runc from the dependencies of Debian's Docker package, Debian's CNI plugins`,
        `${standIn.tag} stand-in${standIn.installedNow ? ' (built now)' : ''}`,
        ...(built.length ? [`built now: ${built.join(', ')}`] : []),
      ].join('; '),
    };
  },

  async check(env: SynthesizedEnv, reporter: Reporter, tools: DeployTools) {
    const deploy = new DeployRun(env, tools);
    const check = (name: string, body: () => string | Promise<string>) =>
      reporter.check(env.label, `deploy/${name}`, body);
    try {
      if (!(await check('engines', () => deploy.engines()))) return;
      if (!(await check('remote-states', () => deploy.remoteStates(tools.terraform.version)))) return;
      if (!(await check('init', () => deploy.workspaces()))) return;
      if (!(await check('apply-platform', () => deploy.applyPlatform()))) return;
      if (!(await check('apply-jobs', () => deploy.applyJobs()))) return;
      await check('images', () => deploy.images());
      const runs = deploy.runs;
      if (runs) {
        await reporter.check(env.label, 'cluster/pod-security', () => runs.podSecurityEnforced());
        // One at a time, each to completion: the node has 2 CPUs (see deploy/fit-node.ts).
        for (const manifest of runs.manifests) {
          await reporter.check(env.label, `cluster/job ${String(at(manifest.object, 'metadata', 'name'))}`, () =>
            runs.job(manifest),
          );
        }
        if (runs.manifests.some((m) => m.object.kind === 'ScheduledSparkApplication'))
          log(
            `ScheduledSparkApplications were run on the test schedule ${TEST_SCHEDULE}, each then given its own back`,
          );
      }
      // Once the jobs have run, two lanes at once: the cluster's probes (each its own SparkApplication, one the
      // history server's read), and the plans, which only read the cluster. The plans stay in one lane: the lock
      // check needs the jobs state unlocked, and the fresh runner and the preflight each start a Docker daemon.
      await Promise.all([
        runs &&
          Promise.all([
            reporter.check(env.label, 'cluster/history-server', () => deploy.historyServer()),
            reporter.check(env.label, 'cluster/rejected-pod', () => runs.rejectedPod()),
            reporter.check(env.label, 'cluster/missing-permission', () => runs.missingPermission()),
          ]),
        (async () => {
          await check('second-plan', () => deploy.secondPlan());
          await check('fresh-runner', () => deploy.freshRunner());
          await check('docker-preflight', () => deploy.dockerPreflight());
          await check('state-lock', () => deploy.stateLock());
        })(),
      ]);
      await check('interrupted-apply', () => deploy.interruptedApply());
      await check('state-encryption', () => deploy.stateEncryption());
      await check('destroy', () => deploy.destroy());
    } finally {
      await deploy.cleanup();
    }
  },
};
