/**
 * Pins the SHA-256 of every jar the base image downloads (src/spark/versions.ts: hadoop-aws, spark-hadoop-cloud and
 * the AWS SDK modules) that has none yet, into src/spark/checksums.json. Downloads each jar once from Maven Central
 * and checks it against Maven Central's published SHA-1 before recording its SHA-256. Needs internet access; run it
 * when a version in the table changes.
 *
 *   npm run checksums                # pin the missing ones
 *   npm run checksums -- --all       # re-download and re-check every jar
 *   npm run checksums -- --resolve   # first resolve each line's AWS SDK modules with Maven (`mvn`) into
 *                                    # src/spark/aws-sdk-jars.json, less what Spark's jars/ holds
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../src/config/load';
import { MavenJar, mavenPath, SPARK_LINES, sparkLineVersions } from '../src/spark/versions';
import { download } from './download';

const MAVEN = 'https://repo1.maven.org/maven2';
const FILE = path.join(PROJECT_ROOT, 'src', 'spark', 'checksums.json');
const SDK_FILE = path.join(PROJECT_ROOT, 'src', 'spark', 'aws-sdk-jars.json');
/** Pinned, as in the integration suite: the plugin version must not float. */
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';

const OFFLINE =
  `pinning needs ${MAVEN}; run npm run checksums where it is reachable and commit src/spark/checksums.json ` +
  '(nothing was written)';

interface ResolvedSdk {
  /** What was resolved, for the reader: the modules and what Spark provides, as versions.ts had them. */
  modules: string[];
  providedBySpark: string[];
  jars: string[];
}

function provided(coordinate: string, patterns: readonly string[]): boolean {
  const [group, artifact] = coordinate.split(':');
  return patterns.some((pattern) => pattern === `${group}:${artifact}` || pattern === `${group}:*`);
}

/** Maven's own resolution (the SDK's BOM, runtime scope) of the modules' dependency closure, as `group:artifact:version`. */
function resolveSdk(version: string, modules: readonly string[], providedBySpark: readonly string[]): string[] {
  const work = mkdtempSync(path.join(tmpdir(), 'spark-eks-sdk-'));
  try {
    const dependencies = modules
      .map(
        (module) =>
          `<dependency><groupId>software.amazon.awssdk</groupId><artifactId>${module}</artifactId></dependency>`,
      )
      .join('');
    writeFileSync(
      path.join(work, 'pom.xml'),
      `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>` +
        `<groupId>spark-eks</groupId><artifactId>s3a-sdk</artifactId><version>1</version>` +
        `<dependencyManagement><dependencies><dependency><groupId>software.amazon.awssdk</groupId><artifactId>bom</artifactId>` +
        `<version>${version}</version><type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>` +
        `<dependencies>${dependencies}</dependencies></project>`,
    );
    const list = path.join(work, 'list.txt');
    execFileSync(
      'mvn',
      [
        '-B',
        '-q',
        `-Dmaven.repo.local=${path.join(work, 'm2')}`,
        `${DEPENDENCY_PLUGIN}:list`,
        '-DincludeScope=runtime',
        `-DoutputFile=${list}`,
      ],
      { cwd: work, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    return readFileSync(list, 'utf8')
      .split('\n')
      .map((line) => line.trim().split(':'))
      .filter((fields) => fields.length >= 5 && fields[2] === 'jar')
      .map(([group, artifact, , jarVersion]) => `${group}:${artifact}:${jarVersion}`)
      .filter((coordinate) => !provided(coordinate, providedBySpark))
      .sort();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const all = process.argv.includes('--all');
  const checksums = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>;
  const jars: MavenJar[] = [];
  const resolvedFile = JSON.parse(readFileSync(SDK_FILE, 'utf8')) as Record<string, ResolvedSdk>;
  for (const line of SPARK_LINES) {
    const versions = sparkLineVersions(line);
    const { version, modules, providedBySpark } = versions.awsSdk;
    if (process.argv.includes('--resolve')) {
      resolvedFile[version] = {
        modules: [...modules],
        providedBySpark: [...providedBySpark],
        jars: resolveSdk(version, modules, providedBySpark),
      };
      console.log(
        `AWS SDK ${version}: ${resolvedFile[version].jars.length} jars (${modules.join(', ')} and their dependencies)`,
      );
    }
    jars.push(versions.jars.hadoopAws, versions.jars.sparkHadoopCloud);
    for (const coordinate of resolvedFile[version]?.jars ?? []) {
      const [group, artifact, jarVersion] = coordinate.split(':');
      jars.push({ group, artifact, version: jarVersion });
    }
  }
  for (const jar of jars) {
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
  // Only what some line uses stays pinned.
  const used = new Set(jars.map((jar) => `${jar.group}:${jar.artifact}:${jar.version}`));
  const sorted = Object.fromEntries(
    Object.entries(checksums)
      .filter(([key]) => used.has(key))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  writeFileSync(FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  const usedVersions = new Set(SPARK_LINES.map((line) => sparkLineVersions(line).awsSdk.version));
  writeFileSync(
    SDK_FILE,
    `${JSON.stringify(Object.fromEntries(Object.entries(resolvedFile).filter(([version]) => usedVersions.has(version))), null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(`npm run checksums: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
