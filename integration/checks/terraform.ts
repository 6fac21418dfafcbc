import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run } from '../lib/exec';
import { Location, Problem, Reporter, failIfAny } from '../lib/report';
import { Stage } from '../lib/stage';
import { StackJson, SynthesizedEnv, resources } from '../lib/synth';
import { MirroredProvider, Terraform, ensureTerraform } from '../tools/terraform';
import { ProviderSchema } from '../tools/terraform-schema';

/** One entry of `terraform validate -json`'s `diagnostics`. */
interface Diagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail?: string;
  address?: string;
  range?: { filename: string; start: { line: number } };
  /** For JSON configuration, `context` is the path of the block at fault, e.g. `resource.helm_release.x.set[0]`. */
  snippet?: { context?: string | null };
}

interface ValidateResult {
  valid: boolean;
  diagnostics: Diagnostic[];
}

/**
 * Where a diagnostic points: the snippet's block path gives the resource address and the nested block; the argument
 * it names (`The argument "x" is required`, `No argument or block type is named "x"`) completes the attribute path.
 */
function locate(stack: string, diagnostic: Diagnostic): Location {
  const parts = (diagnostic.snippet?.context ?? '').split('.').filter(Boolean);
  let resource = diagnostic.address;
  let rest: string[] = [];
  if (parts[0] === 'resource' && parts.length >= 3) {
    resource ??= `${parts[1]}.${parts[2]}`;
    rest = parts.slice(3);
  } else if (parts[0] === 'data' && parts.length >= 3) {
    resource ??= `data.${parts[1]}.${parts[2]}`;
    rest = parts.slice(3);
  } else if (parts.length >= 2) {
    resource ??= `${parts[0]}.${parts[1]}`;
    rest = parts.slice(2);
  }
  const named = /(?:argument|block type is named|attribute) "([^"]+)"/.exec(diagnostic.detail ?? '')?.[1];
  const attribute = [...rest, ...(named && rest.at(-1) !== named ? [named] : [])].join('.');
  return { stack, resource, attribute: attribute || undefined };
}

function describe(diagnostic: Diagnostic): string {
  const where = diagnostic.range ? ` (${diagnostic.range.filename}:${diagnostic.range.start.line})` : '';
  return `${diagnostic.summary}${diagnostic.detail ? `: ${diagnostic.detail}` : ''}${where}`;
}

/**
 * `init -backend=false` (the S3 backend is never contacted) and `validate -json` on a copy of the stack folder, in a
 * temporary folder that also holds the data dir, so nothing is written into the clone or the synth output. With
 * `schemas`, also `providers schema -json`: the schemas the plugins themselves serve.
 */
async function validateCopy(
  tools: Terraform,
  stackDir: string,
  edit?: (json: StackJson) => void,
  schemas = false,
): Promise<ValidateResult & { schemas?: Record<string, ProviderSchema> }> {
  const work = mkdtempSync(path.join(tmpdir(), 'spark-eks-terraform-'));
  try {
    const copy = path.join(work, 'stack');
    cpSync(stackDir, copy, { recursive: true });
    if (edit) {
      const file = path.join(copy, 'cdk.tf.json');
      const json = JSON.parse(readFileSync(file, 'utf8')) as StackJson;
      edit(json);
      writeFileSync(file, JSON.stringify(json, null, 2));
    }
    const env = tools.env(path.join(work, 'data'));
    await run(tools.bin, ['init', '-backend=false', '-input=false', '-no-color'], {
      cwd: copy,
      env,
      timeoutMs: 5 * 60_000,
    });
    const { stdout } = await run(tools.bin, ['validate', '-json', '-no-color'], {
      cwd: copy,
      env,
      okCodes: [0, 1],
      timeoutMs: 5 * 60_000,
    });
    const result = JSON.parse(stdout) as ValidateResult;
    if (!schemas) return result;
    const dump = JSON.parse(
      (await run(tools.bin, ['providers', 'schema', '-json'], { cwd: copy, env, timeoutMs: 5 * 60_000 })).stdout,
    ) as {
      provider_schemas: Record<string, ProviderSchema>;
    };
    // Keyed by the provider's type name, the last part of its address (registry.terraform.io/hashicorp/aws).
    const byName = Object.fromEntries(
      Object.entries(dump.provider_schemas).map(([address, schema]) => [address.split('/').at(-1) as string, schema]),
    );
    return { ...result, schemas: byName };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function count(value: unknown): number {
  return value && typeof value === 'object' ? Object.keys(value).length : 0;
}

/** Every data source of a stack as `[type, name, body]`. */
function dataSources(stack: StackJson): [string, string, StackJson][] {
  return Object.entries((stack.data ?? {}) as Record<string, Record<string, StackJson>>).flatMap(([type, byName]) =>
    Object.entries(byName).map(([name, body]): [string, string, StackJson] => [type, name, body]),
  );
}

/** The local provider name a resource type belongs to, by Terraform's own rule: the type's first word. */
function providerOf(type: string): string {
  return type.split('_')[0];
}

/** The mirrored plugin that serves a stack's `required_providers` entry, or why none does. */
function pluginFor(
  tools: Terraform,
  local: string,
  requirement: { source?: string; version?: string },
): { plugin: MirroredProvider; problem?: undefined } | { plugin?: undefined; problem: string } {
  const source = requirement.source ?? local;
  const [namespace, name] = source.includes('/') ? source.split('/').slice(-2) : ['hashicorp', source];
  const plugin = tools.providers.find((provider) => provider.namespace === namespace && provider.name === name);
  if (!plugin) return { problem: `requires ${source}, which no plugin of the mirror provides` };
  if (requirement.version !== plugin.version) {
    return { problem: `requires ${source} ${requirement.version}, the mirror has ${plugin.version}` };
  }
  return { plugin };
}

function describePlugin(plugin: MirroredProvider): string {
  return plugin.kind === 'real'
    ? `${plugin.name} ${plugin.version} (real)`
    : `${plugin.name} ${plugin.version} (stand-in, schema from ${plugin.binding?.package ?? 'its binding'})`;
}

/** What a stack holds that `validate` checks besides resources, for the figure. */
function coverage(stack: StackJson): string {
  const all = [...resources(stack), ...dataSources(stack)];
  const dependsOn = all.filter(([, , body]) => Array.isArray(body.depends_on)).length;
  const lifecycle = all.filter(([, , body]) => body.lifecycle !== undefined).length;
  const remoteStates = count(stack.data?.terraform_remote_state);
  const providerBlocks = Object.values((stack.provider ?? {}) as Record<string, unknown[]>).flat().length;
  return [
    plural(remoteStates, 'remote state'),
    plural(count(stack.output), 'output'),
    `${dependsOn} depends_on`,
    `${lifecycle} lifecycle`,
    plural(providerBlocks, 'provider block'),
  ].join(', ');
}

async function checkStack(tools: Terraform, env: SynthesizedEnv, name: string): Promise<string> {
  const stack = env.stack(name);
  const problems: Problem[] = [];
  const requirements = (stack.terraform?.required_providers ?? {}) as Record<
    string,
    { source?: string; version?: string }
  >;
  const used: string[] = [];
  for (const [local, requirement] of Object.entries(requirements)) {
    const found = pluginFor(tools, local, requirement);
    if (found.plugin) used.push(describePlugin(found.plugin));
    else {
      problems.push({
        message: found.problem,
        location: { stack: name, resource: 'terraform.required_providers', attribute: local },
      });
    }
  }
  failIfAny(problems);
  const result = await validateCopy(tools, env.stackDir(name));
  for (const diagnostic of result.diagnostics.filter((entry) => entry.severity === 'error')) {
    problems.push({ message: describe(diagnostic), location: locate(name, diagnostic) });
  }
  if (!result.valid && problems.length === 0)
    problems.push({ message: 'validate reports invalid without an error', location: { stack: name } });
  failIfAny(problems);
  const warnings = result.diagnostics.filter((entry) => entry.severity === 'warning');
  return [
    `${tools.engine} ${tools.version}: valid, ${plural(resources(stack).length, 'resource')}, ${plural(dataSources(stack).length, 'data source')}`,
    coverage(stack),
    `providers: ${used.length ? used.join(', ') : 'none'}`,
    ...(warnings.length
      ? [`${warnings.length} warnings: ${warnings.map((warning) => warning.summary).join('; ')}`]
      : []),
  ].join('; ');
}

interface Fault {
  readonly address: string;
  readonly attribute: string;
  readonly kind: 'unknown argument' | 'missing required argument';
  readonly edit: (json: StackJson) => void;
}

/** For one provider: an argument that no schema has, on its first resource (or data source); a required one removed. */
function faultsFor(stack: StackJson, provider: string, schema: ProviderSchema): Fault[] {
  const candidates = [
    ...resources(stack).map(([type, key, body]) => ({
      section: 'resource',
      type,
      key,
      body,
      address: `${type}.${key}`,
    })),
    ...dataSources(stack).map(([type, key, body]) => ({
      section: 'data',
      type,
      key,
      body,
      address: `data.${type}.${key}`,
    })),
  ].filter((candidate) => providerOf(candidate.type) === provider);
  if (candidates.length === 0) return [];
  const first = candidates[0];
  const unknown = 'spark_eks_negative_control';
  const faults: Fault[] = [
    {
      address: first.address,
      attribute: unknown,
      kind: 'unknown argument',
      edit: (json) => {
        json[first.section][first.type][first.key][unknown] = 'x';
      },
    },
  ];
  for (const candidate of candidates) {
    const schemas = candidate.section === 'resource' ? schema.resource_schemas : schema.data_source_schemas;
    const attributes = schemas[candidate.type]?.block.attributes ?? {};
    const required = Object.keys(attributes).find((key) => attributes[key].required && key in candidate.body);
    if (!required) continue;
    faults.push({
      address: candidate.address,
      attribute: required,
      kind: 'missing required argument',
      edit: (json) => {
        Reflect.deleteProperty(json[candidate.section][candidate.type][candidate.key] as StackJson, required);
      },
    });
    break;
  }
  return faults;
}

/**
 * Proves the plugins (the real ones and the aws stand-in) constrain: in a copy of the stack that uses the most providers, for each provider,
 * adds an argument that no schema has to one of its resources (or data sources) and removes a required argument from
 * one. Validate must fail with exactly these faults, each at its address and attribute. One copy per provider:
 * Terraform does not validate what depends on a block that failed (the kubernetes, helm and docker provider blocks
 * read `data.aws_eks_cluster`), so faults of several providers in one copy would hide each other. The copy's JSON is
 * edited rather than given a `*_override.tf.json`: Terraform merges an override's arguments through the schema, so an
 * argument that no schema has is dropped silently, and an override cannot remove an argument.
 */
async function negativeControl(tools: Terraform, env: SynthesizedEnv): Promise<string> {
  const providersOf = (stack: StackJson) =>
    new Set([...resources(stack), ...dataSources(stack)].map(([type]) => providerOf(type)));
  const name = [...env.stackNames].sort((a, b) => providersOf(env.stack(b)).size - providersOf(env.stack(a)).size)[0];
  const stack = env.stack(name);
  const problems: Problem[] = [];
  const figures: string[] = [];
  // The schemas the plugins serve themselves (the real ones' own, the stand-in's derived one).
  // `providers schema` needs an initialized backend: this copy has none (local state), which changes no schema.
  const { schemas = {} } = await validateCopy(
    tools,
    env.stackDir(name),
    (json) => Reflect.deleteProperty(json.terraform as StackJson, 'backend'),
    true,
  );
  for (const plugin of tools.providers) {
    if (!providersOf(stack).has(plugin.name)) continue;
    const schema = schemas[plugin.name];
    if (!schema) {
      problems.push({
        message: `terraform providers schema has no schema for ${plugin.name}`,
        location: { stack: name },
      });
      continue;
    }
    const faults = faultsFor(stack, plugin.name, schema);
    const result = await validateCopy(tools, env.stackDir(name), (json) => faults.forEach((fault) => fault.edit(json)));
    const errors = result.diagnostics
      .filter((entry) => entry.severity === 'error')
      .map((entry) => ({ entry, at: locate(name, entry) }));
    for (const fault of faults) {
      if (!errors.some(({ at }) => at.resource === fault.address && at.attribute === fault.attribute)) {
        problems.push({
          message: `validate did not report the injected ${fault.kind}`,
          location: { stack: name, resource: fault.address, attribute: fault.attribute },
        });
      }
    }
    for (const { entry, at } of errors) {
      if (!faults.some((fault) => at.resource === fault.address && at.attribute === fault.attribute)) {
        problems.push({ message: `unexpected: ${describe(entry)}`, location: at });
      }
    }
    if (result.valid)
      problems.push({ message: `validate accepted the broken copy (${plugin.name})`, location: { stack: name } });
    figures.push(`${plugin.name} ${faults.length}`);
  }
  if (figures.length === 0)
    problems.push({ message: 'no resource of any provider to break', location: { stack: name } });
  failIfAny(problems);
  return `${name}: each injected unknown argument and removed required argument reported at its address, nothing else (faults per provider: ${figures.join(', ')})`;
}

export const stage: Stage<Terraform> = {
  name: 'terraform',
  order: 30,
  async install() {
    const tools = await ensureTerraform();
    const plugins = tools.providers
      .map((provider) =>
        provider.kind === 'real'
          ? `${provider.name} ${provider.version} (real plugin)`
          : `${provider.name} ${provider.version} (stand-in: ${plural(provider.resources ?? 0, 'resource')}, ${plural(provider.dataSources ?? 0, 'data source')} from ${provider.binding?.package}@${provider.binding?.version})`,
      )
      .join(', ');
    const built = Object.entries(tools.buildSeconds).map(([name, seconds]) => `${name} ${seconds} s`);
    return {
      tools,
      figure: `${tools.engine} ${tools.version} (${tools.bin}); plugins: ${plugins}${built.length ? `; built now: ${built.join(', ')}` : tools.installedNow ? '; installed now' : ''}`,
    };
  },
  async check(env: SynthesizedEnv, reporter: Reporter, tools: Terraform) {
    for (const name of env.stackNames) {
      const kind = name.slice(env.config.prefix.length + 1);
      await reporter.check(env.label, `terraform/${kind}`, () => checkStack(tools, env, name));
    }
    await reporter.check(env.label, 'terraform/negative-control', () => negativeControl(tools, env));
  },
};
