import { SparkServiceAccount } from '../../src/constructs/spark-service-account';
import { KubernetesRole } from '../../src/constructs/kubernetes-role';
import { synthInStack } from '../../test-support/stack';
import { parseStack, resource, resources } from '../../test-support/terraform-json';

const ROLE_ARN = 'arn:aws:iam::111122223333:role/acme-spark';
const stack = parseStack(
  synthInStack((s) => new SparkServiceAccount(s, 'spark', { namespace: 'spark-jobs', roleArn: ROLE_ARN })),
);

describe('SparkServiceAccount', () => {
  it('is named spark and annotated with its IRSA role', () => {
    expect(resource(stack, 'kubernetes_service_account_v1', 'spark_service-account').metadata).toEqual({
      name: 'spark',
      namespace: 'spark-jobs',
      annotations: { 'eks.amazonaws.com/role-arn': ROLE_ARN },
    });
  });

  it('grants the driver role explicit verbs on named resources, never a wildcard', () => {
    const [role] = resources(stack, 'kubernetes_role_v1');
    expect(role.body.metadata).toEqual({ name: 'spark', namespace: 'spark-jobs' });
    expect(role.body.rule).toEqual([
      {
        api_groups: [''],
        resources: ['pods', 'services', 'configmaps', 'persistentvolumeclaims'],
        verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'],
      },
    ]);
    for (const r of role.body.rule as { verbs: string[]; resources: string[]; api_groups: string[] }[]) {
      expect([...r.verbs, ...r.resources, ...r.api_groups].some((x) => x.includes('*'))).toBe(false);
    }
  });

  it('binds the role to the service account of its namespace', () => {
    const [binding] = resources(stack, 'kubernetes_role_binding_v1');
    expect(binding.body.role_ref).toEqual({
      api_group: 'rbac.authorization.k8s.io',
      kind: 'Role',
      name: '${kubernetes_role_v1.spark_driver-role_role.metadata[0].name}',
    });
    expect(binding.body.subject).toEqual([{ kind: 'ServiceAccount', name: 'spark', namespace: 'spark-jobs' }]);
  });
});

describe('KubernetesRole', () => {
  it('refuses to synthesize a role that grants nothing', () => {
    expect(() => synthInStack((s) => new KubernetesRole(s, 'empty', { name: 'empty', namespace: 'ns' }))).toThrow(
      /grants nothing/,
    );
  });

  it('refuses to bind a service account of another namespace', () => {
    expect(() =>
      synthInStack((s) =>
        new KubernetesRole(s, 'r', { name: 'r', namespace: 'a' })
          .grant('', ['pods'], ['get'])
          .bindTo({ name: 'x', namespace: 'b' }),
      ),
    ).toThrow(/cannot bind a service account of namespace b/);
  });
});
