import { ImagePython } from '../docker/wheels';
import awsSdkJars from './aws-sdk-jars.json';
import checksums from './checksums.json';

/**
 * The Spark lines this project builds images for, and every version-dependent value in one place: the official
 * base image, Hadoop, the S3A jars and their SHA-256 checksums (Dockerfile build args), and the S3A credentials
 * provider (sparkConf).
 */
export interface MavenJar {
  readonly group: string;
  readonly artifact: string;
  readonly version: string;
  /**
   * SHA-256 of the jar, verified by the image build. Undefined until pinned: `npm run checksums` downloads the
   * jar from Maven Central once and records it in checksums.json; a build refuses an unpinned jar.
   */
  readonly sha256?: string;
}

export interface SparkLineVersions {
  /** The Spark version of the image and of `spec.sparkVersion`. */
  readonly sparkVersion: string;
  /** Official Docker Hub image (apache/spark-docker): Java 17, Python 3, non-root user 185. */
  readonly image: string;
  /** The image's `python3`, which installs a job's requirements (wheels only) and runs PySpark. */
  readonly imagePython: ImagePython;
  readonly scalaBinaryVersion: string;
  /** Hadoop version bundled in Spark; hadoop-aws must match it exactly. */
  readonly hadoopVersion: string;
  readonly jars: {
    readonly hadoopAws: MavenJar;
    /** PathOutputCommitProtocol and BindingParquetOutputCommitter, which bind Spark SQL to the S3A committers. */
    readonly sparkHadoopCloud: MavenJar;
  };
  /**
   * The AWS SDK v2 that S3A calls, as individual modules rather than the 558 MB `bundle` (every service, shaded,
   * with unshaded SLF4J 1.7 classes that can silence Spark 4's SLF4J 2 logging): the modules S3A uses, resolved with
   * their dependencies by Maven into aws-sdk-jars.json (`npm run checksums -- --resolve`), less what Spark's own
   * jars/ already holds at a version the SDK works with.
   */
  readonly awsSdk: AwsSdk;
  /** S3A credentials provider for IRSA (web identity token file). */
  readonly credentialsProvider: string;
}

export interface AwsSdk {
  readonly version: string;
  /** The modules S3A's code uses, whose dependency closure is resolved. */
  readonly modules: readonly string[];
  /** `group:artifact` (or `group:*`) that Spark ships in jars/, left out of the closure. */
  readonly providedBySpark: readonly string[];
  /** The resolved closure: every jar the base image adds for the SDK, pinned. */
  readonly jars: readonly MavenJar[];
}

const pinned = (group: string, artifact: string, version: string): MavenJar => ({
  group,
  artifact,
  version,
  sha256: (checksums as Record<string, string | undefined>)[`${group}:${artifact}:${version}`],
});

/**
 * The SDK modules S3A (hadoop-aws 3.4) calls: S3 and its transfer manager (uploads, copies), STS (assumed roles and
 * web identity, the IRSA chain), and the two HTTP clients S3A builds, Apache for the sync client and Netty for the
 * async one. `auth`, `regions` and the rest arrive as their dependencies.
 */
const S3A_SDK_MODULES = ['s3', 's3-transfer-manager', 'sts', 'apache-client', 'netty-nio-client'];

/**
 * What Spark 4.0's jars/ already holds at versions the SDK works with (the SDK asks for the same minor or older):
 * Netty 4.1.118 (the SDK asks 4.1.115), httpclient 4.5.14 / httpcore 4.4.16, commons-codec 1.17.2; commons-logging
 * is bridged by Spark's jcl-over-slf4j; and SLF4J is Spark's 2.0.16, not the SDK's 1.7.36, so logging stays Spark's.
 */
const SPARK_PROVIDES = [
  'io.netty:*',
  'org.apache.httpcomponents:httpclient',
  'org.apache.httpcomponents:httpcore',
  'commons-codec:commons-codec',
  'commons-logging:commons-logging',
  'org.slf4j:slf4j-api',
];

/** One SDK version's resolved closure (aws-sdk-jars.json), each jar pinned; empty until resolved. */
function awsSdk(version: string): AwsSdk {
  const resolved = (awsSdkJars as Record<string, { jars: string[] } | undefined>)[version];
  return {
    version,
    modules: S3A_SDK_MODULES,
    providedBySpark: SPARK_PROVIDES,
    jars: (resolved?.jars ?? []).map((coordinate) => {
      const [group, artifact, jarVersion] = coordinate.split(':');
      return pinned(group, artifact, jarVersion);
    }),
  };
}

export const SPARK_VERSIONS = {
  '4.0': {
    sparkVersion: '4.0.2',
    image: 'spark:4.0.2-scala2.13-java17-python3-ubuntu',
    // apache/spark-docker: the image is FROM eclipse-temurin:17-jammy (Ubuntu 22.04) with apt's python3, which
    // is CPython 3.10 there; Ubuntu 22.04 has glibc 2.35. The images are built for linux/amd64 (FARGATE_PLATFORM).
    imagePython: { version: [3, 10], glibc: [2, 35], arch: 'x86_64' },
    scalaBinaryVersion: '2.13',
    hadoopVersion: '3.4.1',
    jars: {
      hadoopAws: pinned('org.apache.hadoop', 'hadoop-aws', '3.4.1'),
      sparkHadoopCloud: pinned('org.apache.spark', 'spark-hadoop-cloud_2.13', '4.0.2'),
    },
    // hadoop-aws 3.4.1 was built against 2.24.6. 2.29.52 is what Hadoop 3.4.2 moved S3A to (hadoop-project's
    // aws-java-sdk-v2.version): the newest release the Hadoop project validated S3A with, before 2.30.0 turned on
    // default request checksums that third-party S3 stores and older S3A releases trip over. Since 2.28.1 the SDK
    // reads service-specific endpoints (AWS_ENDPOINT_URL_STS), so the IRSA chain can be tested against a local STS.
    awsSdk: awsSdk('2.29.52'),
    // Hadoop 3.4 uses AWS SDK v2 and does not map the v1 WebIdentityTokenCredentialsProvider name.
    credentialsProvider: 'software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider',
  },
} as const satisfies Readonly<Record<string, SparkLineVersions>>;

export type SparkLine = keyof typeof SPARK_VERSIONS;

/**
 * Lines the project does not offer, with the reason. The operator's `spark-submit` builds every driver pod, so a job
 * must run the Spark line that submits it: chart 2.5.2's operator image is built FROM Spark 4.0.4.
 */
export const REFUSED_SPARK_LINES: Readonly<Record<string, string>> = {
  '3.5':
    'Spark 3.5 is not offered: the Spark Operator (chart 2.5.2) submits every job with its own spark-submit, which is Spark 4.0.4, so a 3.5 driver would run under pod settings and configuration written by another Spark; use "4.0"',
};

export const SPARK_LINES = Object.keys(SPARK_VERSIONS) as SparkLine[];

export function isSparkLine(value: string): value is SparkLine {
  return Object.prototype.hasOwnProperty.call(SPARK_VERSIONS, value);
}

export function sparkLineVersions(line: string): SparkLineVersions {
  if (!isSparkLine(line))
    throw new Error(`Spark line ${line} is not supported; expected one of ${SPARK_LINES.join(', ')}`);
  return SPARK_VERSIONS[line];
}

/** Path of a jar in a Maven repository. */
export function mavenPath(jar: MavenJar): string {
  return `${jar.group.replace(/\./g, '/')}/${jar.artifact}/${jar.version}/${jar.artifact}-${jar.version}.jar`;
}

/** Every jar the base image adds for a line: hadoop-aws, spark-hadoop-cloud and the AWS SDK closure. */
export function s3aJars(line: string): MavenJar[] {
  const versions = sparkLineVersions(line);
  return [versions.jars.hadoopAws, versions.jars.sparkHadoopCloud, ...versions.awsSdk.jars];
}

/**
 * Jars of a line that have no pinned checksum yet; an SDK never resolved counts as its `bom`, so synth warns about it
 * as about any unpinned jar.
 */
export function unpinnedJars(line: string): MavenJar[] {
  const { awsSdk: sdk } = sparkLineVersions(line);
  const unresolved =
    sdk.jars.length === 0 ? [{ group: 'software.amazon.awssdk', artifact: 'bom', version: sdk.version }] : [];
  return [...unresolved, ...s3aJars(line).filter((jar) => !jar.sha256)];
}

/**
 * The base image's download args: the Maven repository the jars come from, when one is configured (else the
 * Dockerfile's default). Where the jars come from does not change the image: each is checked against its SHA-256.
 */
export function baseImageDownloadArgs(mavenRepository?: string): Record<string, string> {
  return mavenRepository ? { MAVEN_REPOSITORY: mavenRepository } : {};
}

/**
 * The base image's build args: the official image, and every jar as `<Maven path>=<SHA-256>`, space-separated
 * (an unpinned jar has nothing after the `=`, which the build refuses).
 */
export function baseImageBuildArgs(line: string): Record<string, string> {
  return {
    SPARK_IMAGE: sparkLineVersions(line).image,
    JARS: s3aJars(line)
      .map((jar) => `${mavenPath(jar)}=${jar.sha256 ?? ''}`)
      .join(' '),
  };
}
