/**
 * Startup timeline of a SparkApplication's pods on Fargate.
 *
 *   npm run timeline -- <app> [--namespace ns] [--from-file pods.json] [--json]
 *   npm run timeline -- --help
 *
 * Reads `kubectl get pods -n <ns> -l sparkoperator.k8s.io/app-name=<app> -o json` (or a saved copy of that output)
 * and prints, for the driver and each executor, the seconds from the driver's creation to each milestone.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildTimeline, parsePodList, podsOfApp, renderTimeline, TimelineError } from '../src/timeline/timeline';

const USAGE = 'usage: npm run timeline -- <app> [--namespace ns] [--from-file pods.json] [--json]';
const HELP = `${USAGE}

How long each pod of a SparkApplication took to start on Fargate, in seconds after the driver pod was created.

  <app>               the SparkApplication's name
  --namespace, -n ns  its namespace (default spark-jobs)
  --from-file F       read a saved \`kubectl get pods -o json\` instead of running kubectl; only the pods of <app>
                      (label sparkoperator.k8s.io/app-name) count
  --json              print the timeline as JSON
  --help, -h          print this help
`;

interface Options {
  readonly help?: boolean;
  readonly app: string;
  readonly namespace: string;
  readonly fromFile?: string;
  readonly json: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  let app: string | undefined;
  let namespace = 'spark-jobs';
  let fromFile: string | undefined;
  let json = false;
  if (argv.includes('--help') || argv.includes('-h')) return { help: true, app: '', namespace, json };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new TimelineError(`${arg} needs a value; ${USAGE}`);
      return next;
    };
    if (arg === '--namespace' || arg === '-n') namespace = value();
    else if (arg === '--from-file') fromFile = value();
    else if (arg === '--json') json = true;
    else if (arg.startsWith('-')) throw new TimelineError(`unknown option ${arg}; ${USAGE}`);
    else if (app === undefined) app = arg;
    else throw new TimelineError(`unexpected argument ${arg}; ${USAGE}`);
  }
  if (!app) throw new TimelineError(`name the SparkApplication; ${USAGE}`);
  return { app, namespace, fromFile, json };
}

function readPods(options: Options): { text: string; source: string } {
  if (options.fromFile) {
    try {
      return { text: readFileSync(options.fromFile, 'utf8'), source: options.fromFile };
    } catch (error) {
      throw new TimelineError(`cannot read ${options.fromFile}: ${(error as Error).message}`);
    }
  }
  const args = [
    'get',
    'pods',
    '-n',
    options.namespace,
    '-l',
    `sparkoperator.k8s.io/app-name=${options.app}`,
    '-o',
    'json',
  ];
  const result = spawnSync('kubectl', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new TimelineError(
      missing
        ? 'kubectl is not on PATH; install it, or pass --from-file with saved output'
        : `kubectl: ${result.error.message}`,
    );
  }
  if (result.status !== 0) {
    throw new TimelineError(
      `kubectl ${args.join(' ')} failed: ${result.stderr.trim().split('\n')[0] || `exit ${result.status}`}`,
    );
  }
  return { text: result.stdout, source: 'kubectl output' };
}

try {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(HELP);
  } else {
    const { text, source } = readPods(options);
    const what = `SparkApplication ${options.app} in namespace ${options.namespace}`;
    const pods = parsePodList(text, source);
    // kubectl selected by the label already; a saved file may hold any pods.
    const timeline = buildTimeline(options.fromFile ? podsOfApp(pods, options.app, source) : pods, what);
    process.stdout.write(options.json ? `${JSON.stringify(timeline, null, 2)}\n` : renderTimeline(timeline, what));
  }
} catch (error) {
  if (!(error instanceof TimelineError)) throw error;
  console.error(`timeline: ${error.message}`);
  process.exitCode = 1;
}
