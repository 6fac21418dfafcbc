import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { installOnce } from '../lib/cache';
import { CommandError, run } from '../lib/exec';

/** Debian packages at exact versions: name → version, as `apt-cache policy` prints it. */
export type DebianPins = Readonly<Record<string, string>>;

/** The version apt would install now, for the message when a pinned one is no longer served. */
async function candidate(name: string): Promise<string> {
  const { stdout } = await run('apt-cache', ['policy', name], { okCodes: [0, 100] });
  return /Candidate:\s*(\S+)/.exec(stdout)?.[1] ?? 'none';
}

/**
 * Debian packages unpacked into `<cache>/debian/<name>-<versions>/root/`, once, from the machine's own apt sources:
 * `apt-get download` of each exact version (apt checks each file against the signed archive's hashes), then
 * `dpkg-deb -x`. Nothing is installed on the machine and no maintainer script runs. A version that apt no longer
 * offers fails with the version it does offer.
 */
export async function ensureDebs(name: string, pins: DebianPins): Promise<{ root: string; installedNow: boolean }> {
  // A short folder name: xtables finds its extensions through a fixed-size path buffer, so a long XTABLES_LIBDIR
  // fails as "Couldn't load match ...".
  const key = createHash('sha256')
    .update(JSON.stringify(Object.entries(pins).sort()))
    .digest('hex')
    .slice(0, 12);
  const { dir, installedNow } = await installOnce(path.join('debian', `${name}-${key}`), async (target) => {
    const downloads = mkdtempSync(path.join(tmpdir(), 'spark-eks-debs-'));
    try {
      const missing: string[] = [];
      for (const [pkg, version] of Object.entries(pins)) {
        try {
          await run('apt-get', ['download', `${pkg}=${version}`], { cwd: downloads, timeoutMs: 10 * 60_000 });
        } catch (error) {
          if (!(error instanceof CommandError)) throw error;
          missing.push(`${pkg} ${version} (apt offers ${await candidate(pkg)})`);
        }
      }
      if (missing.length > 0) {
        throw new Error(
          `Debian packages not served at the pinned versions: ${missing.join(', ')}; pin the offered version in integration/tools (after checking it) or run apt-get update`,
        );
      }
      for (const file of readdirSync(downloads).filter((entry) => entry.endsWith('.deb'))) {
        await run('dpkg-deb', ['-x', path.join(downloads, file), path.join(target, 'root')]);
      }
    } finally {
      rmSync(downloads, { recursive: true, force: true });
    }
  });
  return { root: path.join(dir, 'root'), installedNow };
}
