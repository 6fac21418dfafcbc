import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { holdsPlaceholderAccountId } from '../../src/aws/names';
import { cronProblem } from '../../src/config/cron';
import { loadConfig, validateConfig } from '../../src/config/load';
import { parseSparkMemoryMiB, SPARK_MEMORY_HINT, SPARK_MEMORY_UNITS } from '../../src/spark/memory';
import { configErrorFor, jobRaw, rawWith } from '../../test-support/config';

const root = mkdtempSync(path.join(tmpdir(), 'spark-eks-problems-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A project folder with no job folders: every job that reaches the job checks has a missing folder. */
const emptyProject = path.join(root, 'project');
mkdirSync(emptyProject);

const pods = { driver: { cores: 1, memory: '1g' }, executor: { cores: 1, memory: '1g', instances: 1 } };

/** The lines of the ConfigError a raw config gives in a project without job folders. */
function problemLines(raw: Record<string, unknown>): string[] {
  return configErrorFor(raw, { projectRoot: emptyProject }).message.split('\n');
}

const folderMissing = (i: number, name: string) =>
  new RegExp(`^test\\.yaml: jobs\\[${i}\\] \\(${name}\\)\\.name: has no folder docker/jobs/${name}/`);

const SIZING_TOO_LARGE =
  'asks for 16 vCPU and 172032 MiB with overhead, more than the largest Fargate size (16 vCPU / 120 GB); lower cores or memory';

describe('every mistake in one run', () => {
  it('reports a schema mistake, a sizing mistake and a job-folder mistake together', () => {
    const raw = rawWith({
      region: 'mars-1',
      jobs: [jobRaw({ name: 'ghost', ...pods, executor: { cores: 16, memory: '120g', instances: 1 } })],
    });
    const lines = problemLines(raw);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^test\.yaml: region: unknown AWS region; expected one of .* \(got "mars-1"\)$/);
    expect(lines[1]).toBe(`test.yaml: jobs[0] (ghost).executor: ${SIZING_TOO_LARGE}`);
    expect(lines[2]).toMatch(folderMissing(0, 'ghost'));
  });

  it('runs each section’s own cross-checks on the fields that parsed, even when a sibling field has an error', () => {
    const lines = problemLines(
      rawWith({
        network: { vpcCidr: '10.0.0.0/8', azCount: '2' },
        cluster: { publicAccessCidrs: ['0.0.0.0/0'], kubernetesVersion: 1.35 },
        namespaces: { operator: 5, jobs: ['kube-system', 'kube-system'] },
      }),
    );
    const at = (key: string) => lines.filter((line) => line.startsWith(`test.yaml: ${key}:`));
    expect(at('network.azCount')).toHaveLength(1);
    expect(at('network.vpcCidr')).toEqual([expect.stringMatching(/a \/8 VPC is too large/)]);
    expect(at('cluster.kubernetesVersion')).toHaveLength(1);
    expect(at('cluster.publicAccessCidrs[0]')).toEqual([expect.stringMatching(/whole internet/)]);
    expect(at('namespaces.operator')).toHaveLength(1);
    expect(at('namespaces.jobs[0]')).toEqual([expect.stringMatching(/kube-system is managed by Kubernetes or EKS/)]);
    expect(at('namespaces.jobs[1]')).toEqual([
      expect.stringMatching(/kube-system is managed by Kubernetes or EKS/),
      expect.stringMatching(/duplicate namespace/),
    ]);
  });

  it('checks the jobs that parsed even when others have type errors, keeping each job at its place', () => {
    const raw = rawWith({
      jobs: [
        jobRaw({ name: 'typo', ...pods, executor: { cores: 'one', memory: '1g', instances: 1 } }),
        jobRaw({ name: 'elsewhere', namespace: 'other', ...pods }),
        jobRaw({ name: 'typo', ...pods, driver: { cores: 16, memory: '120g' } }),
      ],
    });
    const lines = problemLines(raw);
    expect(lines).toEqual([
      'test.yaml: jobs[0] (typo).executor.cores: expected a number, not text (got "one")',
      'test.yaml: jobs[2] (typo).name: duplicate job name; every job needs its own name (got "typo")',
      'test.yaml: jobs[1] (elsewhere).namespace: runs in a namespace without a Fargate profile; expected one of namespaces.jobs: spark-jobs (got "other")',
      // The name is in question, so the sizing line names the job by its place only.
      `test.yaml: jobs[2] (typo).driver: ${SIZING_TOO_LARGE}`,
      // A missing folder depends on the name alone: no consequence of the other errors, so it is reported too.
      expect.stringMatching(folderMissing(0, 'typo')),
      expect.stringMatching(folderMissing(1, 'elsewhere')),
    ]);
  });

  it('never reports a consequence of a mistake already reported', () => {
    const raw = rawWith({
      jobs: [
        // Its executor memory is not a size: no sizing of that pod; its folder, which needs only the name, is checked.
        jobRaw({ name: 'bad-memory', ...pods, executor: { cores: 16, memory: '120x', instances: 1 } }),
        // Its name is not a DNS label: the pods are still sized, but no folder is looked for under that name.
        jobRaw({ name: 'Bad_Name', ...pods, driver: { cores: 16, memory: '120g' } }),
      ],
    });
    const lines = problemLines(raw);
    expect(lines).toEqual([
      expect.stringMatching(
        /^test\.yaml: jobs\[0\] \(bad-memory\)\.executor\.memory: expected a Spark memory size: .*\(got "120x"\)$/,
      ),
      expect.stringMatching(/^test\.yaml: jobs\[1\] \(Bad_Name\)\.name: a job name must be a DNS label/),
      `test.yaml: jobs[1] (Bad_Name).driver: ${SIZING_TOO_LARGE}`,
      expect.stringMatching(folderMissing(0, 'bad-memory')),
    ]);
  });

  it('runs the cross-section checks on the sections that parsed', () => {
    const raw = rawWith({
      network: { azCount: 'two' },
      spark: { line: 4 },
      dataBucket: { name: 'spark-eks-tfstate-test' },
    });
    expect(problemLines(raw)).toEqual([
      'test.yaml: network.azCount: expected a number, not text (got "two")',
      "test.yaml: spark.line: expected a Spark line, one of 4.0, as text: YAML reads the unquoted 4 as a number; quote it: '4' (got 4)",
      'test.yaml: dataBucket.name: is the name of the state bucket (stateBucket.name); the data bucket needs a name of its own, since one bucket cannot be both and S3 bucket names are global (got "spark-eks-tfstate-test")',
    ]);
  });
});

describe('messages', () => {
  /** A project whose only job folder is the one jobRaw names, so a job's folder is never the mistake here. */
  const withJobFolder = path.join(root, 'with-job-folder');
  mkdirSync(path.join(withJobFolder, 'docker', 'jobs', String(jobRaw().name)), { recursive: true });

  /** The one line of the error for a raw config that has exactly one mistake. */
  const onlyLine = (raw: Record<string, unknown>) => {
    const lines = configErrorFor(raw, { projectRoot: withJobFolder }).message.split('\n');
    expect(lines).toHaveLength(1);
    return lines[0];
  };

  it('separates an unknown key from the keys allowed there', () => {
    expect(onlyLine(rawWith({ network: { subnets: 3 } }))).toBe(
      'test.yaml: network.subnets: unknown key; allowed keys here: vpcCidr, azCount, natGateways, vpcEndpoints',
    );
    expect(onlyLine(rawWith({ network: { azCout: 3 } }))).toBe(
      'test.yaml: network.azCout: unknown key; did you mean "azCount"? Allowed keys here: vpcCidr, azCount, natGateways, vpcEndpoints',
    );
  });

  it('says why 0 memory is refused', () => {
    const min =
      "Spark does not start with less than 465m: it needs a JVM heap of at least 450 MiB (1.5 × the 300 MiB it reserves), and with 1 vCPU the JVM's heap is about 1/30 smaller than this memory; expected at least 465m";
    expect(onlyLine(rawWith({ jobs: [jobRaw({ ...pods, driver: { cores: 1, memory: '0g' } })] }))).toBe(
      `test.yaml: jobs[0] (spark-pi).driver.memory: ${min} (got "0g")`,
    );
    expect(
      onlyLine(
        rawWith({
          jobs: [jobRaw({ ...pods, executor: { cores: 1, memory: '1g', memoryOverhead: '0m', instances: 1 } })],
        }),
      ),
    ).toBe(
      'test.yaml: jobs[0] (spark-pi).executor.memoryOverhead: 0 leaves no pod memory outside the JVM heap, for the JVM itself or the Python workers, so the pod is OOM-killed; leave memoryOverhead out for Spark\'s max(memoryOverheadFactor × memory, 384m), or set at least 1m (got "0m")',
    );
  });

  it('refuses memory below what Spark starts with, and accepts the least that starts', () => {
    const withExecutorMemory = (memory: string) =>
      rawWith({ jobs: [jobRaw({ ...pods, executor: { cores: 1, memory, instances: 1 } })] });
    for (const memory of ['464m', '475136k', '450M']) {
      expect(onlyLine(withExecutorMemory(memory))).toMatch(
        new RegExp(
          `^test\\.yaml: jobs\\[0\\] \\(spark-pi\\)\\.executor\\.memory: Spark does not start with less than 465m: .* \\(got "${memory}"\\)$`,
        ),
      );
    }
    for (const memory of ['465m', '476160kb', '1g']) {
      expect(validateConfig(withExecutorMemory(memory), 'test.yaml').config.jobs[0].executor.memory).toBe(memory);
    }
  });

  it.each(['10.0.0.0/8', '10.0.0.0/15'])('calls the VPC %s too large, as AWS does', (cidr) => {
    const prefix = cidr.split('/')[1];
    expect(onlyLine(rawWith({ network: { vpcCidr: cidr } }))).toBe(
      `test.yaml: network.vpcCidr: a /${prefix} VPC is too large: AWS's largest VPC is a /16; expected a prefix length from /16 to /22 (got "${cidr}")`,
    );
  });

  it('calls a VPC too small for its subnets too small', () => {
    expect(onlyLine(rawWith({ network: { vpcCidr: '10.0.0.0/23' } }))).toBe(
      'test.yaml: network.vpcCidr: a /23 VPC is too small: it cannot hold 2 private subnets of at least /24 and 2 public subnets; expected a prefix length from /16 to /22 (got "10.0.0.0/23")',
    );
  });

  it('shows a bad Fargate size as written', () => {
    expect(onlyLine(rawWith({ historyServer: { size: { vcpu: 3, memoryGiB: 5 } } }))).toMatch(
      /^test\.yaml: historyServer\.size: not a Fargate size; valid sizes: .* \(got \{ vcpu: 3, memoryGiB: 5 \}\)$/,
    );
  });

  it('names exactly the memory units that are accepted', () => {
    expect(SPARK_MEMORY_UNITS).toEqual(['k', 'kb', 'm', 'mb', 'g', 'gb', 't', 'tb']);
    expect(SPARK_MEMORY_HINT).toBe(
      'a whole number with a unit k, kb, m, mb, g, gb, t or tb (any case), e.g. 512m, 2g or 1536M',
    );
    for (const unit of SPARK_MEMORY_UNITS) {
      expect(parseSparkMemoryMiB(`1024${unit}`)).toBeGreaterThan(0);
      expect(parseSparkMemoryMiB(`1024${unit.toUpperCase()}`)).toBe(parseSparkMemoryMiB(`1024${unit}`));
    }
    for (const unit of ['b', 'p', 'pb', 'gib']) expect(parseSparkMemoryMiB(`1024${unit}`)).toBeUndefined();
    expect(onlyLine(rawWith({ jobs: [jobRaw({ ...pods, driver: { cores: 1, memory: '2gib' } })] }))).toBe(
      `test.yaml: jobs[0] (spark-pi).driver.memory: expected a Spark memory size: ${SPARK_MEMORY_HINT} (got "2gib")`,
    );
  });

  it('refuses a data bucket named like the state bucket', () => {
    expect(onlyLine(rawWith({ stateBucket: { name: 'acme-state' }, dataBucket: { name: 'acme-state' } }))).toBe(
      'test.yaml: dataBucket.name: is the name of the state bucket (stateBucket.name); the data bucket needs a name of its own, since one bucket cannot be both and S3 bucket names are global (got "acme-state")',
    );
  });

  it('refuses a CRON_TZ= zone the operator cannot load', () => {
    const cron = (expression: string) =>
      onlyLine(rawWith({ jobs: [jobRaw({ ...pods, schedule: { cron: expression } })] }));
    expect(cron('CRON_TZ=Mars/Olympus 0 3 * * *')).toBe(
      'test.yaml: jobs[0] (spark-pi).schedule.cron: CRON_TZ=Mars/Olympus: unknown time zone; expected an IANA time zone such as UTC, Europe/Berlin or America/New_York (got "CRON_TZ=Mars/Olympus 0 3 * * *")',
    );
    expect(cron('TZ=europe/berlin 0 3 * * *')).toBe(
      'test.yaml: jobs[0] (spark-pi).schedule.cron: TZ=europe/berlin: time zone names are case-sensitive; did you mean "Europe/Berlin"? (got "TZ=europe/berlin 0 3 * * *")',
    );
  });
});

describe('cron time zones', () => {
  it.each(['UTC', 'Local', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'Etc/GMT+5', 'US/Eastern', 'Etc/UTC'])(
    'accepts CRON_TZ=%s, which Go loads',
    (zone) => {
      expect(cronProblem(`CRON_TZ=${zone} 0 3 * * *`)).toBeUndefined();
      expect(cronProblem(`TZ=${zone} @daily`)).toBeUndefined();
    },
  );

  it.each([
    ['Mars/Olympus', /unknown time zone/],
    ['+05:00', /unknown time zone|case-sensitive/],
    ['utc', /case-sensitive/],
    ['us/eastern', /case-sensitive/],
    ['EUROPE/BERLIN', /did you mean "Europe\/Berlin"\?/],
  ])('refuses CRON_TZ=%s', (zone, message) => {
    expect(cronProblem(`CRON_TZ=${zone} 0 3 * * *`)).toMatch(message);
  });
});

describe('placeholders', () => {
  it('warns about the example account ID in admin ARNs and bucket names', () => {
    const { warnings } = validateConfig(
      rawWith({
        cluster: { adminPrincipalArns: ['arn:aws:iam::111122223333:role/A', 'arn:aws:iam::123456789012:user/B'] },
        stateBucket: { name: 'acme-tfstate-123456789012' },
        dataBucket: { name: 'acme-data-123456789012-eu-west-1' },
      }),
      'test.yaml',
    );
    const advice =
      "holds 123456789012, the example account ID of AWS's documentation: put your own account ID there before deploying.";
    expect(warnings.filter((w) => w.includes('123456789012'))).toEqual([
      `cluster.adminPrincipalArns[1] arn:aws:iam::123456789012:user/B ${advice}`,
      `stateBucket.name acme-tfstate-123456789012 ${advice}`,
      `dataBucket.name acme-data-123456789012-eu-west-1 ${advice}`,
    ]);
  });

  it('recognizes the example account ID only as a number of its own', () => {
    expect(holdsPlaceholderAccountId('arn:aws:iam::123456789012:role/A')).toBe(true);
    expect(holdsPlaceholderAccountId('bucket-1234567890123')).toBe(false);
    expect(holdsPlaceholderAccountId('bucket-0123456789012')).toBe(false);
  });
});

describe('YAML merge keys', () => {
  const file = (name: string, text: string) => {
    const p = path.join(root, name);
    writeFileSync(p, text);
    return p;
  };
  const base = 'region: eu-west-1\nprefix: acme\nstateBucket: { name: acme-state }\n';
  const copied = (override: string) =>
    `${base}jobs:
  - &job
    name: first
    namespace: spark-jobs
    mainFile: main.py
    driver: { cores: 1, memory: 1g }
    executor: { cores: 1, memory: 1g, instances: 2 }
  - <<: *job
    name: second
${override}`;

  /** The error lines of a config file, loaded in a project without job folders. */
  const loadLines = (name: string, text: string) => {
    try {
      loadConfig(file(name, text), { projectRoot: emptyProject });
    } catch (error) {
      return (error as Error).message.split('\n').map((line) => line.slice(path.join(root, name).length + 2));
    }
    throw new Error('expected a ConfigError');
  };

  it('copies a job with <<: and lets the keys after it override the copied ones', () => {
    // Every required key of the second job comes from the first: only the job checks (no folders here) speak.
    expect(loadLines('merge.yaml', copied(''))).toEqual([
      expect.stringMatching(/^jobs\[0\] \(first\)\.name: has no folder docker\/jobs\/first\//),
      expect.stringMatching(/^jobs\[1\] \(second\)\.name: has no folder docker\/jobs\/second\//),
    ]);
  });

  it('points errors into the merged job, and still refuses unknown keys there', () => {
    expect(
      loadLines('merge-bad.yaml', copied('    nmae: third\n    executor: { cores: 1, memory: 2gig, instances: 1 }\n')),
    ).toEqual([
      'jobs[1] (second).executor.memory: expected a Spark memory size: ' + SPARK_MEMORY_HINT + ' (got "2gig")',
      'jobs[1] (second).nmae: unknown key; did you mean "name"? Allowed keys here: name, namespace, mainFile, arguments, env, driver, executor, schedule, restartPolicy, sampleData, runOnEveryDeploy, expectedRunMinutes, timeToLiveSeconds',
      expect.stringMatching(/^jobs\[0\] \(first\)\.name: has no folder/),
      // The merged name still stands, so its folder is looked for too.
      expect.stringMatching(/^jobs\[1\] \(second\)\.name: has no folder/),
    ]);
  });

  it('refuses a merge key that copies no mapping, without a stack trace', () => {
    expect(loadLines('merge-scalar.yaml', `${base}jobs:\n  - <<: 5\n    name: a\n`)).toEqual([
      'YAML anchors, aliases or merge keys (<<): Merge sources must be maps or map aliases',
    ]);
  });
});

describe('a type error says what the key takes and how to write it', () => {
  /** The error lines of a config file's text, in the real project (whose job folders exist), without the file name. */
  const lines = (text: string) => {
    const p = path.join(root, 'types.yaml');
    writeFileSync(p, `region: eu-west-1\nprefix: acme\nstateBucket: { name: acme-state }\n${text}`);
    try {
      loadConfig(p);
    } catch (error) {
      return (error as Error).message.split('\n').map((line) => line.slice(p.length + 2));
    }
    throw new Error('expected a ConfigError');
  };
  const job = (name: string, keys: string) =>
    `  - name: ${name}\n    namespace: spark-jobs\n    mainFile: ${name === 'spark-pi' ? 'pi.py' : 'weather.py'}\n${keys}`;
  const pods = '    driver: { cores: 1, memory: 1g }\n    executor: { cores: 1, memory: 1g, instances: 1 }\n';

  it('quotes a number YAML read from unquoted text as the file wrote it, and says to quote it', () => {
    expect(lines('cluster:\n  kubernetesVersion: 1.30\nspark:\n  line: 4.0\n')).toEqual([
      "cluster.kubernetesVersion: expected a Kubernetes version, one of 1.32, 1.33, 1.34, 1.35, 1.36, as text: YAML reads the unquoted 1.30 as a number; quote it: '1.30' (got 1.30)",
      "spark.line: expected a Spark line, one of 4.0, as text: YAML reads the unquoted 4.0 as a number; quote it: '4.0' (got 4.0)",
    ]);
  });

  it('names the job beside its index, and says how to write memory, cores, the schedule, arguments and env', () => {
    const text =
      'jobs:\n' +
      job('spark-pi', pods) +
      job(
        'weather-data',
        "    arguments: [100, 'ok']\n    env: { RETRIES: 3, DEBUG: true }\n" +
          '    driver: { cores: 0.5, memory: 4096, coreRequest: 0.5 }\n' +
          "    executor: { cores: '2', memory: 1g, instances: 2, fit: yes }\n" +
          "    schedule: '0 3 * * *'\n",
      );
    expect(lines(text)).toEqual([
      "jobs[1] (weather-data).arguments[0]: expected text: YAML reads the unquoted 100 as a number; quote it: '100' (got 100)",
      "jobs[1] (weather-data).env.RETRIES: expected text: YAML reads the unquoted 3 as a number; quote it: '3' (got 3)",
      "jobs[1] (weather-data).env.DEBUG: expected text: YAML reads the unquoted true as a boolean; quote it: 'true' (got true)",
      "jobs[1] (weather-data).driver.cores: Spark cores are a whole number from 1 to 16; for a fraction of a CPU keep cores: 1 and set the pod's CPU request with coreRequest, e.g. coreRequest: 500m (Fargate sizes the pod by it) (got 0.5)",
      "jobs[1] (weather-data).driver.coreRequest: expected a Kubernetes CPU quantity as text, such as 500m, '1' or '1.5': quote it, '0.5', or write 500m (got 0.5)",
      `jobs[1] (weather-data).driver.memory: a number has no unit; expected a Spark memory size: ${SPARK_MEMORY_HINT}; for 4096 MiB write 4096m (got 4096)`,
      'jobs[1] (weather-data).executor.cores: expected a number; in quotes it is text: write it without quotes, 2 (got "2")',
      'jobs[1] (weather-data).executor.fit: expected true or false: YAML 1.2 reads yes, no, on and off as text (got "yes")',
      `jobs[1] (weather-data).schedule: expected a mapping with the cron expression under cron: write schedule: { cron: '0 3 * * *' } (got "0 3 * * *")`,
    ]);
  });

  it('accepts what the messages say to write', () => {
    const text =
      'jobs:\n' +
      job('spark-pi', pods) +
      job(
        'weather-data',
        "    arguments: ['100', 'ok']\n    env: { RETRIES: '3', DEBUG: 'true' }\n" +
          '    driver: { cores: 1, memory: 4096m, coreRequest: 500m }\n' +
          '    executor: { cores: 2, memory: 1g, instances: 2, fit: true }\n' +
          "    schedule: { cron: '0 3 * * *' }\n",
      );
    const p = path.join(root, 'fixed.yaml');
    writeFileSync(p, `region: eu-west-1\nprefix: acme\nstateBucket: { name: acme-state }\n${text}`);
    const weather = loadConfig(p).config.jobs[1];
    expect(weather.driver).toMatchObject({ cores: 1, memory: '4096m', coreRequest: '500m' });
    expect(weather.schedule?.cron).toBe('0 3 * * *');
  });

  it('says what a list, a mapping or a missing value takes', () => {
    expect(
      lines(
        'cluster:\n  publicAccessCidrs: 198.51.100.0/24\nnamespaces:\n  jobs: spark-jobs\n' +
          'historyServer:\n  size: 2\ntags:\nnetwork:\n  azCount: three\n',
      ),
    ).toEqual([
      'tags: expected a mapping, but the key has no value: write one after the colon, or leave the key out for its default (got null)',
      `network.azCount: expected a number, not text (got "three")`,
      `cluster.publicAccessCidrs: expected a list: write ['198.51.100.0/24'], or one "- " line per entry (got "198.51.100.0/24")`,
      `namespaces.jobs: expected a list: write ['spark-jobs'], or one "- " line per entry (got "spark-jobs")`,
      'historyServer.size: expected a mapping (key: value lines indented below it, or { key: value }), not a number; its keys: vcpu, memoryGiB (got 2)',
    ]);
  });
});

describe('cluster.publicAccessCidrs', () => {
  const problemsOf = (cidrs: unknown[], cluster: Record<string, unknown> = {}) =>
    configErrorFor(rawWith({ cluster: { publicAccessCidrs: cidrs, ...cluster } })).message.split('\n');
  const reason =
    ': the public endpoint only takes public internet addresses (EKS refuses blocks that include reserved ones; ' +
    'from inside the VPC the API is reached through its private endpoint); list the public egress addresses of ' +
    'your office, VPN or CI';

  it('refuses private, loopback, link-local and other non-public ranges, saying which and why', () => {
    expect(
      problemsOf(['10.0.0.0/16', '172.31.0.0/16', '192.168.1.0/24', '127.0.0.1/32', '169.254.0.0/16', '100.64.0.0/10']),
    ).toEqual([
      `test.yaml: cluster.publicAccessCidrs[0]: is inside 10.0.0.0/8, private (RFC 1918)${reason} (got "10.0.0.0/16")`,
      `test.yaml: cluster.publicAccessCidrs[1]: is inside 172.16.0.0/12, private (RFC 1918)${reason} (got "172.31.0.0/16")`,
      `test.yaml: cluster.publicAccessCidrs[2]: is inside 192.168.0.0/16, private (RFC 1918)${reason} (got "192.168.1.0/24")`,
      `test.yaml: cluster.publicAccessCidrs[3]: is inside 127.0.0.0/8, loopback (RFC 1122)${reason} (got "127.0.0.1/32")`,
      `test.yaml: cluster.publicAccessCidrs[4]: is inside 169.254.0.0/16, link-local (RFC 3927)${reason} (got "169.254.0.0/16")`,
      `test.yaml: cluster.publicAccessCidrs[5]: is inside 100.64.0.0/10, shared address space for carrier-grade NAT (RFC 6598)${reason} (got "100.64.0.0/10")`,
    ]);
  });

  it('refuses a wide block that includes a reserved range, and the VPC’s own range', () => {
    expect(problemsOf(['8.0.0.0/5', '224.0.0.0/3'])).toEqual([
      `test.yaml: cluster.publicAccessCidrs[0]: includes 10.0.0.0/8, private (RFC 1918)${reason} (got "8.0.0.0/5")`,
      `test.yaml: cluster.publicAccessCidrs[1]: includes 224.0.0.0/4, multicast (RFC 5771)${reason} (got "224.0.0.0/3")`,
    ]);
    // The VPC's CIDR (network.vpcCidr, 10.0.0.0/16 by default) is private.
    expect(problemsOf(['10.0.0.0/16'])[0]).toMatch(
      /^test\.yaml: cluster\.publicAccessCidrs\[0\]: is inside 10\.0\.0\.0\/8/,
    );
  });

  it('refuses an entry inside another or listed twice, instead of merging them', () => {
    expect(problemsOf(['203.0.113.0/24', '198.51.100.7/32', '203.0.113.64/26', '198.51.100.7/32'])).toEqual([
      'test.yaml: cluster.publicAccessCidrs[2]: lies inside publicAccessCidrs[0] 203.0.113.0/24, which already lets it in; remove one of the two (got "203.0.113.64/26")',
      'test.yaml: cluster.publicAccessCidrs[3]: is listed twice (also publicAccessCidrs[1]); remove one (got "198.51.100.7/32")',
    ]);
  });

  it('accepts public networks that do not overlap, and 0.0.0.0/0 when the config means it', () => {
    const ok = (cidrs: string[], cluster: Record<string, unknown> = {}) =>
      validateConfig(rawWith({ cluster: { publicAccessCidrs: cidrs, ...cluster } }), 'test.yaml').config.cluster
        .publicAccessCidrs;
    expect(ok(['198.51.100.0/25', '198.51.100.128/25', '8.8.8.8/32', '11.0.0.0/8'])).toHaveLength(4);
    expect(ok(['0.0.0.0/0'], { allowPublicAccessFromAnywhere: true })).toEqual(['0.0.0.0/0']);
  });

  it('keeps the default config’s documentation range, with a warning that says EKS refuses it', () => {
    const { config, warnings } = loadConfig(path.resolve(__dirname, '../../config/default.yaml'));
    expect(config.cluster.publicAccessCidrs).toEqual(['192.0.2.0/24']);
    expect(warnings).toContain(
      "cluster.publicAccessCidrs holds the documentation range 192.0.2.0/24: a placeholder that reaches nobody, and EKS refuses reserved ranges such as this one: set it to your operator network's public CIDRs before deploying.",
    );
  });
});
