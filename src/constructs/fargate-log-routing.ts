import { createHash } from 'node:crypto';
import { Annotations } from '@cdktf/provider-kubernetes/lib/annotations';
import { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { Construct } from 'constructs';

/** Fargate refuses an aws-logging ConfigMap whose data exceeds this many characters. */
export const AWS_LOGGING_MAX_CHARACTERS = 5300;

export interface FargateLogRoutingProps {
  readonly region: string;
  /** The log group Terraform created for pod logs (the pod execution role may write only there). */
  readonly logGroupName: string;
  /**
   * Prefix of each pod's log stream.
   * @default 'fargate-'
   */
  readonly logStreamPrefix?: string;
  /**
   * Deployments whose pods may have started before this routing existed, such as CoreDNS, which EKS starts with the
   * cluster. Their pod template gets an annotation with a hash of the routing, so they roll once it exists and again
   * whenever it changes: Fargate reads the ConfigMap only when a pod starts.
   * @default none
   */
  readonly restartDeployments?: readonly { readonly namespace: string; readonly name: string }[];
}

/** The pod-template annotation that carries the hash of the log routing. */
export const LOG_ROUTING_HASH_ANNOTATION = 'spark-on-eks/aws-logging-sha256';

/**
 * Turns on Fargate's built-in Fluent Bit log router: the `aws-observability` namespace and its `aws-logging`
 * ConfigMap, sending every container's logs, with Kubernetes metadata, to CloudWatch Logs. Fargate reads the
 * ConfigMap when a pod starts, so it must exist before any pod that should be logged.
 */
export class FargateLogRouting extends Construct {
  public readonly namespace: NamespaceV1;
  public readonly configMap: ConfigMapV1;
  public readonly data: Readonly<Record<string, string>>;
  /** SHA-256 of the ConfigMap's data. */
  public readonly dataHash: string;
  public readonly restarts: Annotations[];

  constructor(scope: Construct, id: string, props: FargateLogRoutingProps) {
    super(scope, id);
    this.data = awsLoggingData(props);
    const size = Object.entries(this.data).reduce((n, [k, v]) => n + k.length + v.length, 0);
    if (size > AWS_LOGGING_MAX_CHARACTERS) {
      throw new Error(
        `FargateLogRouting ${id}: aws-logging is ${size} characters; Fargate allows ${AWS_LOGGING_MAX_CHARACTERS}`,
      );
    }
    this.namespace = new NamespaceV1(this, 'namespace', {
      metadata: { name: 'aws-observability', labels: { 'aws-observability': 'enabled' } },
    });
    this.configMap = new ConfigMapV1(this, 'config', {
      metadata: { name: 'aws-logging', namespace: this.namespace.metadata.name },
      data: { ...this.data },
    });
    this.dataHash = createHash('sha256').update(JSON.stringify(this.data)).digest('hex');
    this.restarts = (props.restartDeployments ?? []).map(
      (deployment) =>
        new Annotations(this, `restart-${deployment.namespace}-${deployment.name}`, {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: deployment.name, namespace: deployment.namespace },
          templateAnnotations: { [LOG_ROUTING_HASH_ANNOTATION]: this.dataHash },
          // The field belongs to nobody else; force only takes it over from a previous Terraform run's manager.
          force: true,
          dependsOn: [this.configMap],
        }),
    );
  }
}

/** The ConfigMap's data: only Filter, Output and Parser sections are allowed, and no environment variables. */
export function awsLoggingData(props: FargateLogRoutingProps): Record<string, string> {
  return {
    flb_log_cw: 'false',
    'filters.conf': [
      '[FILTER]',
      '    Name parser',
      '    Match *',
      '    Key_name log',
      '    Parser crio',
      '[FILTER]',
      '    Name kubernetes',
      '    Match kube.*',
      '    Merge_Log On',
      '    Keep_Log Off',
      '    Buffer_Size 0',
      '    Kube_Meta_Cache_TTL 300s',
      '',
    ].join('\n'),
    'output.conf': [
      '[OUTPUT]',
      '    Name cloudwatch_logs',
      '    Match kube.*',
      `    region ${props.region}`,
      `    log_group_name ${props.logGroupName}`,
      `    log_stream_prefix ${props.logStreamPrefix ?? 'fargate-'}`,
      '    auto_create_group false',
      '',
    ].join('\n'),
    'parsers.conf': [
      '[PARSER]',
      '    Name crio',
      '    Format Regex',
      '    Regex ^(?<time>[^ ]+) (?<stream>stdout|stderr) (?<logtag>P|F) (?<log>.*)$',
      '    Time_Key time',
      '    Time_Format %Y-%m-%dT%H:%M:%S.%L%z',
      '',
    ].join('\n'),
  };
}
