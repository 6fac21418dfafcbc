import { rmSync } from 'node:fs';
import { Testing, TerraformStack } from 'cdktf';

Testing.setupJest();

// Testing.app and Testing.fullSynth make a temporary folder each (cdktf.outdir.*) and never remove it: the folders
// they make during a test file are removed once the file has run. A folder the test chose itself is left alone.
const made: string[] = [];
const { app, fullSynth } = Testing;
Testing.app = (options?: Parameters<typeof app>[0]) => {
  const created = app.call(Testing, options);
  if (!options?.outdir) made.push(created.outdir);
  return created;
};
Testing.fullSynth = (stack: TerraformStack) => {
  const outdir = fullSynth.call(Testing, stack);
  made.push(outdir);
  return outdir;
};
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
