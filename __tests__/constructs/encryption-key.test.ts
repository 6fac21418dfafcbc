import { EncryptionKey, KEY_ADMINISTRATION_ACTIONS, KEY_USE_ACTIONS } from '../../src/constructs/encryption-key';
import { synthInStack } from '../../test-support/stack';
import { keyPolicies, parseStack, resource } from '../../test-support/terraform-json';

const ROOT = 'arn:aws:iam::${data.aws_caller_identity.caller.account_id}:root';
const logsGrant = {
  sid: 'CloudWatchLogs',
  service: 'logs.eu-west-1.amazonaws.com',
  actions: ['kms:Encrypt*', 'kms:Decrypt*'],
  conditions: [{ test: 'ArnLike', variable: 'kms:EncryptionContext:aws:logs:arn', values: ['arn:x'] }],
};

describe('EncryptionKey', () => {
  const stack = parseStack(
    synthInStack(
      (s) => new EncryptionKey(s, 'k', { alias: 'acme-logs', description: 'd', serviceGrants: [logsGrant] }),
    ),
  );
  const policy = keyPolicies(stack).get('aws_kms_key.k_key') ?? [];

  it('has an explicit policy: the account administers the key and delegates its use to IAM', () => {
    expect(policy.slice(0, 2)).toEqual([
      {
        sid: 'AccountAdministersTheKey',
        effect: 'Allow',
        principals: [{ type: 'AWS', identifiers: [ROOT] }],
        actions: KEY_ADMINISTRATION_ACTIONS,
        resources: ['*'],
      },
      {
        sid: 'IamPoliciesGrantItsUse',
        effect: 'Allow',
        principals: [{ type: 'AWS', identifiers: [ROOT] }],
        actions: KEY_USE_ACTIONS,
        resources: ['*'],
      },
    ]);
    // The account keeps kms:PutKeyPolicy (through kms:Put*), so it can never lock itself out.
    expect(KEY_ADMINISTRATION_ACTIONS).toContain('kms:Put*');
  });

  it('lets each named service use it only under its conditions, and names nobody else', () => {
    expect(policy[2]).toEqual({
      sid: 'CloudWatchLogs',
      effect: 'Allow',
      principals: [{ type: 'Service', identifiers: ['logs.eu-west-1.amazonaws.com'] }],
      actions: logsGrant.actions,
      resources: ['*'],
      condition: logsGrant.conditions,
    });
    expect(policy).toHaveLength(3);
  });

  it('rotates yearly and refuses a service grant without a condition', () => {
    expect(resource(stack, 'aws_kms_key', 'k_key').enable_key_rotation).toBe(true);
    expect(() =>
      synthInStack(
        (s) =>
          new EncryptionKey(s, 'k', {
            alias: 'a',
            description: 'd',
            serviceGrants: [{ ...logsGrant, conditions: [] }],
          }),
      ),
    ).toThrow(/service grant CloudWatchLogs needs at least one condition/);
  });
});
