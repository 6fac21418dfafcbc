import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildContentHash } from '../../src/docker/context-hash';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function context(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ctx-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('buildContentHash', () => {
  const files = { Dockerfile: 'FROM x\n', 'main.py': 'print(1)\n', 'lib/util.py': 'X = 1\n' };

  it('is the same for the same content in another folder', () => {
    expect(buildContentHash(context(files))).toBe(buildContentHash(context(files)));
  });

  it.each([
    ['a file changes', { ...files, 'main.py': 'print(2)\n' }, {}, []],
    ['a file is added', { ...files, 'extra.py': '' }, {}, []],
    [
      'a file moves',
      { Dockerfile: files.Dockerfile, 'lib/main.py': files['main.py'], 'lib/util.py': files['lib/util.py'] },
      {},
      [],
    ],
    ['a build arg changes', files, { A: '2' }, []],
    ['another input changes', files, { A: '1' }, ['base-2']],
  ])('changes when %s', (_name, changed, args, inputs) => {
    const before = buildContentHash(context(files), { A: '1' }, ['base-1']);
    expect(buildContentHash(context(changed), { A: '1', ...args }, inputs.length ? inputs : ['base-1'])).not.toBe(
      before,
    );
  });

  it('ignores the order build args are given in', () => {
    const dir = context(files);
    expect(buildContentHash(dir, { A: '1', B: '2' })).toBe(buildContentHash(dir, { B: '2', A: '1' }));
  });

  describe('with a Dockerfile from outside the folder', () => {
    const code = { 'main.py': 'print(1)\n' };

    it('covers it: the same file gives the same hash, another file another', () => {
      const shared = context({ Dockerfile: 'FROM a\n' });
      const other = context({ Dockerfile: 'FROM b\n' });
      const withShared = buildContentHash(context(code), {}, [], { Dockerfile: path.join(shared, 'Dockerfile') });
      expect(withShared).not.toBe(buildContentHash(context(code)));
      expect(buildContentHash(context(code), {}, [], { Dockerfile: path.join(shared, 'Dockerfile') })).toBe(withShared);
      expect(buildContentHash(context(code), {}, [], { Dockerfile: path.join(other, 'Dockerfile') })).not.toBe(
        withShared,
      );
    });

    it('refuses one the folder already has', () => {
      const shared = context({ Dockerfile: 'FROM a\n' });
      expect(() =>
        buildContentHash(context({ ...code, Dockerfile: 'FROM b\n' }), {}, [], {
          Dockerfile: path.join(shared, 'Dockerfile'),
        }),
      ).toThrow(/has its own Dockerfile/);
    });
  });
});
