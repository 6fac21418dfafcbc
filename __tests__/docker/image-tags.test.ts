import { BASE_IMAGE_TAG_PREFIX, imageTag, TAG_PREFIX_PATTERN, tagPattern } from '../../src/docker/image-tags';
import { lifecyclePolicy } from '../../src/constructs/image-repository';

/** ECR's tag pattern matching: `*` stands for any run of characters, everything else for itself. */
function ecrMatches(pattern: string, tag: string): boolean {
  const regex = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\-]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${regex}$`).test(tag);
}

const HASH = 'd'.repeat(64);

describe('image tags', () => {
  it('are the prefix and 24 hex digits of the content hash, a valid Docker tag', () => {
    const tag = imageTag('spark-pi', HASH);
    expect(tag).toBe(`spark-pi_${'d'.repeat(24)}`);
    expect(tag).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/);
  });

  it('refuses the separator in a prefix, so no prefix can contain another’s pattern', () => {
    expect(TAG_PREFIX_PATTERN.test('spark_pi')).toBe(false);
    expect(TAG_PREFIX_PATTERN.test('spark-pi')).toBe(true);
  });

  it('never let one prefix’s lifecycle rule match another prefix’s tags, even when one name starts the other', () => {
    const prefixes = [BASE_IMAGE_TAG_PREFIX, 'spark', 'spark-pi', 'spark-pi-2', 'a', 'a-b', 'a.b', 'base-x', 'etl1'];
    for (const owner of prefixes) {
      for (const other of prefixes) {
        expect({ owner, other, matches: ecrMatches(tagPattern(owner), imageTag(other, HASH)) }).toEqual({
          owner,
          other,
          matches: owner === other,
        });
      }
    }
  });

  it('give each image prefix its own lifecycle rule with that pattern, before the catch-all', () => {
    const rules = lifecyclePolicy(5, ['base', 'spark', 'spark-pi']).rules as {
      rulePriority: number;
      selection: { tagPatternList?: string[]; tagStatus: string };
    }[];
    expect(rules.map((rule) => [rule.rulePriority, rule.selection.tagPatternList, rule.selection.tagStatus])).toEqual([
      [1, ['base_*'], 'tagged'],
      [2, ['spark_*'], 'tagged'],
      [3, ['spark-pi_*'], 'tagged'],
      [4, undefined, 'any'],
    ]);
  });
});
