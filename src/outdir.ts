import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { ConfigError } from './config/errors';

/**
 * Why `outdir` cannot receive the synthesized files, naming `setting` (e.g. `CDKTF_OUTDIR`) as the place to fix it;
 * undefined when it can. Checked before anything is built, so a file in the way is a clear error, not a crash.
 */
export function outdirProblem(outdir: string, setting: string): ConfigError | undefined {
  let existing = path.resolve(outdir);
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  if (!existsSync(existing) || statSync(existing).isDirectory()) return undefined;
  const where =
    existing === path.resolve(outdir) ? `${outdir} is a file` : `${existing} is a file, so ${outdir} cannot be created`;
  return new ConfigError(setting, [
    { path: '', message: `${where}; point ${setting} at a folder (default cdktf.out) or move the file away` },
  ]);
}
