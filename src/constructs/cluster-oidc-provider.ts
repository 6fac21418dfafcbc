import { IamOpenidConnectProvider } from '@cdktf/provider-aws/lib/iam-openid-connect-provider';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';

/** The audience EKS projects into service-account tokens for IAM. */
export const STS_AUDIENCE = 'sts.amazonaws.com';

export interface ClusterOidcProviderProps {
  /** The cluster's OIDC issuer URL (`https://oidc.eks.…`). */
  readonly issuerUrl: string;
}

/**
 * The IAM OIDC identity provider for the cluster's service-account issuer (IRSA). AWS provider 6.x needs no
 * thumbprint: IAM validates the issuer's certificate itself.
 */
export class ClusterOidcProvider extends Construct {
  public readonly provider: IamOpenidConnectProvider;
  public readonly arn: string;
  /** The issuer without `https://`: the prefix of the `:sub` and `:aud` condition keys. */
  public readonly issuerHost: string;

  constructor(scope: Construct, id: string, props: ClusterOidcProviderProps) {
    super(scope, id);
    this.provider = new IamOpenidConnectProvider(this, 'provider', {
      url: props.issuerUrl,
      clientIdList: [STS_AUDIENCE],
    });
    this.arn = this.provider.arn;
    this.issuerHost = Fn.replace(props.issuerUrl, 'https://', '');
  }
}
