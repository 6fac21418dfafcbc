/**
 * A real scanner: checkov, pinned by a hash-checked lock file, scans every stack's cdk.tf.json of each config,
 * offline. Each failed check is either fixed or listed with a reason in `integration/checkov-skips.yaml`; the stage
 * fails on a failure the list does not hold, and on a listed skip that fails on no config, so the list cannot rot.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { run } from '../lib/exec';
import { CheckError, failIfAny, Problem, Reporter } from '../lib/report';
import { Stage } from '../lib/stage';
import type { StackJson, SynthesizedEnv } from '../lib/synth';
import { ensureVenv, Venv } from '../tools/python';

const INTEGRATION_ROOT = path.resolve(__dirname, '..');
export const SKIP_FILE = path.join(INTEGRATION_ROOT, 'checkov-skips.yaml');
const LOCK_FILE = path.join(INTEGRATION_ROOT, 'tools', 'python', 'checkov.txt');
const SKIP_FILE_NAME = path.relative(path.resolve(INTEGRATION_ROOT, '..'), SKIP_FILE);

/** One accepted failure: a check of checkov on one resource (or `*`: every resource it fails on) of one stack kind. */
export interface CheckovSkip {
  readonly check: string;
  /** The stack kind (`core`), not the stack name, so one entry holds for every config. */
  readonly stack: string;
  /** `type.name`, `data.type.name`, or `*`. */
  readonly resource: string;
  readonly reason: string;
}

/** One check of checkov on one resource, with the resource named by its address in cdk.tf.json. */
export interface CheckovResult {
  readonly check: string;
  readonly name: string;
  readonly resource: string;
  readonly passed: boolean;
  /** The attributes checkov evaluated, e.g. `vpc_config/[0]/endpoint_public_access`. */
  readonly attributes: readonly string[];
}

export interface SkipMatch {
  /** Failures a skip entry lists, with the entry's index in the skip list. */
  readonly skipped: readonly { readonly result: CheckovResult; readonly skip: number }[];
  readonly unlisted: readonly CheckovResult[];
  /** Indices of the skip entries that matched at least one failure. */
  readonly used: ReadonlySet<number>;
  /** `*` entries whose check passes on some resource of the stack: `*` claims it fails on all of them. */
  readonly tooBroad: readonly { readonly skip: number; readonly passesOn: readonly string[] }[];
}

const CHECK_ID = /^CKV2?_[A-Z0-9]+_\d+$/;
const STACK_KIND = /^[a-z][a-z0-9-]*$/;
const ADDRESS = /^(data\.)?[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+$/;

/** The entries of a skip file; throws a {@link CheckError} naming every malformed, duplicate or overlapping entry. */
export function parseSkips(text: string): CheckovSkip[] {
  const doc = parse(text) as unknown;
  const list = isObject(doc) ? doc.skips : undefined;
  if (!Array.isArray(list)) throw new CheckError({ message: `${SKIP_FILE_NAME}: expected a top-level list \`skips\`` });
  const problems: Problem[] = [];
  const skips: CheckovSkip[] = [];
  for (const [i, entry] of (list as unknown[]).entries()) {
    const where = `${SKIP_FILE_NAME} skips[${i}]`;
    if (!isObject(entry)) {
      problems.push({ message: `${where}: expected a mapping` });
      continue;
    }
    const extra = Object.keys(entry).filter((key) => !['check', 'stack', 'resource', 'reason'].includes(key));
    if (extra.length > 0) problems.push({ message: `${where}: unknown key ${extra.join(', ')}` });
    const { check, stack, resource, reason } = entry;
    if (typeof check !== 'string' || !CHECK_ID.test(check))
      problems.push({ message: `${where}: check ${JSON.stringify(check)} is not a checkov check id` });
    if (typeof stack !== 'string' || !STACK_KIND.test(stack))
      problems.push({ message: `${where}: stack ${JSON.stringify(stack)} is not a stack kind such as core` });
    if (typeof resource !== 'string' || (resource !== '*' && !ADDRESS.test(resource)))
      problems.push({ message: `${where}: resource ${JSON.stringify(resource)} is neither an address nor *` });
    if (typeof reason !== 'string' || reason.trim() === '' || reason.includes('\n'))
      problems.push({ message: `${where}: reason must be one non-empty line` });
    if (typeof check === 'string' && typeof stack === 'string' && typeof resource === 'string')
      skips.push({ check, stack, resource, reason: typeof reason === 'string' ? reason : '' });
  }
  skips.forEach((skip, i) => {
    const earlier = skips.findIndex(
      (other, j) =>
        j < i &&
        other.check === skip.check &&
        other.stack === skip.stack &&
        (other.resource === skip.resource || other.resource === '*' || skip.resource === '*'),
    );
    if (earlier >= 0)
      problems.push({
        message: `${SKIP_FILE_NAME}: ${skip.check} on ${skip.stack} ${skip.resource} is listed again (or under *): one entry each`,
      });
  });
  failIfAny(problems);
  return skips;
}

/**
 * Sorts the failures of one stack into listed and unlisted. An entry matches a failure of its check on its stack kind
 * at its address, or at any address for `*`; the passes tell whether a `*` entry claims too much.
 */
export function matchSkips(kind: string, results: readonly CheckovResult[], skips: readonly CheckovSkip[]): SkipMatch {
  const skipped: { result: CheckovResult; skip: number }[] = [];
  const unlisted: CheckovResult[] = [];
  const used = new Set<number>();
  for (const result of results.filter((r) => !r.passed)) {
    const skip = skips.findIndex(
      (s) => s.stack === kind && s.check === result.check && (s.resource === '*' || s.resource === result.resource),
    );
    if (skip < 0) unlisted.push(result);
    else {
      skipped.push({ result, skip });
      used.add(skip);
    }
  }
  const tooBroad = skips.flatMap((s, skip) => {
    if (s.stack !== kind || s.resource !== '*') return [];
    const passesOn = results.filter((r) => r.passed && r.check === s.check).map((r) => r.resource);
    return passesOn.length > 0 ? [{ skip, passesOn }] : [];
  });
  return { skipped, unlisted, used, tooBroad };
}

/** The entries that matched a failure on no config: `usedPerConfig` holds each config's {@link SkipMatch.used}. */
export function staleSkips(skips: readonly CheckovSkip[], usedPerConfig: Iterable<ReadonlySet<number>>): number[] {
  const used = new Set<number>();
  for (const set of usedPerConfig) for (const i of set) used.add(i);
  return skips.map((_, i) => i).filter((i) => !used.has(i));
}

/**
 * The address in cdk.tf.json of what checkov calls `resource`, or undefined if it names no single block of the stack.
 * checkov 3.3.30 on Terraform JSON names a block three ways: its Python checks say `resource.<name>` or `data.<name>`
 * without the type (the runner builds the id from the block kind), so the type is found by the name, which cdktf
 * keeps unique within a stack; its graph checks say `<type>.<name>` for resources and data sources alike; and
 * provider blocks are `provider.<name>`.
 */
export function resolveAddress(stack: StackJson, resource: string): string | undefined {
  const blocks = (kind: 'resource' | 'data') => (stack[kind] ?? {}) as Record<string, Record<string, unknown>>;
  const has = (kind: 'resource' | 'data', type: string, name: string) => Object.hasOwn(blocks(kind)[type] ?? {}, name);
  const address = (kind: 'resource' | 'data', type: string, name: string) =>
    kind === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
  const parts = resource.split('.');
  const candidates: string[] = [];
  if (parts.length === 2 && parts[0] === 'provider') {
    if (Object.hasOwn(stack.provider ?? {}, parts[1])) candidates.push(resource);
  } else if (parts.length === 2 && (parts[0] === 'resource' || parts[0] === 'data')) {
    const kind = parts[0];
    for (const type of Object.keys(blocks(kind)))
      if (has(kind, type, parts[1])) candidates.push(address(kind, type, parts[1]));
  } else if (parts.length === 3 && parts[0] === 'data') {
    if (has('data', parts[1], parts[2])) candidates.push(resource);
  } else if (parts.length === 2) {
    for (const kind of ['resource', 'data'] as const)
      if (has(kind, parts[0], parts[1])) candidates.push(address(kind, parts[0], parts[1]));
  }
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * The stack as checkov 3.3.30 can read it. Its Terraform JSON parser crashes on `terraform.required_version` (a
 * string where it expects a block: bridgecrewio/checkov#7454, fix #7467 not released), so the copy drops that one
 * key, which no check reads; everything else is the synthesized JSON unchanged.
 */
export function scannableCopy(stack: StackJson): StackJson {
  const copy = structuredClone(stack);
  if (isObject(copy.terraform)) delete copy.terraform.required_version;
  return copy;
}

interface CheckovTools {
  readonly venv: Venv;
  readonly version: string;
}

/** The pinned version, from the lock file's `checkov==` line. */
function pinnedVersion(): string {
  const pins = readFileSync(LOCK_FILE, 'utf8')
    .split('\n')
    .map((line) => /^checkov==(\S+)/.exec(line)?.[1])
    .filter((v): v is string => v !== undefined);
  if (pins.length !== 1) throw new Error(`${LOCK_FILE}: expected one checkov== pin, found ${pins.length}`);
  return pins[0];
}

/**
 * A bare environment: no API key or config of the machine reaches checkov, and every switch that would call home is
 * off: the package update check at start-up, the guideline and policy-metadata download (`--skip-download`, and
 * BC_SKIP_MAPPING), external modules. HOME and TMPDIR are the scan's own folder, so no `~/.checkov.yaml` applies and
 * its caches go away with it.
 */
function checkovEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    TMPDIR: home,
    LANG: 'C.UTF-8',
    LOG_LEVEL: 'WARNING',
    CKV_SKIP_PACKAGE_UPDATE_CHECK: 'true',
    BC_SKIP_MAPPING: 'TRUE',
  };
}

const CHECKOV_ARGS = [
  '--framework',
  'terraform_json',
  '--output',
  'json',
  '--skip-download',
  '--download-external-modules',
  'false',
];

/** One stack's results, by kind. */
interface StackScan {
  readonly kind: string;
  readonly stackName: string;
  readonly results: readonly CheckovResult[];
  readonly match: SkipMatch;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Runs checkov once over every stack of the config and reads its report; throws on anything but a clean scan. */
async function scan(
  env: SynthesizedEnv,
  tools: CheckovTools,
  skips: readonly CheckovSkip[],
  tmp: string,
): Promise<StackScan[]> {
  const prefix = `${env.config.prefix}-`;
  const stacks = env.stackNames.map((stackName) => {
    if (!stackName.startsWith(prefix)) throw new Error(`stack ${stackName} does not start with ${prefix}`);
    const kind = stackName.slice(prefix.length);
    // One folder per stack: checkov builds one graph per folder, and stacks share addresses (data sources).
    mkdirSync(path.join(tmp, 'scan', kind), { recursive: true });
    writeFileSync(
      path.join(tmp, 'scan', kind, 'cdk.tf.json'),
      `${JSON.stringify(scannableCopy(env.stack(stackName)), null, 2)}\n`,
    );
    return { kind, stackName, file: path.join(kind, 'cdk.tf.json') };
  });
  const home = path.join(tmp, 'home');
  mkdirSync(home);
  const { code, stdout } = await run(
    tools.venv.bin('checkov'),
    [...stacks.flatMap((s) => ['--file', s.file]), ...CHECKOV_ARGS],
    { cwd: path.join(tmp, 'scan'), env: checkovEnv(home), okCodes: [0, 1], timeoutMs: 10 * 60_000 },
  );
  let report: unknown;
  try {
    report = JSON.parse(stdout);
  } catch {
    throw new Error(`checkov printed no JSON report:\n${stdout.slice(0, 2000)}`);
  }
  if (!isObject(report) || report.check_type !== 'terraform_json' || !isObject(report.results))
    throw new Error(`checkov's report is not one terraform_json report: ${stdout.slice(0, 500)}`);
  const summary = isObject(report.summary) ? report.summary : {};
  const problems: Problem[] = [];
  if (summary.checkov_version !== tools.version)
    problems.push({ message: `checkov reports version ${String(summary.checkov_version)}, not ${tools.version}` });
  const parsingErrors = Array.isArray(report.results.parsing_errors) ? report.results.parsing_errors : [];
  for (const file of parsingErrors) problems.push({ message: `checkov could not parse ${String(file)}` });
  if (summary.parsing_errors !== 0 && parsingErrors.length === 0)
    problems.push({ message: `checkov counts ${String(summary.parsing_errors)} parsing errors` });
  const records = (key: string): Json[] => {
    const list = (report as { results: Json }).results[key];
    return Array.isArray(list) ? list.filter(isObject) : [];
  };
  // Suppressions belong in the skip file, with a reason, never inline in what we synthesize.
  for (const r of records('skipped_checks'))
    problems.push({
      message: `checkov skipped ${String(r.check_id)} on ${String(r.resource)} by an inline suppression`,
    });
  const failedCount = records('failed_checks').length;
  if ((code === 1) !== failedCount > 0)
    problems.push({ message: `checkov exited with ${code} on ${failedCount} failed checks` });

  const out = stacks.map(({ kind, stackName, file }) => {
    const stack = env.stack(stackName);
    const results: CheckovResult[] = [];
    for (const [key, passed] of [
      ['passed_checks', true],
      ['failed_checks', false],
    ] as const) {
      for (const r of records(key)) {
        if (typeof r.file_abs_path !== 'string' || path.normalize(r.file_abs_path) !== file) continue;
        const address = resolveAddress(stack, String(r.resource));
        if (!address) {
          problems.push({
            message: `checkov reports ${String(r.check_id)} on ${String(r.resource)}, which names no single resource of the stack`,
            location: { stack: stackName },
          });
          continue;
        }
        const checkResult = isObject(r.check_result) ? r.check_result : {};
        results.push({
          check: String(r.check_id),
          name: String(r.check_name),
          resource: address,
          passed,
          attributes: Array.isArray(checkResult.evaluated_keys) ? checkResult.evaluated_keys.map(String) : [],
        });
      }
    }
    // Every stack has at least its aws provider block, which checkov checks for hard-coded keys.
    if (results.length === 0)
      problems.push({ message: 'checkov ran no check on this stack: was it read?', location: { stack: stackName } });
    return { kind, stackName, results, match: matchSkips(kind, results, skips) };
  });
  failIfAny(problems);
  return out;
}

function count(s: StackScan) {
  const passed = s.results.filter((r) => r.passed).length;
  return { run: s.results.length, passed, skipped: s.match.skipped.length, unlisted: s.match.unlisted.length };
}

/** The stage object keeps what each config's scan used of the skip list, to judge staleness across configs. */
class CheckovStage implements Stage<CheckovTools> {
  readonly name = 'checkov';
  readonly order = 20;
  private readonly usedByConfig = new Map<string, ReadonlySet<number>>();

  async install(): Promise<{ tools: CheckovTools; figure: string }> {
    const started = Date.now();
    const version = pinnedVersion();
    // Wheels only: every package of the lock has one for CPython 3.11 on linux x86_64, and building an sdist would
    // fetch its build requirements unpinned.
    const venv = await ensureVenv('checkov', { pipArgs: ['--only-binary', ':all:'] });
    const home = mkdtempSync(path.join(tmpdir(), 'spark-eks-checkov-'));
    try {
      const { stdout } = await run(venv.bin('checkov'), ['--version'], { cwd: home, env: checkovEnv(home) });
      if (stdout.trim() !== version) throw new Error(`checkov --version prints ${stdout.trim()}, pinned ${version}`);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    return {
      tools: { venv, version },
      figure: `checkov ${version} (${venv.installedNow ? `installed in ${seconds} s` : 'cached'}) in ${venv.dir}`,
    };
  }

  async check(env: SynthesizedEnv, reporter: Reporter, tools: CheckovTools): Promise<void> {
    const tmp = mkdtempSync(path.join(tmpdir(), `spark-eks-checkov-${env.label}-`));
    try {
      let skips: CheckovSkip[] = [];
      let stacks: StackScan[] | undefined;
      await reporter.check(env.label, 'checkov/scan', async () => {
        const started = Date.now();
        skips = parseSkips(readFileSync(SKIP_FILE, 'utf8'));
        stacks = await scan(env, tools, skips, tmp);
        const total = stacks.map(count).reduce((a, b) => ({
          run: a.run + b.run,
          passed: a.passed + b.passed,
          skipped: a.skipped + b.skipped,
          unlisted: a.unlisted + b.unlisted,
        }));
        const entries = new Set(stacks.flatMap((s) => [...s.match.used])).size;
        // The line the README quotes.
        return (
          `${stacks.length} stacks: ${total.run} checks run, ${total.passed} passed, ${total.skipped} skipped with ` +
          `reasons (${entries} entries of ${SKIP_FILE_NAME}), ${total.unlisted} unlisted failures; ` +
          `checkov ${tools.version} offline in ${((Date.now() - started) / 1000).toFixed(1)} s`
        );
      });
      if (!stacks) return;

      for (const s of stacks) {
        await reporter.check(env.label, `checkov/${s.kind}`, () => {
          const problems: Problem[] = s.match.unlisted.map((r) => ({
            message:
              `${r.check} "${r.name}" fails (stacks/${s.stackName}/cdk.tf.json); fix it, or list it in ` +
              `${SKIP_FILE_NAME} with a reason`,
            location: { stack: s.stackName, resource: r.resource, attribute: r.attributes.join(', ') || undefined },
          }));
          for (const { skip, passesOn } of s.match.tooBroad) {
            const entry = skips[skip];
            problems.push({
              message:
                `${entry.check} is skipped for every resource (*) of ${entry.stack}, but passes on ` +
                `${passesOn.join(', ')}: list the failing resources by address instead`,
              location: { stack: s.stackName },
            });
          }
          failIfAny(problems);
          const c = count(s);
          return `${c.run} checks run, ${c.passed} passed, ${c.skipped} skipped (listed), ${c.unlisted} unlisted failures`;
        });
      }
      this.usedByConfig.set(env.label, new Set(stacks.flatMap((s) => [...s.match.used])));

      // Staleness needs every config: an entry may hold on one config only. Already loaded by the runner.
      const { CONFIGS } = await import('../lib/synth');
      if (!CONFIGS.every((c) => this.usedByConfig.has(c.label))) return;
      await reporter.check(env.label, 'checkov/skips-used', () => {
        const stale = staleSkips(skips, this.usedByConfig.values());
        failIfAny(
          stale.map((i) => ({
            message:
              `${skips[i].check} is listed in ${SKIP_FILE_NAME} but fails on no config ` +
              `(${CONFIGS.map((c) => c.label).join(', ')}): remove the entry`,
            location: { stack: skips[i].stack, resource: skips[i].resource },
          })),
        );
        const perConfig = CONFIGS.map((c) => `${c.label} ${this.usedByConfig.get(c.label)?.size ?? 0}`).join(', ');
        return `all ${skips.length} entries fail on at least one config (entries matched: ${perConfig})`;
      });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
}

export const stage: Stage<CheckovTools> = new CheckovStage();
