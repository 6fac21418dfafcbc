import { OPERATOR_SPARK_VERSION } from '../../src/spark-operator/chart';
import {
  baseImageBuildArgs,
  mavenPath,
  REFUSED_SPARK_LINES,
  SPARK_LINES,
  sparkLineVersions,
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

  it('pairs each Hadoop line with its AWS SDK and credentials provider', () => {
    expect(sparkLineVersions('4.0')).toMatchObject({
      hadoopVersion: '3.4.1',
      jars: { awsSdkBundle: { group: 'software.amazon.awssdk', artifact: 'bundle', version: '2.24.6' } },
      credentialsProvider: 'software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider',
    });
  });

  it('keeps only well-formed SHA-256 checksums', () => {
    const pinned = SPARK_LINES.flatMap((line) => Object.values(sparkLineVersions(line).jars))
      .map((jar) => jar.sha256)
      .filter((sha256) => sha256 !== undefined);
    // Every jar of every line is pinned: the base image build refuses an unpinned one.
    expect(pinned).toHaveLength(SPARK_LINES.length * 3);
    for (const sha256 of pinned) expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sparkLineVersions('4.0').jars.hadoopAws.sha256).toBe(
      '01334a07e179cae2b7e251f24857f11e3759108c9d6a79dcbe362a4295227da2',
    );
  });

  it('passes the image, Maven paths and checksums to the base Dockerfile', () => {
    expect(baseImageBuildArgs('4.0')).toMatchObject({
      SPARK_IMAGE: 'spark:4.0.2-scala2.13-java17-python3-ubuntu',
      HADOOP_AWS_JAR: 'org/apache/hadoop/hadoop-aws/3.4.1/hadoop-aws-3.4.1.jar',
      HADOOP_AWS_SHA256: '01334a07e179cae2b7e251f24857f11e3759108c9d6a79dcbe362a4295227da2',
      AWS_SDK_BUNDLE_JAR: 'software/amazon/awssdk/bundle/2.24.6/bundle-2.24.6.jar',
    });
    expect(mavenPath({ group: 'software.amazon.awssdk', artifact: 'bundle', version: '2.24.6' })).toBe(
      'software/amazon/awssdk/bundle/2.24.6/bundle-2.24.6.jar',
    );
  });

  it('refuses a line it does not know', () => {
    expect(() => sparkLineVersions('3.4')).toThrow(/3\.4 is not supported/);
  });
});
