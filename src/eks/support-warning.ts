import { environmentPrice, PriceOverrides } from '../pricing/environment-pricing';
import { newestInStandardSupport, supportPhase, supportWindow } from './kubernetes-versions';

/** The EKS control plane's hourly price per cluster, by the support phase of its version. */
export interface ControlPlaneRates {
  readonly standardUsdPerHour: number;
  readonly extendedUsdPerHour: number;
}

/**
 * The control plane's prices in a region, from the price table (src/pricing/environment-prices.json: $0.10 per
 * cluster-hour in standard support, $0.60 in extended support, AWS Containers blog) or the config's override.
 */
export function controlPlaneRates(region: string, overrides: PriceOverrides = {}): ControlPlaneRates {
  const standard = environmentPrice('eksClusterHour', region, overrides).usd;
  const extended = environmentPrice('eksExtendedClusterHour', region, overrides).usd;
  if (standard === null || extended === null) throw new Error(`the price table has no EKS control plane price`);
  return { standardUsdPerHour: standard, extendedUsdPerHour: extended };
}

export const EKS_CONTROL_PLANE_RATES: ControlPlaneRates = controlPlaneRates('us-east-1');

/** How many days before the end of standard support synth starts to warn. */
export const SUPPORT_WARNING_DAYS = 90;

export type SupportType = 'STANDARD' | 'EXTENDED';

/** Whole days from one YYYY-MM-DD to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const usd = (value: number) => `$${value.toFixed(2)}`;

/**
 * What synth says about the configured version's support window on `today` (YYYY-MM-DD, UTC), or undefined when
 * there is nothing to say: it warns while the version is in extended support (billed at the higher rate) or past
 * it, and from {@link SUPPORT_WARNING_DAYS} days before it leaves standard support. Only this message depends on the
 * date; the synthesized stacks never do.
 */
export function supportWindowWarning(
  version: string,
  supportType: SupportType,
  today: string,
  rates: ControlPlaneRates = EKS_CONTROL_PLANE_RATES,
): string | undefined {
  const window = supportWindow(version);
  const newest = newestInStandardSupport(today);
  const upgrade = newest ? `${newest}, the newest version in standard support` : 'a version in standard support';
  const prices = `${usd(rates.extendedUsdPerHour)} an hour instead of ${usd(rates.standardUsdPerHour)}`;
  const more = rates.extendedUsdPerHour - rates.standardUsdPerHour;
  const key = `cluster.kubernetesVersion ${version}`;
  const phase = supportPhase(version, today);

  if (phase === 'ended') {
    return `${key} left EKS extended support on ${window.endOfExtendedSupport}: EKS creates no cluster of it any more and upgrades existing ones itself. Choose ${upgrade}.`;
  }
  if (phase === 'extended') {
    const standardRefused =
      supportType === 'STANDARD'
        ? ' cluster.supportType STANDARD cannot apply: a cluster in extended support cannot switch it off (EKS user guide, "Disable EKS extended support"); set EXTENDED, or upgrade.'
        : '';
    return `${key} is in EKS extended support since ${window.endOfStandardSupport} (until ${window.endOfExtendedSupport}): the control plane costs ${prices} in standard support (${usd(more)} an hour, ${usd(more * 720)} a 30-day month, more). Upgrade to ${upgrade}.${standardRefused}`;
  }
  const days = daysBetween(today, window.endOfStandardSupport);
  if (days > SUPPORT_WARNING_DAYS) return undefined;
  const when = `on ${window.endOfStandardSupport} (in ${days} day${days === 1 ? '' : 's'})`;
  if (supportType === 'STANDARD') {
    return `${key} leaves EKS standard support ${when}: with cluster.supportType STANDARD, AWS then upgrades the cluster to the next version itself, so it never pays the extended-support price (${prices}). Upgrade to ${upgrade}, before then to choose the moment.`;
  }
  return `${key} leaves EKS standard support ${when}: from that day the control plane costs ${prices} (cluster.supportType EXTENDED keeps it on ${version} until ${window.endOfExtendedSupport}). Upgrade to ${upgrade}, before then.`;
}
