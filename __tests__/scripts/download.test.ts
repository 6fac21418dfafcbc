import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/load';
import { download, DownloadError } from '../../scripts/download';

/** Rejects the way Node's fetch does when a host name does not resolve. */
const unresolvable: typeof fetch = async (input) => {
  const host = new URL(String(input)).hostname;
  throw new TypeError('fetch failed', {
    cause: Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND', hostname: host }),
  });
};

describe('download', () => {
  it('names the URL, the network reason and what to do, not just "fetch failed"', async () => {
    const failure = download('https://host.invalid/a.jar', 'do this instead', unresolvable);
    await expect(failure).rejects.toThrow(DownloadError);
    await expect(failure).rejects.toThrow(
      'GET https://host.invalid/a.jar failed: getaddrinfo ENOTFOUND host.invalid ' +
        '(is this machine offline, or behind a proxy?); do this instead',
    );
  });

  it('names the HTTP status of a refused request, and returns the bytes of a good one', async () => {
    const status =
      (code: number): typeof fetch =>
      async () =>
        new Response('body', { status: code });
    await expect(download('https://host.invalid/a', 'retry', status(404))).rejects.toThrow(
      'GET https://host.invalid/a: HTTP 404; retry',
    );
    expect((await download('https://host.invalid/a', 'retry', status(200))).toString()).toBe('body');
  });
});

describe('npm run checksums offline', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'spark-eks-offline-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says which URL failed and what to do, and writes nothing', () => {
    // A preload that makes every fetch fail as on a machine without network.
    const offline = path.join(dir, 'offline.mjs');
    writeFileSync(
      offline,
      "globalThis.fetch = async (url) => { const e = new Error('getaddrinfo ENOTFOUND ' + new URL(url).hostname);" +
        " e.code = 'ENOTFOUND'; throw new TypeError('fetch failed', { cause: e }); };\n",
    );
    const checksums = path.join(PROJECT_ROOT, 'src', 'spark', 'checksums.json');
    const before = readFileSync(checksums, 'utf8');
    const result = spawnSync(
      process.execPath,
      ['--import', offline, '--import', 'tsx', 'scripts/pin-checksums.ts', '--all'],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /^npm run checksums: GET https:\/\/\S+\.jar(\.sha1)? failed: getaddrinfo ENOTFOUND \S+ \(is this machine offline, or behind a proxy\?\); pinning needs https:\/\/\S+; run npm run checksums where it is reachable and commit src\/spark\/checksums\.json \(nothing was written\)$/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(checksums, 'utf8')).toBe(before);
  });
});
