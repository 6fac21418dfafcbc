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

/**
 * A virtual environment in the tool cache with exactly the packages of a committed lock file
 * (`integration/tools/python/<name>.txt`: every package pinned with `==` and its hashes, installed with
 * `--require-hashes`, so pip refuses anything unpinned or altered). The folder name carries a hash of the lock
 * file, so a changed lock file installs a new environment instead of reusing a stale one.
 */
export async function ensureVenv(name: string): Promise<Venv> {
  const lockFile = path.join(__dirname, 'python', `${name}.txt`);
  const lock = readFileSync(lockFile);
  const digest = createHash('sha256').update(lock).digest('hex').slice(0, 12);
  const { dir, installedNow } = await installOnce(path.join('venv', `${name}-${digest}`), async (target) => {
    await run(PYTHON, ['-m', 'venv', target]);
    await run(path.join(target, 'bin', 'python'), [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      '--no-input',
      // Only the index: no wheels lying around on the machine.
      '--no-find-links',
      '--require-hashes',
      '-r',
      lockFile,
    ]);
  });
  return {
    dir,
    bin: (tool) => path.join(dir, 'bin', tool),
    python: path.join(dir, 'bin', 'python'),
    installedNow,
  };
}
