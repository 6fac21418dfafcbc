/**
 * A Maven repository on loopback for the base image build (imageBuild.mavenRepository): it serves exactly the jars
 * the tool cache holds, already verified against src/spark/checksums.json, in Maven's layout, and nothing else. The
 * build itself still checks every download against its pinned SHA-256 (docker/base/Dockerfile): a build container
 * here cannot verify HTTPS to hosts off this machine, so what it downloads comes from here.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { mavenPath, MavenJar } from '../../src/spark/versions';
import { FetchedJar } from '../tools/maven';

export interface MavenMirror {
  /** `http://127.0.0.1:<port>/maven2`. */
  readonly url: string;
  /** Paths served so far, for the figure. */
  readonly served: string[];
  stop(): Promise<void>;
}

export function startMavenMirror(jars: readonly FetchedJar[]): Promise<MavenMirror> {
  const files = new Map(jars.map((jar) => [`/maven2/${mavenPath(jar as MavenJar)}`, jar.file]));
  const served: string[] = [];
  const server: Server = createServer((request, response) => {
    const file = request.method === 'GET' || request.method === 'HEAD' ? files.get(request.url ?? '') : undefined;
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    served.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'application/java-archive', 'content-length': statSync(file).size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address !== 'object') {
        reject(new Error('the Maven mirror has no address'));
        return;
      }
      resolve({
        url: `http://127.0.0.1:${address.port}/maven2`,
        served,
        stop: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
