import { run } from '../../integration/lib/exec';
import { atNiceness, prioritized } from '../../integration/lib/lanes';
import { Processes } from '../../integration/lib/processes';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

describe('lanes (the niceness of the commands a lane starts)', () => {
  it('leaves a command as given outside a lane', () => {
    expect(prioritized('terraform', ['plan'])).toEqual(['terraform', ['plan']]);
  });

  it('runs every command of a lane under nice, also across awaits and in nested calls', async () => {
    const outside = Number((await run('nice', [])).stdout.trim());
    const inside = await atNiceness(7, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return Promise.all([run('nice', []), (async () => run('nice', []))()]);
    });
    // nice caps at 19: under a runner niced already, the lane's commands reach 19.
    const expected = Math.min(outside + 7, 19);
    expect(inside.map((result) => Number(result.stdout.trim()))).toEqual([expected, expected]);
    // The context ends with the lane.
    expect(Number((await run('nice', [])).stdout.trim())).toBe(outside);
  });

  it('starts a long-running engine of a lane under nice too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lanes-test-'));
    try {
      const processes = new Processes(dir);
      const component = await atNiceness(5, async () => processes.spawn('nice', 'nice', []));
      // Its output reaches the log file through a stream: wait for the line, not for the exit.
      const logged = () => existsSync(component.log) && readFileSync(component.log, 'utf8').trim() !== '';
      for (let i = 0; i < 100 && !logged(); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      await processes.stop();
      const outside = Number((await run('nice', [])).stdout.trim());
      expect(Number(readFileSync(component.log, 'utf8').trim())).toBe(Math.min(outside + 5, 19));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a niceness nice would not take', () => {
    expect(() => atNiceness(0, async () => undefined)).toThrow('niceness 0: expected 1-19');
    expect(() => atNiceness(20, async () => undefined)).toThrow('expected 1-19');
  });
});
