import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/load';
import { baseImageBuildArgs, SPARK_LINES } from '../../src/spark/versions';

const read = (...parts: string[]) => readFileSync(path.join(PROJECT_ROOT, 'docker', ...parts), 'utf8');
const args = (dockerfile: string) => [...dockerfile.matchAll(/^ARG (\w+)/gm)].map((m) => m[1]);

describe('docker/base/Dockerfile', () => {
  const dockerfile = read('base', 'Dockerfile');

  it.each(SPARK_LINES)('declares exactly the build args the version table passes for Spark %s', (line) => {
    const declared = new Set(args(dockerfile));
    for (const arg of Object.keys(baseImageBuildArgs(line))) expect(declared).toContain(arg);
  });

  it('verifies every download against its SHA-256 and refuses an unpinned one', () => {
    expect(dockerfile).toMatch(/sha256sum -c -/);
    expect(dockerfile).toMatch(/if \[ -z "\$2" \]; then .*exit 1; fi/);
    for (const jar of ['HADOOP_AWS', 'AWS_SDK_BUNDLE', 'SPARK_HADOOP_CLOUD']) {
      expect(dockerfile).toContain(`fetch "$${jar}_JAR" "$${jar}_SHA256"`);
    }
  });

  it('is multi-stage: the final image only copies the verified jars, and runs as uid 185', () => {
    const stages = dockerfile.split(/^FROM /m).slice(1);
    expect(stages).toHaveLength(2);
    expect(stages[1]).toMatch(/^\$\{SPARK_IMAGE\}\n/);
    expect(stages[1]).toMatch(/COPY --from=download --chown=root:root \/jars\/ \/opt\/spark\/jars\//);
    expect(stages[1]).not.toMatch(/\b(wget|curl|apt-get)\b/);
    expect(stages[1].trim().split('\n').pop()).toBe('USER 185');
  });
});

describe('job Dockerfiles', () => {
  const jobs = readdirSync(path.join(PROJECT_ROOT, 'docker', 'jobs'));

  it('ship the two sample jobs', () => {
    expect(jobs.sort()).toEqual(['spark-pi', 'weather-data']);
  });

  it.each(jobs)(
    '%s builds FROM the base image passed by digest, copies code under /opt/spark/jobs and runs as 185',
    (job) => {
      const dockerfile = read('jobs', job, 'Dockerfile');
      expect(dockerfile).toMatch(/^ARG BASE_IMAGE\nFROM \$\{BASE_IMAGE\}$/m);
      expect(dockerfile).toMatch(new RegExp(`^COPY --chown=root:root \\S+ /opt/spark/jobs/${job}/$`, 'm'));
      expect(dockerfile.trim().split('\n').pop()).toBe('USER 185');
    },
  );
});

describe('weather sample input', () => {
  const rows = read('jobs', 'weather-data', 'sample-input', 'ghcnd-sample.csv').trim().split('\n');

  it('has a few hundred GHCN-daily rows with TAVG readings', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
    for (const row of rows)
      expect(row).toMatch(/^[A-Z]{2}[A-Z0-9]{9},\d{8},[A-Z]{4},-?\d+,[A-Z]?,[A-Z]?,[A-Z0-9]?,(\d{4})?$/);
    expect(rows.filter((r) => r.split(',')[2] === 'TAVG').length).toBeGreaterThanOrEqual(100);
  });
});
