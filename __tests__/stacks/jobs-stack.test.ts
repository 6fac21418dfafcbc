import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { jobFolder, sharedJobDockerfile } from '../../src/config/jobs';
import { loadConfig, PROJECT_ROOT, validateConfig } from '../../src/config/load';
import { buildContentHash, listFiles } from '../../src/docker/context-hash';
import { configErrorFor, DEFAULT_CONFIG_FILE, defaultConfig, jobRaw } from '../../test-support/config';
import { referencedOutput, synthesizeApp, SynthesizedApp } from '../../test-support/synth';
import { resource, resources } from '../../test-support/terraform-json';
import { restrictedViolations } from '../../test-support/pod-security';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';

/** The Dockerfile a job's image is built with: the folder's own, else the shared one. */
function buildDockerfile(job: string): string {
  const own = path.join(jobFolder(PROJECT_ROOT, job), 'Dockerfile');
  return existsSync(own) ? own : sharedJobDockerfile(PROJECT_ROOT);
}

describe('JobsStack (whole-App synth)', () => {
  let app: SynthesizedApp;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let jobs: Record<string, any>;
  beforeAll(() => {
    app = synthesizeApp(defaultConfig());
    jobs = app.stack('spark-eks-jobs');
  });
  afterAll(() => app.cleanup());

  it('has its own state key and is deployed after platform', () => {
    expect(jobs.terraform.backend.s3).toMatchObject({ key: 'spark-eks/jobs.tfstate', use_lockfile: true });
    const manifest = JSON.parse(readFileSync(path.join(app.outdir, 'manifest.json'), 'utf8'));
    expect(manifest.stacks['spark-eks-jobs'].dependencies.sort()).toEqual([
      'spark-eks-core',
      'spark-eks-data',
      'spark-eks-platform',
    ]);
  });

  it('gives the driver and the executors of every job security contexts that meet Pod Security restricted', () => {
    const manifests = resources(jobs, 'kubernetes_manifest').map((r) => r.body.manifest);
    expect(manifests).toHaveLength(defaultConfig().jobs.length);
    for (const manifest of manifests) {
      const spec = manifest.kind === 'ScheduledSparkApplication' ? manifest.spec.template : manifest.spec;
      for (const role of ['driver', 'executor']) {
        expect({ [role]: restrictedViolations(spec[role].podSecurityContext, spec[role].securityContext) }).toEqual({
          [role]: [],
        });
      }
    }
  });

  it('pulls the base image by digest under the provider’s ECR login before any job build, which gets no login', () => {
    const pull = resource(jobs, 'docker_image', 'base-image-pull_image');
    expect(pull.build).toBeUndefined();
    expect(pull.keep_locally).toBe(true);
    const [repository, digest] = (pull.name as string).split('@');
    expect(referencedOutput(app, repository)).toBe('${aws_ecr_repository.images_repository.repository_url}');
    expect(referencedOutput(app, digest)).toBe('${docker_registry_image.base-image_push.sha256_digest}');
    const builds = resources(jobs, 'docker_image').filter((image) => image.body.build);
    expect(builds).toHaveLength(defaultConfig().jobs.length);
    for (const build of builds) {
      expect(build.body.depends_on).toEqual(['docker_image.base-image-pull_image']);
      expect(build.body.build.auth_config).toBeUndefined();
      expect(build.body.build.build_args.BASE_IMAGE).toBe(pull.name);
    }
  });

  it('pushes every job image again when its base image’s digest changes, not only when its content does', () => {
    const pull = resource(jobs, 'docker_image', 'base-image-pull_image');
    const pushes = resources(jobs, 'docker_registry_image');
    expect(pushes).toHaveLength(defaultConfig().jobs.length);
    for (const push of pushes) {
      const image = resource(jobs, 'docker_image', push.name.replace(/_push$/, '_image'));
      expect(push.body.triggers).toEqual({
        content_hash: image.triggers.content_hash,
        build_arg_base_image: pull.name,
      });
    }
  });

  it('logs the docker provider in to ECR with a fresh authorization token', () => {
    expect(jobs.provider.docker[0].registry_auth).toEqual([
      {
        address: '${replace(data.aws_ecr_authorization_token.registry_token.proxy_endpoint, "https://", "")}',
        username: '${data.aws_ecr_authorization_token.registry_token.user_name}',
        password: '${data.aws_ecr_authorization_token.registry_token.password}',
      },
    ]);
  });

  it.each(defaultConfig().jobs.map((job) => job.name))(
    'builds %s from its folder FROM the platform base image, for linux/amd64, with its own or the shared Dockerfile',
    (job) => {
      const image = resource(jobs, 'docker_image', `job-${job}_image_image`);
      expect(image.build.platform).toBe('linux/amd64');
      expect(image.build.context).toMatch(new RegExp(`^assets/job-${job}_image_context/[0-9A-F]+$`));
      expect(image.build.build_args.JOB_NAME).toBe(job);
      const [repository, digest] = (image.build.build_args.BASE_IMAGE as string).split('@');
      expect(referencedOutput(app, repository)).toBe('${aws_ecr_repository.images_repository.repository_url}');
      expect(referencedOutput(app, digest)).toBe('${docker_registry_image.base-image_push.sha256_digest}');
      // The synthesized context is the folder plus, unless it has its own, the shared Dockerfile; nothing else.
      const copy = path.join(app.outdir, 'stacks', 'spark-eks-jobs', image.build.context);
      const folder = jobFolder(PROJECT_ROOT, job);
      expect(listFiles(copy)).toEqual([...new Set([...listFiles(folder), 'Dockerfile'])].sort());
      expect(readFileSync(path.join(copy, 'Dockerfile'), 'utf8')).toBe(readFileSync(buildDockerfile(job), 'utf8'));
    },
  );

  it.each(defaultConfig().jobs.map((job) => job.name))(
    'tags the %s image with a content hash of its folder, its Dockerfile, its name and the base, and rebuilds on change',
    (job) => {
      const platformImage = resource(app.stack('spark-eks-platform'), 'docker_image', 'base-image_image');
      const baseHash = platformImage.triggers.content_hash as string;
      const image = resource(jobs, 'docker_image', `job-${job}_image_image`);
      const folder = jobFolder(PROJECT_ROOT, job);
      const own = existsSync(path.join(folder, 'Dockerfile'));
      const extra: Record<string, string> = own ? {} : { Dockerfile: buildDockerfile(job) };
      const hash = buildContentHash(folder, { JOB_NAME: job }, [baseHash], extra);
      expect(image.triggers).toEqual({ content_hash: hash });
      expect(image.name).toMatch(new RegExp(`:${job}_${hash.slice(0, 24)}$`));
    },
  );

  it('pushes to the core stack’s repository', () => {
    const image = resource(jobs, 'docker_image', 'job-spark-pi_image_image');
    const repository = (image.name as string).split(':spark-pi_')[0];
    expect(referencedOutput(app, repository)).toBe('${aws_ecr_repository.images_repository.repository_url}');
    expect(resource(jobs, 'docker_registry_image', 'job-spark-pi_image_push')).toMatchObject({
      name: '${docker_image.job-spark-pi_image_image.name}',
      keep_remotely: true,
    });
  });

  it('runs each SparkApplication from its pushed image by digest', () => {
    const manifest = resource(jobs, 'kubernetes_manifest', 'job-spark-pi_application').manifest;
    expect(manifest.kind).toBe('SparkApplication');
    expect(manifest.spec.image).toMatch(
      /^\$\{data\.terraform_remote_state\.[^}]+\}@\$\{docker_registry_image\.job-spark-pi_image_push\.sha256_digest\}$/,
    );
    const scheduled = resource(jobs, 'kubernetes_manifest', 'job-weather-data_application').manifest;
    expect(scheduled.kind).toBe('ScheduledSparkApplication');
    expect(scheduled.spec.template.image).toMatch(
      /@\$\{docker_registry_image\.job-weather-data_image_push\.sha256_digest\}$/,
    );
  });

  it('points the weather job at the sample input it uploads to the data bucket', () => {
    const object = resources(jobs, 'aws_s3_object')[0].body;
    expect(object.key).toBe('input/weather/ghcnd-sample.csv');
    // SSE-KMS ETags are no MD5: the source hash is what makes a changed file upload again.
    const sample = readFileSync(path.join(PROJECT_ROOT, 'docker/jobs/weather-data/sample-input/ghcnd-sample.csv'));
    expect(object.source_hash).toBe(createHash('md5').update(sample).digest('hex'));
    expect(object.source).toMatch(/^assets\/job-weather-data_sample-ghcnd-sample_csv\/[0-9A-F]+\/ghcnd-sample\.csv$/);
    expect(referencedOutput(app, object.bucket)).toBe('${aws_s3_bucket.data_bucket_bucket.bucket}');
    const args = resource(jobs, 'kubernetes_manifest', 'job-weather-data_application').manifest.spec.template.arguments;
    expect(args).toEqual([`s3a://${object.bucket}/input/weather/`, `s3a://${object.bucket}/output/weather-tavg/`]);
  });

  it('is left out when the config has no jobs', () => {
    const none = synthesizeApp(
      validateConfig({ ...parse(readFileSync(DEFAULT_CONFIG_FILE, 'utf8')), jobs: [] }, 'x').config,
    );
    try {
      expect(none.stackNames).not.toContain('spark-eks-jobs');
    } finally {
      none.cleanup();
    }
  });
});

describe('a change to one job', () => {
  it('changes only the jobs stack', () => {
    const raw = parse(readFileSync(DEFAULT_CONFIG_FILE, 'utf8'));
    const before = synthesizeApp(validateConfig(raw, 'a.yaml').config);
    raw.jobs[0].executor.instances = 7;
    raw.jobs[0].arguments = ['100'];
    const after = synthesizeApp(validateConfig(raw, 'b.yaml').config);
    try {
      const changed = before.stackNames.filter((name) => after.text(name) !== before.text(name));
      expect(changed).toEqual(['spark-eks-jobs']);
      expect(after.stackNames).toEqual(before.stackNames);
    } finally {
      before.cleanup();
      after.cleanup();
    }
  });
});

describe('job config errors name the job', () => {
  const errorFor = (overrides: Record<string, unknown>, projectRoot = PROJECT_ROOT): string =>
    configErrorFor({ ...parse(readFileSync(DEFAULT_CONFIG_FILE, 'utf8')), jobs: [jobRaw(overrides)] }, { projectRoot })
      .message;

  it.each([
    ['a missing folder', { name: 'nope' }, /^test\.yaml: jobs\[0\] \(nope\)\.name: has no folder docker\/jobs\/nope\//],
    [
      'a missing main file',
      { mainFile: 'main.py' },
      /^test\.yaml: jobs\[0\] \(spark-pi\)\.mainFile: docker\/jobs\/spark-pi\/main\.py does not exist/,
    ],
    [
      'a bad cron expression',
      { schedule: { cron: '0 25 * * *' } },
      /^test\.yaml: jobs\[0\] \(spark-pi\)\.schedule\.cron: hour field "25"/,
    ],
    [
      'a name that is not a DNS label',
      { name: 'Spark.Pi' },
      /^test\.yaml: jobs\[0\] \(Spark\.Pi\)\.name: a job name must be a DNS label/,
    ],
    [
      'a namespace without a Fargate profile',
      { namespace: 'default' },
      /^test\.yaml: jobs\[0\] \(spark-pi\)\.namespace: runs in a namespace without a Fargate profile/,
    ],
    [
      'an unknown argument placeholder',
      { arguments: ['s3a://{bukket}/x'] },
      /^test\.yaml: jobs\[0\] \(spark-pi\)\.arguments\[0\]: unknown placeholder \{bukket\}/,
    ],
    [
      'missing sample data',
      { sampleData: { from: 'nothing', to: 'x' } },
      /^test\.yaml: jobs\[0\] \(spark-pi\)\.sampleData\.from: docker\/jobs\/spark-pi\/nothing\/ is not a folder/,
    ],
  ])('%s', (_name, overrides, message) => {
    expect(errorFor(overrides)).toMatch(message);
  });

  it('loads the default config’s two jobs', () => {
    expect(loadConfig(DEFAULT_CONFIG_FILE).config.jobs.map((j) => j.name)).toEqual(['spark-pi', 'weather-data']);
  });
});

describe('imageBuild (whole-App synth)', () => {
  it('leaves the builds on Docker’s defaults and the Dockerfile’s Maven repository unless the config says otherwise', () => {
    const app = synthesizeApp(defaultConfig());
    try {
      const builds = ['spark-eks-platform', 'spark-eks-jobs'].flatMap((name) =>
        resources(app.stack(name), 'docker_image').filter((image) => image.body.build),
      );
      expect(builds).toHaveLength(3);
      for (const image of builds) expect(image.body.build.network_mode).toBeUndefined();
      const base = resource(app.stack('spark-eks-platform'), 'docker_image', 'base-image_image');
      expect(base.build.build_args.MAVEN_REPOSITORY).toBeUndefined();
    } finally {
      app.cleanup();
    }
  });

  it('passes the configured Maven repository to the base build and runs every build on the host network', () => {
    const raw = parse(readFileSync(DEFAULT_CONFIG_FILE, 'utf8')) as Record<string, unknown>;
    const { config } = validateConfig(
      { ...raw, imageBuild: { mavenRepository: 'http://127.0.0.1:8081/maven2/', network: 'host' } },
      'test.yaml',
    );
    const app = synthesizeApp(config);
    const before = synthesizeApp(defaultConfig());
    try {
      const platform = app.stack('spark-eks-platform');
      const base = resource(platform, 'docker_image', 'base-image_image');
      // The trailing slash is dropped: the Dockerfile appends `/<path>` itself.
      expect(base.build.build_args.MAVEN_REPOSITORY).toBe('http://127.0.0.1:8081/maven2');
      const builds = [platform, app.stack('spark-eks-jobs')].flatMap((stack) =>
        resources(stack, 'docker_image').filter((image) => image.body.build),
      );
      expect(builds.map((image) => image.body.build.network_mode)).toEqual(['host', 'host', 'host']);
      // Neither the network nor the mirror changes what is built: every image keeps its tag.
      const names = (synthesized: SynthesizedApp) =>
        ['spark-eks-platform', 'spark-eks-jobs'].flatMap((name) =>
          resources(synthesized.stack(name), 'docker_image').map((image) => image.body.name),
        );
      expect(names(app)).toEqual(names(before));
    } finally {
      app.cleanup();
      before.cleanup();
    }
  });
});
