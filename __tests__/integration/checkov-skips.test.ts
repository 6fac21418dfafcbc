import { readFileSync } from 'node:fs';
import {
  CheckovResult,
  CheckovSkip,
  matchSkips,
  parseSkips,
  resolveAddress,
  scannableCopy,
  SKIP_FILE,
  staleSkips,
} from '../../integration/checks/checkov';
import { CheckError } from '../../integration/lib/report';

const failed = (check: string, resource: string): CheckovResult => ({
  check,
  name: `name of ${check}`,
  resource,
  passed: false,
  attributes: ['some/attribute'],
});
const passed = (check: string, resource: string): CheckovResult => ({ ...failed(check, resource), passed: true });

const skip = (check: string, stack: string, resource: string): CheckovSkip => ({
  check,
  stack,
  resource,
  reason: 'a reason',
});

const problemsOf = (text: string): string[] => {
  try {
    parseSkips(text);
  } catch (error) {
    if (error instanceof CheckError) return error.problems.map((p) => p.message);
    throw error;
  }
  return [];
};

describe('matchSkips', () => {
  const skips = [
    skip('CKV_AWS_18', 'core', 'aws_s3_bucket.data_bucket_bucket'),
    skip('CKV_AWS_158', 'core', '*'),
    skip('CKV_AWS_18', 'state', 'aws_s3_bucket.state-bucket_bucket'),
  ];

  it('lists a failure only under its own check, stack kind and address', () => {
    const match = matchSkips(
      'core',
      [
        failed('CKV_AWS_18', 'aws_s3_bucket.data_bucket_bucket'),
        // Same check, another bucket of the same stack: not listed.
        failed('CKV_AWS_18', 'aws_s3_bucket.other'),
        // The state stack's entry does not hold for core.
        failed('CKV_AWS_18', 'aws_s3_bucket.state-bucket_bucket'),
        // Another check on a listed resource: not listed.
        failed('CKV_AWS_144', 'aws_s3_bucket.data_bucket_bucket'),
      ],
      skips,
    );
    expect(match.skipped.map((s) => [s.result.resource, s.skip])).toEqual([['aws_s3_bucket.data_bucket_bucket', 0]]);
    expect(match.unlisted.map((r) => `${r.check} ${r.resource}`)).toEqual([
      'CKV_AWS_18 aws_s3_bucket.other',
      'CKV_AWS_18 aws_s3_bucket.state-bucket_bucket',
      'CKV_AWS_144 aws_s3_bucket.data_bucket_bucket',
    ]);
    expect([...match.used]).toEqual([0]);
  });

  it('never lists a passed check, so a fixed failure leaves its entry unused', () => {
    const match = matchSkips('core', [passed('CKV_AWS_18', 'aws_s3_bucket.data_bucket_bucket')], skips);
    expect(match.skipped).toEqual([]);
    expect(match.unlisted).toEqual([]);
    expect(match.used.size).toBe(0);
  });

  it('lets * cover every failing resource of its check in its stack kind only', () => {
    const logGroups = ['aws_cloudwatch_log_group.a', 'aws_cloudwatch_log_group.b'];
    const core = matchSkips(
      'core',
      logGroups.map((g) => failed('CKV_AWS_158', g)),
      skips,
    );
    expect(core.skipped.map((s) => s.skip)).toEqual([1, 1]);
    expect(core.unlisted).toEqual([]);
    expect(core.tooBroad).toEqual([]);

    const platform = matchSkips('platform', [failed('CKV_AWS_158', logGroups[0])], skips);
    expect(platform.unlisted).toHaveLength(1);
    expect(platform.used.size).toBe(0);
  });

  it('calls a * entry too broad when its check passes on some resource of the stack', () => {
    const match = matchSkips(
      'core',
      [failed('CKV_AWS_158', 'aws_cloudwatch_log_group.a'), passed('CKV_AWS_158', 'aws_cloudwatch_log_group.b')],
      skips,
    );
    expect(match.skipped).toHaveLength(1);
    expect(match.tooBroad).toEqual([{ skip: 1, passesOn: ['aws_cloudwatch_log_group.b'] }]);
  });
});

describe('staleSkips', () => {
  const skips = [skip('CKV_AWS_1', 'core', '*'), skip('CKV_AWS_2', 'core', '*'), skip('CKV_AWS_3', 'jobs', '*')];

  it('keeps an entry that fails on one config only', () => {
    expect(staleSkips(skips, [new Set([0]), new Set([1, 2])])).toEqual([]);
  });

  it('reports an entry that fails on neither config', () => {
    expect(staleSkips(skips, [new Set([0]), new Set([0, 2])])).toEqual([1]);
    expect(staleSkips(skips, [new Set(), new Set()])).toEqual([0, 1, 2]);
  });
});

describe('parseSkips', () => {
  it('reads the committed skip list: every entry well formed, once', () => {
    const skips = parseSkips(readFileSync(SKIP_FILE, 'utf8'));
    expect(skips.length).toBeGreaterThan(0);
    for (const s of skips) expect(s.reason.length).toBeGreaterThan(20);
  });

  it('refuses malformed entries, naming each', () => {
    const problems = problemsOf(
      [
        'skips:',
        '  - { check: CKV_AWS_18, stack: core, resource: aws_s3_bucket.b, reason: fine }',
        '  - { check: AWS_18, stack: core, resource: aws_s3_bucket.b, reason: r }',
        '  - { check: CKV_AWS_19, stack: Core, resource: aws_s3_bucket.b, reason: r }',
        '  - { check: CKV_AWS_20, stack: core, resource: bucket, reason: r }',
        '  - { check: CKV_AWS_21, stack: core, resource: aws_s3_bucket.b }',
        '  - { check: CKV_AWS_22, stack: core, resource: aws_s3_bucket.b, reason: r, until: 2027 }',
      ].join('\n'),
    );
    expect(problems).toEqual([
      expect.stringMatching(/skips\[1\]: check "AWS_18"/),
      expect.stringMatching(/skips\[2\]: stack "Core"/),
      expect.stringMatching(/skips\[3\]: resource "bucket"/),
      expect.stringMatching(/skips\[4\]: reason/),
      expect.stringMatching(/skips\[5\]: unknown key until/),
    ]);
  });

  it('refuses an entry listed twice, or both by address and under *', () => {
    const entry = (resource: string) => `  - { check: CKV_AWS_18, stack: core, resource: '${resource}', reason: r }`;
    expect(problemsOf(['skips:', entry('aws_s3_bucket.b'), entry('aws_s3_bucket.b')].join('\n'))).toHaveLength(1);
    expect(problemsOf(['skips:', entry('aws_s3_bucket.b'), entry('*')].join('\n'))).toHaveLength(1);
    expect(problemsOf(['skips:', entry('aws_s3_bucket.b'), entry('aws_s3_bucket.c')].join('\n'))).toEqual([]);
  });
});

describe('resolveAddress', () => {
  const stack = {
    provider: { aws: [{ region: 'eu-west-1' }] },
    data: { aws_availability_zones: { network_zones: {} } },
    resource: {
      aws_eks_cluster: { eks_cluster: {} },
      aws_s3_bucket: { bucket: {} },
      aws_s3_bucket_policy: { bucket: {} },
    },
  };

  it('finds the type of a Python check result, which checkov names resource.<name>', () => {
    expect(resolveAddress(stack, 'resource.eks_cluster')).toBe('aws_eks_cluster.eks_cluster');
    expect(resolveAddress(stack, 'data.network_zones')).toBe('data.aws_availability_zones.network_zones');
  });

  it('keeps the address of a graph check result, if the stack has it', () => {
    expect(resolveAddress(stack, 'aws_s3_bucket.bucket')).toBe('aws_s3_bucket.bucket');
    expect(resolveAddress(stack, 'data.aws_availability_zones.network_zones')).toBe(
      'data.aws_availability_zones.network_zones',
    );
    expect(resolveAddress(stack, 'provider.aws')).toBe('provider.aws');
  });

  it('gives a graph check result on a data source its data. prefix', () => {
    expect(resolveAddress(stack, 'aws_availability_zones.network_zones')).toBe(
      'data.aws_availability_zones.network_zones',
    );
  });

  it('refuses a name that is missing or belongs to two types', () => {
    expect(resolveAddress(stack, 'resource.bucket')).toBeUndefined();
    expect(resolveAddress(stack, 'resource.nothing')).toBeUndefined();
    expect(resolveAddress(stack, 'aws_s3_bucket.nothing')).toBeUndefined();
    expect(resolveAddress(stack, 'provider.google')).toBeUndefined();
  });
});

describe('scannableCopy', () => {
  it('drops only terraform.required_version, and leaves the stack itself alone', () => {
    const stack = {
      terraform: { required_version: '>= 1.10.0', backend: { s3: { bucket: 'b' } } },
      resource: { aws_s3_bucket: { b: { bucket: 'b' } } },
    };
    expect(scannableCopy(stack)).toEqual({
      terraform: { backend: { s3: { bucket: 'b' } } },
      resource: { aws_s3_bucket: { b: { bucket: 'b' } } },
    });
    expect(stack.terraform.required_version).toBe('>= 1.10.0');
  });
});
