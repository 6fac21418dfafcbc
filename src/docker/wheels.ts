/**
 * Wheel file names (PEP 427, with the platform tags of PEP 600) and whether a wheel installs in the job image. The
 * image build runs `pip install --only-binary :all:`, so a requirement installs only from a wheel whose tags the
 * image's Python accepts; a file name is all synth can read offline to know that.
 */

/** The Python that installs and runs a job's packages: the official Spark image's `python3`. */
export interface ImagePython {
  /** CPython major and minor, e.g. [3, 10]. */
  readonly version: readonly [number, number];
  /** The glibc of the image's distribution, for manylinux tags: e.g. [2, 35]. */
  readonly glibc: readonly [number, number];
  /** The machine, as wheel platform tags spell it: x86_64. */
  readonly arch: string;
}

export interface WheelName {
  /** The distribution, as the file writes it (`python_dateutil`). */
  readonly distribution: string;
  readonly version: string;
  readonly pythonTags: readonly string[];
  readonly abiTags: readonly string[];
  readonly platformTags: readonly string[];
}

/** `{distribution}-{version}(-{build})?-{python}-{abi}-{platform}.whl`; each tag may be a `.`-separated set. */
export function parseWheelName(file: string): WheelName | undefined {
  if (!file.endsWith('.whl') || file.includes('/')) return undefined;
  const parts = file.slice(0, -'.whl'.length).split('-');
  if (parts.length !== 5 && parts.length !== 6) return undefined;
  const [distribution, version] = parts;
  const [python, abi, platform] = parts.slice(-3);
  if (parts.length === 6 && !/^\d/.test(parts[2])) return undefined;
  if (![distribution, version, python, abi, platform].every((p) => /^[\w.+!]+$/.test(p))) return undefined;
  return {
    distribution,
    version,
    pythonTags: python.split('.'),
    abiTags: abi.split('.'),
    platformTags: platform.split('.'),
  };
}

/** A source distribution's file name: what `pip install --only-binary :all:` never installs. */
export function isSourceDistribution(file: string): boolean {
  return /\.(tar\.gz|tar\.bz2|tar\.xz|zip|tgz)$/.test(file);
}

/**
 * True when the image's pip accepts one of the wheel's tag triples, as `packaging.tags.sys_tags()` lists them for
 * CPython on manylinux: `cp3N` with the `cp3N`, `abi3` or `none` ABI; `cp32`…`cp3N` with `abi3`; `py3`, `py30`…
 * `py3N` with `none`; on `linux_<arch>`, a manylinux tag of at most the image's glibc, or (ABI `none`) `any`.
 */
export function installsOn(wheel: WheelName, image: ImagePython): boolean {
  return wheel.pythonTags.some((python) =>
    wheel.abiTags.some(
      (abi) =>
        pythonAndAbiFit(python, abi, image) &&
        wheel.platformTags.some((platform) => platformFits(platform, abi, image)),
    ),
  );
}

function pythonAndAbiFit(python: string, abi: string, image: ImagePython): boolean {
  const [major, minor] = image.version;
  const cpython = /^cp(\d)(\d+)$/.exec(python);
  if (cpython) {
    const [m, n] = [Number(cpython[1]), Number(cpython[2])];
    if (m !== major) return false;
    if (n === minor) return abi === `cp${major}${minor}` || abi === 'abi3' || abi === 'none';
    return abi === 'abi3' && n >= 2 && n < minor;
  }
  const generic = /^py(\d)(\d*)$/.exec(python);
  if (!generic || Number(generic[1]) !== major || abi !== 'none') return false;
  return generic[2] === '' || Number(generic[2]) <= minor;
}

/** The legacy manylinux names and the glibc each stands for (PEP 600). */
const LEGACY_MANYLINUX: Readonly<Record<string, readonly [number, number]>> = {
  manylinux1: [2, 5],
  manylinux2010: [2, 12],
  manylinux2014: [2, 17],
};

function platformFits(platform: string, abi: string, image: ImagePython): boolean {
  if (platform === 'any') return abi === 'none';
  if (platform === `linux_${image.arch}`) return true;
  const legacy = new RegExp(`^(manylinux1|manylinux2010|manylinux2014)_${image.arch}$`).exec(platform);
  const modern = new RegExp(`^manylinux_(\\d+)_(\\d+)_${image.arch}$`).exec(platform);
  const glibc = legacy ? LEGACY_MANYLINUX[legacy[1]] : modern ? [Number(modern[1]), Number(modern[2])] : undefined;
  if (!glibc) return false;
  const [major, minor] = image.glibc;
  return glibc[0] === major && glibc[1] <= minor;
}

/** A distribution name as pip compares it (PEP 503): lowercase, every run of `-`, `_` and `.` one `-`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/**
 * Whether two versions are the same for `==`, in the part of PEP 440's normalization that file names and pins
 * differ in: case, a leading `v`, the separators around pre-, post- and dev-release parts (`2.9.0.post0` and
 * `2.9.0-post0`), and trailing zeros of the release (`1.0` and `1.0.0`).
 */
export function sameVersion(a: string, b: string): boolean {
  const canonical = (version: string) => {
    const match = /^v?(\d+(?:\.\d+)*)(.*)$/i.exec(version.trim());
    if (!match) return version.trim().toLowerCase();
    const release = match[1].split('.').map(Number);
    while (release.length > 1 && release[release.length - 1] === 0) release.pop();
    return `${release.join('.')}${match[2].toLowerCase().replace(/[-_.]/g, '')}`;
  };
  return canonical(a) === canonical(b);
}
