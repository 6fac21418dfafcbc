import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

/**
 * A content hash of a Docker build: every file of the context (path and bytes, in a fixed order), the build args,
 * and any other inputs such as the hash of the base image. Two synths of the same inputs give the same hash on any
 * machine, so it serves as the image's immutable tag and as the trigger that rebuilds it.
 */
export function buildContentHash(
  contextDir: string,
  buildArgs: Readonly<Record<string, string>> = {},
  otherInputs: readonly string[] = [],
): string {
  const hash = createHash('sha256');
  for (const file of listFiles(contextDir)) {
    hash.update(`file\0${file}\0`);
    hash.update(readFileSync(path.join(contextDir, file)));
    hash.update('\0');
  }
  for (const [key, value] of Object.entries(buildArgs).sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(`arg\0${key}\0${value}\0`);
  }
  for (const input of otherInputs) hash.update(`input\0${input}\0`);
  return hash.digest('hex');
}

/** Files below a folder, as '/'-separated relative paths, sorted. */
function listFiles(root: string, prefix = ''): string[] {
  return readdirSync(path.join(root, prefix))
    .sort()
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry}` : entry;
      return statSync(path.join(root, relative)).isDirectory() ? listFiles(root, relative) : [relative];
    });
}
