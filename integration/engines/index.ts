/**
 * The local engines the stages share, each started once, on first use, and stopped together at the end of the run
 * (run.ts, in a `finally`), whatever happened: S3 (moto), the Docker engine, the registry.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { FetchedJar } from '../tools/maven';
import { DockerEngine, ensureDocker, startDocker } from './docker';
import { MavenMirror, startMavenMirror } from './maven-mirror';
import { makePki, Pki } from './pki';
import { ensureRegistry, RegistryEngine, startRegistry } from './registry';
import { startS3, S3Engine } from './s3';

type Stoppable = { stop(): Promise<void> };

class Engines {
  private readonly started = new Map<string, Promise<Stoppable>>();
  private readonly order: string[] = [];
  /** Engines of one config (its control plane), stopped by their stage, or here if the run is cut short. */
  private readonly tracked = new Set<Stoppable>();
  private runDir?: string;

  /** Registers an engine a stage started for one config; returns what its stage calls once it has stopped it. */
  track(engine: Stoppable): () => void {
    this.tracked.add(engine);
    return () => {
      this.tracked.delete(engine);
    };
  }

  private once<T extends Stoppable>(name: string, start: () => Promise<T>): Promise<T> {
    let engine = this.started.get(name);
    if (!engine) {
      engine = start();
      this.started.set(name, engine);
      this.order.push(name);
    }
    return engine as Promise<T>;
  }

  /**
   * moto on loopback: S3 and STS. A stage that counts moto's requests while others run gets one of its own (`owner`).
   */
  s3(owner = 'shared'): Promise<S3Engine> {
    return this.once(`s3:${owner}`, startS3);
  }

  /** The suite's own certificate authority (the registry's certificate), in a temporary folder. */
  pki(): Promise<Pki & Stoppable> {
    return this.once('pki', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'spark-eks-pki-'));
      const pki = await makePki(dir);
      return { ...pki, stop: async () => rmSync(dir, { recursive: true, force: true }) };
    });
  }

  /** The Docker engine, with its data root in the tool cache (images and build cache kept between runs). */
  docker(): Promise<DockerEngine> {
    return this.once('docker', async () => startDocker(await ensureDocker()));
  }

  /** The ECR stand-in: an empty registry on loopback, TLS from the suite's CA, basic auth. */
  registry(): Promise<RegistryEngine> {
    return this.once('registry', async () => startRegistry(await ensureRegistry(), await this.pki()));
  }

  /** A Maven repository on loopback with exactly the given (verified) jars. */
  mavenMirror(jars: readonly FetchedJar[]): Promise<MavenMirror> {
    return this.once('maven-mirror', () => startMavenMirror(jars));
  }

  /** Anything else the stages share, made once (e.g. images pushed to the registry). */
  shared<T extends Stoppable>(name: string, make: () => Promise<T>): Promise<T> {
    return this.once(`shared:${name}`, make);
  }

  /** A temporary folder of the run's engines, removed at stop. */
  dir(): string {
    if (!this.runDir) this.runDir = mkdtempSync(path.join(tmpdir(), 'spark-eks-engines-'));
    return this.runDir;
  }

  /** Stops every engine started, the last started first; an engine that failed to start is skipped. */
  async stop(): Promise<void> {
    for (const engine of [...this.tracked].reverse()) await engine.stop().catch(() => undefined);
    this.tracked.clear();
    for (const name of [...this.order].reverse()) {
      const engine = await this.started.get(name)?.catch(() => undefined);
      await engine?.stop();
    }
    this.started.clear();
    this.order.length = 0;
    if (this.runDir) rmSync(this.runDir, { recursive: true, force: true });
    this.runDir = undefined;
  }
}

export const engines = new Engines();
