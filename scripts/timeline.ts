/**
 * Startup timeline of a SparkApplication's pods on Fargate.
 *
 *   npm run timeline -- <app> [--config FILE | --namespace ns] [--from-file pods.json] [--json]
 *   npm run timeline -- --help
 *
 * Reads `kubectl get pods -n <ns> -l sparkoperator.k8s.io/app-name=<app> -o json` (or a saved copy of that output)
 * and prints, for the driver and each executor, the seconds from the driver's creation to each milestone.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chooseConfig, ConfigOptionError, takeConfigOption } from '../src/config/choice';
import { closest } from '../src/config/did-you-mean';
import { ConfigError } from '../src/config/errors';
import { loadConfig } from '../src/config/load';
import { buildTimeline, parsePodList, podsOfApp, renderTimeline, TimelineError } from '../src/timeline/timeline';

const USAGE = 'usage: npm run timeline -- <app> [--config FILE | --namespace ns] [--from-file pods.json] [--json]';
const HELP = `${USAGE}

How long each pod of a SparkApplication took to start on Fargate, in seconds after the driver pod was created.

  <app>               the SparkApplication's name: a job of the config, or a run of a scheduled job
                      (<job>-<timestamp>)
  --config FILE       the config whose job it is (else SPARK_EKS_CONFIG, else config/default.yaml): the
                      namespace is the job's
  --namespace, -n ns  its namespace, for an application of no config at hand (the config is not read then)
  --from-file F       read a saved \`kubectl get pods -o json\` instead of running kubectl; only the pods of <app>
                      (label sparkoperator.k8s.io/app-name) count
  --json              print the timeline as JSON
  --help, -h          print this help
`;

interface Options {
  readonly help?: boolean;
  readonly app: string;
  /** Given with --namespace; else the job's, from the config. */
  readonly namespace?: string;
  readonly configFile?: string;
  readonly fromFile?: string;
  readonly json: boolean;
}

function parseArgs(given: readonly string[]): Options {
  let app: string | undefined;
  let namespace: string | undefined;
  let fromFile: string | undefined;
  let json = false;
  if (given.includes('--help') || given.includes('-h')) return { help: true, app: '', json };
  const { configFile, rest: argv } = takeConfigOption(given);
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
  if (namespace !== undefined && configFile !== undefined) {
    throw new TimelineError(`--namespace and --config both say where the application runs: give one; ${USAGE}`);
  }
  return { app, namespace, configFile, fromFile, json };
}

/** The namespace of the config's job that `app` is: the job itself, or a run of its schedule (`<job>-<digits>`). */
function namespaceFromConfig(app: string, configFile: string | undefined): string {
  const { config, file } = loadConfig(chooseConfig(configFile));
  const job = config.jobs.find((j) => app === j.name || (j.schedule && new RegExp(`^${j.name}-\\d+$`).test(app)));
  if (job) return job.namespace;
  const names = config.jobs.map((j) => j.name);
  const meant = closest(app, names);
  throw new TimelineError(
    `${file} has no job ${app}${meant ? `; did you mean ${meant}?` : ''} (its jobs: ${names.join(', ') || 'none'}); ` +
      `name the config that has it with --config, or its namespace with --namespace; ${USAGE}`,
  );
}

function readPods(options: Options & { namespace: string }): { text: string; source: string } {
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
  const parsed = parseArgs(process.argv.slice(2));
  if (parsed.help) {
    process.stdout.write(HELP);
  } else {
    const options = { ...parsed, namespace: parsed.namespace ?? namespaceFromConfig(parsed.app, parsed.configFile) };
    const { text, source } = readPods(options);
    const what = `SparkApplication ${options.app} in namespace ${options.namespace}`;
    const pods = parsePodList(text, source);
    // kubectl selected by the label already; a saved file may hold any pods.
    const timeline = buildTimeline(options.fromFile ? podsOfApp(pods, options.app, source) : pods, what);
    process.stdout.write(options.json ? `${JSON.stringify(timeline, null, 2)}\n` : renderTimeline(timeline, what));
  }
} catch (error) {
  if (error instanceof TimelineError) console.error(`timeline: ${error.message}`);
  else if (error instanceof ConfigOptionError) console.error(`timeline: ${error.message}; ${USAGE}`);
  else if (error instanceof ConfigError) console.error(error.message);
  else throw error;
  process.exitCode = 1;
}
