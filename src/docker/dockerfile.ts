import * as path from 'node:path';

/**
 * Just enough of the Dockerfile language to answer one question before anything is built: which file of the build
 * context ends up at a given path of the image. A job's own Dockerfile must put its main file where the
 * SparkApplication runs it, and only a real cluster would tell otherwise.
 *
 * What is followed: parser directives (`# escape=`), line continuations, comments, the final stage (the image) and
 * the earlier stages it takes files from (`COPY --from=<stage>`, `FROM <stage>`), ARG (with the build args Terraform
 * passes and defaults), ENV, WORKDIR, and COPY/ADD in shell or JSON form with any number of sources, wildcards,
 * directories (their contents are copied), `.`, `--chown`/`--chmod`/`--link`, destinations with or without a
 * trailing slash, and destinations relative to a WORKDIR set in the stage. What cannot be followed (`--from` an
 * image, or with a wildcard, `--parents`, `--exclude`, heredocs, ADD of a URL or an archive, a variable without a
 * value, a relative destination before any WORKDIR) makes the answer "cannot tell" when it may touch the path; a RUN
 * that moves or deletes files is not followed.
 */
export interface Instruction {
  /** Upper case, e.g. `COPY`. */
  readonly keyword: string;
  /** Everything after the keyword, continuation lines joined. */
  readonly args: string;
  /** 1-based line of the keyword. */
  readonly line: number;
}

export function parseDockerfile(text: string): Instruction[] {
  const lines = text.split(/\r?\n/);
  let escape = '\\';
  let index = 0;
  // Parser directives: `# key=value` lines at the very top, before any comment, blank line or instruction.
  for (; index < lines.length; index++) {
    const directive = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(lines[index]);
    if (!directive) break;
    if (directive[1].toLowerCase() === 'escape' && (directive[2] === '`' || directive[2] === '\\')) {
      escape = directive[2];
    }
  }
  const instructions: Instruction[] = [];
  let current: { text: string; line: number } | undefined;
  for (; index < lines.length; index++) {
    const raw = lines[index];
    const trimmed = raw.trim();
    // Comment and blank lines are dropped, also between continuation lines.
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const continued = trimmed.endsWith(escape);
    const body = continued ? trimmed.slice(0, -1).trimEnd() : trimmed;
    current = current ? { text: `${current.text} ${body}`, line: current.line } : { text: body, line: index + 1 };
    if (continued) continue;
    pushInstruction(instructions, current);
    current = undefined;
  }
  if (current) pushInstruction(instructions, current);
  return instructions;
}

function pushInstruction(into: Instruction[], { text, line }: { text: string; line: number }): void {
  const match = /^(\S+)\s*(.*)$/.exec(text.trim());
  if (match) into.push({ keyword: match[1].toUpperCase(), args: match[2].trim(), line });
}

/** The files and folders of a build context, as '/'-separated paths relative to it. */
export interface ContextListing {
  readonly files: readonly string[];
}

/** Where a file of the image comes from, as far as the Dockerfile says. */
export type ImageFileSource =
  /** The context file copied there last. */
  | { readonly kind: 'context'; readonly source: string; readonly line: number }
  /** No COPY or ADD of the final stage puts anything there. */
  | { readonly kind: 'none' }
  /** An instruction may put something there, but what cannot be told from the Dockerfile. */
  | { readonly kind: 'unknown'; readonly line: number; readonly reason: string };

class CannotTell extends Error {}

/** One build stage: `FROM <base> [AS <name>]` and the instructions after it. */
interface BuildStage {
  readonly base: string;
  readonly name?: string;
  readonly instructions: readonly Instruction[];
}

function splitStages(instructions: readonly Instruction[]): BuildStage[] {
  const stages: { base: string; name?: string; instructions: Instruction[] }[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const words = splitWords(instruction.args).filter((w) => !w.startsWith('--'));
      const as = words.findIndex((w) => w.toUpperCase() === 'AS');
      stages.push({
        base: words[0] ?? '',
        name: as >= 0 && words[as + 1] ? words[as + 1].toLowerCase() : undefined,
        instructions: [],
      });
    } else stages[stages.length - 1]?.instructions.push(instruction);
  }
  return stages;
}

/** The earlier stage a FROM or `--from=` names (by name or index), or undefined for an image. */
function stageNamed(stages: readonly BuildStage[], ref: string, before: number): number | undefined {
  const lower = ref.toLowerCase();
  for (let i = before - 1; i >= 0; i--) if (stages[i].name === lower) return i;
  return /^\d+$/.test(ref) && Number(ref) < before ? Number(ref) : undefined;
}

interface BuildContext {
  readonly files: readonly string[];
  readonly dirs: ReadonlySet<string>;
  readonly buildArgs: Readonly<Record<string, string>>;
}

/**
 * Which context file a Dockerfile puts at `target` (an absolute path in the image), given the files of the context
 * (after .dockerignore) and the build args. The final stage is the image; `COPY --from=<stage>` and
 * `FROM <stage>` are followed into the earlier stage they name.
 */
export function contextFileAt(
  dockerfile: string,
  target: string,
  context: ContextListing,
  buildArgs: Readonly<Record<string, string>> = {},
): ImageFileSource {
  const stages = splitStages(parseDockerfile(dockerfile));
  if (stages.length === 0) return { kind: 'none' };
  const files = [...context.files].sort();
  return fileInStage(stages, stages.length - 1, path.posix.normalize(target), {
    files,
    dirs: directoriesOf(files),
    buildArgs,
  });
}

function fileInStage(
  stages: readonly BuildStage[],
  index: number,
  wanted: string,
  context: BuildContext,
): ImageFileSource {
  const { files, dirs, buildArgs } = context;
  const stage = stages[index];
  // FROM names an earlier stage by name only (a number there is an image tag), unlike COPY --from.
  const parent = /^\d+$/.test(stage.base) ? undefined : stageNamed(stages, stage.base, index);
  // A stage FROM an earlier one starts with what that one has; FROM an image, with nothing known of the context.
  let result: ImageFileSource = parent === undefined ? { kind: 'none' } : fileInStage(stages, parent, wanted, context);
  // The base's WORKDIR and ENV are unknown here.
  const vars = new Map<string, string>();
  let workdir: string | undefined;
  const knownDirs = new Set<string>();

  for (const instruction of stage.instructions) {
    const { keyword, args, line } = instruction;
    if (keyword === 'ARG') {
      for (const word of splitWords(args)) {
        const [name, ...rest] = word.split('=');
        const fallback = rest.length > 0 ? tryExpand(unquote(rest.join('=')), vars) : undefined;
        const value = buildArgs[name] ?? fallback;
        if (value !== undefined) vars.set(name, value);
        else vars.delete(name);
      }
    } else if (keyword === 'ENV') {
      for (const [name, value] of envPairs(args)) {
        const expanded = tryExpand(value, vars);
        if (expanded === undefined) vars.delete(name);
        else vars.set(name, expanded);
      }
    } else if (keyword === 'WORKDIR') {
      const dir = tryExpand(unquote(args), vars);
      workdir =
        dir === undefined
          ? undefined
          : dir.startsWith('/')
            ? path.posix.normalize(dir)
            : workdir && path.posix.join(workdir, dir);
      if (workdir) knownDirs.add(workdir);
    } else if (keyword === 'COPY' || keyword === 'ADD') {
      const state: CopyState = { vars, workdir, knownDirs, files, dirs };
      try {
        const from = keyword === 'COPY' ? fromStage(args, stages, index) : undefined;
        if (from !== undefined) {
          const landed = copyFromStage(args, state, wanted, (source) => fileInStage(stages, from, source, context));
          // A context file keeps the line of the COPY that took it from the context.
          if (landed !== undefined) result = landed;
        } else {
          const landed = copyLandings(keyword, args, state, wanted);
          if (landed !== undefined) result = { kind: 'context', source: landed, line };
        }
      } catch (error) {
        if (!(error instanceof CannotTell)) throw error;
        result = { kind: 'unknown', line, reason: error.message };
      }
    }
  }
  return result;
}

interface CopyState {
  readonly vars: ReadonlyMap<string, string>;
  readonly workdir: string | undefined;
  /** Folders that earlier instructions of the stage made, so a destination without a slash still is one. */
  readonly knownDirs: Set<string>;
  readonly files: readonly string[];
  readonly dirs: ReadonlySet<string>;
}

/** The earlier stage a `COPY --from=` names, or undefined without `--from` or when it names an image. */
function fromStage(args: string, stages: readonly BuildStage[], index: number): number | undefined {
  const flag = parseCopyWords(args).find((w) => w.startsWith('--from='));
  return flag === undefined ? undefined : stageNamed(stages, flag.slice('--from='.length), index);
}

/** The absolute destination of a COPY/ADD, and whether it may put something at `target`. */
function destination(
  keyword: string,
  operands: readonly string[],
  state: CopyState,
  target: string,
): { dest: string; destPath: string; mayTouch: boolean } {
  if (operands.length < 2) throw new CannotTell(`${keyword} needs a source and a destination`);
  const rawDest = operands[operands.length - 1];
  const dest = expandOrThrow(rawDest, state.vars, keyword);
  let destPath: string;
  if (dest.startsWith('/')) destPath = path.posix.normalize(dest);
  else if (state.workdir) destPath = path.posix.join(state.workdir, dest);
  else throw new CannotTell(`${keyword} to the relative destination ${rawDest} before any WORKDIR of the stage`);
  destPath = destPath.replace(/\/+$/, '') || '/';
  const mayTouch = target === destPath || target.startsWith(`${destPath === '/' ? '' : destPath}/`);
  return { dest, destPath, mayTouch };
}

/**
 * What a `COPY --from=<stage>` puts at `target`: the path it copies from in that stage, followed there. A source
 * may be a file or a folder in the stage (the Dockerfile does not say which); both readings are followed.
 */
function copyFromStage(
  args: string,
  state: CopyState,
  target: string,
  inStage: (source: string) => ImageFileSource,
): ImageFileSource | undefined {
  const words = parseCopyWords(args);
  const operands = words.filter((w) => !w.startsWith('--'));
  const { dest, destPath, mayTouch } = destination('COPY', operands, state, target);
  if (!mayTouch) return undefined;
  const unsupported = words.find((f) => /^--(parents|exclude)\b/.test(f));
  if (unsupported) throw new CannotTell(`COPY ${unsupported.split('=')[0]} is not followed`);
  const sources = operands.slice(0, -1).map((s) => expandOrThrow(s, state.vars, 'COPY'));
  const destIsDir = dest.endsWith('/') || sources.length > 1 || state.knownDirs.has(destPath);
  const found: ImageFileSource[] = [];
  for (const source of sources) {
    if (/[*?[]/.test(source)) throw new CannotTell(`COPY --from with the wildcard ${source} is not followed`);
    const from = path.posix.normalize(`/${source}`).replace(/\/+$/, '') || '/';
    const candidates = new Set<string>();
    // The source as a folder: its contents land under the destination.
    if (target.startsWith(`${destPath === '/' ? '' : destPath}/`))
      candidates.add(path.posix.join(from, target.slice(destPath.length)));
    // The source as a file: at the destination, or in it under its own name.
    if (
      !source.endsWith('/') &&
      (destIsDir ? path.posix.join(destPath, path.posix.basename(from)) : destPath) === target
    )
      candidates.add(from);
    for (const candidate of candidates) found.push(inStage(candidate));
  }
  if (destIsDir) state.knownDirs.add(destPath);
  // Sources are copied in order: a later one overwrites an earlier one at the same path.
  const context = [...found].reverse().find((f) => f.kind === 'context');
  if (context) return context;
  const unknown = found.find((f) => f.kind === 'unknown');
  if (unknown) return unknown;
  // The stage may have it from its own base image, which the Dockerfile does not show.
  throw new CannotTell(`COPY --from copies ${target} from a stage that puts no file of the context there`);
}

/**
 * The context file this COPY/ADD puts at `target`, or undefined if it puts none there. Throws CannotTell when it may
 * put something there that the Dockerfile alone does not tell.
 */
function copyLandings(keyword: string, args: string, state: CopyState, target: string): string | undefined {
  const words = parseCopyWords(args);
  const flags = words.filter((w) => w.startsWith('--'));
  const operands = words.filter((w) => !w.startsWith('--'));
  const { dest, destPath, mayTouch } = destination(keyword, operands, state, target);

  const unsupported = flags.find((f) => /^--(from|parents|exclude|keep-git-dir)\b/.test(f));
  if (unsupported) {
    if (mayTouch) throw new CannotTell(`${keyword} ${unsupported.split('=')[0]} is not followed`);
    return undefined;
  }
  if (args.includes('<<')) {
    if (mayTouch) throw new CannotTell(`${keyword} with a heredoc is not followed`);
    return undefined;
  }
  const sources = operands.slice(0, -1).map((s) => expandOrThrow(s, state.vars, keyword));
  if (keyword === 'ADD') {
    const remoteOrArchive = sources.find((s) => /^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(s) || isArchive(s));
    if (remoteOrArchive) {
      if (mayTouch) throw new CannotTell(`ADD ${remoteOrArchive} (a URL or an archive ADD unpacks) is not followed`);
      return undefined;
    }
  }

  const destIsDir = dest.endsWith('/') || sources.length > 1 || state.knownDirs.has(destPath);
  let landed: string | undefined;
  for (const source of sources) {
    const matches = matchSources(source, state);
    for (const match of matches) {
      if (match.dir) {
        // A folder's contents are copied, not the folder itself.
        const prefix = match.path === '' ? '' : `${match.path}/`;
        for (const file of state.files) {
          if (!file.startsWith(prefix)) continue;
          if (path.posix.join(destPath, file.slice(prefix.length)) === target) landed = file;
        }
      } else {
        const at = destIsDir ? path.posix.join(destPath, path.posix.basename(match.path)) : destPath;
        if (at === target) landed = match.path;
      }
    }
    if (matches.some((m) => m.dir)) state.knownDirs.add(destPath);
  }
  if (destIsDir) state.knownDirs.add(destPath);
  return landed;
}

function matchSources(source: string, state: CopyState): { path: string; dir: boolean }[] {
  // Sources are relative to the context root, whatever their leading slash or `..` say.
  const clean = path.posix.normalize(`/${source}`).replace(/^\/+/, '').replace(/\/+$/, '');
  if (clean === '' || clean === '.') return [{ path: '', dir: true }];
  if (!/[*?[]/.test(clean)) {
    if (state.dirs.has(clean)) return [{ path: clean, dir: true }];
    return state.files.includes(clean) ? [{ path: clean, dir: false }] : [];
  }
  const pattern = globToRegExp(clean, false);
  return [
    ...[...state.dirs].filter((d) => d !== '' && pattern.test(d)).map((d) => ({ path: d, dir: true })),
    ...state.files.filter((f) => pattern.test(f)).map((f) => ({ path: f, dir: false })),
  ];
}

function isArchive(source: string): boolean {
  return /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i.test(source);
}

/** COPY/ADD words: a JSON array (exec form) or whitespace-separated words. */
function parseCopyWords(args: string): string[] {
  const flags: string[] = [];
  let rest = args.trim();
  // Flags come first in both forms.
  for (let m = /^(--\S+)\s*/.exec(rest); m; m = /^(--\S+)\s*/.exec(rest)) {
    flags.push(m[1]);
    rest = rest.slice(m[0].length);
  }
  if (rest.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(rest);
      if (Array.isArray(parsed) && parsed.every((p) => typeof p === 'string')) return [...flags, ...parsed];
    } catch {
      // Not JSON after all: Docker reads it as shell form too.
    }
  }
  return [...flags, ...splitWords(rest)];
}

function splitWords(text: string): string[] {
  const words: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) words.push(m[3] ?? m[0]);
  return words;
}

function unquote(text: string): string {
  const t = text.trim();
  if ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'"))) return t.slice(1, -1);
  return t;
}

function envPairs(args: string): [string, string][] {
  const words = splitWords(args);
  if (words.length > 0 && !words[0].includes('=')) {
    // Legacy form: ENV NAME value with spaces.
    return [[words[0], unquote(args.trim().slice(words[0].length))]];
  }
  return words.map((word) => {
    const [name, ...rest] = word.split('=');
    return [name, unquote(rest.join('='))];
  });
}

/** `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alternative}` expanded; undefined if a variable has no value. */
function tryExpand(text: string, vars: ReadonlyMap<string, string>): string | undefined {
  let unknown = false;
  const expanded = text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_, braced?: string, op?: string, word?: string, bare?: string) => {
      const name = (braced ?? bare) as string;
      const value = vars.get(name);
      if (op === '-') return value ? value : (word ?? '');
      if (op === '+') return value ? (word ?? '') : '';
      if (value === undefined) unknown = true;
      return value ?? '';
    },
  );
  return unknown ? undefined : expanded;
}

function expandOrThrow(text: string, vars: ReadonlyMap<string, string>, keyword: string): string {
  const expanded = tryExpand(text, vars);
  if (expanded === undefined) throw new CannotTell(`${keyword} uses a variable without a known value in ${text}`);
  return expanded;
}

function directoriesOf(files: readonly string[]): Set<string> {
  const dirs = new Set<string>();
  for (const file of files) {
    for (let dir = path.posix.dirname(file); dir !== '.'; dir = path.posix.dirname(dir)) dirs.add(dir);
  }
  return dirs;
}

/**
 * A Docker path pattern (Go's filepath.Match: `*`, `?`, `[…]`, each within one path segment) as a RegExp; with
 * `doubleStar`, `**` also matches any number of segments, as in .dockerignore.
 */
export function globToRegExp(pattern: string, doubleStar: boolean): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (doubleStar && pattern.startsWith('**', i)) {
      const slash = pattern[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${pattern.slice(i + 1, end).replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < pattern.length) re += `\\${pattern[++i]}`;
    else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * The context files Docker sends, after the folder's .dockerignore (patterns relative to the context root, `!` to
 * include again, the last matching pattern wins; a pattern that matches a folder excludes everything below it).
 */
export function afterDockerignore(files: readonly string[], dockerignore: string | undefined): string[] {
  if (dockerignore === undefined) return [...files];
  const rules = dockerignore
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negate = line.startsWith('!');
      const body = path.posix
        .normalize(`/${(negate ? line.slice(1) : line).trim()}`)
        .replace(/^\/+/, '')
        .replace(/\/+$/, '');
      return { negate, pattern: globToRegExp(body, true) };
    });
  return files.filter((file) => {
    const parts = file.split('/');
    const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    let excluded = false;
    for (const rule of rules) {
      if (candidates.some((candidate) => rule.pattern.test(candidate))) excluded = !rule.negate;
    }
    return !excluded;
  });
}
