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
  const key = Object.entries(pins)
    .map(([pkg, version]) => `${pkg}_${version}`)
    .join('-')
    .replace(/[^A-Za-z0-9._+-]/g, '_');
  const { dir, installedNow } = await installOnce(
    path.join('debian', `${name}-${key}`.slice(0, 200)),
    async (target) => {
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
    },
  );
  return { root: path.join(dir, 'root'), installedNow };
}
