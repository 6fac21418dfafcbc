import { DeploymentV1 } from '@cdktf/provider-kubernetes/lib/deployment-v1';
import { ServiceAccountV1 } from '@cdktf/provider-kubernetes/lib/service-account-v1';
import { ServiceV1 } from '@cdktf/provider-kubernetes/lib/service-v1';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { FargateSize, requestsForFargateSize } from '../fargate/sizes';
import { HISTORY_SERVER_SERVICE_ACCOUNT } from '../spark/service-accounts';
import { IRSA_ROLE_ANNOTATION } from './spark-service-account';

export const HISTORY_SERVER_PORT = 18080;

export interface SparkHistoryServerProps {
  /** Namespace name; pass the namespace resource's name so Terraform creates it first. */
  readonly namespace: string;
  /** Image with Spark and the S3A jars: the job base image, by digest. */
  readonly image: string;
  /** IRSA role that may only read the event logs. */
  readonly roleArn: string;
  /** Where the jobs write event logs: `s3a://<bucket>/<prefix>/`. */
  readonly logDirectory: string;
  /** S3A credentials provider class of the Spark line. */
  readonly credentialsProvider: string;
  /** Region of the data bucket, so S3A calls its regional endpoint. */
  readonly region: string;
  readonly size: FargateSize;
  /**
   * Resources to create first (log routing, the Fargate profile marker).
   * @default none
   */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * The Spark History Server: one pod that reads the jobs' event logs from S3 and serves the Spark UI of finished
 * applications on port 18080 behind a ClusterIP service (open it with `kubectl port-forward`). It runs as the
 * image's non-root user with no privileges, and is sized to land exactly on a Fargate size.
 */
export class SparkHistoryServer extends Construct {
  public readonly serviceAccount: ServiceAccountV1;
  public readonly deployment: DeploymentV1;
  public readonly service: ServiceV1;
  public readonly name = 'spark-history-server';

  constructor(scope: Construct, id: string, props: SparkHistoryServerProps) {
    super(scope, id);
    if (!props.logDirectory.startsWith('s3a://')) {
      throw new Error(`SparkHistoryServer ${id}: logDirectory must be an s3a:// URI`);
    }
    const labels = { 'app.kubernetes.io/name': this.name, 'app.kubernetes.io/component': 'history-server' };
    const resources = requestsForFargateSize(props.size);
    // Leave a quarter of the container's memory to the JVM's off-heap use.
    const heapMiB = Math.floor((Number.parseInt(resources.memory, 10) * 3) / 4);

    this.serviceAccount = new ServiceAccountV1(this, 'service-account', {
      metadata: {
        name: HISTORY_SERVER_SERVICE_ACCOUNT,
        namespace: props.namespace,
        annotations: { [IRSA_ROLE_ANNOTATION]: props.roleArn },
        labels,
      },
      dependsOn: props.dependsOn,
    });

    const options = [
      `-Dspark.history.fs.logDirectory=${props.logDirectory}`,
      `-Dspark.history.ui.port=${HISTORY_SERVER_PORT}`,
      `-Dspark.hadoop.fs.s3a.aws.credentials.provider=${props.credentialsProvider}`,
      `-Dspark.hadoop.fs.s3a.endpoint.region=${props.region}`,
      '-Dspark.history.fs.update.interval=30s',
    ].join(' ');

    this.deployment = new DeploymentV1(this, 'deployment', {
      metadata: { name: this.name, namespace: props.namespace, labels },
      spec: {
        replicas: '1',
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            serviceAccountName: this.serviceAccount.metadata.name,
            // It never calls the Kubernetes API; its AWS credentials come from the IRSA token volume EKS injects.
            automountServiceAccountToken: false,
            securityContext: {
              runAsNonRoot: true,
              runAsUser: '185',
              runAsGroup: '185',
              fsGroup: '185',
              seccompProfile: { type: 'RuntimeDefault' },
            },
            volume: [{ name: 'tmp', emptyDir: { sizeLimit: '1Gi' } }],
            container: [
              {
                name: 'history-server',
                image: props.image,
                command: ['/opt/spark/bin/spark-class', 'org.apache.spark.deploy.history.HistoryServer'],
                env: [
                  { name: 'SPARK_HISTORY_OPTS', value: options },
                  { name: 'SPARK_DAEMON_MEMORY', value: `${heapMiB}m` },
                ],
                port: [{ name: 'http', containerPort: HISTORY_SERVER_PORT }],
                resources: { requests: { ...resources }, limits: { ...resources } },
                readinessProbe: {
                  httpGet: { path: '/', port: String(HISTORY_SERVER_PORT) },
                  initialDelaySeconds: 20,
                  periodSeconds: 10,
                },
                livenessProbe: {
                  httpGet: { path: '/', port: String(HISTORY_SERVER_PORT) },
                  initialDelaySeconds: 120,
                  periodSeconds: 30,
                  failureThreshold: 5,
                },
                // The JVM writes only to /tmp (an emptyDir); the rest of the filesystem stays read-only.
                volumeMount: [{ name: 'tmp', mountPath: '/tmp' }],
                // runAsNonRoot again, though the pod sets it: the kubernetes provider sends every boolean of this
                // block, an unset one as false (expandContainerSecurityContext), which would override the pod's
                // true and be refused under `restricted`. Seen when the real provider first applied this stack.
                securityContext: {
                  allowPrivilegeEscalation: false,
                  privileged: false,
                  readOnlyRootFilesystem: true,
                  runAsNonRoot: true,
                  capabilities: { drop: ['ALL'] },
                },
              },
            ],
          },
        },
      },
      timeouts: { create: '15m', update: '15m' },
    });

    this.service = new ServiceV1(this, 'service', {
      metadata: { name: this.name, namespace: props.namespace, labels },
      spec: {
        type: 'ClusterIP',
        selector: labels,
        port: [{ name: 'http', port: HISTORY_SERVER_PORT, targetPort: 'http' }],
      },
    });
  }
}
