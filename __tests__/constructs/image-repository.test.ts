import { ImageRepository, lifecyclePolicy } from '../../src/constructs/image-repository';
import { synthInStack } from '../../test-support/stack';
import { parseStack, resource } from '../../test-support/terraform-json';

const synth = (keepImages?: number) =>
  parseStack(
    synthInStack(
      (stack) =>
        new ImageRepository(stack, 'images', { repositoryName: 'acme/spark-jobs', keyAlias: 'acme-ecr', keepImages }),
    ),
  );

describe('ImageRepository', () => {
  it('scans on push, lets a redeploy re-push a tag and encrypts with its own KMS key', () => {
    expect(resource(synth(), 'aws_ecr_repository', 'images_repository')).toMatchObject({
      name: 'acme/spark-jobs',
      image_tag_mutability: 'MUTABLE',
      image_scanning_configuration: { scan_on_push: true },
      encryption_configuration: [{ encryption_type: 'KMS', kms_key: '${aws_kms_key.images_kms_key.arn}' }],
    });
  });

  it('keeps the newest N images', () => {
    const policy = JSON.parse(resource(synth(12), 'aws_ecr_lifecycle_policy', 'images_lifecycle').policy as string);
    expect(policy.rules).toEqual([
      expect.objectContaining({
        selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 12 },
        action: { type: 'expire' },
      }),
    ]);
  });

  it('gives each image prefix its own rule before a catch-all', () => {
    expect(lifecyclePolicy(5, ['base', 'etl']).rules).toEqual([
      expect.objectContaining({
        rulePriority: 1,
        selection: expect.objectContaining({ tagStatus: 'tagged', tagPatternList: ['base_*'], countNumber: 5 }),
      }),
      expect.objectContaining({ rulePriority: 2, selection: expect.objectContaining({ tagPatternList: ['etl_*'] }) }),
      expect.objectContaining({
        rulePriority: 3,
        selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 5 },
      }),
    ]);
  });

  it('refuses an invalid repository name', () => {
    expect(() =>
      synthInStack((stack) => new ImageRepository(stack, 'images', { repositoryName: 'Acme/Jobs', keyAlias: 'x' })),
    ).toThrow(/not a valid ECR name/);
  });
});
