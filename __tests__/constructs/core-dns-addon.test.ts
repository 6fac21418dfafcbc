import { TerraformResource } from 'cdktf';
import { CoreDnsAddon, CoreDnsAddonProps } from '../../src/constructs/core-dns-addon';
import { synthInStack } from '../../test-support/stack';
import { dataSources, parseStack, resource } from '../../test-support/terraform-json';

const synth = (overrides: Partial<CoreDnsAddonProps> = {}) =>
  parseStack(
    synthInStack((stack) => {
      const profile = new TerraformResource(stack, 'profile', { terraformResourceType: 'null_resource' });
      new CoreDnsAddon(stack, 'coredns', {
        clusterName: 'acme',
        kubernetesVersion: '1.35',
        kubeSystemProfile: profile,
        ...overrides,
      });
    }),
  );

describe('CoreDnsAddon', () => {
  // The version is the literal, not the cluster's attribute: a data source that refers to a resource being created is
  // read only at apply.
  it('asks EKS at plan time for the newest CoreDNS build of the given Kubernetes version', () => {
    const stack = synth();
    expect(dataSources(stack, 'aws_eks_addon_version').map((d) => [d.address, d.body])).toEqual([
      [
        'data.aws_eks_addon_version.coredns_version',
        { addon_name: 'coredns', kubernetes_version: '1.35', most_recent: true },
      ],
    ]);
    const addon = resource(stack, 'aws_eks_addon', 'coredns_addon');
    expect(addon).toMatchObject({
      cluster_name: 'acme',
      addon_name: 'coredns',
      addon_version: '${data.aws_eks_addon_version.coredns_version.version}',
      depends_on: ['null_resource.profile'],
    });
  });

  it('uses a pinned build as it is, with no lookup', () => {
    const stack = synth({ addonVersion: 'v1.13.2-eksbuild.11' });
    expect(dataSources(stack, 'aws_eks_addon_version')).toEqual([]);
    expect(resource(stack, 'aws_eks_addon', 'coredns_addon').addon_version).toBe('v1.13.2-eksbuild.11');
  });

  it('runs on Fargate at the smallest Fargate size, waiting long enough for Fargate to start the pods', () => {
    const addon = resource(synth(), 'aws_eks_addon', 'coredns_addon');
    expect(JSON.parse(addon.configuration_values)).toEqual({
      computeType: 'Fargate',
      resources: { limits: { cpu: '0.25', memory: '256M' }, requests: { cpu: '0.25', memory: '256M' } },
    });
    expect(addon.timeouts).toEqual({ create: '25m', update: '25m' });
  });
});
