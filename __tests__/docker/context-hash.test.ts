import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildContentHash } from '../../src/docker/context-hash';

function context(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ctx-'));
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
});
