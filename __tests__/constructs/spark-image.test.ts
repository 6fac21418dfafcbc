import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DockerProvider } from '@cdktf/provider-docker/lib/provider';
import { App } from 'cdktf';
import { PROJECT_ROOT } from '../../src/config/load';
import { SparkImage } from '../../src/constructs/spark-image';
import { ProjectStack } from '../../src/stacks/project-stack';
import { buildContentHash } from '../../src/docker/context-hash';
import { synthInStack } from '../../test-support/stack';
import { parseStack, resource } from '../../test-support/terraform-json';

// The base image's folder: it has a Dockerfile of its own.
const CONTEXT = path.join(PROJECT_ROOT, 'docker', 'base');
const REPO = '111122223333.dkr.ecr.eu-west-1.amazonaws.com/acme/spark-jobs';
const synth = () =>
  parseStack(
    synthInStack(
      (s) =>
        new SparkImage(s, 'pi', {
          repositoryUrl: REPO,
          contextDir: CONTEXT,
          tagPrefix: 'spark-pi',
          buildArgs: { BASE_IMAGE: `${REPO}@sha256:base` },
          hashInputs: ['base-hash'],
        }),
    ),
  );

describe('SparkImage', () => {
  const stack = synth();
  const hash = buildContentHash(CONTEXT, { BASE_IMAGE: `${REPO}@sha256:base` }, ['base-hash']);

  it('builds the folder for linux/amd64 with the build args, and nothing that changes between plans', () => {
    const image = resource(stack, 'docker_image', 'pi_image');
    expect(image.build).toMatchObject({ platform: 'linux/amd64', build_args: { BASE_IMAGE: `${REPO}@sha256:base` } });
    // The ECR token changes on every plan; in the build block it would replace the image every time.
    expect(image.build.auth_config).toBeUndefined();
    expect(image.build.context).toMatch(/^assets\/pi_context\/[0-9A-F]+$/);
  });

  it('tags the image with its content hash and rebuilds when the content changes', () => {
    const image = resource(stack, 'docker_image', 'pi_image');
    expect(image.name).toBe(`${REPO}:spark-pi_${hash.slice(0, 24)}`);
    expect(image.triggers).toEqual({ content_hash: hash });
  });

  it('pushes under the content-hash tag and keeps replaced images in the registry', () => {
    expect(resource(stack, 'docker_registry_image', 'pi_push')).toMatchObject({
      name: '${docker_image.pi_image.name}',
      keep_remotely: true,
      triggers: { content_hash: hash },
    });
  });
});

describe('SparkImage with a Dockerfile from outside the folder', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'spark-image-'));
  const folder = path.join(root, 'job');
  const shared = path.join(root, 'Dockerfile.shared');
  const outdir = path.join(root, 'out');
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'main.py'), 'print(1)\n');
  writeFileSync(shared, 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\n');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const synthesize = () => {
    const app = new App({ outdir });
    const stack = new ProjectStack(app, 'images');
    new DockerProvider(stack, 'docker', {});
    new SparkImage(stack, 'job', { repositoryUrl: REPO, contextDir: folder, dockerfile: shared, tagPrefix: 'job' });
    app.synth();
    const stackDir = path.join(outdir, 'stacks', 'images');
    return {
      stackDir,
      image: resource(
        parseStack(readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8')),
        'docker_image',
        'job_image',
      ),
    };
  };

  it('puts it into the synthesized copy of the context as its Dockerfile, which Docker reads by default', () => {
    const { stackDir, image } = synthesize();
    expect(image.build.dockerfile).toBeUndefined();
    const copy = path.join(stackDir, image.build.context);
    expect(readdirSync(copy).sort()).toEqual(['Dockerfile', 'main.py']);
    expect(readFileSync(path.join(copy, 'Dockerfile'), 'utf8')).toBe(readFileSync(shared, 'utf8'));
    // The folder itself is left as it was.
    expect(readdirSync(folder)).toEqual(['main.py']);
  });

  it('hashes it with the folder, so a change to it alone rebuilds the image into a new context folder', () => {
    const before = synthesize().image;
    expect(before.triggers.content_hash).toBe(buildContentHash(folder, {}, [], { Dockerfile: shared }));
    writeFileSync(shared, 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nUSER 185\n');
    const after = synthesize().image;
    expect(after.triggers.content_hash).not.toBe(before.triggers.content_hash);
    expect(after.build.context).not.toBe(before.build.context);
  });

  it('refuses a folder that has a Dockerfile of its own', () => {
    writeFileSync(path.join(folder, 'Dockerfile'), 'FROM x\n');
    try {
      expect(() => synthesize()).toThrow(/has a Dockerfile of its own/);
    } finally {
      rmSync(path.join(folder, 'Dockerfile'));
    }
  });
});
