/**
 * What a pod pulls: each pushed image's manifest and config from the registry, its layers' compressed sizes (the
 * bytes a pull transfers), and which of them the project adds on top of the official Spark image (the base) or of
 * the base image (a job), matched by the layers' uncompressed digests (`rootfs.diff_ids`).
 */
import { RegistryEngine } from '../engines/registry';

const MANIFEST_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
].join(', ');

export interface PushedImage {
  readonly repository: string;
  readonly tag: string;
  readonly digest: string;
  /** Layer and config blobs: what a pull downloads. */
  readonly compressedBytes: number;
  readonly layers: readonly { readonly diffId: string; readonly bytes: number }[];
  readonly configBytes: number;
}

export interface ImageFigures extends PushedImage {
  /** What this image adds to the one below it (the official image for the base, the base for a job). */
  readonly addedBytes: number;
  readonly addedLayers: number;
  /** `official` or `base`. */
  readonly addsTo: string;
}

async function json(
  registry: RegistryEngine,
  apiPath: string,
  accept?: string,
): Promise<{ body: Record<string, unknown>; digest?: string }> {
  const response = await registry.get(apiPath, accept);
  if (response.status !== 200)
    throw new Error(`registry GET ${apiPath}: ${response.status} ${response.body.toString('utf8').slice(0, 300)}`);
  return {
    body: JSON.parse(response.body.toString('utf8')) as Record<string, unknown>,
    digest: response.headers.get('docker-content-digest') ?? undefined,
  };
}

export async function tags(registry: RegistryEngine, repository: string): Promise<string[]> {
  const response = await registry.get(`/v2/${repository}/tags/list`);
  if (response.status === 404) return [];
  const listed = JSON.parse(response.body.toString('utf8')) as { tags?: string[] | null };
  return [...(listed.tags ?? [])].sort();
}

export async function pushedImage(registry: RegistryEngine, repository: string, tag: string): Promise<PushedImage> {
  const { body: manifest, digest } = await json(registry, `/v2/${repository}/manifests/${tag}`, MANIFEST_TYPES);
  const config = manifest.config as { digest: string; size: number };
  const layerBlobs = manifest.layers as { digest: string; size: number }[];
  const { body: imageConfig } = await json(registry, `/v2/${repository}/blobs/${config.digest}`);
  const diffIds = ((imageConfig.rootfs as { diff_ids?: string[] }).diff_ids ?? []) as string[];
  if (diffIds.length !== layerBlobs.length)
    throw new Error(`${repository}:${tag}: ${layerBlobs.length} layers but ${diffIds.length} diff_ids in its config`);
  const layers = layerBlobs.map((layer, i) => ({ diffId: diffIds[i], bytes: layer.size }));
  return {
    repository,
    tag,
    digest: digest ?? '',
    compressedBytes: config.size + layers.reduce((sum, layer) => sum + layer.bytes, 0),
    layers,
    configBytes: config.size,
  };
}

/** The layers of `image` above those it shares, in order, with `below` (its first layers). */
export function added(image: PushedImage, below: readonly string[], addsTo: string): ImageFigures {
  let shared = 0;
  while (shared < below.length && shared < image.layers.length && image.layers[shared].diffId === below[shared])
    shared += 1;
  if (shared !== below.length)
    throw new Error(
      `${image.repository}:${image.tag} does not start with the ${below.length} layers of the ${addsTo} image (shares ${shared})`,
    );
  const own = image.layers.slice(shared);
  return { ...image, addedBytes: own.reduce((sum, layer) => sum + layer.bytes, 0), addedLayers: own.length, addsTo };
}

/** Bytes as MB (kB below 1 MB): pull sizes are decimal, as registries and Fargate's docs count them. */
export function megabytes(bytes: number): string {
  return bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(1)} MB`;
}
