/**
 * Kubernetes RBAC as typed values. Verbs are a closed set: there is no way to write `*`.
 */
export const RBAC_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'] as const;
export type Verb = (typeof RBAC_VERBS)[number];

/** Every verb but the wildcard: what an owner of a resource kind needs. */
export const ALL_VERBS: readonly Verb[] = RBAC_VERBS;

/** One rule of a Role, in the shape `kubernetes_role_v1` takes. */
export interface PolicyRule {
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly verbs: readonly Verb[];
}

/** Builds a rule, refusing wildcards and empty lists. */
export function rule(apiGroup: string, resources: readonly string[], verbs: readonly Verb[]): PolicyRule {
  if (resources.length === 0 || verbs.length === 0) throw new Error('an RBAC rule needs resources and verbs');
  for (const resource of resources) {
    if (resource === '*' || resource.includes('*') || !/^[a-z][a-z0-9.]*(\/[a-z]+)?$/.test(resource)) {
      throw new Error(`"${resource}" is not a resource name; wildcards are not allowed`);
    }
  }
  for (const verb of verbs) {
    if (!(RBAC_VERBS as readonly string[]).includes(verb)) throw new Error(`"${verb}" is not an RBAC verb`);
  }
  if (apiGroup.includes('*')) throw new Error('wildcard API groups are not allowed');
  return { apiGroups: [apiGroup], resources: [...resources], verbs: [...verbs] };
}

/**
 * What a Spark driver needs in its namespace: to create, watch and delete its executor pods, the services and
 * config maps that connect them, and persistent volume claims for executors that ask for them. The same rules
 * the chart would create with spark.rbac.create.
 */
export const SPARK_DRIVER_RULES: readonly PolicyRule[] = [
  rule('', ['pods', 'services', 'configmaps', 'persistentvolumeclaims'], ALL_VERBS),
];
