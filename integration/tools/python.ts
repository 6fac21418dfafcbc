import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { installOnce } from '../lib/cache';
import { run } from '../lib/exec';

/** The Python the suite builds its virtual environments with. */
export const PYTHON = process.env.SPARK_EKS_PYTHON ?? 'python3';

export interface Venv {
  readonly dir: string;
  /** `<venv>/bin/<name>`. */
  bin(name: string): string;
  readonly python: string;
  readonly installedNow: boolean;
}

export interface VenvOptions {
  /** More `pip install` arguments for the lock file, e.g. `['--only-binary', ':all:']`. */
  readonly pipArgs?: readonly string[];
  /**
   * A lock file of build tools (a name in `tools/python`, e.g. `pyspark-build`) installed first; the main lock file
   * then builds its sdists with `--no-build-isolation` against exactly these pins. An isolated build would fetch its
   * build requirements unpinned and unhashed, whatever `--require-hashes` says.
   */
  readonly buildLock?: string;
  /** Bound on each `pip install`. @default the run() default, 30 minutes */
  readonly timeoutMs?: number;
}

/**
 * A virtual environment in the tool cache with exactly the packages of a committed lock file
 * (`integration/tools/python/<name>.txt`: every package pinned with `==` and its hashes, installed with
 * `--require-hashes`, so pip refuses anything unpinned or altered). The folder name carries a hash of the lock
 * file, so a changed lock file installs a new environment instead of reusing a stale one.
 */
export async function ensureVenv(name: string, options: VenvOptions = {}): Promise<Venv> {
  const lockFile = path.join(__dirname, 'python', `${name}.txt`);
  const buildLockFile = options.buildLock ? path.join(__dirname, 'python', `${options.buildLock}.txt`) : undefined;
  const hash = createHash('sha256').update(readFileSync(lockFile));
  // Without options the digest is the lock file's alone, as it always was, so existing environments stay valid.
  if (buildLockFile || options.pipArgs?.length) {
    hash.update(
      JSON.stringify({
        build: buildLockFile ? readFileSync(buildLockFile, 'utf8') : null,
        args: options.pipArgs ?? [],
      }),
    );
  }
  const digest = hash.digest('hex').slice(0, 12);
  const { dir, installedNow } = await installOnce(path.join('venv', `${name}-${digest}`), async (target) => {
    await run(PYTHON, ['-m', 'venv', target]);
    const pip = (lock: string, extra: readonly string[]) =>
      pipInstall(path.join(target, 'bin', 'python'), [...extra, '-r', lock], options.timeoutMs);
    if (buildLockFile) await pip(buildLockFile, []);
    await pip(lockFile, [...(buildLockFile ? ['--no-build-isolation'] : []), ...(options.pipArgs ?? [])]);
  });
  return {
    dir,
    bin: (tool) => path.join(dir, 'bin', tool),
    python: path.join(dir, 'bin', 'python'),
    installedNow,
  };
}

/**
 * `pip install` as the suite always runs it: quiet, no prompts, every package checked against its pinned hash, and
 * only from the index, never from wheels lying around on the machine (pip has no `--no-find-links`, but an empty
 * PIP_FIND_LINKS overrides any find-links of the environment or of a pip.conf).
 */
export function pipInstall(python: string, args: readonly string[], timeoutMs?: number) {
  return run(
    python,
    ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-input', '--require-hashes', ...args],
    { env: { ...process.env, PIP_FIND_LINKS: '' }, timeoutMs },
  );
}

/**
 * PySpark at an exact version, in a venv from `integration/tools/python/<name>.txt`: pyspark is an sdist, built
 * against the pinned setuptools and wheel of pyspark-build.txt without isolation, and without pip's cache (it would
 * keep a second copy of each ~400 MB download outside the tool cache). Its install folder is a SPARK_HOME.
 */
export async function ensurePySpark(name: string, version: string): Promise<{ venv: Venv; sparkHome: string }> {
  const venv = await ensureVenv(name, {
    buildLock: 'pyspark-build',
    pipArgs: ['--no-cache-dir'],
    timeoutMs: 20 * 60_000,
  });
  const probe = await run(venv.python, [
    '-c',
    'import os, pyspark; print(pyspark.__version__, os.path.dirname(pyspark.__file__))',
  ]);
  const [installed, sparkHome] = probe.stdout.trim().split(' ');
  if (installed !== version) {
    throw new Error(`integration/tools/python/${name}.txt installs pyspark ${installed}, expected ${version}`);
  }
  return { venv, sparkHome };
}
