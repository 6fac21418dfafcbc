import { DataAwsEcrAuthorizationToken } from '@cdktf/provider-aws/lib/data-aws-ecr-authorization-token';
import { DockerProvider } from '@cdktf/provider-docker/lib/provider';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';

/**
 * The Docker provider, logged in to the account's ECR registry with a short-lived token from
 * `aws_ecr_authorization_token`, for pushes and for pulling base images during builds. Builds run on the local
 * Docker engine.
 */
export class EcrRegistry extends Construct {
  public readonly provider: DockerProvider;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const token = new DataAwsEcrAuthorizationToken(this, 'token');
    this.provider = new DockerProvider(scope, 'docker', {
      registryAuth: [
        {
          address: Fn.replace(token.proxyEndpoint, 'https://', ''),
          username: token.userName,
          password: token.password,
        },
      ],
    });
  }
}
