import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { DockerProvider } from '@cdktf/provider-docker/lib/provider';
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { rmSync } from 'node:fs';
import { App, Testing } from 'cdktf';
import { ProjectStack } from '../src/stacks/project-stack';

/**
 * Synthesizes constructs in a stack that allocates the project's readable Terraform addresses, with every provider
 * the project uses, as `Testing.synthScope` does for a plain stack, running construct validations as
 * `app.synth()` does.
 */
export function synthInStack(build: (stack: ProjectStack) => void): string {
  const stack = new ProjectStack(Testing.app(), 'test');
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  new KubernetesProvider(stack, 'kubernetes', {});
  new HelmProvider(stack, 'helm', {});
  new DockerProvider(stack, 'docker', {});
  build(stack);
  try {
    return Testing.synth(stack, true);
  } finally {
    rmSync((stack.node.root as App).outdir, { recursive: true, force: true });
  }
}
