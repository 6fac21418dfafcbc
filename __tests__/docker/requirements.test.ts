import { requirementsProblems } from '../../src/docker/requirements';
import { sparkLineVersions } from '../../src/spark/versions';

const SHA = (c: string) => `sha256:${c.repeat(64)}`;
/** The image's Python: CPython 3.10 on Ubuntu 22.04 (glibc 2.35), x86_64. */
const IMAGE = sparkLineVersions('4.0').imagePython;
const problemsOf = (text: string) => requirementsProblems(text, IMAGE);

describe('requirementsProblems', () => {
  it('accepts pinned, hashed requirements with their wheels: continuation lines, comments, markers, options', () => {
    const text = [
      '#',
      '# Pinned from requirements.in with pip download and pip hash',
      '#',
      '--index-url https://packages.example.org/simple',
      '',
      '# wheel: numpy-2.2.6-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      `numpy==2.2.6 ; python_version >= "3.10" \\`,
      `    --hash=${SHA('a')} \\`,
      `    --hash=${SHA('b')}`,
      '    # via pandas',
      '# wheel: pandas-2.3.1-cp310-cp310-manylinux_2_28_x86_64.whl',
      `Pandas[performance]===2.3.1 --hash=${SHA('c')}`,
      '# wheel: six-1.17.0-py2.py3-none-any.whl',
      `six==1.17.0 --hash sha512:${'d'.repeat(128)}`,
    ].join('\n');
    expect(problemsOf(text)).toEqual([]);
  });

  it.each([
    ['a range', `requests>=2.31 --hash=${SHA('a')}`, /is not pinned: ">=2.31" allows more than one version/],
    ['a wildcard', `requests==2.* --hash=${SHA('a')}`, /is not pinned: "==2.\*" allows more than one version/],
    ['two clauses', `requests==2.31,!=2.31.1 --hash=${SHA('a')}`, /is not pinned/],
    ['no version', `requests --hash=${SHA('a')}`, /is not pinned: no version/],
    ['a URL', `requests @ https://example.org/r.whl --hash=${SHA('a')}`, /a URL, a path or an unnamed requirement/],
    ['a path', `./vendor/r.whl --hash=${SHA('a')}`, /a URL, a path or an unnamed requirement/],
    ['no hash', 'requests==2.31.0', /has no --hash/],
    ['a bad hash', 'requests==2.31.0 --hash=md5:abc', /is not a sha256, sha384 or sha512 digest/],
    ['another file', '-r base.txt', /refers to another file/],
    ['an editable install', '-e ./lib', /editable install/],
    ['an unknown option', '--no-deps', /unknown option --no-deps/],
  ])('refuses %s, naming the line and the rule', (_name, line, rule) => {
    const problems = problemsOf(`# wheel: requests-2.31.0-py3-none-any.whl\n${line}\n`);
    // A line that is no pin, or an option, leaves the wheel line without a requirement: that is said too.
    expect(problems.filter((p) => p.line === 2)).toEqual([
      expect.objectContaining({ rule: expect.stringMatching(rule) }),
    ]);
  });

  it('reports every problem of the file, each on its own line number', () => {
    const wheel = (name: string, version: string) => `# wheel: ${name}-${version}-py3-none-any.whl\n`;
    const problems = problemsOf(
      `a>=1\n${wheel('b', '1')}b==1 --hash=${SHA('a')}\nc\n${wheel('b', '2')}B==2 --hash=${SHA('b')}\n`,
    );
    expect(problems.map((p) => [p.line, p.text.split(' ')[0]])).toEqual([
      [1, 'a>=1'],
      [1, 'a>=1'],
      [4, 'c'],
      [4, 'c'],
      [6, 'B==2'],
    ]);
    expect(problems[4].rule).toMatch(/lists B again \(first on line 3\)/);
  });

  it('refuses a file that lists nothing', () => {
    expect(problemsOf('# nothing yet\n')).toEqual([
      { line: 1, text: '', rule: expect.stringMatching(/lists no package/) },
    ]);
  });
});

describe('requirementsProblems: every package has a wheel for the image (pip --only-binary :all:)', () => {
  const pin = (wheels: string[], requirement = `numpy==2.2.6 --hash=${SHA('a')}`) =>
    problemsOf([...wheels.map((w) => `# wheel: ${w}`), requirement, ''].join('\n'));

  it.each([
    ['a pure-Python wheel for any Python 3', 'six-1.17.0-py2.py3-none-any.whl', 'six==1.17.0'],
    ['a CPython 3.10 manylinux2014 wheel', 'numpy-2.2.6-cp310-cp310-manylinux2014_x86_64.whl', 'numpy==2.2.6'],
    ['a glibc 2.35 wheel, the image’s own', 'numpy-2.2.6-cp310-cp310-manylinux_2_35_x86_64.whl', 'numpy==2.2.6'],
    [
      'a stable-ABI wheel built for 3.8',
      'cryptography-46.0.3-cp38-abi3-manylinux_2_28_x86_64.whl',
      'cryptography==46.0.3',
    ],
    ['a wheel with a build tag', 'numpy-2.2.6-1-cp310-cp310-linux_x86_64.whl', 'numpy==2.2.6'],
    ['a wheel for py3, any ABI-free platform', 'tzdata-2025.2-py2.py3-none-any.whl', 'tzdata==2025.2.0'],
    [
      'a post release written two ways',
      'python_dateutil-2.9.0.post0-py2.py3-none-any.whl',
      'python-dateutil==2.9.0-post0',
    ],
  ])('accepts %s', (_name, wheel, requirement) => {
    expect(pin([wheel], `${requirement} --hash=${SHA('a')}`)).toEqual([]);
  });

  it.each([
    ['CPython 3.11 only', 'numpy-2.2.6-cp311-cp311-manylinux_2_17_x86_64.whl'],
    ['arm64 only', 'numpy-2.2.6-cp310-cp310-manylinux_2_17_aarch64.manylinux2014_aarch64.whl'],
    ['musl only', 'numpy-2.2.6-cp310-cp310-musllinux_1_2_x86_64.whl'],
    ['a newer glibc than the image’s 2.35', 'numpy-2.2.6-cp310-cp310-manylinux_2_39_x86_64.whl'],
    ['macOS only', 'numpy-2.2.6-cp310-cp310-macosx_14_0_x86_64.whl'],
    ['Windows only', 'numpy-2.2.6-cp310-cp310-win_amd64.whl'],
    ['a stable ABI newer than 3.10', 'numpy-2.2.6-cp311-abi3-manylinux_2_17_x86_64.whl'],
    ['Python 2 only', 'numpy-2.2.6-py2-none-any.whl'],
  ])('refuses a package whose wheel is for %s', (_name, wheel) => {
    expect(pin([wheel])).toEqual([
      {
        line: 2,
        text: `numpy==2.2.6 --hash=${SHA('a')}`,
        rule:
          `has no wheel for the image: ${wheel} is not for CPython 3.10 on manylinux x86_64 (glibc 2.35); pin a ` +
          'version with such a wheel (pip download --python-version 3.10 --platform manylinux2014_x86_64 ' +
          '--only-binary :all: finds it)',
      },
    ]);
  });

  it('accepts a package when one of its named wheels is for the image', () => {
    const wheels = [
      'numpy-2.2.6-cp311-cp311-manylinux_2_17_x86_64.whl',
      'numpy-2.2.6-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
    ];
    expect(pin(wheels, `numpy==2.2.6 --hash=${SHA('a')} --hash=${SHA('b')}`)).toEqual([]);
  });

  it('refuses a source distribution, saying the image installs wheels only', () => {
    expect(pin(['pyspark-4.0.1.tar.gz'], `pyspark==4.0.1 --hash=${SHA('a')}`)).toEqual([
      {
        line: 1,
        text: '# wheel: pyspark-4.0.1.tar.gz',
        rule:
          'is a source distribution: the image installs wheels only (pip --only-binary :all:), so pin a version of ' +
          'pyspark that has a wheel for CPython 3.10 on manylinux x86_64 (glibc 2.35), or leave pyspark out',
      },
    ]);
  });

  it('refuses a pin that names no wheel, since a hash names no file, saying what to add', () => {
    expect(pin([])).toEqual([
      {
        line: 1,
        text: `numpy==2.2.6 --hash=${SHA('a')}`,
        rule:
          'names no wheel: the image installs wheels only (pip --only-binary :all:), and whether numpy has one for ' +
          "CPython 3.10 on manylinux x86_64 (glibc 2.35) can be read offline only from the file's name; put the " +
          'line "# wheel: <file>.whl" above it, the wheel pip download picked (the README recipe writes both)',
      },
    ]);
  });

  it('refuses a wheel of another package or version, or that is no wheel name at all', () => {
    expect(
      pin([
        'numpy-2.2.5-cp310-cp310-manylinux2014_x86_64.whl',
        'scipy-2.2.6-cp310-cp310-manylinux2014_x86_64.whl',
        'numpy.whl',
      ]).map((p) => [p.line, p.rule]),
    ).toEqual([
      [1, 'is numpy 2.2.5, but line 4 pins 2.2.6'],
      [2, 'is a wheel of scipy, not of numpy (line 4)'],
      [3, 'is not a wheel file name (name-version-python-abi-platform.whl, PEP 427)'],
    ]);
  });

  it('refuses a wheel line that no requirement follows', () => {
    const text = `# wheel: six-1.17.0-py2.py3-none-any.whl\n--index-url https://packages.example.org/simple\n# wheel: six-1.17.0-py2.py3-none-any.whl\nsix==1.17.0 --hash=${SHA('a')}\n# wheel: a-1-py3-none-any.whl\n`;
    expect(problemsOf(text).map((p) => [p.line, p.rule])).toEqual([
      [1, 'names a wheel but no requirement follows it; put each "# wheel:" line right above its requirement'],
      [5, 'names a wheel but no requirement follows it; put each "# wheel:" line right above its requirement'],
    ]);
  });
});
