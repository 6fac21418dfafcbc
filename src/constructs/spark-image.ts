import { copyFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { Image } from '@cdktf/provider-docker/lib/image';
import { RegistryImage } from '@cdktf/provider-docker/lib/registry-image';
import { AssetType, ISynthesisSession, ITerraformDependable, TerraformAsset, TerraformStack, Token } from 'cdktf';
// cdktf's hook for work at synthesis time, as TerraformAsset itself uses it; cdktf is pinned exactly (0.21.0).
import { addCustomSynthesis } from 'cdktf/lib/synthesize/synthesizer';
import { Construct } from 'constructs';
import { buildContentHash } from '../docker/context-hash';
import { imageTag, TAG_PREFIX_PATTERN } from '../docker/image-tags';

/** EKS Fargate runs only x86-64 pods. */
export const FARGATE_PLATFORM = 'linux/amd64';

export interface SparkImageProps {
  /** ECR repository URL, `<account>.dkr.ecr.<region>.amazonaws.com/<name>`. */
  readonly repositoryUrl: string;
  /** Absolute path of the build context: a folder of this repository. */
  readonly contextDir: string;
  /**
   * A Dockerfile from outside the folder to build it with, such as the shared job Dockerfile. The synthesized copy
   * of the context gets it as its `Dockerfile`, and the content hash covers it; the folder itself must have none.
   * @default the folder's own `Dockerfile`
   */
  readonly dockerfile?: string;
  /** Starts the image tag: `<tagPrefix>_<content hash>` (see src/docker/image-tags.ts). */
  readonly tagPrefix: string;
  /**
   * Build args. Those that are Terraform references (e.g. a base image digest) do not enter the content hash;
   * name what they stand for in hashInputs instead.
   * @default none
   */
  readonly buildArgs?: Readonly<Record<string, string>>;
  /**
   * Build args that say only where the build downloads from, such as a Maven mirror, never what it builds (each
   * download is checked against a pinned SHA-256): passed to the build, but not in the content hash, so a new mirror
   * neither retags nor re-pushes anything.
   * @default none
   */
  readonly downloadArgs?: Readonly<Record<string, string>>;
  /**
   * Other inputs of the image, such as its base image's content hash, so that a change to them rebuilds it.
   * @default none
   */
  readonly hashInputs?: readonly string[];
  /**
   * What the build needs first, such as the pull of its base image (see RegistryImagePull).
   * @default none
   */
  readonly dependsOn?: readonly ITerraformDependable[];
  /**
   * The network of the build's RUN steps (the provider's `build.network_mode`): `host` for the deploying machine's
   * own network. It changes how the build reaches its downloads, not what it builds, so it is not in the content hash.
   * @default Docker's default network
   */
  readonly buildNetwork?: 'default' | 'host';
}

/**
 * A Docker image built from a folder of this repository for linux/amd64 and pushed to ECR under a tag made of its
 * content hash. A change to any file of the context, a build arg or a hash input changes the tag, and
 * with it the digest that workloads reference; unchanged inputs never rebuild. Pushed images stay in the
 * repository when replaced (the repository's lifecycle policy expires old ones), so a running job never loses
 * its image.
 */
export class SparkImage extends Construct {
  public readonly contentHash: string;
  public readonly tag: string;
  public readonly image: Image;
  public readonly registryImage: RegistryImage;
  /** `<repository>@sha256:<digest>`: what Kubernetes should run. */
  public readonly imageByDigest: string;

  constructor(scope: Construct, id: string, props: SparkImageProps) {
    super(scope, id);
    if (!TAG_PREFIX_PATTERN.test(props.tagPrefix)) {
      throw new Error(`SparkImage ${id}: tagPrefix "${props.tagPrefix}" is not a valid start of a Docker tag`);
    }
    const buildArgs = { ...(props.buildArgs ?? {}) };
    const literalArgs = Object.fromEntries(Object.entries(buildArgs).filter(([, v]) => !Token.isUnresolved(v)));
    const { dockerfile } = props;
    if (dockerfile && existsSync(path.join(props.contextDir, 'Dockerfile'))) {
      throw new Error(`SparkImage ${id}: ${props.contextDir} has a Dockerfile of its own; do not pass another`);
    }
    const extraFiles: Record<string, string> = dockerfile ? { Dockerfile: dockerfile } : {};
    this.contentHash = buildContentHash(props.contextDir, literalArgs, props.hashInputs, extraFiles);
    this.tag = imageTag(props.tagPrefix, this.contentHash);

    // Copies the context into cdktf.out, so the synthesized stack builds on its own with plain Terraform. With a
    // Dockerfile from elsewhere the copy's folder is named by the content hash, so that it changes with that file too.
    const context = new TerraformAsset(this, 'context', {
      path: props.contextDir,
      type: AssetType.DIRECTORY,
      ...(dockerfile ? { assetHash: this.contentHash.slice(0, 32).toUpperCase() } : {}),
    });
    if (dockerfile) {
      // The provider sends the context folder to Docker, and Docker reads the Dockerfile from inside it: put the
      // shared one into the copy. Custom synthesis runs children first, so the asset's copy exists by now.
      const stack = TerraformStack.of(this);
      addCustomSynthesis(this, {
        onSynthesize: (session: ISynthesisSession) => {
          const stackDir = path.dirname(
            path.join(session.outdir, session.manifest.forStack(stack).synthesizedStackPath),
          );
          copyFileSync(dockerfile, path.join(stackDir, context.path, 'Dockerfile'));
        },
      });
    }
    const triggers = { content_hash: this.contentHash };

    this.image = new Image(this, 'image', {
      name: `${props.repositoryUrl}:${this.tag}`,
      buildAttribute: {
        context: context.path,
        platform: FARGATE_PLATFORM,
        buildArgs: { ...(props.downloadArgs ?? {}), ...buildArgs },
        ...(props.buildNetwork === 'host' ? { networkMode: 'host' } : {}),
        // No auth_config here: the ECR token changes on every plan, and any change to the build block replaces the
        // image. A base image in ECR is pulled beforehand by a RegistryImagePull, under the provider's registry_auth.
      },
      platform: FARGATE_PLATFORM,
      triggers,
      keepLocally: true,
      ...(props.dependsOn?.length ? { dependsOn: [...props.dependsOn] } : {}),
    });
    // A build arg only known at apply time (the base image's digest) rebuilds the image when it changes, since build
    // args force a new image, but keeps its tag: push again then too, or ECR keeps the image built on the old base.
    const deployTimeArgs = Object.fromEntries(
      Object.entries(buildArgs)
        .filter(([, v]) => Token.isUnresolved(v))
        .map(([name, v]) => [`build_arg_${name.toLowerCase()}`, v]),
    );
    this.registryImage = new RegistryImage(this, 'push', {
      name: this.image.name,
      keepRemotely: true,
      triggers: { ...triggers, ...deployTimeArgs },
    });
    this.imageByDigest = `${props.repositoryUrl}@${this.registryImage.sha256Digest}`;
  }
}
