/**
 * Pod Security Standards as typed values: the namespace labels of the Pod Security admission controller, and the
 * security contexts that meet the `restricted` level. See
 * https://kubernetes.io/docs/concepts/security/pod-security-standards/ and .../pod-security-admission/.
 */
export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

/** The UID and GID of the official Spark images' non-root user (`spark`, 185). */
export const SPARK_UID = 185;

/**
 * Labels that make the admission controller enforce `level` in a namespace, and also audit and warn at it, so
 * `kubectl` shows a warning before anything is refused. The policy version is pinned to the cluster's minor version:
 * `latest` would let a control-plane upgrade tighten the rules under running workloads.
 */
export function podSecurityLabels(level: PodSecurityLevel, kubernetesVersion: string): Record<string, string> {
  if (!/^\d+\.\d+$/.test(kubernetesVersion)) {
    throw new Error(`podSecurityLabels: kubernetesVersion must be a minor version like 1.35, got ${kubernetesVersion}`);
  }
  const version = `v${kubernetesVersion}`;
  const labels: Record<string, string> = {};
  for (const mode of ['enforce', 'audit', 'warn']) {
    labels[`pod-security.kubernetes.io/${mode}`] = level;
    labels[`pod-security.kubernetes.io/${mode}-version`] = version;
  }
  return labels;
}

/** A pod-level security context that meets `restricted`: non-root as the Spark user, RuntimeDefault seccomp. */
export function restrictedPodSecurityContext() {
  return {
    runAsNonRoot: true,
    runAsUser: SPARK_UID,
    runAsGroup: SPARK_UID,
    fsGroup: SPARK_UID,
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

/**
 * A container-level security context that meets `restricted`: no privilege escalation, every capability dropped.
 * The root filesystem stays writable: Spark writes its work and local directories under /opt/spark and /tmp.
 */
export function restrictedContainerSecurityContext() {
  return {
    runAsNonRoot: true,
    privileged: false,
    allowPrivilegeEscalation: false,
    capabilities: { drop: ['ALL'] },
    seccompProfile: { type: 'RuntimeDefault' },
  };
}
