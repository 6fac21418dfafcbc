/**
 * Image tags in the job repository are `<prefix>_<content hash>`: the base image's prefix is `base`, a job image's
 * is its job name. The repository's lifecycle rules keep the newest images of each prefix apart.
 *
 * The separator is `_` because no prefix may contain it (job names are DNS labels) and the hash is hex: ECR's
 * `tagPatternList` knows only the `*` wildcard, and with `-` the rule `spark-*` of a job named `spark` would also
 * match, and expire, the images of a job named `spark-pi`.
 */
export const BASE_IMAGE_TAG_PREFIX = 'base';

export const TAG_SEPARATOR = '_';

/** Characters a tag prefix may use (no `_`), leaving room for `_<24-character hash>` in Docker's 128-character tags. */
export const TAG_PREFIX_PATTERN = /^[a-z0-9][a-z0-9.-]{0,40}$/;

/** The tag of an image: its prefix and the first 24 hex digits of its content hash. */
export function imageTag(prefix: string, contentHash: string): string {
  return `${prefix}${TAG_SEPARATOR}${contentHash.slice(0, 24)}`;
}

/** The ECR lifecycle tag pattern that matches exactly the tags of one prefix. */
export function tagPattern(prefix: string): string {
  return `${prefix}${TAG_SEPARATOR}*`;
}
