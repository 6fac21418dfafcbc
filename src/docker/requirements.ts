/**
 * A job's requirements.txt, read the way pip reads it, to refuse at synth what the image build would install
 * unpinned: every package must be `name==version` (or `===`) with at least one `--hash`, as
 * `pip-compile --generate-hashes` writes it. The build installs it with `--require-hashes --no-deps`, so the file must
 * also list every dependency itself.
 */
export interface RequirementsProblem {
  /** 1-based line where the requirement starts. */
  readonly line: number;
  /** The requirement as written (continuation lines joined). */
  readonly text: string;
  /** The rule it breaks and what to write instead. */
  readonly rule: string;
}

/** Options that apply to the whole file and change nothing about pinning (hashes still decide what installs). */
const GLOBAL_OPTIONS = new Set([
  '-i',
  '--index-url',
  '--extra-index-url',
  '--no-index',
  '-f',
  '--find-links',
  '--trusted-host',
  '--pre',
  '--prefer-binary',
  '--only-binary',
  '--no-binary',
  '--require-hashes',
]);

const HASH_LENGTHS: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };
const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/;
const HOW = 'pin it as name==version with --hash=sha256:… (pip-compile --generate-hashes writes that)';

export function requirementsProblems(text: string): RequirementsProblem[] {
  const problems: RequirementsProblem[] = [];
  const seen = new Map<string, number>();
  let requirements = 0;
  for (const { line, text: logical } of logicalLines(text)) {
    const content = logical.replace(/(^|\s)#.*$/, '').trim();
    if (content === '') continue;
    const problem = (rule: string) => problems.push({ line, text: content, rule });

    if (content.startsWith('-')) {
      const option = /^(-[a-zA-Z]|--[a-z-]+)/.exec(content)?.[1] ?? content;
      if (['-r', '--requirement', '-c', '--constraint'].includes(option)) {
        problem('refers to another file; list every package in this requirements.txt, which the image build installs');
      } else if (['-e', '--editable'].includes(option)) {
        problem(`an editable install cannot be checked against a hash; ${HOW}`);
      } else if (option === '--hash') {
        problem('a --hash must follow its requirement on the same line (or on a continuation line ending in \\)');
      } else if (!GLOBAL_OPTIONS.has(option)) {
        problem(`unknown option ${option}; allowed here: ${[...GLOBAL_OPTIONS].join(', ')}`);
      }
      continue;
    }

    requirements++;
    // The requirement, then its options: --hash=alg:hex (or --hash alg:hex), and per-requirement pip options.
    const [spec, ...optionWords] = content.split(/\s+(?=--)/);
    const hashes: string[] = [];
    for (const word of optionWords) {
      const hash = /^--hash(?:=|\s+)(\S+)$/.exec(word.trim());
      if (hash) hashes.push(hash[1]);
      else problem(`unknown option ${word.trim().split(/[\s=]/)[0]} after the requirement; only --hash belongs here`);
    }
    const [requirement] = spec.split(';');
    const named = NAME.exec(requirement.trim());
    const version = named?.[3].trim() ?? '';
    if (!named || /^@|:\/\/|^[./]/.test(version) || /^[./]|:\/\//.test(requirement.trim())) {
      problem(`is not pinned: a URL, a path or an unnamed requirement; ${HOW}`);
    } else if (!/^===?\s*[^\s,*=<>!~]+$/.test(version)) {
      problem(`is not pinned: ${version ? `"${version}" allows more than one version` : 'no version'}; ${HOW}`);
    } else {
      const key = named[1].toLowerCase().replace(/[-_.]+/g, '-');
      const earlier = seen.get(key);
      if (earlier !== undefined)
        problem(`lists ${named[1]} again (first on line ${earlier}); pip refuses a double requirement`);
      else seen.set(key, line);
    }
    if (hashes.length === 0) problem(`has no --hash; ${HOW}`);
    for (const hash of hashes) {
      const [algorithm, digest = ''] = hash.split(':');
      const length = HASH_LENGTHS[algorithm];
      if (length === undefined || !new RegExp(`^[0-9a-f]{${length}}$`).test(digest)) {
        problem(`--hash=${hash} is not a sha256, sha384 or sha512 digest (algorithm:hex)`);
      }
    }
  }
  if (requirements === 0 && problems.length === 0) {
    problems.push({
      line: 1,
      text: '',
      rule: 'lists no package; delete the file, or list pinned packages with hashes',
    });
  }
  return problems;
}

/** Physical lines joined where a line ends in a backslash, each with the line it starts on. */
function logicalLines(text: string): { line: number; text: string }[] {
  const result: { line: number; text: string }[] = [];
  let current: { line: number; text: string } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    // As pip does: a comment line ends a continuation instead of continuing it.
    const continued = !/^\s*#/.test(raw) && /(^|[^\\])\\$/.test(raw);
    const body = continued ? raw.slice(0, -1) : raw;
    current = current ? { line: current.line, text: `${current.text} ${body}` } : { line: index + 1, text: body };
    if (!continued) {
      result.push(current);
      current = undefined;
    }
  });
  if (current) result.push(current);
  return result;
}
