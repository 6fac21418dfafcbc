import { ConfigError } from '../../src/config/errors';
import { isIsoDate, todayFromEnv, todayUtc } from '../../src/config/today';

describe('today', () => {
  it('is the UTC day, also just before midnight elsewhere', () => {
    expect(todayUtc(new Date('2026-12-02T23:30:00-05:00'))).toBe('2026-12-03');
  });

  it('takes SPARK_EKS_TODAY when it is a real day, else the clock', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    expect(todayFromEnv({ SPARK_EKS_TODAY: '2027-03-27' }, now)).toBe('2027-03-27');
    expect(todayFromEnv({ SPARK_EKS_TODAY: ' ' }, now)).toBe('2026-05-01');
    expect(todayFromEnv({}, now)).toBe('2026-05-01');
  });

  it.each(['2026-02-30', '2026-1-01', 'tomorrow', '2026-12-02T00:00:00Z'])('refuses SPARK_EKS_TODAY=%s', (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(() => todayFromEnv({ SPARK_EKS_TODAY: value })).toThrow(ConfigError);
    expect(() => todayFromEnv({ SPARK_EKS_TODAY: value })).toThrow(
      `SPARK_EKS_TODAY: expected a calendar day written YYYY-MM-DD, e.g. 2026-12-02 (got "${value}")`,
    );
  });
});
