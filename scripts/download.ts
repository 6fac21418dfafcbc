/** Downloads for `npm run gen` and `npm run checksums`, whose failures name the URL, the cause and what to do. */

export class DownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DownloadError';
  }
}

/**
 * GETs `url`. A failure names the URL and the network's reason (Node's fetch only says "fetch failed" and keeps
 * the reason, e.g. `ENOTFOUND host`, in its cause), followed by `whatToDo`.
 */
export async function download(url: string, whatToDo: string, fetchUrl: typeof fetch = fetch): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetchUrl(url);
  } catch (error) {
    throw new DownloadError(`GET ${url} failed: ${networkReason(error)}; ${whatToDo}`);
  }
  if (!response.ok) throw new DownloadError(`GET ${url}: HTTP ${response.status}; ${whatToDo}`);
  return Buffer.from(await response.arrayBuffer());
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const reason =
    typeof cause?.message === 'string' ? cause.message : error instanceof Error ? error.message : String(error);
  const offline = ['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNRESET'];
  return offline.includes(String(cause?.code)) ? `${reason} (is this machine offline, or behind a proxy?)` : reason;
}
