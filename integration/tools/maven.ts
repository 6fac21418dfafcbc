import { createHash } from 'node:crypto';
import { createReadStream, existsSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { cacheDir, installOnce } from '../lib/cache';
import { run } from '../lib/exec';

/**
 * The dependency plugin, pinned: `mvn dependency:copy` alone would resolve whatever release the repository's
 * metadata calls newest.
 */
export const MAVEN_DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';

export interface JarCoordinates {
  readonly group: string;
  readonly artifact: string;
  readonly version: string;
  /** The pinned SHA-256; a jar without one is refused before anything is downloaded. */
  readonly sha256?: string;
}

export interface FetchedJar extends JarCoordinates {
  readonly sha256: string;
  readonly file: string;
}

export const coordinates = (jar: JarCoordinates): string => `${jar.group}:${jar.artifact}:${jar.version}`;

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/**
 * Jars fetched with Maven (the repository Maven is configured with, by default Maven Central) into
 * `<cache>/jars/<name>/`, once, and verified against their pinned SHA-256 on every call, so a jar altered in the
 * cache fails as surely as one altered upstream. Maven's local repository is `<cache>/m2`, not the user's
 * `~/.m2`, and `--strict-checksums` makes Maven itself refuse a download whose published SHA-1 does not match.
 */
export async function ensureJars(
  name: string,
  jars: readonly JarCoordinates[],
): Promise<{ dir: string; jars: FetchedJar[]; installedNow: boolean }> {
  const unpinned = jars.filter((jar) => !jar.sha256);
  if (unpinned.length > 0) {
    throw new Error(
      `no pinned SHA-256 in src/spark/checksums.json for ${unpinned.map(coordinates).join(', ')}: run npm run checksums`,
    );
  }
  const repo = cacheDir('m2');
  const digest = createHash('sha256')
    .update(jars.map((jar) => `${coordinates(jar)}=${jar.sha256}`).join('\n'))
    .digest('hex')
    .slice(0, 12);
  const { dir, installedNow } = await installOnce(path.join('jars', `${name}-${digest}`), async (target) => {
    for (const jar of jars) {
      await run(
        'mvn',
        [
          '-B',
          '-q',
          '--strict-checksums',
          `-Dmaven.repo.local=${repo}`,
          `${MAVEN_DEPENDENCY_PLUGIN}:copy`,
          `-Dartifact=${coordinates(jar)}:jar`,
          `-DoutputDirectory=${target}`,
        ],
        { timeoutMs: 15 * 60_000 },
      );
      // The copy in <cache>/jars is the one used; Maven's own copy would only double the disk use (~800 MB).
      rmSync(path.join(repo, ...jar.group.split('.'), jar.artifact, jar.version), { recursive: true, force: true });
    }
  });
  const fetched: FetchedJar[] = [];
  const problems: string[] = [];
  for (const jar of jars) {
    const file = path.join(dir, `${jar.artifact}-${jar.version}.jar`);
    if (!existsSync(file)) {
      problems.push(`${coordinates(jar)}: ${file} is missing`);
      continue;
    }
    const actual = await sha256File(file);
    if (actual !== jar.sha256) problems.push(`${coordinates(jar)}: SHA-256 ${actual}, pinned ${jar.sha256}`);
    else fetched.push({ ...jar, sha256: actual, file });
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return { dir, jars: fetched, installedNow };
}
