import { ServiceAccountV1 } from '@cdktf/provider-kubernetes/lib/service-account-v1';
import { Construct } from 'constructs';
import { SPARK_DRIVER_RULES } from '../kubernetes/rbac';
import { SPARK_SERVICE_ACCOUNT } from '../spark/service-accounts';
import { KubernetesRole } from './kubernetes-role';

/** The annotation EKS's pod identity webhook reads to inject IRSA credentials. */
export const IRSA_ROLE_ANNOTATION = 'eks.amazonaws.com/role-arn';

export interface SparkServiceAccountProps {
  /** Namespace name; pass the namespace resource's name so Terraform creates it first. */
  readonly namespace: string;
  /** IAM role the service account assumes through IRSA. */
  readonly roleArn: string;
  /**
   * @default 'spark'
   */
  readonly name?: string;
}

/**
 * The service account Spark drivers and executors run as in one job namespace: annotated with its IRSA role, and
 * bound to a Role that lets the driver manage its executors' pods, services, config maps and volume claims.
 */
export class SparkServiceAccount extends Construct {
  public readonly serviceAccount: ServiceAccountV1;
  public readonly role: KubernetesRole;
  public readonly name: string;
  public readonly namespace: string;

  constructor(scope: Construct, id: string, props: SparkServiceAccountProps) {
    super(scope, id);
    this.name = props.name ?? SPARK_SERVICE_ACCOUNT;
    this.namespace = props.namespace;
    this.serviceAccount = new ServiceAccountV1(this, 'service-account', {
      metadata: {
        name: this.name,
        namespace: props.namespace,
        annotations: { [IRSA_ROLE_ANNOTATION]: props.roleArn },
      },
    });
    this.role = new KubernetesRole(this, 'driver-role', { name: this.name, namespace: props.namespace });
    this.role.grantRules(SPARK_DRIVER_RULES);
    this.role.bindTo({ name: this.name, namespace: props.namespace });
  }
}
