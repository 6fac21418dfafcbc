import { createHash } from 'node:crypto';
import { accessSync, constants, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { installOnce } from '../lib/cache';
import { run } from '../lib/exec';
import { INTEGRATION_ROOT, PROJECT_ROOT } from '../lib/synth';
import { goEnv } from './helm';
import { ensureRealProviders } from './providers';
import { ProviderSchema, deriveProviderSchema } from './terraform-schema';

/**
 * The Terraform the README requires (≥ 1.10, for the S3 backend's `use_lockfile`), pinned exactly. The binary on the
 * PATH is used only if it reports exactly this version; otherwise OpenTofu {@link OPENTOFU_VERSION} is built from
 * its Go module (Terraform's own module cannot be built with `go install`: its go.mod replaces modules by nested
 * folders that the module zip lacks).
 */
export const TERRAFORM_VERSION = '1.11.4';
/** Pinned in tools/go/tofu/go.mod (with go.sum); the built binary must report it. */
export const OPENTOFU_VERSION = '1.10.10';

/**
 * The aws provider's plugin is a stand-in of ours (tools/go/aws-standin): it serves the schema derived from the pinned
 * binding, and answers only the three AWS types the platform and jobs stacks use, from the suite's local engines. The
 * other three providers are the real plugins (tools/providers.ts).
 */
const AWS_BINDING = '@cdktf/provider-aws';

/** Terraform resolves `aws` to registry.terraform.io/hashicorp/aws, OpenTofu to its own host: the mirror holds both. */
const REGISTRY_HOSTS = ['registry.terraform.io', 'registry.opentofu.org'];

const GO_ROOT = path.join(INTEGRATION_ROOT, 'tools', 'go');

/** One provider plugin of the mirror. */
export interface MirroredProvider {
  readonly namespace: string;
  readonly name: string;
  readonly version: string;
  /** `real`: built from the provider's own source; `stand-in`: ours (aws only). */
  readonly kind: 'real' | 'stand-in';
  /** For the stand-in: the binding its schema was derived from, its counts and the schema file. */
  readonly binding?: { readonly package: string; readonly version: string };
  readonly resources?: number;
  readonly dataSources?: number;
  readonly schemaFile?: string;
}

export interface Terraform {
  /** `terraform` (the binary on the PATH) or `opentofu` (built here). */
  readonly engine: 'terraform' | 'opentofu';
  readonly bin: string;
  readonly version: string;
  readonly providers: readonly MirroredProvider[];
  /** The environment for every run: the generated CLI config, nothing of the user's own TF_* settings. */
  env(dataDir: string): NodeJS.ProcessEnv;
  readonly installedNow: boolean;
  /** Seconds each real plugin took to build, for those built now. */
  readonly buildSeconds: Readonly<Record<string, number>>;
}

function sha256(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

function which(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** `terraform version -json`'s own field; the same in OpenTofu. */
async function reportedVersion(bin: string): Promise<string> {
  const { stdout } = await run(bin, ['version', '-json'], { env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  return (JSON.parse(stdout) as { terraform_version: string }).terraform_version;
}

async function buildOpenTofu(): Promise<{ bin: string; installedNow: boolean }> {
  const moduleDir = path.join(GO_ROOT, 'tofu');
  const key = sha256(readFileSync(path.join(moduleDir, 'go.mod')), readFileSync(path.join(moduleDir, 'go.sum')));
  const { dir, installedNow } = await installOnce(
    `opentofu-${OPENTOFU_VERSION}-${key.slice(0, 12)}`,
    async (target) => {
      await run(
        'go',
        [
          'build',
          '-mod=readonly',
          '-trimpath',
          // Without this OpenTofu calls itself a `-dev` prerelease.
          '-ldflags=-s -w -X github.com/opentofu/opentofu/version.dev=no',
          '-o',
          path.join(target, 'tofu'),
          'github.com/opentofu/opentofu/cmd/tofu',
        ],
        { cwd: moduleDir, env: goEnv(), timeoutMs: 40 * 60_000 },
      );
    },
  );
  return { bin: path.join(dir, 'tofu'), installedNow };
}

/** `linux_amd64` and the like: the platform folder of a provider package. */
function goPlatform(): string {
  const os = { linux: 'linux', darwin: 'darwin', win32: 'windows' }[process.platform as string];
  const arch = { x64: 'amd64', arm64: 'arm64' }[process.arch as string];
  if (!os || !arch) throw new Error(`no Go platform for ${process.platform}/${process.arch}`);
  return `${os}_${arch}`;
}

function bindingVersion(bindingPackage: string): string {
  const file = path.join(PROJECT_ROOT, 'node_modules', bindingPackage, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/**
 * Builds the aws stand-in once (the derived schema's path is linked in, since Terraform starts a plugin without
 * arguments), and lays it out with the real plugins as an unpacked filesystem mirror. Keyed by the stand-in's source,
 * this installer's and the derivation's source, the aws binding's version and the real plugins' folder, so any
 * change rebuilds it.
 */
async function ensureProviderMirror(): Promise<{
  dir: string;
  providers: MirroredProvider[];
  installedNow: boolean;
  buildSeconds: Record<string, number>;
}> {
  const real = await ensureRealProviders();
  const standInDir = path.join(GO_ROOT, 'aws-standin');
  const key = sha256(
    ...readdirSync(standInDir)
      .sort()
      .map((file) => readFileSync(path.join(standInDir, file))),
    ...['terraform.ts', 'terraform-schema.ts'].map((file) => readFileSync(path.join(__dirname, file))),
    `${AWS_BINDING}@${bindingVersion(AWS_BINDING)}`,
    ...real.providers.map((provider) => provider.bin),
  );
  const platform = goPlatform();
  const { dir, installedNow } = await installOnce(`terraform-providers-${key.slice(0, 12)}`, async (target) => {
    const schema: ProviderSchema = deriveProviderSchema(AWS_BINDING);
    const { namespace, name, version } = schema.source;
    const schemaFile = path.join(target, 'schemas', `${name}.json`);
    mkdirSync(path.dirname(schemaFile), { recursive: true });
    writeFileSync(schemaFile, JSON.stringify(schema));
    const built = path.join(target, `terraform-provider-${name}.build`);
    await run(
      'go',
      [
        'build',
        '-mod=readonly',
        '-trimpath',
        `-ldflags=-s -w -X main.schemaFile=${schemaFile} -X main.providerAddr=${namespace}/${name}`,
        '-o',
        built,
        '.',
      ],
      { cwd: standInDir, env: goEnv(), timeoutMs: 20 * 60_000 },
    );
    const providers: MirroredProvider[] = [
      {
        namespace,
        name,
        version,
        kind: 'stand-in',
        binding: schema.binding,
        resources: Object.keys(schema.resource_schemas).length,
        dataSources: Object.keys(schema.data_source_schemas).length,
        schemaFile,
      },
      ...real.providers.map((provider) => ({
        namespace: provider.namespace,
        name: provider.name,
        version: provider.version,
        kind: 'real' as const,
      })),
    ];
    const binaries = new Map<string, string>([
      [name, built],
      ...real.providers.map((provider): [string, string] => [provider.name, provider.bin]),
    ]);
    // Hard links: one binary serves both hosts, and the real plugins stay where they were built.
    for (const provider of providers) {
      for (const host of REGISTRY_HOSTS) {
        const packageDir = path.join(
          target,
          'mirror',
          host,
          provider.namespace,
          provider.name,
          provider.version,
          platform,
        );
        mkdirSync(packageDir, { recursive: true });
        linkSync(
          binaries.get(provider.name) as string,
          path.join(packageDir, `terraform-provider-${provider.name}_v${provider.version}`),
        );
      }
    }
    rmSync(built);
    writeFileSync(path.join(target, 'providers.json'), `${JSON.stringify(providers, null, 2)}\n`);
    // Only the mirror: no `direct`, so Terraform never asks a registry.
    const mirror = JSON.stringify(path.join(target, 'mirror'));
    writeFileSync(
      path.join(target, 'terraformrc'),
      `provider_installation {\n  filesystem_mirror {\n    path = ${mirror}\n  }\n}\n`,
    );
  });
  const providers = JSON.parse(readFileSync(path.join(dir, 'providers.json'), 'utf8')) as MirroredProvider[];
  return { dir, providers, installedNow: installedNow || real.installedNow, buildSeconds: real.seconds };
}

/**
 * Terraform {@link TERRAFORM_VERSION} (or OpenTofu) with a filesystem mirror of the provider plugins: the real
 * kubernetes, helm and docker plugins and the aws stand-in.
 * `SPARK_EKS_TERRAFORM=build` builds OpenTofu even when the PATH has the pinned Terraform, to exercise the fallback.
 */
export async function ensureTerraform(): Promise<Terraform> {
  const mode = process.env.SPARK_EKS_TERRAFORM?.trim() || 'auto';
  if (mode !== 'auto' && mode !== 'build') throw new Error(`SPARK_EKS_TERRAFORM=${mode}: expected auto or build`);
  let engine: Terraform['engine'] = 'terraform';
  let bin = mode === 'auto' ? which('terraform') : undefined;
  // A PATH binary that cannot say its version counts as a mismatch: the fallback is built instead.
  let version = bin ? await reportedVersion(bin).catch(() => undefined) : undefined;
  let builtNow = false;
  if (version !== TERRAFORM_VERSION) {
    engine = 'opentofu';
    const built = await buildOpenTofu();
    bin = built.bin;
    builtNow = built.installedNow;
    // Asked every run, so a binary altered or broken in the cache fails here rather than in a check.
    version = await reportedVersion(bin);
    if (version !== OPENTOFU_VERSION) throw new Error(`${bin} reports ${version}, expected ${OPENTOFU_VERSION}`);
  }
  const mirror = await ensureProviderMirror();
  const cliConfig = path.join(mirror.dir, 'terraformrc');
  const found = bin as string;
  return {
    engine,
    bin: found,
    version: version as string,
    providers: mirror.providers,
    installedNow: builtNow || mirror.installedNow,
    buildSeconds: mirror.buildSeconds,
    env: (dataDir) => {
      const env: NodeJS.ProcessEnv = {};
      // The user's TF_CLI_ARGS, plugin cache or CLI config must not change what the suite checks.
      for (const [name, value] of Object.entries(process.env)) {
        if (!/^(TF|TOFU)_/.test(name)) env[name] = value;
      }
      return {
        ...env,
        TF_CLI_CONFIG_FILE: cliConfig,
        TF_DATA_DIR: dataDir,
        TF_IN_AUTOMATION: '1',
        TF_INPUT: '0',
        CHECKPOINT_DISABLE: '1',
      };
    },
  };
}
