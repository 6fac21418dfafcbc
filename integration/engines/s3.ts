/**
 * The S3 stand-in: one moto server on loopback for the whole suite (the spark stage's data bucket, the deploy
 * stage's state backend and data bucket), started on first use and stopped with the other engines.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { freePort } from '../lib/net';
import { Component, Processes } from '../lib/processes';
import { ensureVenv } from '../tools/python';

/** moto's default account: what `data.aws_caller_identity` and STS's GetCallerIdentity answer against it. */
export const MOTO_ACCOUNT = '123456789012';

/** Static test credentials: moto accepts any, and these never leave this machine. */
export const MOTO_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' } as const;

export interface S3Engine {
  /** `http://127.0.0.1:<port>`: S3 (by path) and STS both. */
  readonly endpoint: string;
  /** What moto has logged so far (werkzeug's request log). */
  log(): string;
  stop(): Promise<void>;
}

/** The moto environment (hash-pinned lock file tools/python/moto.txt, wheels only). */
export const motoVenv = () => ensureVenv('moto', { pipArgs: ['--only-binary', ':all:'] });

export async function startS3(): Promise<S3Engine> {
  const moto = await motoVenv();
  const dir = mkdtempSync(path.join(tmpdir(), 'spark-eks-moto-'));
  const processes = new Processes(dir);
  const stop = async () => {
    await processes.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const server: Component = processes.spawn('moto', moto.bin('moto_server'), ['-H', '127.0.0.1', '-p', String(port)]);
  try {
    await processes.waitFor(
      `moto_server on ${endpoint}`,
      30_000,
      async () => (await fetch(`${endpoint}/moto-api/`, { signal: AbortSignal.timeout(2_000) })).ok,
      [server],
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, log: () => processes.tail(server, 1_000_000), stop };
}
