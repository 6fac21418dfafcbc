/**
 * Image tags in the job repository are `<prefix>-<content hash>`: the base image's prefix is `base`, a job image's
 * is its job name. The repository's lifecycle rules keep the newest images of each prefix apart.
 */
export const BASE_IMAGE_TAG_PREFIX = 'base';

/** Characters a tag prefix may use, leaving room for `-<24-character hash>` in Docker's 128-character tags. */
export const TAG_PREFIX_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,40}$/;
