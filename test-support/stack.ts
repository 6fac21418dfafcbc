import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Testing } from 'cdktf';
import { ProjectStack } from '../src/stacks/project-stack';

/**
 * Synthesizes constructs in a stack that allocates the project's readable Terraform addresses, with an AWS
 * provider, as `Testing.synthScope` does for a plain stack.
 */
export function synthInStack(build: (stack: ProjectStack) => void): string {
  const stack = new ProjectStack(Testing.app(), 'test');
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  build(stack);
  return Testing.synth(stack);
}
