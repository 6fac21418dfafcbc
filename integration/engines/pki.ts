import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';

/** The suite's own certificate authority for one run: every TLS engine (API server, registry) has a certificate of it. */
export interface Pki {
  readonly dir: string;
  readonly caCert: string;
  readonly caKey: string;
  /** PEM text. */
  readonly ca: string;
  /** Signs `<dir>/<name>.crt` (and makes its key `<name>.key`) for the subject, with the given x509 extensions. */
  sign(name: string, subject: string, ext: string): Promise<void>;
  /** `<dir>/<name>`. */
  file(name: string): string;
}

/**
 * openssl, without lib/exec's run(): run() writes standard input to every child, and openssl exits so fast that
 * the write can hit a closed pipe (EPIPE), an unhandled error that ends the whole process.
 */
export async function openssl(args: readonly string[]): Promise<void> {
  await promisify(execFile)('openssl', args, { timeout: 60_000 });
}

/** A CA and the certificates signed by it, made with openssl; valid for one day, in `dir`. */
export async function makePki(dir: string): Promise<Pki> {
  mkdirSync(dir, { recursive: true });
  const file = (name: string) => path.join(dir, name);
  await openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=spark-eks-integration-ca',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign,digitalSignature',
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.crt'),
  ]);
  const sign = async (name: string, subject: string, ext: string) => {
    writeFileSync(file(`${name}.ext`), ext);
    // RSA keys in PKCS#1 (`-traditional`): the Java Kubernetes client in spark-submit reads those for certain.
    await openssl(['genrsa', '-traditional', '-out', file(`${name}.key`), '2048']);
    await openssl(['req', '-new', '-key', file(`${name}.key`), '-subj', subject, '-out', file(`${name}.csr`)]);
    await openssl([
      'x509',
      '-req',
      '-in',
      file(`${name}.csr`),
      '-CA',
      file('ca.crt'),
      '-CAkey',
      file('ca.key'),
      '-CAcreateserial',
      '-days',
      '1',
      '-extfile',
      file(`${name}.ext`),
      '-out',
      file(`${name}.crt`),
    ]);
  };
  return { dir, caCert: file('ca.crt'), caKey: file('ca.key'), ca: readFileSync(file('ca.crt'), 'utf8'), sign, file };
}
