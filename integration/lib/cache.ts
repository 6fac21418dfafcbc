import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';

/**
 * Where the suite installs its tools: `$SPARK_EKS_TOOLS_CACHE`, else `$XDG_CACHE_HOME/spark-eks-fargate/tools`,
 * else `~/.cache/spark-eks-fargate/tools`. Outside the clone on purpose, so a fresh clone (as CI makes) reuses it.
 */
export function toolsCache(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.SPARK_EKS_TOOLS_CACHE?.trim();
  if (chosen) return path.resolve(chosen);
  const xdg = env.XDG_CACHE_HOME?.trim();
  return path.join(xdg ? path.resolve(xdg) : path.join(homedir(), '.cache'), 'spark-eks-fargate', 'tools');
}

/** A folder of the cache, created if missing. */
export function cacheDir(...parts: string[]): string {
  const dir = path.join(toolsCache(), ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const COMPLETE = '.complete';

/**
 * Installs into `<cache>/<name>` once. The folder counts as installed only once `install` has returned and a marker
 * is written; a folder without the marker (an interrupted install) is removed and installed again. Installs happen in
 * place, since virtual environments and Go binaries record their own path.
 */
export async function installOnce(
  name: string,
  install: (dir: string) => Promise<void>,
): Promise<{ dir: string; installedNow: boolean }> {
  const dir = path.join(toolsCache(), name);
  if (existsSync(path.join(dir, COMPLETE))) return { dir, installedNow: false };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await install(dir);
  writeFileSync(path.join(dir, COMPLETE), `${new Date().toISOString()}\n`);
  return { dir, installedNow: true };
}
