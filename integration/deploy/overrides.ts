/**
 * The override files (`*_override.tf.json`) that point a copy of a synthesized stack at the local engines. Terraform
 * merges them into the stack as documented ("Override Files"): an argument replaces the original's, a nested block
 * replaces all original blocks of its type. They change connection settings only, and each keeps every original
 * argument of what it overrides:
 * - the S3 backend and every `terraform_remote_state`: the S3 and STS endpoints (moto) and path-style addressing;
 * - the kubernetes and helm providers: `exec`, a local credential command instead of `aws eks get-token` (the host
 *   and CA still come from `data.aws_eks_cluster`, which the aws stand-in answers);
 * - the docker provider: nothing; it finds the suite's daemon through DOCKER_HOST, as on a user's machine, and its
 *   `registry_auth` is answered by the aws stand-in's ECR token;
 * - the helm release: the chart from `../shared/charts/spark-operator` (the same 2.5.2) instead of its repository.
 */
import { resources, StackJson } from '../lib/synth';

export interface OverrideTargets {
  /** moto's endpoint, for S3 and STS. */
  readonly s3Endpoint: string;
  /** The credential command the kubernetes and helm providers run (prints an ExecCredential). */
  readonly credentialCommand: string;
  /** The chart folder. */
  readonly chartDir: string;
}

type Json = Record<string, unknown>;

function s3Connection(config: Json, targets: OverrideTargets): Json {
  return { ...config, endpoints: { s3: targets.s3Endpoint, sts: targets.s3Endpoint }, use_path_style: true };
}

function single(value: unknown): Json {
  return (Array.isArray(value) ? value[0] : value) as Json;
}

/** File name → content, for one stack. */
export function overrideFiles(stack: StackJson, targets: OverrideTargets): Record<string, Json> {
  const files: Record<string, Json> = {};
  const backend = stack.terraform?.backend?.s3 as Json | undefined;
  if (backend) files['backend_override.tf.json'] = { terraform: { backend: { s3: s3Connection(backend, targets) } } };

  const remoteStates = (stack.data?.terraform_remote_state ?? {}) as Record<string, Json>;
  if (Object.keys(remoteStates).length > 0) {
    files['remote_state_override.tf.json'] = {
      data: {
        terraform_remote_state: Object.fromEntries(
          Object.entries(remoteStates).map(([name, body]) => [
            name,
            { config: s3Connection(body.config as Json, targets) },
          ]),
        ),
      },
    };
  }

  const providers = (stack.provider ?? {}) as Record<string, unknown>;
  const provider: Json = {};
  const exec = (original: Json) => ({
    api_version: original.api_version,
    command: targets.credentialCommand,
    args: [],
  });
  if (providers.kubernetes) {
    const block = single(providers.kubernetes);
    provider.kubernetes = [{ exec: [exec(single(block.exec))] }];
  }
  if (providers.helm) {
    // The helm provider (3.x) takes `kubernetes` as one attribute: the override replaces it whole, host and CA as
    // they were.
    const kubernetes = single(single(providers.helm).kubernetes);
    provider.helm = [{ kubernetes: { ...kubernetes, exec: exec(single(kubernetes.exec)) } }];
  }
  if (Object.keys(provider).length > 0) files['providers_override.tf.json'] = { provider };

  const releases = resources(stack).filter(([type]) => type === 'helm_release');
  if (releases.length > 0) {
    files['chart_override.tf.json'] = {
      resource: {
        helm_release: Object.fromEntries(
          releases.map(([, name]) => [name, { chart: targets.chartDir, repository: null }]),
        ),
      },
    };
  }
  return files;
}
