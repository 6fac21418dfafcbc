import { ClusterOidcProvider } from '../../src/constructs/cluster-oidc-provider';
import { ServiceAccountRole } from '../../src/constructs/service-account-role';
import { synthInStack } from '../../test-support/stack';
import { parseStack, policyDocument, resource } from '../../test-support/terraform-json';

const ISSUER = 'https://oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';
const synth = () =>
  parseStack(
    synthInStack((stack) => {
      const oidcProvider = new ClusterOidcProvider(stack, 'oidc', { issuerUrl: ISSUER });
      new ServiceAccountRole(stack, 'spark-role', {
        oidcProvider,
        namespace: 'spark-jobs',
        serviceAccountName: 'spark',
        roleName: 'acme-spark-spark-jobs',
        description: 'test',
      });
    }),
  );

describe('ClusterOidcProvider', () => {
  it('trusts the cluster issuer for the STS audience, without a thumbprint', () => {
    expect(resource(synth(), 'aws_iam_openid_connect_provider', 'oidc_provider')).toEqual(
      expect.objectContaining({ url: ISSUER, client_id_list: ['sts.amazonaws.com'] }),
    );
    expect(resource(synth(), 'aws_iam_openid_connect_provider', 'oidc_provider').thumbprint_list).toBeUndefined();
  });
});

describe('ServiceAccountRole', () => {
  const trust = () => policyDocument(synth(), 'spark-role_role_trust');

  it('may be assumed only with a web identity from the cluster OIDC provider', () => {
    expect(trust()).toHaveLength(1);
    expect(trust()[0]).toMatchObject({
      effect: 'Allow',
      actions: ['sts:AssumeRoleWithWebIdentity'],
      principals: [{ type: 'Federated', identifiers: ['${aws_iam_openid_connect_provider.oidc_provider.arn}'] }],
    });
  });

  it('pins the exact service account (sub) and audience (aud), keyed by the issuer without https://', () => {
    const host = `\${replace("${ISSUER}", "https://", "")}`;
    expect(trust()[0].condition).toEqual([
      { test: 'StringEquals', variable: `${host}:sub`, values: ['system:serviceaccount:spark-jobs:spark'] },
      { test: 'StringEquals', variable: `${host}:aud`, values: ['sts.amazonaws.com'] },
    ]);
  });

  it('is named as asked', () => {
    expect(resource(synth(), 'aws_iam_role', 'spark-role_role_role').name).toBe('acme-spark-spark-jobs');
  });
});
