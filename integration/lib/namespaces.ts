import { resources, StackJson } from './synth';

export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

/** The Pod Security policy each namespace of the platform stack enforces: its level and pinned version. */
export function namespacePolicies(stack: StackJson): Map<string, { level: PodSecurityLevel; version: string }> {
  const out = new Map<string, { level: PodSecurityLevel; version: string }>();
  for (const [type, , body] of resources(stack)) {
    if (type !== 'kubernetes_namespace_v1') continue;
    const metadata = (Array.isArray(body.metadata) ? body.metadata[0] : body.metadata) as StackJson | undefined;
    const labels = (metadata?.labels ?? {}) as StackJson;
    const level = labels['pod-security.kubernetes.io/enforce'];
    const version = labels['pod-security.kubernetes.io/enforce-version'] ?? 'latest';
    if (
      typeof metadata?.name === 'string' &&
      (level === 'baseline' || level === 'restricted' || level === 'privileged')
    )
      out.set(metadata.name, { level, version: String(version) });
  }
  return out;
}
