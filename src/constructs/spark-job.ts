import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { S3Object } from '@cdktf/provider-aws/lib/s3-object';
import { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { AssetType, ITerraformDependable, TerraformAsset } from 'cdktf';
import { Construct } from 'constructs';
import { JobConfig } from '../config/schema';
import { ApplicationContext, crdViolations, jobManifest, JobManifest } from '../spark/application';
import { SparkImage } from './spark-image';

export interface SparkJobProps {
  readonly job: JobConfig;
  /** The job's folder, `docker/jobs/<name>/`: its code, sample data, and optionally requirements.txt and a Dockerfile. */
  readonly contextDir: string;
  /** What builds a folder without a Dockerfile of its own: the project's shared job Dockerfile. */
  readonly sharedDockerfile: string;
  readonly repositoryUrl: string;
  /** The base image the job's Dockerfile builds FROM. */
  readonly baseImage: { readonly imageByDigest: string; readonly contentHash: string };
  /** The pull of the base image onto the build machine, which the build must wait for. */
  readonly baseImagePull: ITerraformDependable;
  /** The network of the image build's RUN steps (see SparkImageProps.buildNetwork). @default Docker's default */
  readonly buildNetwork?: 'default' | 'host';
  /** Everything the manifest needs but the image, which this construct builds. */
  readonly application: Omit<ApplicationContext, 'image'>;
}

/**
 * One Spark job: its image built from its folder FROM the base image (with the folder's own Dockerfile, else the
 * shared one) and pushed to ECR, its SparkApplication (or ScheduledSparkApplication) running that image by digest,
 * validated against the operator's CRD schema, and its sample data uploaded to the data bucket.
 */
export class SparkJob extends Construct {
  public readonly image: SparkImage;
  public readonly manifest: JobManifest;
  public readonly application: Manifest;
  public readonly sampleObjects: S3Object[];

  constructor(scope: Construct, id: string, props: SparkJobProps) {
    super(scope, id);
    const { job } = props;
    const ownDockerfile = existsSync(path.join(props.contextDir, 'Dockerfile'));
    this.image = new SparkImage(this, 'image', {
      repositoryUrl: props.repositoryUrl,
      contextDir: props.contextDir,
      ...(ownDockerfile ? {} : { dockerfile: props.sharedDockerfile }),
      tagPrefix: job.name,
      buildArgs: { BASE_IMAGE: props.baseImage.imageByDigest, JOB_NAME: job.name },
      hashInputs: [props.baseImage.contentHash],
      dependsOn: [props.baseImagePull],
      buildNetwork: props.buildNetwork,
    });

    this.manifest = jobManifest(job, { ...props.application, image: this.image.imageByDigest });
    const violations = crdViolations(this.manifest);
    if (violations.length > 0) {
      throw new Error(
        `SparkJob ${job.name}: the operator's CRD refuses ${violations.map((v) => `${v.field} (${v.message})`).join(', ')}`,
      );
    }
    this.application = new Manifest(this, 'application', {
      manifest: this.manifest as unknown as Record<string, unknown>,
      // A SparkApplication is the run: wait only for the API to accept it, not for the run to finish.
      fieldManager: { name: 'terraform', forceConflicts: true },
    });

    this.sampleObjects = [];
    if (job.sampleData) {
      const folder = path.join(props.contextDir, job.sampleData.from);
      for (const file of readdirSync(folder).sort()) {
        const source = path.join(folder, file);
        if (!statSync(source).isFile()) continue;
        const asset = new TerraformAsset(this, `sample-${file}`, { path: source, type: AssetType.FILE });
        this.sampleObjects.push(
          new S3Object(this, `sample-object-${file}`, {
            bucket: props.application.bucket,
            key: `${props.application.prefixes.input}/${job.sampleData.to}/${file}`,
            source: asset.path,
            // Bucket default encryption (SSE-KMS) makes the ETag no MD5; this hash is what detects a change.
            sourceHash: createHash('md5').update(readFileSync(source)).digest('hex'),
          }),
        );
      }
    }
  }
}
