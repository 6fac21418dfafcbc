import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { AnyStage } from './lib/stage';

/**
 * Every stage: each file of `checks/` exports one as `stage`. Ordered by `order`, cheap and static first, so the
 * slow engines run last.
 */
function loadStages(): AnyStage[] {
  const dir = path.join(__dirname, 'checks');
  const stages = readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(path.join(dir, file)) as { stage?: AnyStage };
      if (!module.stage) throw new Error(`integration/checks/${file} exports no stage`);
      return module.stage;
    });
  return stages.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

export const STAGES: readonly AnyStage[] = loadStages();
