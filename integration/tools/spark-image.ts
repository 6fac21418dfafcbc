/**
 * A stand-in for the official Spark image (`spark:<version>-scala2.13-java17-python3-ubuntu`, from
 * apache/spark-docker), which no registry here serves, built once into the tool cache by following its recipe in
 * `../shared/spark-image/` with what is reachable:
 * - a Debian 12 root file system (mmdebstrap, minbase) from the machine's own apt sources, with Debian's OpenJDK 17
 *   and the recipe's packages (its `apt-get install` lines), python3 and python3-pip of the python3 variant;
 * - Spark's `jars/`, `bin/`, `sbin/` and Python sources (`python/pyspark`, `python/lib`) from the hash-pinned
 *   `pyspark==<version>` source archive on PyPI, as the suite's PySpark environment installed it;
 * - the recipe's own `entrypoint.sh`, user and group `spark` (185), its folders, environment, workdir, user and
 *   entrypoint;
 * then imported into the Docker engine under the official name, so that `FROM` in docker/base/Dockerfile resolves
 * without a registry. {@link STAND_IN_DIFFERENCES} says how it differs from the official image.
 */
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import { DockerEngine } from '../engines/docker';
import { installOnce } from '../lib/cache';
import { run } from '../lib/exec';
import { sharedDir } from '../lib/shared';
import { ensureDebs } from './debian';
import { ensurePySpark } from './python';

export const MMDEBSTRAP_PINS = { mmdebstrap: '1.3.5-7' } as const;
/** The Debian release of the root file system (the machine's own apt sources name it). */
const SUITE = 'bookworm';
/** The recipe's packages (scala2.13-java17-ubuntu and its python3 variant), and Debian's JRE for Temurin's JDK. */
const PACKAGES = [
  'gnupg2',
  'wget',
  'bash',
  'tini',
  'libc6',
  'libpam-modules',
  'krb5-user',
  'libnss3',
  'procps',
  'net-tools',
  'gosu',
  'libnss-wrapper',
  'python3',
  'python3-pip',
  'openjdk-17-jre-headless',
];
/** The official image's user and group `spark`. */
const SPARK_UID = 185;
/** Folders of the pyspark package that are not Python sources: the distribution's own top-level folders. */
const NOT_SOURCES = new Set(['jars', 'bin', 'sbin', 'python', 'examples', 'data', 'licenses', '__pycache__']);

export const STAND_IN_DIFFERENCES = [
  'Debian 12 (bookworm) instead of Ubuntu 22.04 (jammy)',
  "Debian's OpenJDK 17 JRE (headless) instead of Eclipse Temurin 17 (a JDK), so JAVA_HOME is /usr/lib/jvm/java-17-openjdk-amd64",
  'Python 3.11 instead of 3.10',
  'no examples/, data/, R/, kubernetes/tests or /opt/decom.sh (the pyspark package has no Spark examples jar, R or decommissioning script)',
  'one layer (an imported root file system) instead of the official layers',
];

export interface SparkStandIn {
  /** The official image's name, e.g. `spark:4.0.2-scala2.13-java17-python3-ubuntu`. */
  readonly tag: string;
  readonly sparkVersion: string;
  readonly rootfs: string;
  readonly installedNow: boolean;
}

function sha256(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/** The official recipe's entrypoint, read from ../shared (never copied into the project). */
function entrypoint(): string {
  return sharedDir('spark-image', '4.0.2', 'scala2.13-java17-ubuntu', 'entrypoint.sh');
}

/** Lays Spark out as the recipe does under /opt/spark, from the pip-installed pyspark package. */
function stageSpark(sparkHome: string, sparkVersion: string, target: string): void {
  const spark = path.join(target, 'opt', 'spark');
  for (const folder of ['jars', 'bin', 'sbin'])
    cpSync(path.join(sparkHome, folder), path.join(spark, folder), { recursive: true });
  cpSync(path.join(sparkHome, 'python', 'lib'), path.join(spark, 'python', 'lib'), { recursive: true });
  const sources = path.join(spark, 'python', 'pyspark');
  for (const entry of readdirSync(sparkHome)) {
    if (NOT_SOURCES.has(entry)) continue;
    cpSync(path.join(sparkHome, entry), path.join(sources, entry), {
      recursive: true,
      filter: (file) => !file.includes(`${path.sep}__pycache__`),
    });
  }
  for (const folder of ['examples', 'work-dir']) mkdirSync(path.join(spark, folder), { recursive: true });
  writeFileSync(
    path.join(spark, 'RELEASE'),
    `Spark ${sparkVersion} (integration stand-in: from the pyspark ${sparkVersion} package)\n`,
  );
  cpSync(entrypoint(), path.join(target, 'opt', 'entrypoint.sh'));
  chmodSync(path.join(target, 'opt', 'entrypoint.sh'), 0o755);
  // pip leaves the scripts executable; keep them so after the copy.
  for (const folder of ['bin', 'sbin']) {
    for (const file of readdirSync(path.join(spark, folder))) {
      const full = path.join(spark, folder, file);
      if (statSync(full).isFile()) chmodSync(full, 0o755);
    }
  }
}

/** The official image's name for a Spark version (the python3 variant, which docker/base/Dockerfile builds FROM). */
export function officialImage(sparkVersion: string): string {
  return `spark:${sparkVersion}-scala2.13-java17-python3-ubuntu`;
}

/** Builds the stand-in's root file system for one Spark version once into the cache (about 2 minutes cold). */
export async function ensureSparkStandIn(sparkVersion: string, pysparkEnv: string): Promise<SparkStandIn> {
  const { sparkHome, venv } = await ensurePySpark(pysparkEnv, sparkVersion);
  const { root: mmdebstrapRoot } = await ensureDebs('mmdebstrap', MMDEBSTRAP_PINS);
  const key = sha256(
    stageSpark.toString(),
    readFileSync(entrypoint()),
    JSON.stringify({ MMDEBSTRAP_PINS, PACKAGES, SUITE, venv: path.basename(venv.dir), sparkVersion }),
  ).slice(0, 12);
  const { dir, installedNow } = await installOnce(`spark-image-${sparkVersion}-${key}`, async (target) => {
    const staging = path.join(target, 'staging');
    stageSpark(sparkHome, sparkVersion, staging);
    const mmdebstrap = path.join(mmdebstrapRoot, 'usr', 'bin', 'mmdebstrap');
    // The machine's own apt sources (the same mirror, proxy and keys apt uses here).
    const sources = ['/etc/apt/sources.list.d/debian.sources', '/etc/apt/sources.list'].find((file) =>
      existsSync(file),
    );
    if (!sources)
      throw new Error(
        'no apt sources on this machine (/etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list)',
      );
    await run(
      mmdebstrap,
      [
        '--mode=root',
        '--variant=minbase',
        `--include=${PACKAGES.join(',')}`,
        '--aptopt=APT::Install-Recommends "false"',
        // The recipe's own steps on the new root ($1), after the packages: user and group, Spark's folders, su.
        `--customize-hook=chroot "$1" groupadd --system --gid=${SPARK_UID} spark`,
        `--customize-hook=chroot "$1" useradd --system --uid=${SPARK_UID} --gid=spark -d /nonexistent spark`,
        `--customize-hook=sync-in ${staging} /`,
        '--customize-hook=chroot "$1" chown -R spark:spark /opt/spark',
        '--customize-hook=chmod g+w "$1/opt/spark/work-dir"',
        `--customize-hook=echo "auth required pam_wheel.so use_uid" >> "$1/etc/pam.d/su"`,
        SUITE,
        path.join(target, 'rootfs.tar'),
        sources,
      ],
      {
        env: { ...process.env, PATH: `${path.join(mmdebstrapRoot, 'usr', 'bin')}:${process.env.PATH ?? ''}` },
        timeoutMs: 20 * 60_000,
      },
    );
    rmSync(staging, { recursive: true, force: true });
  });
  return { tag: officialImage(sparkVersion), sparkVersion, rootfs: path.join(dir, 'rootfs.tar'), installedNow };
}

/**
 * Imports the stand-in under the official name, unless the daemon has it from an earlier run (keyed by a label with
 * the root file system's folder, so a rebuilt stand-in is imported again). Returns the image's size as Docker counts it.
 */
export async function loadSparkStandIn(
  engine: DockerEngine,
  standIn: SparkStandIn,
): Promise<{ imported: boolean; bytes: number }> {
  const label = path.basename(path.dirname(standIn.rootfs));
  const inspect = await engine.docker(
    ['image', 'inspect', '--format', '{{index .Config.Labels "spark-eks.stand-in"}} {{.Size}}', standIn.tag],
    { okCodes: [0, 1] },
  );
  const [found, size] = inspect.stdout.trim().split(' ');
  if (inspect.code === 0 && found === label) return { imported: false, bytes: Number(size) };
  const changes = [
    `LABEL spark-eks.stand-in=${label}`,
    'ENV SPARK_HOME=/opt/spark',
    'ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64',
    'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    'ENV LANG=C.UTF-8',
    'WORKDIR /opt/spark/work-dir',
    'USER spark',
    'ENTRYPOINT ["/opt/entrypoint.sh"]',
  ];
  await engine.docker(['import', ...changes.flatMap((change) => ['--change', change]), standIn.rootfs, standIn.tag], {
    timeoutMs: 10 * 60_000,
  });
  const bytes = Number((await engine.docker(['image', 'inspect', '--format', '{{.Size}}', standIn.tag])).stdout.trim());
  return { imported: true, bytes };
}
