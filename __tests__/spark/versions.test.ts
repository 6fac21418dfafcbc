import { baseImageBuildArgs, mavenPath, SPARK_LINES, sparkLineVersions } from '../../src/spark/versions';

describe('the Spark version table', () => {
  it('offers the 3.5 and 4.0 lines', () => {
    expect(SPARK_LINES).toEqual(['3.5', '4.0']);
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
    expect(sparkLineVersions('3.5')).toMatchObject({
      hadoopVersion: '3.3.4',
      jars: { awsSdkBundle: { group: 'com.amazonaws', artifact: 'aws-java-sdk-bundle', version: '1.12.262' } },
      credentialsProvider: 'com.amazonaws.auth.WebIdentityTokenCredentialsProvider',
    });
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
    expect(pinned.length).toBeGreaterThanOrEqual(2);
    for (const sha256 of pinned) expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sparkLineVersions('3.5').jars.hadoopAws.sha256).toBe(
      '53f9ae03c681a30a50aa17524bd9790ab596b28481858e54efd989a826ed3a4a',
    );
  });

  it('passes the image, Maven paths and checksums to the base Dockerfile', () => {
    expect(baseImageBuildArgs('3.5')).toMatchObject({
      SPARK_IMAGE: 'spark:3.5.8-scala2.12-java17-python3-ubuntu',
      HADOOP_AWS_JAR: 'org/apache/hadoop/hadoop-aws/3.3.4/hadoop-aws-3.3.4.jar',
      HADOOP_AWS_SHA256: '53f9ae03c681a30a50aa17524bd9790ab596b28481858e54efd989a826ed3a4a',
      AWS_SDK_BUNDLE_JAR: 'com/amazonaws/aws-java-sdk-bundle/1.12.262/aws-java-sdk-bundle-1.12.262.jar',
    });
    expect(mavenPath({ group: 'software.amazon.awssdk', artifact: 'bundle', version: '2.24.6' })).toBe(
      'software/amazon/awssdk/bundle/2.24.6/bundle-2.24.6.jar',
    );
  });

  it('refuses a line it does not know', () => {
    expect(() => sparkLineVersions('3.4')).toThrow(/3\.4 is not supported/);
  });
});
