import { Network, NetworkProps } from '../../src/constructs/network';
import { synthInStack } from '../../test-support/stack';
import { dataSources, parseStack, policyDocument, resource, resources } from '../../test-support/terraform-json';

const props: NetworkProps = {
  namePrefix: 'acme',
  region: 'eu-west-1',
  accountId: '111122223333',
  cidr: '10.0.0.0/16',
  azCount: 3,
};
const synth = (overrides: Partial<NetworkProps> = {}) =>
  parseStack(synthInStack((stack) => new Network(stack, 'network', { ...props, ...overrides })));

describe('Network', () => {
  it('creates a VPC with DNS hostnames and support', () => {
    expect(resource(synth(), 'aws_vpc', 'network_vpc')).toMatchObject({
      cidr_block: '10.0.0.0/16',
      enable_dns_hostnames: true,
      enable_dns_support: true,
    });
  });

  it('computes subnet CIDRs with cidrsubnet: private quarters, public in the last quarter', () => {
    const stack = synth();
    const cidrs = (kind: string) =>
      resources(stack, 'aws_subnet')
        .filter((s) => s.name.startsWith(`network_${kind}-`))
        .map((s) => s.body.cidr_block);
    expect(cidrs('private')).toEqual([0, 1, 2].map((i) => `\${cidrsubnet("10.0.0.0/16", 2, ${i})}`));
    expect(cidrs('public')).toEqual([12, 13, 14].map((i) => `\${cidrsubnet("10.0.0.0/16", 4, ${i})}`));
  });

  it('places subnets by zone ID from a data source and tags them for load balancers', () => {
    const stack = synth({ azCount: 2 });
    const privateSubnet = resource(stack, 'aws_subnet', 'network_private-1');
    expect(privateSubnet).toMatchObject({
      availability_zone_id: '${element(data.aws_availability_zones.network_zones.zone_ids, 1)}',
      tags: { 'kubernetes.io/role/internal-elb': '1' },
    });
    expect(privateSubnet.availability_zone).toBeUndefined();
    expect(resource(stack, 'aws_subnet', 'network_public-0').availability_zone_id).toBe(
      '${element(data.aws_availability_zones.network_zones.zone_ids, 0)}',
    );
    expect(resource(stack, 'aws_subnet', 'network_public-0')).toMatchObject({
      map_public_ip_on_launch: false,
      tags: { 'kubernetes.io/role/elb': '1' },
    });
  });

  it.each([
    ['single', 1],
    ['one-per-az', 3],
  ] as const)('creates NAT gateways in %s mode: %d', (mode, count) => {
    const stack = synth({ natGateways: mode });
    expect(resources(stack, 'aws_nat_gateway')).toHaveLength(count);
    const routes = resources(stack, 'aws_route').filter((r) => r.name.startsWith('network_private-'));
    expect(routes.map((r) => r.body.nat_gateway_id)).toEqual(
      [0, 1, 2].map((i) => `\${aws_nat_gateway.network_nat-${Math.min(i, count - 1)}.id}`),
    );
  });

  it('puts NAT gateways in public subnets and routes the public subnets to the internet gateway', () => {
    const stack = synth({ natGateways: 'one-per-az' });
    expect(resources(stack, 'aws_nat_gateway').map((n) => n.body.subnet_id)).toEqual(
      [0, 1, 2].map((i) => `\${aws_subnet.network_public-${i}.id}`),
    );
    expect(resource(stack, 'aws_route', 'network_public-default-route')).toMatchObject({
      route_table_id: '${aws_route_table.network_public-routes.id}',
      destination_cidr_block: '0.0.0.0/0',
      gateway_id: '${aws_internet_gateway.network_internet-gateway.id}',
    });
    expect(
      resources(stack, 'aws_route_table_association').map((a) => [a.body.subnet_id, a.body.route_table_id]),
    ).toEqual(
      expect.arrayContaining([
        ['${aws_subnet.network_public-0.id}', '${aws_route_table.network_public-routes.id}'],
        ['${aws_subnet.network_private-2.id}', '${aws_route_table.network_private-2-routes.id}'],
      ]),
    );
  });

  it('routes S3 through a gateway endpoint on the private route tables', () => {
    expect(resource(synth(), 'aws_vpc_endpoint', 'network_endpoint-s3')).toMatchObject({
      service_name: 'com.amazonaws.eu-west-1.s3',
      vpc_endpoint_type: 'Gateway',
      route_table_ids: [0, 1, 2].map((i) => `\${aws_route_table.network_private-${i}-routes.id}`),
    });
  });

  it('creates interface endpoints for ecr.api, ecr.dkr, sts and logs with HTTPS from the VPC', () => {
    const stack = synth();
    const interfaces = resources(stack, 'aws_vpc_endpoint').filter((e) => e.body.vpc_endpoint_type === 'Interface');
    expect(interfaces.map((e) => e.body.service_name).sort()).toEqual(
      ['ecr.api', 'ecr.dkr', 'logs', 'sts'].map((s) => `com.amazonaws.eu-west-1.${s}`),
    );
    for (const endpoint of interfaces) {
      expect(endpoint.body).toMatchObject({
        private_dns_enabled: true,
        security_group_ids: ['${aws_security_group.network_endpoints-security-group.id}'],
      });
    }
    expect(resources(stack, 'aws_vpc_security_group_ingress_rule').map((r) => r.body)).toEqual([
      expect.objectContaining({
        ip_protocol: 'tcp',
        from_port: 443,
        to_port: 443,
        cidr_ipv4: '${aws_vpc.network_vpc.cidr_block}',
      }),
    ]);
  });

  it('leaves interface endpoints out when disabled, keeping the S3 gateway', () => {
    const endpoints = resources(synth({ interfaceEndpoints: false }), 'aws_vpc_endpoint');
    expect(endpoints.map((e) => e.body.vpc_endpoint_type)).toEqual(['Gateway']);
  });

  it('sends flow logs of all traffic to a log group with retention, through a role only flow logs can assume', () => {
    const stack = synth({ flowLogRetentionDays: 90 });
    expect(resource(stack, 'aws_cloudwatch_log_group', 'network_flow-log-group')).toMatchObject({
      retention_in_days: 90,
    });
    expect(resource(stack, 'aws_flow_log', 'network_flow-log')).toMatchObject({
      vpc_id: '${aws_vpc.network_vpc.id}',
      traffic_type: 'ALL',
      log_destination_type: 'cloud-watch-logs',
      log_destination: '${aws_cloudwatch_log_group.network_flow-log-group.arn}',
      iam_role_arn: '${aws_iam_role.network_flow-log-role_role.arn}',
    });
    expect(policyDocument(stack, 'network_flow-log-role_write-flow-logs-document')[0]).toMatchObject({
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
      resources: [
        '${aws_cloudwatch_log_group.network_flow-log-group.arn}',
        '${aws_cloudwatch_log_group.network_flow-log-group.arn}:*',
      ],
    });
    const [trust] = policyDocument(stack, 'network_flow-log-role_trust');
    expect(trust.principals).toEqual([{ type: 'Service', identifiers: ['vpc-flow-logs.amazonaws.com'] }]);
    expect(trust.condition).toContainEqual({
      test: 'StringEquals',
      variable: 'aws:SourceAccount',
      values: ['111122223333'],
    });
  });

  it('strips every rule from the default security group', () => {
    const sg = resource(synth(), 'aws_default_security_group', 'network_default-security-group');
    expect(sg.ingress).toBeUndefined();
    expect(sg.egress).toBeUndefined();
  });

  it('leaves out the zone IDs it is told to, and fails the plan when fewer zones than azCount remain', () => {
    const zones = (overrides: Partial<NetworkProps>) =>
      dataSources(synth(overrides), 'aws_availability_zones').map((d) => d.body);
    const [excluding] = zones({ excludeZoneIds: ['use1-az3'], azCount: 3 });
    expect(excluding).toMatchObject({
      state: 'available',
      filter: [{ name: 'opt-in-status', values: ['opt-in-not-required'] }],
      exclude_zone_ids: ['use1-az3'],
    });
    expect(excluding.lifecycle.postcondition).toEqual([
      {
        condition: '${length(self.zone_ids) >= 3}',
        error_message:
          "The region has fewer than 3 available zones for the cluster's subnets once the zone IDs EKS does not support for the control plane (use1-az3) are left out: lower network.azCount.",
      },
    ]);
    const [plain] = zones({ azCount: 2 });
    expect(plain.exclude_zone_ids).toBeUndefined();
    expect(plain.lifecycle.postcondition[0].condition).toBe('${length(self.zone_ids) >= 2}');
  });

  it('refuses an AZ count outside 2-3', () => {
    expect(() => synth({ azCount: 4 })).toThrow(/azCount must be 2 or 3/);
  });
});
