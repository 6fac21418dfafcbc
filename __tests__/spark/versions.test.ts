import { OPERATOR_SPARK_VERSION } from '../../src/spark-operator/chart';
import {
  baseImageBuildArgs,
  mavenPath,
  REFUSED_SPARK_LINES,
  s3aJars,
  SPARK_LINES,
  sparkLineVersions,
  unpinnedJars,
} from '../../src/spark/versions';

describe('the Spark version table', () => {
  it('offers only the line the operator submits with, and says why 3.5 is refused', () => {
    expect(SPARK_LINES).toEqual(['4.0']);
    for (const line of SPARK_LINES) {
      expect(OPERATOR_SPARK_VERSION['2.5.2'].startsWith(`${line}.`)).toBe(true);
    }
    expect(REFUSED_SPARK_LINES['3.5']).toMatch(/spark-submit, which is Spark 4\.0\.4/);
  });

  it.each(SPARK_LINES)(
    'pins hadoop-aws to the Hadoop version Spark %s bundles, and an official Java 17 image',
    (line) => {
      const v = sparkLineVersions(line);
      expect(v.jars.hadoopAws.version).toBe(v.hadoopVersion);
      expect(v.sparkVersion.startsWith(`${line}.`)).toBe(true);
      expect(v.image).toBe(`spark:${v.sparkVersion}-scala${v.scalaBinaryVersion}-java17-python3-ubuntu`);
      expect(v.jars.sparkHadoopCloud).toMatchObject({
        artifact: `spark-hadoop-cloud_${v.scalaBinaryVersion}`,
        version: v.sparkVersion,
      });
    },
  );

  it('pairs each Hadoop line with its AWS SDK (2.28.1+, for service-specific endpoints) and credentials provider', () => {
    const v = sparkLineVersions('4.0');
    expect(v).toMatchObject({
      hadoopVersion: '3.4.1',
      awsSdk: { version: '2.29.52' },
      credentialsProvider: 'software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider',
    });
    const [major, minor, patch] = v.awsSdk.version.split('.').map(Number);
    expect(major === 2 && (minor > 28 || (minor === 28 && patch >= 1))).toBe(true);
  });

  it.each(SPARK_LINES)('adds the individual SDK modules S3A calls for Spark %s, never the bundle', (line) => {
    const { awsSdk } = sparkLineVersions(line);
    const names = awsSdk.jars.map((jar) => `${jar.group}:${jar.artifact}`);
    for (const module of ['s3', 's3-transfer-manager', 'sts', 'auth', 'regions', 'apache-client', 'netty-nio-client'])
      expect(names).toContain(`software.amazon.awssdk:${module}`);
    expect(names).not.toContain('software.amazon.awssdk:bundle');
    // What Spark's jars/ holds stays out: its SLF4J 2 logs, not the SDK's 1.7.
    for (const name of names) {
      expect(awsSdk.providedBySpark.some((p) => p === name || p === `${name.split(':')[0]}:*`)).toBe(false);
      expect(name).not.toMatch(/^(org\.slf4j|io\.netty|org\.apache\.httpcomponents):/);
    }
    for (const jar of awsSdk.jars.filter((j) => j.group === 'software.amazon.awssdk'))
      expect(jar.version).toBe(awsSdk.version);
  });

  it('keeps only well-formed SHA-256 checksums, and pins every jar of every line', () => {
    for (const line of SPARK_LINES) {
      const jars = s3aJars(line);
      expect(jars.length).toBeGreaterThan(2);
      expect(unpinnedJars(line)).toEqual([]);
      for (const jar of jars) expect(jar.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(sparkLineVersions('4.0').jars.hadoopAws.sha256).toBe(
      '01334a07e179cae2b7e251f24857f11e3759108c9d6a79dcbe362a4295227da2',
    );
  });

  it('passes the image and every jar with its Maven path and checksum to the base Dockerfile', () => {
    const args = baseImageBuildArgs('4.0');
    expect(args.SPARK_IMAGE).toBe('spark:4.0.2-scala2.13-java17-python3-ubuntu');
    expect(args.JARS.split(' ')).toContain(
      'org/apache/hadoop/hadoop-aws/3.4.1/hadoop-aws-3.4.1.jar=01334a07e179cae2b7e251f24857f11e3759108c9d6a79dcbe362a4295227da2',
    );
    expect(mavenPath({ group: 'software.amazon.awssdk', artifact: 's3', version: '2.29.52' })).toBe(
      'software/amazon/awssdk/s3/2.29.52/s3-2.29.52.jar',
    );
  });

  it('refuses a line it does not know', () => {
    expect(() => sparkLineVersions('3.4')).toThrow(/3\.4 is not supported/);
  });
});
