/**
 * Kubernetes versions this project deploys on EKS, with the EKS add-on versions pinned for each. The add-on builds
 * come from the add-on version tables of the Amazon EKS user guide ("Manage CoreDNS", "Manage kube-proxy",
 * "Amazon VPC CNI"), read 2026-11. Check them with
 * `aws eks describe-addon-versions --kubernetes-version <v> --addon-name <name>` and override them per environment
 * with `cluster.addonVersions` when AWS publishes newer builds.
 *
 * 1.31 leaves extended support on 2026-11-26 and is not offered; 1.32 and 1.33 are in extended support (billed at
 * a higher hourly rate); 1.34 leaves standard support on 2026-12-02.
 */
export interface EksAddonVersions {
  readonly 'vpc-cni': string;
  readonly 'kube-proxy': string;
  readonly coredns: string;
}

const VPC_CNI = 'v1.22.4-eksbuild.3';

export const KUBERNETES_VERSIONS = {
  '1.32': { 'vpc-cni': VPC_CNI, 'kube-proxy': 'v1.32.13-eksbuild.16', coredns: 'v1.11.4-eksbuild.40' },
  '1.33': { 'vpc-cni': VPC_CNI, 'kube-proxy': 'v1.33.10-eksbuild.13', coredns: 'v1.12.4-eksbuild.18' },
  '1.34': { 'vpc-cni': VPC_CNI, 'kube-proxy': 'v1.34.6-eksbuild.13', coredns: 'v1.13.2-eksbuild.11' },
  '1.35': { 'vpc-cni': VPC_CNI, 'kube-proxy': 'v1.35.3-eksbuild.13', coredns: 'v1.14.3-eksbuild.3' },
  '1.36': { 'vpc-cni': VPC_CNI, 'kube-proxy': 'v1.36.0-eksbuild.14', coredns: 'v1.14.3-eksbuild.3' },
} as const satisfies Readonly<Record<string, EksAddonVersions>>;

export type KubernetesVersion = keyof typeof KUBERNETES_VERSIONS;

export const SUPPORTED_KUBERNETES_VERSIONS = Object.keys(KUBERNETES_VERSIONS) as KubernetesVersion[];

export function isSupportedKubernetesVersion(value: string): value is KubernetesVersion {
  return Object.prototype.hasOwnProperty.call(KUBERNETES_VERSIONS, value);
}

/** EKS add-on version strings look like `v1.22.4-eksbuild.3`. */
export const EKS_ADDON_VERSION_PATTERN = /^v\d+\.\d+\.\d+-eksbuild\.\d+$/;

/** The pinned add-on versions of a supported Kubernetes version. */
export function addonVersionsFor(version: string): EksAddonVersions {
  if (!isSupportedKubernetesVersion(version)) {
    throw new Error(
      `Kubernetes ${version} is not supported; expected one of ${SUPPORTED_KUBERNETES_VERSIONS.join(', ')}`,
    );
  }
  return KUBERNETES_VERSIONS[version];
}
