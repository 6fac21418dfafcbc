import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { DataAwsAvailabilityZones } from '@cdktf/provider-aws/lib/data-aws-availability-zones';
import { DefaultSecurityGroup } from '@cdktf/provider-aws/lib/default-security-group';
import { Eip } from '@cdktf/provider-aws/lib/eip';
import { FlowLog } from '@cdktf/provider-aws/lib/flow-log';
import { InternetGateway } from '@cdktf/provider-aws/lib/internet-gateway';
import { NatGateway } from '@cdktf/provider-aws/lib/nat-gateway';
import { Route } from '@cdktf/provider-aws/lib/route';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { VpcEndpoint } from '@cdktf/provider-aws/lib/vpc-endpoint';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { iamRoleName, PARTITION } from '../aws/iam-names';
import { IamRole } from './iam-role';

export type NatGatewayMode = 'single' | 'one-per-az';

/** The services that get an interface endpoint: image pulls (ECR), IRSA credentials (STS), and Fargate logs. */
export const INTERFACE_ENDPOINT_SERVICES = ['ecr.api', 'ecr.dkr', 'sts', 'logs'] as const;

export interface NetworkProps {
  /** Starts the names of the VPC's resources. */
  readonly namePrefix: string;
  readonly region: string;
  /** Account that owns the flow logs, for the flow-log role's confused-deputy condition. */
  readonly accountId: string;
  /** IPv4 CIDR of the VPC, /16 to /22. */
  readonly cidr: string;
  /** Availability zones to spread subnets over, 2 or 3. */
  readonly azCount: number;
  /**
   * Zone IDs no subnet may be in, e.g. those EKS refuses for the control plane (see src/eks/zones.ts).
   * @default none
   */
  readonly excludeZoneIds?: readonly string[];
  /**
   * One NAT gateway for the whole VPC, or one per AZ so that egress survives the loss of an AZ.
   * @default 'single'
   */
  readonly natGateways?: NatGatewayMode;
  /**
   * Interface endpoints for ecr.api, ecr.dkr, sts and logs. The S3 gateway endpoint is always created.
   * @default true
   */
  readonly interfaceEndpoints?: boolean;
  /**
   * Days to keep VPC flow logs.
   * @default 30
   */
  readonly flowLogRetentionDays?: number;
  /**
   * KMS key of the flow-log group; its policy must let CloudWatch Logs use it for that group.
   * @default CloudWatch Logs' own encryption
   */
  readonly flowLogKmsKeyArn?: string;
}

/** The log group of the VPC's flow logs. */
export function flowLogGroupName(namePrefix: string): string {
  return `/aws/vpc/${namePrefix}/flow-logs`;
}

/**
 * The VPC the cluster runs in: public and private subnets in each AZ (Fargate pods get private IPs only), an
 * internet gateway, NAT for egress, an S3 gateway endpoint and interface endpoints so image pulls, credentials
 * and logs do not cross the NAT, flow logs of all traffic, and a default security group with no rules.
 *
 * The VPC is split in quarters: private subnet i is quarter i (so each is a /18 of a /16), and the last quarter
 * is split in four for the public subnets, which only hold NAT gateways and load balancers.
 */
export class Network extends Construct {
  public readonly vpc: Vpc;
  public readonly vpcId: string;
  public readonly privateSubnetIds: string[];
  public readonly publicSubnetIds: string[];
  public readonly privateRouteTableIds: string[];
  public readonly flowLogGroup: CloudwatchLogGroup;

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    if (!Number.isInteger(props.azCount) || props.azCount < 2 || props.azCount > 3) {
      throw new Error(`Network ${id}: azCount must be 2 or 3, not ${props.azCount}`);
    }
    const natMode = props.natGateways ?? 'single';
    const name = (suffix: string) => ({ Name: `${props.namePrefix}-${suffix}` });

    // Zones by ID: a zone's name means another zone in every account, its ID the same zone everywhere. The provider
    // sorts the zones by name and lists names and IDs in the same order, so element(zone_ids, i) is the zone
    // element(names, i) was wherever nothing is excluded, and existing subnets stay where they are.
    const excluded = [...(props.excludeZoneIds ?? [])];
    const zones = new DataAwsAvailabilityZones(this, 'zones', {
      state: 'available',
      filter: [{ name: 'opt-in-status', values: ['opt-in-not-required'] }],
      ...(excluded.length > 0 ? { excludeZoneIds: excluded } : {}),
      lifecycle: {
        // element() wraps around: with too few zones, two subnets would share one and EKS refuse the cluster late.
        postcondition: [
          {
            condition: `\${length(self.zone_ids) >= ${props.azCount}}`,
            errorMessage: `The region has fewer than ${props.azCount} available zones for the cluster's subnets${excluded.length > 0 ? ` once the zone IDs EKS does not support for the control plane (${excluded.join(', ')}) are left out` : ''}: lower network.azCount.`,
          },
        ],
      },
    });

    this.vpc = new Vpc(this, 'vpc', {
      cidrBlock: props.cidr,
      enableDnsHostnames: true,
      enableDnsSupport: true,
      tags: name('vpc'),
    });
    this.vpcId = this.vpc.id;

    // Removes the rules AWS puts in every new VPC's default security group, so nothing can use it by accident.
    new DefaultSecurityGroup(this, 'default-security-group', { vpcId: this.vpc.id, tags: name('default-deny') });

    const igw = new InternetGateway(this, 'internet-gateway', { vpcId: this.vpc.id, tags: name('igw') });
    const publicRoutes = new RouteTable(this, 'public-routes', { vpcId: this.vpc.id, tags: name('public') });
    new Route(this, 'public-default-route', {
      routeTableId: publicRoutes.id,
      destinationCidrBlock: '0.0.0.0/0',
      gatewayId: igw.id,
    });

    const azs = Array.from({ length: props.azCount }, (_, i) => i);
    const publicSubnets = azs.map((i) => {
      const subnet = new Subnet(this, `public-${i}`, {
        vpcId: this.vpc.id,
        availabilityZoneId: Fn.element(zones.zoneIds, i),
        cidrBlock: Fn.cidrsubnet(props.cidr, 4, 12 + i),
        mapPublicIpOnLaunch: false,
        tags: { ...name(`public-${i}`), 'kubernetes.io/role/elb': '1' },
      });
      new RouteTableAssociation(this, `public-${i}-routes`, { subnetId: subnet.id, routeTableId: publicRoutes.id });
      return subnet;
    });

    const natCount = natMode === 'one-per-az' ? props.azCount : 1;
    const natGateways = azs.slice(0, natCount).map((i) => {
      const eip = new Eip(this, `nat-${i}-ip`, { domain: 'vpc', tags: name(`nat-${i}`), dependsOn: [igw] });
      return new NatGateway(this, `nat-${i}`, {
        allocationId: eip.allocationId,
        subnetId: publicSubnets[i].id,
        tags: name(`nat-${i}`),
        dependsOn: [igw],
      });
    });

    const privateRouteTables: RouteTable[] = [];
    const privateSubnets = azs.map((i) => {
      const subnet = new Subnet(this, `private-${i}`, {
        vpcId: this.vpc.id,
        availabilityZoneId: Fn.element(zones.zoneIds, i),
        cidrBlock: Fn.cidrsubnet(props.cidr, 2, i),
        tags: { ...name(`private-${i}`), 'kubernetes.io/role/internal-elb': '1' },
      });
      const routes = new RouteTable(this, `private-${i}-routes`, { vpcId: this.vpc.id, tags: name(`private-${i}`) });
      new Route(this, `private-${i}-default-route`, {
        routeTableId: routes.id,
        destinationCidrBlock: '0.0.0.0/0',
        natGatewayId: natGateways[Math.min(i, natGateways.length - 1)].id,
      });
      new RouteTableAssociation(this, `private-${i}-association`, { subnetId: subnet.id, routeTableId: routes.id });
      privateRouteTables.push(routes);
      return subnet;
    });

    this.privateSubnetIds = privateSubnets.map((s) => s.id);
    this.publicSubnetIds = publicSubnets.map((s) => s.id);
    this.privateRouteTableIds = privateRouteTables.map((t) => t.id);

    new VpcEndpoint(this, 'endpoint-s3', {
      vpcId: this.vpc.id,
      serviceName: `com.amazonaws.${props.region}.s3`,
      vpcEndpointType: 'Gateway',
      routeTableIds: this.privateRouteTableIds,
      tags: name('s3'),
    });

    if (props.interfaceEndpoints ?? true) {
      const endpointSg = new SecurityGroup(this, 'endpoints-security-group', {
        name: `${props.namePrefix}-vpc-endpoints`,
        description: 'HTTPS from inside the VPC to its interface endpoints',
        vpcId: this.vpc.id,
        tags: name('vpc-endpoints'),
      });
      new VpcSecurityGroupIngressRule(this, 'endpoints-https-from-vpc', {
        securityGroupId: endpointSg.id,
        description: 'HTTPS from the VPC',
        ipProtocol: 'tcp',
        fromPort: 443,
        toPort: 443,
        cidrIpv4: this.vpc.cidrBlock,
      });
      for (const service of INTERFACE_ENDPOINT_SERVICES) {
        new VpcEndpoint(this, `endpoint-${service.replace('.', '-')}`, {
          vpcId: this.vpc.id,
          serviceName: `com.amazonaws.${props.region}.${service}`,
          vpcEndpointType: 'Interface',
          privateDnsEnabled: true,
          subnetIds: this.privateSubnetIds,
          securityGroupIds: [endpointSg.id],
          tags: name(service),
        });
      }
    }

    this.flowLogGroup = new CloudwatchLogGroup(this, 'flow-log-group', {
      name: flowLogGroupName(props.namePrefix),
      retentionInDays: props.flowLogRetentionDays ?? 30,
      kmsKeyId: props.flowLogKmsKeyArn,
    });
    const flowLogRole = new IamRole(this, 'flow-log-role', {
      roleName: iamRoleName(props.namePrefix, 'vpc-flow-logs'),
      description: `Lets VPC flow logs of ${props.namePrefix} write to their log group`,
      trust: [
        {
          effect: 'Allow',
          actions: ['sts:AssumeRole'],
          principals: [{ type: 'Service', identifiers: ['vpc-flow-logs.amazonaws.com'] }],
          condition: [
            { test: 'StringEquals', variable: 'aws:SourceAccount', values: [props.accountId] },
            {
              test: 'ArnLike',
              variable: 'aws:SourceArn',
              values: [`arn:${PARTITION}:ec2:${props.region}:${props.accountId}:vpc-flow-log/*`],
            },
          ],
        },
      ],
    });
    flowLogRole.addPolicy('write-flow-logs', [
      {
        effect: 'Allow',
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
        resources: [this.flowLogGroup.arn, `${this.flowLogGroup.arn}:*`],
      },
      {
        // The delivery service looks its log group up before writing; this action cannot name one group.
        effect: 'Allow',
        actions: ['logs:DescribeLogGroups'],
        resources: [`arn:${PARTITION}:logs:${props.region}:${props.accountId}:log-group:*`],
      },
    ]);
    new FlowLog(this, 'flow-log', {
      vpcId: this.vpc.id,
      trafficType: 'ALL',
      logDestinationType: 'cloud-watch-logs',
      logDestination: this.flowLogGroup.arn,
      iamRoleArn: flowLogRole.arn,
      maxAggregationInterval: 60,
      tags: name('flow-log'),
    });
  }
}
