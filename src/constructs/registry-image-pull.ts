import { Image } from '@cdktf/provider-docker/lib/image';
import { Construct } from 'constructs';
import { FARGATE_PLATFORM } from './spark-image';

export interface RegistryImagePullProps {
  /** The image to pull, by digest: `<repository>@sha256:<digest>`. */
  readonly image: string;
}

/**
 * Pulls an image from ECR onto the local Docker engine, so that builds `FROM` it find it there. The docker provider
 * (3.6.2) logs a build in to a registry only through `build.auth_config`, never with the provider's `registry_auth`:
 * a job build on any machine but the one that pushed its base image would pull that base from ECR anonymously and
 * fail. A build-less `docker_image` is pulled with the provider's `registry_auth`, and a build finds a
 * digest-pinned base in the local image store without asking the registry (the provider does not set `pull_parent`).
 * Keeping `auth_config` out of the build block also keeps the short-lived ECR token out of the image's attributes,
 * where it would replace the image on every plan.
 */
export class RegistryImagePull extends Construct {
  public readonly image: Image;

  constructor(scope: Construct, id: string, props: RegistryImagePullProps) {
    super(scope, id);
    this.image = new Image(this, 'image', {
      name: props.image,
      platform: FARGATE_PLATFORM,
      // The engine keeps the layers the job images share with it; the next pull is then a no-op.
      keepLocally: true,
    });
  }
}
