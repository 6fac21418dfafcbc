import { DataAwsEcrAuthorizationToken } from '@cdktf/provider-aws/lib/data-aws-ecr-authorization-token';
import { DockerProvider } from '@cdktf/provider-docker/lib/provider';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';

/** Credentials for the account's ECR registry, for pushes and for pulling base images during builds. */
export interface RegistryCredentials {
  readonly hostName: string;
  readonly userName: string;
  readonly password: string;
}

/**
 * The Docker provider, logged in to the account's ECR registry with a short-lived token from
 * `aws_ecr_authorization_token`. Builds run on the local Docker engine.
 */
export class EcrRegistry extends Construct {
  public readonly provider: DockerProvider;
  public readonly credentials: RegistryCredentials;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const token = new DataAwsEcrAuthorizationToken(this, 'token');
    this.credentials = {
      hostName: Fn.replace(token.proxyEndpoint, 'https://', ''),
      userName: token.userName,
      password: token.password,
    };
    this.provider = new DockerProvider(scope, 'docker', {
      registryAuth: [{ address: this.credentials.hostName, username: token.userName, password: token.password }],
    });
  }
}
