import {
  DEFAULT_KUBERNETES_VERSION,
  KUBERNETES_VERSIONS,
  newestInStandardSupport,
  SUPPORT_WINDOWS_READ,
  SUPPORTED_KUBERNETES_VERSIONS,
  supportPhase,
} from '../../src/eks/kubernetes-versions';
import { isIsoDate } from '../../src/config/today';

describe('the support-window table', () => {
  it('has both ends of every offered version as real days, extended support 12 months after standard', () => {
    expect(SUPPORTED_KUBERNETES_VERSIONS).toEqual(['1.32', '1.33', '1.34', '1.35', '1.36']);
    for (const [version, window] of Object.entries(KUBERNETES_VERSIONS)) {
      expect({ version, standard: isIsoDate(window.endOfStandardSupport) }).toEqual({ version, standard: true });
      expect({ version, extended: isIsoDate(window.endOfExtendedSupport) }).toEqual({ version, extended: true });
      // The EKS calendar: extended support "will end after the next 12 months".
      const [y, m, d] = window.endOfStandardSupport.split('-');
      expect(window.endOfExtendedSupport).toBe(`${Number(y) + 1}-${m}-${d}`);
      expect(window.source.length).toBeGreaterThan(10);
    }
  });

  it('holds the dates of the EKS calendar the issue quotes', () => {
    expect(KUBERNETES_VERSIONS['1.34'].endOfStandardSupport).toBe('2026-12-02');
    expect(KUBERNETES_VERSIONS['1.35'].endOfStandardSupport).toBe('2027-03-27');
  });

  it('defaults to the newest version in standard support on the day the table was read', () => {
    expect(SUPPORT_WINDOWS_READ.date).toBe('2026-12-02');
    expect(newestInStandardSupport(SUPPORT_WINDOWS_READ.date)).toBe(DEFAULT_KUBERNETES_VERSION);
    expect(DEFAULT_KUBERNETES_VERSION).toBe('1.36');
  });
});

describe('supportPhase', () => {
  it('starts extended support at the beginning of the end-of-standard day (UTC), as EKS bills it', () => {
    expect(supportPhase('1.34', '2026-12-01')).toBe('standard');
    expect(supportPhase('1.34', '2026-12-02')).toBe('extended');
    expect(supportPhase('1.34', '2027-12-01')).toBe('extended');
    expect(supportPhase('1.34', '2027-12-02')).toBe('ended');
  });

  it('puts 1.32 and 1.33 in extended support on 2026-12-02, and 1.35 and 1.36 in standard', () => {
    const today = '2026-12-02';
    expect(SUPPORTED_KUBERNETES_VERSIONS.map((v) => [v, supportPhase(v, today)])).toEqual([
      ['1.32', 'extended'],
      ['1.33', 'extended'],
      ['1.34', 'extended'],
      ['1.35', 'standard'],
      ['1.36', 'standard'],
    ]);
  });

  it('refuses a version that is not offered', () => {
    expect(() => supportPhase('1.31', '2026-01-01')).toThrow(/1\.31 is not offered; expected one of 1\.32/);
  });
});
