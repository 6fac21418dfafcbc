import { AwsRegion } from '../aws/regions';

/**
 * The zone IDs whose subnets EKS refuses for a cluster's control plane (CreateCluster fails with
 * UnsupportedAvailabilityZoneException), by region: "The subnets can't reside in the following Availability Zones",
 * EKS user guide, "View Amazon EKS networking requirements for VPC and subnets", Subnet requirements for clusters
 * (https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html#cluster-subnets), read 2026-12-02. By zone ID,
 * not by name: the names map to different zones in every account. Every region the config accepts has an entry, so
 * a region added to AWS_REGIONS must be looked up here too.
 */
export const EKS_UNSUPPORTED_ZONE_IDS: Readonly<Record<AwsRegion, readonly string[]>> = {
  'af-south-1': [],
  'ap-east-1': [],
  'ap-east-2': [],
  'ap-northeast-1': [],
  'ap-northeast-2': [],
  'ap-northeast-3': [],
  'ap-south-1': [],
  'ap-south-2': [],
  'ap-southeast-1': [],
  'ap-southeast-2': [],
  'ap-southeast-3': [],
  'ap-southeast-4': [],
  'ap-southeast-5': [],
  'ap-southeast-6': [],
  'ap-southeast-7': [],
  'ca-central-1': ['cac1-az3'],
  'ca-west-1': [],
  'eu-central-1': [],
  'eu-central-2': [],
  'eu-north-1': [],
  'eu-south-1': [],
  'eu-south-2': [],
  'eu-west-1': [],
  'eu-west-2': [],
  'eu-west-3': [],
  'il-central-1': [],
  'me-central-1': [],
  'me-south-1': [],
  'mx-central-1': [],
  'sa-east-1': [],
  'us-east-1': ['use1-az3'],
  'us-east-2': [],
  'us-west-1': ['usw1-az2'],
  'us-west-2': [],
};

/** The zone IDs to leave out of a region's subnets. */
export function eksUnsupportedZoneIds(region: string): readonly string[] {
  return (EKS_UNSUPPORTED_ZONE_IDS as Readonly<Record<string, readonly string[]>>)[region] ?? [];
}
