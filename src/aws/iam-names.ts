import { createHash } from 'node:crypto';

/** The only partition this project deploys to; see AWS_REGIONS. */
export const PARTITION = 'aws';

const ROLE_NAME_MAX = 64;

/**
 * An IAM role name from its parts, joined by '-'. IAM allows 64 characters; a longer name keeps its start and
 * ends in a short hash of the whole, so it stays unique, readable and the same on every synth.
 */
export function iamRoleName(...parts: string[]): string {
  const name = parts.join('-').replace(/[^\w+=,.@-]/g, '-');
  if (name.length <= ROLE_NAME_MAX) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${name.slice(0, ROLE_NAME_MAX - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}

export function managedPolicyArn(name: string): string {
  return `arn:${PARTITION}:iam::aws:policy/${name}`;
}
