import { daysBetween, supportWindowWarning } from '../../src/eks/support-warning';

describe('supportWindowWarning', () => {
  it('says nothing while standard support lasts more than 90 days', () => {
    expect(supportWindowWarning('1.36', 'EXTENDED', '2026-12-02')).toBeUndefined();
    expect(supportWindowWarning('1.35', 'EXTENDED', '2026-12-26')).toBeUndefined(); // 91 days before 2027-03-27
  });

  it('warns from 90 days before the end of standard support, naming the day and both hourly prices', () => {
    expect(supportWindowWarning('1.35', 'EXTENDED', '2026-12-27')).toBe(
      'cluster.kubernetesVersion 1.35 leaves EKS standard support on 2027-03-27 (in 90 days): from that day the control plane costs $0.60 an hour instead of $0.10 (cluster.supportType EXTENDED keeps it on 1.35 until 2028-03-27). Upgrade to 1.36, the newest version in standard support, before then.',
    );
    expect(supportWindowWarning('1.34', 'EXTENDED', '2026-12-01')).toMatch(/on 2026-12-02 \(in 1 day\):/);
  });

  it('says that AWS upgrades the cluster itself when supportType is STANDARD', () => {
    expect(supportWindowWarning('1.35', 'STANDARD', '2027-03-01')).toBe(
      'cluster.kubernetesVersion 1.35 leaves EKS standard support on 2027-03-27 (in 26 days): with cluster.supportType STANDARD, AWS then upgrades the cluster to the next version itself, so it never pays the extended-support price ($0.60 an hour instead of $0.10). Upgrade to 1.36, the newest version in standard support, before then to choose the moment.',
    );
  });

  it('warns on every day of extended support, with the price difference per hour and per month', () => {
    expect(supportWindowWarning('1.34', 'EXTENDED', '2026-12-02')).toBe(
      'cluster.kubernetesVersion 1.34 is in EKS extended support since 2026-12-02 (until 2027-12-02): the control plane costs $0.60 an hour instead of $0.10 in standard support ($0.50 an hour, $360.00 a 30-day month, more). Upgrade to 1.36, the newest version in standard support.',
    );
    expect(supportWindowWarning('1.32', 'EXTENDED', '2027-03-22')).toMatch(
      /^cluster\.kubernetesVersion 1\.32 is in EKS extended support since 2026-03-23/,
    );
  });

  it('says that STANDARD cannot apply to a cluster already in extended support', () => {
    expect(supportWindowWarning('1.33', 'STANDARD', '2026-12-02')).toMatch(
      /is in EKS extended support since 2026-07-29 .* cluster\.supportType STANDARD cannot apply: a cluster in extended support cannot switch it off .*; set EXTENDED, or upgrade\.$/,
    );
  });

  it('says when a version has left extended support', () => {
    expect(supportWindowWarning('1.32', 'EXTENDED', '2027-03-23')).toBe(
      'cluster.kubernetesVersion 1.32 left EKS extended support on 2027-03-23: EKS creates no cluster of it any more and upgrades existing ones itself. Choose 1.36, the newest version in standard support.',
    );
  });

  it('takes the prices it is given', () => {
    expect(
      supportWindowWarning('1.34', 'EXTENDED', '2027-01-01', { standardUsdPerHour: 0.2, extendedUsdPerHour: 1.2 }),
    ).toMatch(
      /costs \$1\.20 an hour instead of \$0\.20 in standard support \(\$1\.00 an hour, \$720\.00 a 30-day month/,
    );
  });
});

describe('daysBetween', () => {
  it('counts whole UTC days, across a month and a leap day', () => {
    expect(daysBetween('2026-12-02', '2027-03-02')).toBe(90);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-02', '2026-12-02')).toBe(0);
  });
});
