import { runsPerMonth } from '../../src/config/cron-runs';

describe('runsPerMonth', () => {
  it.each([
    ['0 * * * *', 720],
    ['@hourly', 720],
    ['0 3 * * *', 30],
    ['@daily', 30],
    ['*/15 * * * *', 2880],
    ['@every 30m', 1440],
    ['@every 1h30m', 480],
    ['@weekly', 4.27],
    ['0 3 1 * *', 0.99],
    ['@yearly', 0.08],
  ])('%s runs %d times in a 30-day month', (cron, runs) => {
    expect(runsPerMonth(cron)).toBe(runs);
  });

  it('combines day-of-month and day-of-week with OR when both are restricted, as robfig/cron does', () => {
    // Days of 2027 (UTC) that are a 1st or match the day-of-week set, counted directly.
    const days = (weekdays: number[]) => {
      let n = 0;
      for (let d = Date.UTC(2027, 0, 1); d < Date.UTC(2028, 0, 1); d += 86_400_000) {
        const day = new Date(d);
        if (day.getUTCDate() === 1 || weekdays.includes(day.getUTCDay())) n += 1;
      }
      return Math.round((n * 30 * 100) / 365) / 100;
    };
    expect(runsPerMonth('0 0 1 * mon')).toBe(days([1]));
    // A stepped day-of-week is no star: still OR.
    expect(runsPerMonth('0 0 1 * */2')).toBe(days([0, 2, 4, 6]));
    // A star day-of-week makes it AND: the 1st only.
    expect(runsPerMonth('0 0 1 * *')).toBe(Math.round((12 * 30 * 100) / 365) / 100);
  });

  it('counts in the time zone of CRON_TZ, where daylight saving time skips and repeats local times', () => {
    // 02:30 does not exist on 2027-03-28 in Berlin and happens twice on 2027-10-31: 365 runs a year all the same.
    expect(runsPerMonth('CRON_TZ=Europe/Berlin 30 2 * * *')).toBe(30);
    // Hourly runs on the hour are the same in any zone; a weekday office-hours schedule is 9 runs a weekday.
    expect(runsPerMonth('CRON_TZ=America/New_York 0 * * * *')).toBe(720);
    expect(runsPerMonth('TZ=Asia/Kolkata 0 9-17 * * 1-5')).toBe(Math.round((261 * 9 * 30 * 100) / 365) / 100);
  });

  it('knows nothing of an expression the operator refuses', () => {
    expect(runsPerMonth('0 25 * * *')).toBeUndefined();
    expect(runsPerMonth('CRON_TZ=Mars/Olympus 0 * * * *')).toBeUndefined();
  });
});
