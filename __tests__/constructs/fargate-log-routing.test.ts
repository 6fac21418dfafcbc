import { createHash } from 'node:crypto';
import {
  AWS_LOGGING_MAX_CHARACTERS,
  awsLoggingData,
  FargateLogRouting,
} from '../../src/constructs/fargate-log-routing';
import { synthInStack } from '../../test-support/stack';
import { parseStack, resource } from '../../test-support/terraform-json';

const synth = (logGroupName = '/aws/eks/acme/fargate') =>
  parseStack(synthInStack((s) => new FargateLogRouting(s, 'logging', { region: 'eu-west-1', logGroupName })));

describe('FargateLogRouting', () => {
  it('rolls the named Deployments after the ConfigMap exists, and again whenever the routing changes', () => {
    const synthWith = (logGroupName: string) =>
      parseStack(
        synthInStack(
          (s) =>
            new FargateLogRouting(s, 'logging', {
              region: 'eu-west-1',
              logGroupName,
              restartDeployments: [{ namespace: 'kube-system', name: 'coredns' }],
            }),
        ),
      );
    const restart = resource(synthWith('/a'), 'kubernetes_annotations', 'logging_restart-kube-system-coredns');
    const expectedHash = createHash('sha256')
      .update(JSON.stringify(awsLoggingData({ region: 'eu-west-1', logGroupName: '/a' })))
      .digest('hex');
    expect(restart).toMatchObject({
      api_version: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'coredns', namespace: 'kube-system' },
      template_annotations: { 'spark-on-eks/aws-logging-sha256': expectedHash },
      depends_on: ['kubernetes_config_map_v1.logging_config'],
    });
    const changed = resource(synthWith('/b'), 'kubernetes_annotations', 'logging_restart-kube-system-coredns');
    expect(changed.template_annotations['spark-on-eks/aws-logging-sha256']).not.toBe(expectedHash);
  });

  it('restarts nothing unless asked', () => {
    expect(synth().resource.kubernetes_annotations).toBeUndefined();
  });

  it('labels the aws-observability namespace so Fargate enables its log router', () => {
    expect(resource(synth(), 'kubernetes_namespace_v1', 'logging_namespace').metadata).toEqual({
      name: 'aws-observability',
      labels: { 'aws-observability': 'enabled' },
    });
  });

  it('sends container logs to the Fargate log group with CloudWatch Logs, without creating groups', () => {
    const configMap = resource(synth(), 'kubernetes_config_map_v1', 'logging_config');
    expect(configMap.metadata).toEqual({
      name: 'aws-logging',
      namespace: '${kubernetes_namespace_v1.logging_namespace.metadata[0].name}',
    });
    const output = configMap.data['output.conf'] as string;
    expect(output).toMatch(/^\[OUTPUT\]\n\s+Name cloudwatch_logs\n/);
    expect(output).toMatch(/\n\s+region eu-west-1\n/);
    expect(output).toMatch(/\n\s+log_group_name \/aws\/eks\/acme\/fargate\n/);
    expect(output).toMatch(/\n\s+log_stream_prefix fargate-\n/);
    expect(output).toMatch(/\n\s+auto_create_group false\n/);
    expect(Object.keys(configMap.data).sort()).toEqual(['filters.conf', 'flb_log_cw', 'output.conf', 'parsers.conf']);
  });

  it('stays within the 5,300-character limit', () => {
    const data = resource(synth(), 'kubernetes_config_map_v1', 'logging_config').data as Record<string, string>;
    const size = Object.entries(data).reduce((n, [k, v]) => n + k.length + v.length, 0);
    expect(size).toBeLessThanOrEqual(AWS_LOGGING_MAX_CHARACTERS);
    expect(() => synth(`/${'x'.repeat(AWS_LOGGING_MAX_CHARACTERS)}`)).toThrow(/Fargate allows 5300/);
  });

  it('uses no environment variables, which Fargate refuses', () => {
    const data = resource(synth(), 'kubernetes_config_map_v1', 'logging_config').data as Record<string, string>;
    expect(Object.values(data).join('\n')).not.toMatch(/\$\{/);
  });
});
