import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { EcrLifecyclePolicy } from '@cdktf/provider-aws/lib/ecr-lifecycle-policy';
import { EcrRepository } from '@cdktf/provider-aws/lib/ecr-repository';
import { EcrRepositoryPolicy } from '@cdktf/provider-aws/lib/ecr-repository-policy';
import { Construct } from 'constructs';
import { tagPattern } from '../docker/image-tags';
import { EncryptionKey } from './encryption-key';

export interface ImageRepositoryProps {
  /** Repository name, lowercase, e.g. `spark-eks/spark-jobs`. */
  readonly repositoryName: string;
  /** Alias of the repository's KMS key, without `alias/`. */
  readonly keyAlias: string;
  /**
   * Images to keep; older ones expire. SparkApplications pin images by digest, so keep more than the images
   * the jobs currently run.
   * @default 30
   */
  readonly keepImages?: number;
  /**
   * The images the repository holds, by tag prefix (`<prefix>_<hash>`): each keeps its own newest `keepImages`, so
   * frequent builds of one image never expire another that is still running. Others share one catch-all rule.
   * @default none: one rule for all images
   */
  readonly imageTagPrefixes?: readonly string[];
  /**
   * The IAM principals (role, user or account root ARNs, as `aws:PrincipalArn` gives them) that may push images: a
   * repository policy denies pushing to every other principal, whatever its IAM policies allow.
   */
  readonly pushPrincipalArns: readonly string[];
  /**
   * Roles the repository policy lets pull images, e.g. Fargate's pod execution role. They may not push.
   * @default none (pulls need an IAM policy of their own)
   */
  readonly pullPrincipalArns?: readonly string[];
}

/** The actions that write images: a push uploads layers and puts the manifest under a tag. */
export const ECR_PUSH_ACTIONS = [
  'ecr:InitiateLayerUpload',
  'ecr:UploadLayerPart',
  'ecr:CompleteLayerUpload',
  'ecr:PutImage',
] as const;

/** The actions a pull needs on the repository (the registry token, ecr:GetAuthorizationToken, is not one). */
export const ECR_PULL_ACTIONS = [
  'ecr:BatchCheckLayerAvailability',
  'ecr:BatchGetImage',
  'ecr:GetDownloadUrlForLayer',
] as const;

/**
 * The ECR repository for Spark job images: scanned on push, encrypted with its own KMS key, and a lifecycle policy that keeps the newest images. Destroying it deletes
 * its images: they are rebuilt from docker/ on the next deploy.
 *
 * Tags are mutable on purpose. A tag is a hash of an image's inputs, not of its bytes, and Docker builds are not
 * byte-reproducible: after a destroy of the platform or jobs stack, a lost state or a taint, the rebuilt image has the
 * same tag and another digest, and an IMMUTABLE repository refuses that push (ImageTagAlreadyExistsException), so
 * the redeploy would fail. Nothing runs by tag: every workload references its image by digest, which a re-pointed tag
 * cannot change. But every plan reads a tag's digest again, so whoever could re-point a tag could roll their image into
 * the next apply: the repository policy lets only the named principals push (an explicit Deny for everyone else, which
 * no IAM policy in the account can override), and the pullers only pull.
 */
export class ImageRepository extends Construct {
  public readonly repository: EcrRepository;
  public readonly repositoryUrl: string;
  public readonly repositoryName: string;
  public readonly arn: string;

  constructor(scope: Construct, id: string, props: ImageRepositoryProps) {
    super(scope, id);
    if (!/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/.test(props.repositoryName)) {
      throw new Error(`ImageRepository ${id}: repositoryName "${props.repositoryName}" is not a valid ECR name`);
    }
    const keepImages = props.keepImages ?? 30;
    if (!Number.isInteger(keepImages) || keepImages < 1) {
      throw new Error(`ImageRepository ${id}: keepImages must be a whole number ≥ 1, not ${keepImages}`);
    }

    const key = new EncryptionKey(this, 'kms', {
      alias: props.keyAlias,
      description: `Encrypts the images of ECR repository ${props.repositoryName}`,
      preventDestroy: false,
    });
    this.repository = new EcrRepository(this, 'repository', {
      name: props.repositoryName,
      imageTagMutability: 'MUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: [{ encryptionType: 'KMS', kmsKey: key.arn }],
      forceDelete: true,
    });
    new EcrLifecyclePolicy(this, 'lifecycle', {
      repository: this.repository.name,
      policy: JSON.stringify(lifecyclePolicy(keepImages, props.imageTagPrefixes ?? [])),
    });
    if (props.pushPrincipalArns.length === 0) {
      throw new Error(`ImageRepository ${id}: pushPrincipalArns needs at least the principal that deploys`);
    }
    const policy = new DataAwsIamPolicyDocument(this, 'policy', {
      statement: [
        {
          sid: 'PushOnlyByTheDeployers',
          effect: 'Deny',
          principals: [{ type: 'AWS', identifiers: ['*'] }],
          actions: [...ECR_PUSH_ACTIONS],
          condition: [{ test: 'ArnNotEquals', variable: 'aws:PrincipalArn', values: [...props.pushPrincipalArns] }],
        },
        ...(props.pullPrincipalArns?.length
          ? [
              {
                sid: 'PullByTheClusterPods',
                effect: 'Allow',
                principals: [{ type: 'AWS', identifiers: [...props.pullPrincipalArns] }],
                actions: [...ECR_PULL_ACTIONS],
              },
            ]
          : []),
      ],
    });
    new EcrRepositoryPolicy(this, 'repository-policy', { repository: this.repository.name, policy: policy.json });
    this.repositoryUrl = this.repository.repositoryUrl;
    this.repositoryName = this.repository.name;
    this.arn = this.repository.arn;
  }
}

/**
 * ECR evaluates rules by priority, and an image matched by a rule's tag pattern is never expired by a later rule:
 * one rule per image prefix keeps the newest N of each, and the last rule the newest N of anything else.
 */
export function lifecyclePolicy(keepImages: number, prefixes: readonly string[]): { rules: object[] } {
  const keep = { countType: 'imageCountMoreThan', countNumber: keepImages };
  return {
    rules: [
      ...prefixes.map((prefix, i) => ({
        rulePriority: i + 1,
        description: `Keep the newest ${keepImages} ${prefix} images`,
        selection: { tagStatus: 'tagged', tagPatternList: [tagPattern(prefix)], ...keep },
        action: { type: 'expire' },
      })),
      {
        rulePriority: prefixes.length + 1,
        description: `Keep the newest ${keepImages} other images`,
        selection: { tagStatus: 'any', ...keep },
        action: { type: 'expire' },
      },
    ],
  };
}
