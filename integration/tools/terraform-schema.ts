import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../lib/synth';

/**
 * A provider's schema derived from the prebuilt cdktf bindings that this project pins. cdktf generated each binding
 * from `terraform providers schema -json` of exactly one provider version, and its `.jsii` assembly keeps enough of
 * that schema to rebuild it: every resource, data source and provider class, the Terraform name of every argument
 * (the registry link in its docs), whether it is optional, its type, and which arguments are blocks (struct types).
 *
 * The output has the shape of one provider in `terraform providers schema -json`, so the aws stand-in plugin
 * (tools/go/aws-standin) would serve a real schema dump unchanged.
 */

/** A type in cty's JSON form, as `terraform providers schema -json` writes it. */
export type CtyType = 'string' | 'number' | 'bool' | 'dynamic' | ['list' | 'set' | 'map', CtyType];

export interface SchemaAttribute {
  type: CtyType;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
}

export interface SchemaBlockType {
  nesting_mode: 'list';
  block: SchemaBlock;
  min_items?: number;
  max_items?: number;
}

export interface SchemaBlock {
  attributes: Record<string, SchemaAttribute>;
  block_types: Record<string, SchemaBlockType>;
}

export interface ProviderSchema {
  /** `registry.terraform.io/<namespace>/<name>`, as the bindings' docs name it. */
  source: { namespace: string; name: string; version: string };
  /** The npm package and version the schema was derived from. */
  binding: { package: string; version: string };
  provider: { version: 0; block: SchemaBlock };
  resource_schemas: Record<string, { version: 0; block: SchemaBlock }>;
  data_source_schemas: Record<string, { version: 0; block: SchemaBlock }>;
}

// The subset of the jsii assembly format (spec: @jsii/spec) that the derivation reads.
interface JsiiTypeRef {
  primitive?: string;
  fqn?: string;
  collection?: { kind: 'array' | 'map'; elementtype: JsiiTypeRef };
  union?: { types: JsiiTypeRef[] };
}
interface JsiiDocs {
  summary?: string;
  remarks?: string;
}
interface JsiiProperty {
  name: string;
  type: JsiiTypeRef;
  optional?: boolean;
  static?: boolean;
  docs?: JsiiDocs;
}
interface JsiiType {
  fqn: string;
  kind: 'class' | 'interface' | 'enum';
  datatype?: boolean;
  base?: string;
  interfaces?: string[];
  docs?: JsiiDocs;
  properties?: JsiiProperty[];
  initializer?: { parameters?: { name: string; type: JsiiTypeRef }[] };
}
interface JsiiAssembly {
  name: string;
  version: string;
  types: Record<string, JsiiType>;
}

/**
 * `{@link https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/eks_cluster aws_eks_cluster}`
 * in a class's summary, `{@link .../eks_cluster#role_arn EksCluster#role_arn}` in an argument's docs.
 */
const REGISTRY_LINK =
  /\{@link https:\/\/registry\.terraform\.io\/providers\/([^/\s]+)\/([^/\s]+)\/([^/\s]+)\/docs(?:\/(resources|data-sources)\/[^\s#}]+)?(?:#(\S+))? ([^}\s]+)\}/;

function registryLink(docs: JsiiDocs | undefined) {
  for (const text of [docs?.summary, docs?.remarks]) {
    const match = text ? REGISTRY_LINK.exec(text) : null;
    if (match) {
      const [, namespace, name, version, kind, anchor, label] = match;
      return { namespace, name, version, kind, anchor, label };
    }
  }
  return undefined;
}

/** cdktf camel-cases `snake_case` names; computed-only attributes carry no registry link, so are turned back. */
function snakeCase(camel: string): string {
  return camel.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

class Deriver {
  constructor(private readonly assembly: JsiiAssembly) {}

  private type(fqn: string): JsiiType {
    const found = this.assembly.types[fqn];
    if (!found) throw new Error(`${this.assembly.name}: no type ${fqn} in the jsii assembly`);
    return found;
  }

  private isStruct(ref: JsiiTypeRef): boolean {
    if (!ref.fqn?.startsWith(`${this.assembly.name}.`)) return false;
    const type = this.type(ref.fqn);
    return type.kind === 'interface' && type.datatype === true;
  }

  /** A union with cdktf.IResolvable (a token) says nothing about the Terraform type; drop it. */
  private unwrap(ref: JsiiTypeRef): JsiiTypeRef {
    if (!ref.union) return ref;
    const rest = ref.union.types.filter((member) => member.fqn !== 'cdktf.IResolvable');
    return rest.length === 1 ? this.unwrap(rest[0]) : ref;
  }

  /**
   * The block a struct-typed argument stands for: `{fqn: Struct}` for a block of at most one (cdktf types a
   * max-one block, or a single nested attribute, as a plain struct), `Struct[]` for a list or set of them.
   */
  private blockOf(ref: JsiiTypeRef): { fqn: string; single: boolean } | undefined {
    const type = this.unwrap(ref);
    if (type.fqn && this.isStruct(type)) return { fqn: type.fqn, single: true };
    const element = type.collection?.kind === 'array' ? this.unwrap(type.collection.elementtype) : undefined;
    if (element?.fqn && this.isStruct(element)) return { fqn: element.fqn, single: false };
    return undefined;
  }

  /**
   * The Terraform type of a non-block argument. Only what the binding determines exactly is typed; anything else
   * (a union, a nested collection, `any`, a map of structs) is `dynamic`, which accepts every value, so the stub
   * never reports a type error that the real provider would not. A jsii array is typed as a list: Terraform converts
   * the same JSON to a list or a set, and a list allows every expression that a set does.
   */
  private ctyType(ref: JsiiTypeRef, nested = false): CtyType {
    const type = this.unwrap(ref);
    switch (type.primitive) {
      case 'string':
        return 'string';
      case 'number':
        return 'number';
      case 'boolean':
        return 'bool';
      case undefined:
        break;
      default:
        return 'dynamic';
    }
    if (type.collection && !nested) {
      const element = this.ctyType(type.collection.elementtype, true);
      if (element === 'dynamic') return 'dynamic';
      return [type.collection.kind === 'array' ? 'list' : 'map', element];
    }
    return 'dynamic';
  }

  /** All properties of a struct, its parent structs' included (cdktf's own meta-arguments excluded). */
  private structProperties(fqn: string): JsiiProperty[] {
    const type = this.type(fqn);
    const inherited = (type.interfaces ?? [])
      .filter((parent) => parent.startsWith(`${this.assembly.name}.`))
      .flatMap((parent) => this.structProperties(parent));
    return [...inherited, ...(type.properties ?? [])];
  }

  /**
   * The block of a struct: its properties are the arguments, and the getters of its OutputReference class that are
   * not arguments are the computed-only attributes (so references such as `vpc_config[0].vpc_id` resolve).
   */
  block(configFqn: string, getters: readonly JsiiProperty[], skip: ReadonlySet<string> = new Set()): SchemaBlock {
    const out: SchemaBlock = { attributes: {}, block_types: {} };
    const argumentNames = new Set<string>();
    for (const property of this.structProperties(configFqn)) {
      argumentNames.add(property.name);
      const name = registryLink(property.docs)?.anchor ?? snakeCase(property.name);
      if (skip.has(name)) continue;
      const nested = this.blockOf(property.type);
      if (nested) {
        out.block_types[name] = {
          nesting_mode: 'list',
          block: this.block(nested.fqn, this.outputReferenceGetters(nested.fqn)),
          ...(property.optional ? {} : { min_items: 1 }),
          ...(nested.single ? { max_items: 1 } : {}),
        };
      } else {
        out.attributes[name] = property.optional
          ? { type: this.ctyType(property.type), optional: true, computed: true }
          : { type: this.ctyType(property.type), required: true };
      }
    }
    for (const getter of getters) {
      if (getter.static || argumentNames.has(getter.name)) continue;
      if (getter.name === 'internalValue' || getter.name.endsWith('Input')) continue;
      const name = snakeCase(getter.name);
      if (out.attributes[name] || out.block_types[name] || skip.has(name)) continue;
      out.attributes[name] = { type: this.ctyType(getter.type), computed: true };
    }
    return out;
  }

  private outputReferenceGetters(structFqn: string): JsiiProperty[] {
    return this.assembly.types[`${structFqn}OutputReference`]?.properties ?? [];
  }

  private configOf(type: JsiiType): string {
    const config = type.initializer?.parameters?.find((parameter) => parameter.name === 'config');
    if (!config?.type.fqn) throw new Error(`${type.fqn}: no config parameter`);
    return config.type.fqn;
  }

  derive(): ProviderSchema {
    let source: ProviderSchema['source'] | undefined;
    let provider: SchemaBlock | undefined;
    const resources: ProviderSchema['resource_schemas'] = {};
    const dataSources: ProviderSchema['data_source_schemas'] = {};
    for (const type of Object.values(this.assembly.types)) {
      if (type.kind !== 'class') continue;
      const kind = {
        'cdktf.TerraformResource': 'resource',
        'cdktf.TerraformDataSource': 'data',
        'cdktf.TerraformProvider': 'provider',
      }[type.base ?? ''];
      if (!kind) continue;
      const link = registryLink(type.docs);
      if (!link) throw new Error(`${type.fqn}: no registry link in its docs`);
      const versionOf = { namespace: link.namespace, name: link.name, version: link.version };
      if (source && JSON.stringify(source) !== JSON.stringify(versionOf)) {
        throw new Error(`${type.fqn} links ${JSON.stringify(versionOf)}, others ${JSON.stringify(source)}`);
      }
      source = versionOf;
      if (kind === 'provider') {
        // `alias` is a meta-argument that Terraform takes out of the provider block before the schema sees it.
        provider = this.block(this.configOf(type), [], new Set(['alias']));
      } else {
        const expected = kind === 'resource' ? 'resources' : 'data-sources';
        if (link.kind !== expected) throw new Error(`${type.fqn}: ${kind} class links ${link.kind}`);
        const block = this.block(this.configOf(type), type.properties ?? []);
        (kind === 'resource' ? resources : dataSources)[link.label] = { version: 0, block };
      }
    }
    if (!source || !provider) throw new Error(`${this.assembly.name}: no provider class`);
    return {
      source,
      binding: { package: this.assembly.name, version: this.assembly.version },
      provider: { version: 0, block: provider },
      resource_schemas: resources,
      data_source_schemas: dataSources,
    };
  }
}

/** Reads `node_modules/<binding>/.jsii` once (the aws one is ~125 MB; parsing it takes a few seconds). */
export function deriveProviderSchema(bindingPackage: string): ProviderSchema {
  const file = path.join(PROJECT_ROOT, 'node_modules', bindingPackage, '.jsii');
  const assembly = JSON.parse(readFileSync(file, 'utf8')) as JsiiAssembly;
  if (assembly.name !== bindingPackage) throw new Error(`${file} is the assembly of ${assembly.name}`);
  return new Deriver(assembly).derive();
}
