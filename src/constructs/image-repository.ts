import { EcrLifecyclePolicy } from '@cdktf/provider-aws/lib/ecr-lifecycle-policy';
import { EcrRepository } from '@cdktf/provider-aws/lib/ecr-repository';
import { Construct } from 'constructs';
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
}

/**
 * The ECR repository for Spark job images: immutable tags (a tag is a content hash, never re-pointed), scanned on
 * push, encrypted with its own KMS key, and a lifecycle policy that keeps the newest images. Destroying it deletes
 * its images: they are rebuilt from docker/ on the next deploy.
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
      imageTagMutability: 'IMMUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: [{ encryptionType: 'KMS', kmsKey: key.arn }],
      forceDelete: true,
    });
    new EcrLifecyclePolicy(this, 'lifecycle', {
      repository: this.repository.name,
      policy: JSON.stringify({
        rules: [
          {
            rulePriority: 1,
            description: `Keep the newest ${keepImages} images`,
            selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: keepImages },
            action: { type: 'expire' },
          },
        ],
      }),
    });
    this.repositoryUrl = this.repository.repositoryUrl;
    this.repositoryName = this.repository.name;
    this.arn = this.repository.arn;
  }
}
