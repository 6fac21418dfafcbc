import { rule, SPARK_DRIVER_RULES, Verb } from '../../src/kubernetes/rbac';

describe('RBAC rules', () => {
  it('give the Spark driver full control of its pods, services, config maps and claims, with no wildcard', () => {
    expect(SPARK_DRIVER_RULES).toEqual([
      {
        apiGroups: [''],
        resources: ['pods', 'services', 'configmaps', 'persistentvolumeclaims'],
        verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'],
      },
    ]);
  });

  it.each([
    ['a wildcard resource', () => rule('', ['*'], ['get'])],
    ['a wildcard inside a resource', () => rule('', ['pods*'], ['get'])],
    ['a wildcard verb', () => rule('', ['pods'], ['*' as Verb])],
    ['a wildcard API group', () => rule('*', ['pods'], ['get'])],
    ['no resources', () => rule('', [], ['get'])],
    ['no verbs', () => rule('', ['pods'], [])],
  ])('refuses %s', (_name, build) => {
    expect(build).toThrow();
  });

  it('accepts subresources', () => {
    expect(rule('', ['pods/log'], ['get']).resources).toEqual(['pods/log']);
  });
});
