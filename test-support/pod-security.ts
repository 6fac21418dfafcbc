/**
 * An independent reading of the Pod Security Standards' `restricted` level
 * (https://kubernetes.io/docs/concepts/security/pod-security-standards/), applied to a pod-level and a container-level
 * security context. It returns every rule the pair breaks, so a test can name what is missing. Only the fields a
 * security context decides are covered; volumes, host namespaces and ports are not set by the project.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any> | undefined;

export function restrictedViolations(pod: Json, container: Json): string[] {
  const problems: string[] = [];
  const either = (key: string) => container?.[key] ?? pod?.[key];
  if (container?.privileged === true) problems.push('privileged must be false');
  if (container?.allowPrivilegeEscalation !== false) problems.push('allowPrivilegeEscalation must be false');
  if (either('runAsNonRoot') !== true) problems.push('runAsNonRoot must be true (pod or container)');
  if (Number(either('runAsUser')) === 0) problems.push('runAsUser must not be 0');
  const drop: unknown[] = container?.capabilities?.drop ?? [];
  if (!drop.includes('ALL')) problems.push('capabilities.drop must include ALL');
  const add: unknown[] = container?.capabilities?.add ?? [];
  if (add.some((cap) => cap !== 'NET_BIND_SERVICE')) problems.push('capabilities.add may only hold NET_BIND_SERVICE');
  const seccomp = either('seccompProfile')?.type;
  if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') {
    problems.push('seccompProfile.type must be RuntimeDefault or Localhost (pod or container)');
  }
  return problems;
}

/**
 * The kubernetes provider's snake_case blocks (`run_as_non_root`, one-element lists for nested blocks) as the
 * Kubernetes API's camelCase objects, so one oracle reads both the provider's resources and raw manifests.
 */
/**
 * The container security context the kubernetes provider (2.38) sends for a `security_context` block: its
 * expandContainerSecurityContext (kubernetes/structures_container.go) sets every boolean field from the block, and
 * the plugin SDK gives an unset boolean its zero value, so an unset `run_as_non_root` reaches the API as `false`,
 * overriding the pod's `true`. An absent block is an empty security context.
 */
export function providerContainerSecurityContext(block: unknown): Record<string, unknown> {
  const item = (Array.isArray(block) ? block[0] : block) as Record<string, unknown> | undefined;
  if (!item) return {};
  const zeroed = {
    allow_privilege_escalation: false,
    privileged: false,
    read_only_root_filesystem: false,
    run_as_non_root: false,
  };
  return fromTerraformKeys({ ...zeroed, ...item }) as Record<string, unknown>;
}

export function fromTerraformKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(fromTerraformKeys);
    return items.length === 1 && typeof items[0] === 'object' && items[0] !== null ? items[0] : items;
  }
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
      key === 'drop' || key === 'add' ? inner : fromTerraformKeys(inner),
    ]),
  );
}
