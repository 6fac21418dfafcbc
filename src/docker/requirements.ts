/**
 * A job's requirements.txt, read the way pip reads it, to refuse at synth what the image build would install
 * unpinned: every package must be `name==version` (or `===`) with at least one `--hash`. The build installs it with
 * `--require-hashes --no-deps`, so the file must also list every dependency itself, and with `--only-binary :all:`,
 * so every package must have a wheel for the image's Python and platform.
 *
 * That last rule cannot be read from a pin and its hashes: a hash names no file, and which files a release has is
 * known only to the package index. So each requirement names, in a `# wheel: <file name>` comment line above it
 * (pip ignores comments), the wheel it was pinned from, as the README's `pip download` + `pip hash` recipe writes
 * it; synth checks that file name against the pin and the image's tags. What stays unknowable offline, and is left
 * to pip at the image build: that the hash is that file's, and that the index still serves it.
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

import { ImagePython, installsOn, isSourceDistribution, normalizeName, parseWheelName, sameVersion } from './wheels';

const HASH_LENGTHS: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };
const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/;
const HOW =
  'pin it as name==version with --hash=sha256:… below a "# wheel:" line (the README recipe, pip download and pip hash, writes both)';

/** A comment line naming the wheel of the requirement below it. */
const WHEEL_COMMENT = /^\s*#\s*wheel:\s*(\S*)\s*$/;

export function requirementsProblems(text: string, image: ImagePython): RequirementsProblem[] {
  const problems: RequirementsProblem[] = [];
  const seen = new Map<string, number>();
  let requirements = 0;
  /** The `# wheel:` lines since the last requirement: they belong to the next one. */
  let wheels: { line: number; file: string }[] = [];
  const strayWheels = () => {
    for (const wheel of wheels) {
      problems.push({
        line: wheel.line,
        text: `# wheel: ${wheel.file}`,
        rule: 'names a wheel but no requirement follows it; put each "# wheel:" line right above its requirement',
      });
    }
    wheels = [];
  };
  for (const { line, text: logical } of logicalLines(text)) {
    const wheel = WHEEL_COMMENT.exec(logical);
    if (wheel) {
      wheels.push({ line, file: wheel[1] });
      continue;
    }
    const content = logical.replace(/(^|\s)#.*$/, '').trim();
    if (content === '') continue;
    const problem = (rule: string) => problems.push({ line, text: content, rule });

    if (content.startsWith('-')) {
      strayWheels();
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
      const key = normalizeName(named[1]);
      const earlier = seen.get(key);
      if (earlier !== undefined)
        problem(`lists ${named[1]} again (first on line ${earlier}); pip refuses a double requirement`);
      else seen.set(key, line);
      // Only a pin can be matched to a wheel's name.
      problems.push(...wheelProblems(named[1], version, line, content, wheels, image));
    }
    wheels = [];
    if (hashes.length === 0) problem(`has no --hash; ${HOW}`);
    for (const hash of hashes) {
      const [algorithm, digest = ''] = hash.split(':');
      const length = HASH_LENGTHS[algorithm];
      if (length === undefined || !new RegExp(`^[0-9a-f]{${length}}$`).test(digest)) {
        problem(`--hash=${hash} is not a sha256, sha384 or sha512 digest (algorithm:hex)`);
      }
    }
  }
  strayWheels();
  if (requirements === 0 && problems.length === 0) {
    problems.push({
      line: 1,
      text: '',
      rule: 'lists no package; delete the file, or list pinned packages with hashes',
    });
  }
  return problems;
}

/** Why the wheels named above a requirement do not show that the image can install it. */
function wheelProblems(
  name: string,
  pin: string,
  line: number,
  text: string,
  wheels: readonly { line: number; file: string }[],
  image: ImagePython,
): RequirementsProblem[] {
  const python = `CPython ${image.version.join('.')} on manylinux ${image.arch} (glibc ${image.glibc.join('.')})`;
  if (wheels.length === 0) {
    return [
      {
        line,
        text,
        rule:
          `names no wheel: the image installs wheels only (pip --only-binary :all:), and whether ${name} has one for ` +
          `${python} can be read offline only from the file's name; put the line "# wheel: <file>.whl" above it, ` +
          'the wheel pip download picked (the README recipe writes both)',
      },
    ];
  }
  const version = pin.replace(/^===?\s*/, '');
  const problems: RequirementsProblem[] = [];
  let installable = false;
  for (const wheel of wheels) {
    const at = { line: wheel.line, text: `# wheel: ${wheel.file}` };
    const parsed = parseWheelName(wheel.file);
    if (!parsed) {
      problems.push({
        ...at,
        rule: isSourceDistribution(wheel.file)
          ? `is a source distribution: the image installs wheels only (pip --only-binary :all:), so pin a version of ${name} that has a wheel for ${python}, or leave ${name} out`
          : 'is not a wheel file name (name-version-python-abi-platform.whl, PEP 427)',
      });
    } else if (normalizeName(parsed.distribution) !== normalizeName(name)) {
      problems.push({ ...at, rule: `is a wheel of ${parsed.distribution}, not of ${name} (line ${line})` });
    } else if (!sameVersion(parsed.version, version)) {
      problems.push({ ...at, rule: `is ${name} ${parsed.version}, but line ${line} pins ${version}` });
    } else if (installsOn(parsed, image)) {
      installable = true;
    }
  }
  if (problems.length > 0 || installable) return problems;
  return [
    {
      line,
      text,
      rule:
        `has no wheel for the image: ${wheels.map((w) => w.file).join(', ')} ${wheels.length === 1 ? 'is' : 'are'} ` +
        `not for ${python}; pin a version with such a wheel (pip download --python-version ` +
        `${image.version.join('.')} --platform manylinux2014_${image.arch} --only-binary :all: finds it)`,
    },
  ];
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
