import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

/**
 * A content hash of a Docker build: every file of the context (path and bytes, in a fixed order), the build args,
 * and any other inputs such as the hash of the base image. Two synths of the same inputs give the same hash on any
 * machine, so it serves as the image's immutable tag and as the trigger that rebuilds it.
 *
 * `extraFiles` are files that the synthesized context holds beyond the folder (such as the shared job Dockerfile),
 * by their path in the context; they are hashed like the folder's own, after them, so a folder without extra files
 * keeps the hash it always had.
 */
export function buildContentHash(
  contextDir: string,
  buildArgs: Readonly<Record<string, string>> = {},
  otherInputs: readonly string[] = [],
  extraFiles: Readonly<Record<string, string>> = {},
): string {
  const hash = createHash('sha256');
  const own = listFiles(contextDir);
  const extra = Object.keys(extraFiles).sort();
  const clash = extra.find((file) => own.includes(file));
  if (clash) throw new Error(`${contextDir} has its own ${clash}; it cannot also come from ${extraFiles[clash]}`);
  const sources: [string, string][] = [
    ...own.map((file): [string, string] => [file, path.join(contextDir, file)]),
    ...extra.map((file): [string, string] => [file, extraFiles[file]]),
  ];
  for (const [file, source] of sources) {
    hash.update(`file\0${file}\0`);
    hash.update(readFileSync(source));
    hash.update('\0');
  }
  for (const [key, value] of Object.entries(buildArgs).sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(`arg\0${key}\0${value}\0`);
  }
  for (const input of otherInputs) hash.update(`input\0${input}\0`);
  return hash.digest('hex');
}

/** Files below a folder, as '/'-separated relative paths, sorted. */
export function listFiles(root: string, prefix = ''): string[] {
  return readdirSync(path.join(root, prefix))
    .sort()
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry}` : entry;
      return statSync(path.join(root, relative)).isDirectory() ? listFiles(root, relative) : [relative];
    });
}
