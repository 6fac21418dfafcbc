import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { ConfigProblem } from './errors';
import { EnvironmentConfig } from './schema';

/** Where a job's build context lives, relative to the project root. */
export function jobFolder(projectRoot: string, jobName: string): string {
  return path.join(projectRoot, 'docker', 'jobs', jobName);
}

/** Checks what the schema cannot: that each job's folder, Dockerfile and main file exist. */
export function checkJobs(config: EnvironmentConfig, projectRoot: string): ConfigProblem[] {
  return config.jobs.flatMap((job, i): ConfigProblem[] => {
    const folder = jobFolder(projectRoot, job.name);
    const shown = path.relative(projectRoot, folder);
    if (!isDirectory(folder)) {
      return [
        {
          path: `jobs[${i}].name`,
          value: job.name,
          message: `job "${job.name}" has no folder ${shown}/ with its Dockerfile and code`,
        },
      ];
    }
    const problems: ConfigProblem[] = [];
    if (!isFile(path.join(folder, 'Dockerfile'))) {
      problems.push({
        path: `jobs[${i}].name`,
        value: job.name,
        message: `job "${job.name}" has no ${shown}/Dockerfile`,
      });
    }
    if (!isFile(path.join(folder, job.mainFile))) {
      problems.push({
        path: `jobs[${i}].mainFile`,
        value: job.mainFile,
        message: `job "${job.name}": ${path.join(shown, job.mainFile)} does not exist`,
      });
    }
    return problems;
  });
}

function isDirectory(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

function isFile(p: string): boolean {
  return existsSync(p) && statSync(p).isFile();
}
