import * as path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/load';
import { SparkImage } from '../../src/constructs/spark-image';
import { buildContentHash } from '../../src/docker/context-hash';
import { synthInStack } from '../../test-support/stack';
import { parseStack, resource } from '../../test-support/terraform-json';

const CONTEXT = path.join(PROJECT_ROOT, 'docker', 'jobs', 'spark-pi');
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
