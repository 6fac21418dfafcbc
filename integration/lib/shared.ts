import * as path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/load';

/**
 * The team's shared build inputs beside the clone (`../shared`: the chart, the provider sources, the Spark image's
 * recipe), or `$SPARK_EKS_SHARED`. Read from there, never copied into the project.
 */
export function sharedDir(...parts: string[]): string {
  const root = process.env.SPARK_EKS_SHARED?.trim() || path.join(PROJECT_ROOT, '..', 'shared');
  return path.resolve(root, ...parts);
}
