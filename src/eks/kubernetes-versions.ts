/**
 * The Kubernetes versions this project deploys on EKS, each with its support window: the last day of standard
 * support and of extended support (UTC). EKS bills a cluster at the extended-support rate from the beginning of the
 * day its version reaches the end of standard support (UTC+0), and after the end of extended support it creates no
 * cluster of that version and upgrades existing ones itself ("Understand the Kubernetes version lifecycle on EKS",
 * Amazon EKS user guide: https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html).
 *
 * 1.31 leaves extended support on 2026-11-26 and is not offered.
 */
export interface SupportWindow {
  /** First day (UTC) the version is in extended support, billed at the extended rate: YYYY-MM-DD. */
  readonly endOfStandardSupport: string;
  /** First day (UTC) EKS no longer supports the version: YYYY-MM-DD. */
  readonly endOfExtendedSupport: string;
  /** Where the dates come from. */
  readonly source: string;
}

/** When the table was read, and from where. */
export const SUPPORT_WINDOWS_READ = {
  date: '2026-12-02',
  calendar: 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html#kubernetes-release-calendar',
} as const;

const CALENDAR = 'Amazon EKS user guide, Kubernetes release calendar';

export const KUBERNETES_VERSIONS = {
  '1.32': { endOfStandardSupport: '2026-03-23', endOfExtendedSupport: '2027-03-23', source: CALENDAR },
  '1.33': { endOfStandardSupport: '2026-07-29', endOfExtendedSupport: '2027-07-29', source: CALENDAR },
  '1.34': { endOfStandardSupport: '2026-12-02', endOfExtendedSupport: '2027-12-02', source: CALENDAR },
  '1.35': {
    endOfStandardSupport: '2027-03-27',
    endOfExtendedSupport: '2028-03-27',
    // The stored copies of the calendar read end at 1.34.
    source:
      'AWS samples "EKS Version Support Calendar" (eks-operation-review, verified against the EKS calendar on 2026-04-24) and endoflife.date/amazon-eks',
  },
  '1.36': {
    endOfStandardSupport: '2027-08-02',
    endOfExtendedSupport: '2028-08-02',
    // No copy of the calendar with a 1.36 row was found; the release date is the EKS release notes', and both ends
    // follow the calendar's rule (standard support 14 months from the EKS release, extended 12 more).
    source:
      "EKS release notes (1.36 available on EKS 2026-06-02); end of standard support 2027-08-02 as published by devopsdreams (2026-08-16), 14 months after the EKS release by the user guide's rule; end of extended support 12 months later by the same rule",
  },
} as const satisfies Readonly<Record<string, SupportWindow>>;

export type KubernetesVersion = keyof typeof KUBERNETES_VERSIONS;

export const SUPPORTED_KUBERNETES_VERSIONS = Object.keys(KUBERNETES_VERSIONS) as KubernetesVersion[];

export function isSupportedKubernetesVersion(value: string): value is KubernetesVersion {
  return Object.prototype.hasOwnProperty.call(KUBERNETES_VERSIONS, value);
}

/**
 * The version a config gets without `cluster.kubernetesVersion`: the newest one in standard support on the day the
 * table was read ({@link SUPPORT_WINDOWS_READ}). A constant, not computed from today's date, so that the same config
 * synthesizes the same cluster on every day; a test keeps it the newest in standard support on that day.
 */
export const DEFAULT_KUBERNETES_VERSION: KubernetesVersion = '1.36';

/** The support window of an offered version. */
export function supportWindow(version: string): SupportWindow {
  if (!isSupportedKubernetesVersion(version)) {
    throw new Error(
      `Kubernetes ${version} is not offered; expected one of ${SUPPORTED_KUBERNETES_VERSIONS.join(', ')}`,
    );
  }
  return KUBERNETES_VERSIONS[version];
}

export type SupportPhase = 'standard' | 'extended' | 'ended';

/** Where a version stands on a day (YYYY-MM-DD, UTC): each window starts at the beginning of its first day. */
export function supportPhase(version: string, today: string): SupportPhase {
  const window = supportWindow(version);
  if (today >= window.endOfExtendedSupport) return 'ended';
  if (today >= window.endOfStandardSupport) return 'extended';
  return 'standard';
}

/** The newest offered version in standard support on a day, if any. */
export function newestInStandardSupport(today: string): KubernetesVersion | undefined {
  const inStandard = SUPPORTED_KUBERNETES_VERSIONS.filter((v) => supportPhase(v, today) === 'standard');
  return inStandard.sort(compareVersions).at(-1);
}

function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor] = a.split('.').map(Number);
  const [bMajor, bMinor] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** EKS add-on version strings look like `v1.22.4-eksbuild.3`. */
export const EKS_ADDON_VERSION_PATTERN = /^v\d+\.\d+\.\d+-eksbuild\.\d+$/;
