/**
 * The parts of the AWS Service Authorization Reference the deployer policy is built and checked with: which
 * resource types each action takes (an action with none takes only `*`), their ARN formats, condition keys and
 * dependent actions. An offline extract, policies/service-authorization.json (scripts/iam-reference.ts writes it).
 */
import reference from '../../policies/service-authorization.json';

/** The services whose actions the deployer policy holds. */
export const SERVICES = ['ec2', 'ecr', 'eks', 'iam', 'kms', 'logs', 'route53', 's3'] as const;

export interface ActionReference {
  /** Resource type → whether the action requires it. */
  readonly resourceTypes: Readonly<Record<string, boolean>>;
  readonly conditionKeys: readonly string[];
  readonly dependentActions: readonly string[];
}

export interface ServiceReference {
  readonly url: string;
  readonly actions: Readonly<Record<string, ActionReference>>;
  /** Resource type → ARN format, e.g. `arn:${Partition}:eks:${Region}:${Account}:cluster/${ClusterName}`. */
  readonly resourceArns: Readonly<Record<string, string>>;
  readonly conditionKeys: readonly string[];
}

export interface ServiceAuthorization {
  readonly source: string;
  readonly services: Readonly<Record<string, ServiceReference>>;
}

export const SERVICE_AUTHORIZATION = reference as ServiceAuthorization;

/** The reference of `service:Action`; undefined when the service has no such action. */
export function actionReference(action: string): ActionReference | undefined {
  const [service, name] = action.split(':');
  return SERVICE_AUTHORIZATION.services[service]?.actions[name];
}

/** The ARN format of a service's resource type. */
export function resourceArnFormat(service: string, type: string): string | undefined {
  return SERVICE_AUTHORIZATION.services[service]?.resourceArns[type];
}
