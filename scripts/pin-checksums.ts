/**
 * Pins the SHA-256 of every jar in src/spark/versions.ts that has none yet, into src/spark/checksums.json.
 * Downloads each jar once from Maven Central and checks it against Maven Central's published SHA-1 before
 * recording its SHA-256. Needs internet access; run it when a version in the table changes.
 *
 *   npm run checksums            # pin the missing ones
 *   npm run checksums -- --all   # re-download and re-check every jar
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../src/config/load';
import { mavenPath, SPARK_VERSIONS } from '../src/spark/versions';
import { download } from './download';

const MAVEN = 'https://repo1.maven.org/maven2';
const FILE = path.join(PROJECT_ROOT, 'src', 'spark', 'checksums.json');

const OFFLINE =
  `pinning needs ${MAVEN}; run npm run checksums where it is reachable and commit src/spark/checksums.json ` +
  '(nothing was written)';

async function main(): Promise<void> {
  const all = process.argv.includes('--all');
  const checksums = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>;
  for (const versions of Object.values(SPARK_VERSIONS)) {
    for (const jar of Object.values(versions.jars)) {
      const key = `${jar.group}:${jar.artifact}:${jar.version}`;
      if (checksums[key] && !all) continue;
      const url = `${MAVEN}/${mavenPath(jar)}`;
      const [bytes, published] = await Promise.all([download(url, OFFLINE), download(`${url}.sha1`, OFFLINE)]);
      const sha1 = createHash('sha1').update(bytes).digest('hex');
      if (sha1 !== published.toString('utf8').trim().split(/\s+/)[0])
        throw new Error(`${url}: SHA-1 does not match Maven Central's`);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (checksums[key] && checksums[key] !== sha256)
        throw new Error(`${key}: SHA-256 changed from ${checksums[key]} to ${sha256}`);
      checksums[key] = sha256;
      console.log(`${key} ${sha256}`);
    }
  }
  const sorted = Object.fromEntries(Object.entries(checksums).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(FILE, `${JSON.stringify(sorted, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(`npm run checksums: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
