import { ImagePython } from '../docker/wheels';
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
    /** The AWS SDK hadoop-aws was built against. */
    readonly awsSdkBundle: MavenJar;
    /** PathOutputCommitProtocol and BindingParquetOutputCommitter, which bind Spark SQL to the S3A committers. */
    readonly sparkHadoopCloud: MavenJar;
  };
  /** S3A credentials provider for IRSA (web identity token file). */
  readonly credentialsProvider: string;
}

const pinned = (group: string, artifact: string, version: string): MavenJar => ({
  group,
  artifact,
  version,
  sha256: (checksums as Record<string, string | undefined>)[`${group}:${artifact}:${version}`],
});

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
      awsSdkBundle: pinned('software.amazon.awssdk', 'bundle', '2.24.6'),
      sparkHadoopCloud: pinned('org.apache.spark', 'spark-hadoop-cloud_2.13', '4.0.2'),
    },
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

/** Jars of a line that have no pinned checksum yet. */
export function unpinnedJars(line: string): MavenJar[] {
  return Object.values(sparkLineVersions(line).jars).filter((jar) => !jar.sha256);
}

/**
 * The base image's download args: the Maven repository the jars come from, when one is configured (else the
 * Dockerfile's default). Where the jars come from does not change the image: each is checked against its SHA-256.
 */
export function baseImageDownloadArgs(mavenRepository?: string): Record<string, string> {
  return mavenRepository ? { MAVEN_REPOSITORY: mavenRepository } : {};
}

/** The base image's build args: the official image and each jar's Maven path and SHA-256. */
export function baseImageBuildArgs(line: string): Record<string, string> {
  const versions = sparkLineVersions(line);
  const { hadoopAws, awsSdkBundle, sparkHadoopCloud } = versions.jars;
  return {
    SPARK_IMAGE: versions.image,
    HADOOP_AWS_JAR: mavenPath(hadoopAws),
    HADOOP_AWS_SHA256: hadoopAws.sha256 ?? '',
    AWS_SDK_BUNDLE_JAR: mavenPath(awsSdkBundle),
    AWS_SDK_BUNDLE_SHA256: awsSdkBundle.sha256 ?? '',
    SPARK_HADOOP_CLOUD_JAR: mavenPath(sparkHadoopCloud),
    SPARK_HADOOP_CLOUD_SHA256: sparkHadoopCloud.sha256 ?? '',
  };
}
