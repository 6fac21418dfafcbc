import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config/load';
import { EnvironmentConfig } from '../../src/config/schema';
import { DEPLOYER_CATALOG, UNNEEDED_DEPENDENT_ACTIONS } from '../../src/iam/deployer-catalog';
import { deployNames, StackJson } from '../../src/iam/deployer-names';
import {
  deployerPolicies,
  MANAGED_POLICY_MAX_CHARS,
  PolicyDocument,
  policySize,
  typesUsed,
} from '../../src/iam/deployer-policy';
import { actionReference, resourceArnFormat, SERVICE_AUTHORIZATION } from '../../src/iam/service-authorization';
import { defaultConfig, rawWith } from '../../test-support/config';
import { synthesizeApp } from '../../test-support/synth';
import { validateConfig } from '../../src/config/load';

interface Environment {
  readonly config: EnvironmentConfig;
  readonly stacks: ReadonlyMap<string, StackJson>;
  readonly policies: Record<string, PolicyDocument>;
}

function environment(config: EnvironmentConfig): Environment {
  const app = synthesizeApp(config, 'spark-eks-policy-');
  try {
    const stacks = new Map(app.stackNames.map((name) => [name, app.stack(name)]));
    return { config, stacks, policies: deployerPolicies(config, stacks) };
  } finally {
    app.cleanup();
  }
}

/** The default config with every option that adds resource types or permissions turned on. */
function everyOptionConfig(): EnvironmentConfig {
  const raw = rawWith(
    {
      cluster: { adminPrincipalArns: ['arn:aws:iam::111122223333:role/Admin'] },
      dataBucket: { allowDestroy: true },
      network: { vpcEndpoints: false, natGateways: 'one-per-az', azCount: 3 },
    },
    JSON.parse(JSON.stringify(loadConfig(path.join(PROJECT_ROOT, 'config', 'default.yaml')).config)),
  );
  return validateConfig(raw, 'every-option.yaml').config;
}

let shipped: Environment;
let nondefault: Environment;
let everyOption: Environment;
beforeAll(() => {
  shipped = environment(defaultConfig());
  nondefault = environment(loadConfig(path.join(PROJECT_ROOT, 'integration', 'configs', 'nondefault.yaml')).config);
  everyOption = environment(everyOptionConfig());
});
const all = () => [shipped, nondefault, everyOption];

const statementsOf = (env: Environment) => Object.values(env.policies).flatMap((p) => p.Statement);
const actionsOf = (env: Environment) => new Set(statementsOf(env).flatMap((s) => s.Action));

/** Whether two ARN patterns (with `*`, and `${...}` placeholders in AWS's formats) can name the same resource. */
function overlap(a: string, b: string): boolean {
  const glob = (p: string) => p.replace(/\$\{[^}]*\}/g, '*');
  const [x, y] = [glob(a), glob(b)];
  const memo = new Map<string, boolean>();
  const match = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    if (memo.has(key)) return memo.get(key) as boolean;
    let result: boolean;
    if (i === x.length && j === y.length) result = true;
    else if (x[i] === '*') result = match(i + 1, j) || (j < y.length && match(i, j + 1));
    else if (y[j] === '*') result = match(i, j + 1) || (i < x.length && match(i + 1, j));
    else result = i < x.length && j < y.length && x[i] === y[j] && match(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
}

describe('the deploying identity’s policy', () => {
  it('knows the permissions of every type the stacks of each config use, data sources and backends too', () => {
    for (const env of all()) {
      expect(typesUsed(env.stacks).filter((type) => !DEPLOYER_CATALOG[type])).toEqual([]);
    }
    // The types no config uses would be permissions nobody checks: there are none.
    const used = new Set(all().flatMap((env) => typesUsed(env.stacks)));
    expect(Object.keys(DEPLOYER_CATALOG).filter((type) => !used.has(type))).toEqual([]);
  });

  it('holds exactly the actions the types of the stacks need, no other', () => {
    for (const env of all()) {
      const names = deployNames(env.config, env.stacks);
      const needed = typesUsed(env.stacks).flatMap((type) =>
        DEPLOYER_CATALOG[type].grants
          .filter((grant) => !grant.resources || grant.resources(names).length > 0)
          .flatMap((grant) => grant.actions),
      );
      expect([...actionsOf(env)].sort()).toEqual([...new Set(needed)].sort());
    }
  });

  it('names every action as the Service Authorization Reference does, on ARNs of the resource types it takes', () => {
    for (const env of all()) {
      for (const statement of statementsOf(env)) {
        for (const action of statement.Action) {
          const reference = actionReference(action);
          expect({ action, known: reference !== undefined }).toEqual({ action, known: true });
          const [service] = action.split(':');
          const formats = Object.keys(reference?.resourceTypes ?? {}).map((t) => resourceArnFormat(service, t) ?? '');
          for (const arn of statement.Resource) {
            // `*` only for an action that takes no resource; any other ARN must be one the action can act on.
            const fits = arn === '*' ? formats.length === 0 : formats.some((format) => overlap(arn, format));
            expect({ action, arn, fits }).toEqual({ action, arn, fits: true });
          }
        }
      }
    }
  });

  it('conditions each action only on keys that action supports', () => {
    for (const statement of statementsOf(everyOption)) {
      const keys = Object.values(statement.Condition ?? {}).flatMap((byKey) => Object.keys(byKey));
      for (const action of statement.Action) {
        const supported = actionReference(action)?.conditionKeys ?? [];
        for (const key of keys) {
          const ok = supported.some((s) => s === key || (s.includes('${') && overlap(key, s)));
          expect({ action, key, ok }).toEqual({ action, key, ok: true });
        }
      }
    }
  });

  it('grants the dependent actions the reference lists, or says why a call never needs them', () => {
    for (const env of all()) {
      const actions = actionsOf(env);
      const missing = [...actions].flatMap((action) =>
        (actionReference(action)?.dependentActions ?? [])
          .filter((dependent) => !actions.has(dependent))
          .map((dependent) => `${action} -> ${dependent}`),
      );
      const unexplained = missing.filter(
        (m) => !UNNEEDED_DEPENDENT_ACTIONS[m] && !UNNEEDED_DEPENDENT_ACTIONS[m.replace(/:[A-Za-z]+$/, ':*')],
      );
      expect(unexplained).toEqual([]);
    }
  });

  it('fits each managed policy within IAM’s 6,144 characters', () => {
    for (const env of all()) {
      for (const [name, policy] of Object.entries(env.policies)) {
        expect({ name, fits: policySize(policy) <= MANAGED_POLICY_MAX_CHARS }).toEqual({ name, fits: true });
      }
    }
  });

  it('continues a part in another policy when the config’s names outgrow one', () => {
    // As with a long namespaces.jobs list: one role per job namespace.
    const stacks = new Map(JSON.parse(JSON.stringify([...shipped.stacks])) as [string, StackJson][]);
    const roles = stacks.get('spark-eks-core')?.resource.aws_iam_role as Record<string, StackJson>;
    for (let i = 0; i < 60; i++) roles[`extra-${i}`] = { name: `spark-eks-spark-team-namespace-${i}` };
    const policies = deployerPolicies(shipped.config, stacks);
    expect(Object.keys(policies)).toEqual(
      expect.arrayContaining(['spark-eks-deployer-cluster', 'spark-eks-deployer-cluster-2']),
    );
    for (const policy of Object.values(policies))
      expect(policySize(policy)).toBeLessThanOrEqual(MANAGED_POLICY_MAX_CHARS);
    const roleArns = Object.values(policies).flatMap((p) =>
      p.Statement.filter((st) => st.Action.includes('iam:CreateRole')),
    );
    expect(roleArns.flatMap((st) => st.Resource)).toContain('arn:aws:iam::*:role/spark-eks-spark-team-namespace-59');
  });

  it('builds every ARN from the config’s own names and region', () => {
    const arns = statementsOf(nondefault).flatMap((s) => s.Resource.filter((r) => r !== '*'));
    expect(arns.filter((arn) => /[/:]spark-eks[-/]|eu-west-1/.test(arn))).toEqual([]);
    expect(arns).toEqual(expect.arrayContaining(['arn:aws:eks:us-west-2:*:cluster/acme-spark']));
    for (const arn of arns) {
      // ${aws:PrincipalArn}: the deploying role itself, whose name no config holds.
      const own =
        /acme-spark|:us-west-2:|::aws:policy\/|aws-service-role|hostedzone|oidc-provider\/oidc\.eks\.us-west-2\.|^\$\{aws:PrincipalArn\}$/;
      expect({ arn, own: own.test(arn) }).toEqual({ arn, own: true });
    }
  });

  it('passes each role only to the service that uses it', () => {
    const passes = statementsOf(shipped).filter((s) => s.Action.includes('iam:PassRole'));
    expect(passes.map((s) => [s.Resource, s.Condition])).toEqual([
      [['arn:aws:iam::*:role/spark-eks-eks-cluster'], { StringEquals: { 'iam:PassedToService': 'eks.amazonaws.com' } }],
      [
        ['arn:aws:iam::*:role/spark-eks-fargate-pod-execution'],
        { StringEquals: { 'iam:PassedToService': 'eks-fargate-pods.amazonaws.com' } },
      ],
      [
        ['arn:aws:iam::*:role/spark-eks-vpc-flow-logs'],
        { StringEquals: { 'iam:PassedToService': 'vpc-flow-logs.amazonaws.com' } },
      ],
    ]);
  });

  it('reads only the deploying role itself, and manages the repository policy of the config’s repository only', () => {
    const granting = (action: string) =>
      statementsOf(shipped)
        .filter((s) => s.Action.includes(action))
        .map((s) => s.Resource);
    // GetRole: the environment's roles (aws_iam_role) and the caller's own (data.aws_iam_session_context), no other.
    expect(granting('iam:GetRole')).toEqual(
      expect.arrayContaining([
        ['${aws:PrincipalArn}'],
        expect.arrayContaining(['arn:aws:iam::*:role/spark-eks-eks-cluster']),
      ]),
    );
    expect(
      granting('iam:GetRole')
        .flat()
        .filter((arn) => !arn.startsWith('arn:aws:iam::*:role/spark-eks-')),
    ).toEqual(['${aws:PrincipalArn}']);
    for (const action of ['ecr:SetRepositoryPolicy', 'ecr:GetRepositoryPolicy', 'ecr:DeleteRepositoryPolicy']) {
      expect(granting(action)).toEqual([['arn:aws:ecr:eu-west-1:*:repository/spark-eks/spark-jobs']]);
    }
  });

  it('lists EKS add-on versions only for a stack that looks the CoreDNS version up, not with a pinned build', () => {
    expect(actionsOf(shipped).has('eks:DescribeAddonVersions')).toBe(true);
    // A pin of cluster.addonVersions.coredns leaves the data source out of core (the core-dns-addon tests check that).
    const pinned = new Map(JSON.parse(JSON.stringify([...shipped.stacks])) as [string, StackJson][]);
    const core = pinned.get('spark-eks-core') as StackJson;
    delete core.data.aws_eks_addon_version;
    core.resource.aws_eks_addon.coredns_addon.addon_version = 'v1.14.3-eksbuild.3';
    const actions = new Set(
      Object.values(deployerPolicies(shipped.config, pinned)).flatMap((p) => p.Statement.flatMap((st) => st.Action)),
    );
    expect(actions.has('eks:DescribeAddonVersions')).toBe(false);
    expect(actions.has('eks:CreateAddon')).toBe(true);
  });

  it('adds the access-entry and bucket-emptying permissions only with the options that need them', () => {
    const granting = (env: Environment, action: string) => [
      ...new Set(
        statementsOf(env)
          .filter((s) => s.Action.includes(action))
          .flatMap((s) => s.Resource),
      ),
    ];
    expect(granting(shipped, 'eks:AssociateAccessPolicy')).toEqual([]);
    expect(granting(everyOption, 'eks:AssociateAccessPolicy')).toEqual([
      'arn:aws:eks:eu-west-1:*:access-entry/spark-eks/*',
    ]);
    // allowDestroy: force_destroy empties the data bucket and its access-log bucket before deleting them.
    expect(granting(shipped, 's3:ListBucketVersions')).toEqual(['arn:aws:s3:::spark-eks-data-*-eu-west-1']);
    expect(granting(everyOption, 's3:ListBucketVersions').sort()).toEqual([
      'arn:aws:s3:::spark-eks-data-*-eu-west-1',
      'arn:aws:s3:::spark-eks-data-logs-*-eu-west-1',
    ]);
    // Without interface endpoints no private DNS zone is joined.
    expect(granting(shipped, 'route53:AssociateVPCWithHostedZone')).toEqual(['arn:aws:route53:::hostedzone/*']);
    expect(granting(everyOption, 'route53:AssociateVPCWithHostedZone')).toEqual([]);
  });

  it('is in policies/ for the default config, as npm run deployer-policy -- --out policies writes it', () => {
    const folder = path.join(PROJECT_ROOT, 'policies');
    const committed = Object.fromEntries(
      readdirSync(folder)
        .filter((file) => file.startsWith('spark-eks-deployer-'))
        .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(folder, file), 'utf8'))]),
    );
    expect(committed).toEqual(shipped.policies);
    expect(Object.keys(committed).sort()).toEqual([
      'spark-eks-deployer-cluster',
      'spark-eks-deployer-network',
      'spark-eks-deployer-storage',
    ]);
  });

  it('reads the reference of every service it grants actions of', () => {
    const services = new Set(all().flatMap((env) => [...actionsOf(env)].map((a) => a.split(':')[0])));
    expect([...services].filter((s) => !SERVICE_AUTHORIZATION.services[s])).toEqual([]);
  });
});
