import { configWith, defaultConfig } from '../test-support/config';
import { synthesizeApp, SynthesizedApp } from '../test-support/synth';
import { ECR_PUSH_ACTIONS } from '../src/constructs/image-repository';
import { keyPolicies, policyDocument, resources } from '../test-support/terraform-json';

/**
 * Rules that hold for every stack of the whole App, whatever the config: checked on the default config and on one
 * that changes every name, so a new resource that breaks one fails here.
 */
describe.each([
  ['default', defaultConfig()],
  [
    'another config',
    configWith({
      prefix: 'acme',
      region: 'us-east-2',
      stateBucket: { name: 'acme-tfstate' },
      namespaces: { operator: 'ops', jobs: ['batch', 'etl'] },
      jobs: [],
      dataBucket: { allowDestroy: true },
    }),
  ],
])('security invariants (%s)', (_, config) => {
  let app: SynthesizedApp;
  beforeAll(() => {
    app = synthesizeApp(config);
  });
  afterAll(() => app.cleanup());

  it('gives every KMS key an explicit policy: the account root, or a service under conditions, and nobody else', () => {
    const root = 'arn:aws:iam::${data.aws_caller_identity.caller.account_id}:root';
    const problems: string[] = [];
    let keys = 0;
    for (const name of app.stackNames) {
      for (const [key, statements] of keyPolicies(app.stack(name))) {
        keys += 1;
        for (const statement of statements) {
          const where = `${name} ${key} ${statement.sid}`;
          const wild = (statement.actions ?? []).filter((a) => a === '*' || a === 'kms:*');
          if (wild.length > 0) problems.push(`${where}: action ${wild.join(', ')}`);
          for (const principal of statement.principals ?? []) {
            const ok =
              principal.type === 'AWS'
                ? principal.identifiers.every((id) => id === root)
                : principal.type === 'Service' && (statement.condition ?? []).length > 0;
            if (!ok) problems.push(`${where}: principal ${principal.type} ${principal.identifiers.join(', ')}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    // state, data, core (secrets, ECR, logs): at least one key each.
    expect(keys).toBeGreaterThanOrEqual(5);
  });

  it('lets only named principals push to every image repository, by a Deny no IAM policy can override', () => {
    let repositories = 0;
    for (const name of app.stackNames) {
      const stack = app.stack(name);
      const policies = resources(stack, 'aws_ecr_repository_policy');
      for (const repository of resources(stack, 'aws_ecr_repository')) {
        repositories += 1;
        const policy = policies.find((p) => p.body.repository === `\${aws_ecr_repository.${repository.name}.name}`);
        expect({ repository: repository.name, policy: policy !== undefined }).toEqual({
          repository: repository.name,
          policy: true,
        });
        const document = /^\$\{data\.aws_iam_policy_document\.([\w-]+)\.json\}$/.exec(String(policy?.body.policy));
        const deny = policyDocument(stack, document?.[1] ?? '').find((st) => st.effect === 'Deny');
        expect(deny?.principals).toEqual([{ type: 'AWS', identifiers: ['*'] }]);
        expect([...(deny?.actions ?? [])].sort()).toEqual([...ECR_PUSH_ACTIONS].sort());
        expect(deny?.condition?.map((c) => [c.test, c.variable])).toEqual([['ArnNotEquals', 'aws:PrincipalArn']]);
      }
    }
    expect(repositories).toBe(1);
  });

  it('encrypts every CloudWatch log group with a customer-managed key', () => {
    for (const name of app.stackNames) {
      for (const group of resources(app.stack(name), 'aws_cloudwatch_log_group')) {
        expect({ group: group.name, kms: group.body.kms_key_id }).toEqual({
          group: group.name,
          kms: expect.stringMatching(/^\$\{aws_kms_key\.[\w-]+\.arn\}$/),
        });
      }
    }
  });

  it('writes server access logs of every bucket but the log buckets themselves', () => {
    for (const name of app.stackNames) {
      const stack = app.stack(name);
      const logged = new Set(resources(stack, 'aws_s3_bucket_logging').map((l) => l.body.bucket as string));
      const targets = new Set(resources(stack, 'aws_s3_bucket_logging').map((l) => l.body.target_bucket as string));
      for (const bucket of resources(stack, 'aws_s3_bucket')) {
        const isTarget = targets.has(`\${aws_s3_bucket.${bucket.name}.bucket}`);
        expect({ bucket: bucket.name, logged: logged.has(`\${aws_s3_bucket.${bucket.name}.id}`) }).toEqual({
          bucket: bucket.name,
          logged: !isTarget,
        });
      }
    }
  });
});
