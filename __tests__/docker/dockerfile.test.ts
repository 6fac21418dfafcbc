import { afterDockerignore, contextFileAt, parseDockerfile } from '../../src/docker/dockerfile';

const FILES = ['main.py', 'lib/util.py', 'lib/deep/more.py', 'README.md', 'data/x.csv'];
const at = (dockerfile: string, target: string, buildArgs: Record<string, string> = {}, files = FILES) =>
  contextFileAt(dockerfile, target, { files }, buildArgs);
const FROM = 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\n';

describe('parseDockerfile', () => {
  it('joins continuation lines, drops comments (also inside a continuation) and upper-cases keywords', () => {
    const instructions = parseDockerfile(
      '# a comment\nfrom x\ncopy a \\\n  # inside\n  b /c/\n\nRUN echo 1 && \\\n    echo 2\n',
    );
    expect(instructions).toEqual([
      { keyword: 'FROM', args: 'x', line: 2 },
      { keyword: 'COPY', args: 'a b /c/', line: 3 },
      { keyword: 'RUN', args: 'echo 1 && echo 2', line: 7 },
    ]);
  });

  it('honours the escape parser directive', () => {
    expect(parseDockerfile('# escape=`\nFROM x\nCOPY a `\n  /b/\n').map((i) => i.args)).toEqual(['x', 'a /b/']);
  });
});

describe('contextFileAt', () => {
  it.each([
    ['a file into a folder (trailing slash), with --chown', 'COPY --chown=root:root main.py /opt/app/', 'main.py'],
    ['a file to a file name', 'COPY main.py /opt/app/main.py', 'main.py'],
    ['a renamed file', 'COPY lib/util.py /opt/app/main.py', 'lib/util.py'],
    ['several sources into a folder', 'COPY --chmod=0644 README.md main.py /opt/app/', 'main.py'],
    ['the whole context (.)', 'COPY . /opt/app/', 'main.py'],
    ['the whole context without a trailing slash', 'COPY --link . /opt/app', 'main.py'],
    ['a wildcard', 'COPY *.py /opt/app/', 'main.py'],
    ['the exec (JSON) form', 'COPY ["main.py", "/opt/app/"]', 'main.py'],
    ['ADD of a local file', 'ADD main.py /opt/app/', 'main.py'],
    ['a destination relative to WORKDIR', 'WORKDIR /opt\nWORKDIR app\nCOPY main.py ./', 'main.py'],
    ['a source with a leading slash (the context root)', 'COPY /main.py /opt/app/', 'main.py'],
  ])('follows %s', (_name, body, source) => {
    expect(at(`${FROM}${body}\n`, '/opt/app/main.py')).toMatchObject({ kind: 'context', source });
  });

  it('copies a folder’s contents, not the folder, and keeps its subfolders', () => {
    const dockerfile = `${FROM}COPY lib /opt/app/\n`;
    expect(at(dockerfile, '/opt/app/deep/more.py')).toMatchObject({ kind: 'context', source: 'lib/deep/more.py' });
    expect(at(dockerfile, '/opt/app/lib/util.py')).toEqual({ kind: 'none' });
  });

  it('expands build args and ARG defaults in destinations, and a later COPY wins', () => {
    const dockerfile = `${FROM}ARG JOB_NAME\nARG ROOT=/opt/spark/jobs\nCOPY main.py \${ROOT}/$JOB_NAME/\nCOPY lib/util.py \${ROOT}/\${JOB_NAME}/main.py\n`;
    expect(at(dockerfile, '/opt/spark/jobs/pi/main.py', { JOB_NAME: 'pi' })).toEqual({
      kind: 'context',
      source: 'lib/util.py',
      line: 6,
    });
  });

  it('sees only the final stage', () => {
    const dockerfile = 'FROM a AS build\nCOPY main.py /opt/app/\nFROM b\nCOPY README.md /opt/app/\n';
    expect(at(dockerfile, '/opt/app/main.py')).toEqual({ kind: 'none' });
  });

  it.each([
    [
      'a folder of an earlier stage',
      'FROM a AS build\nCOPY lib /out/code/\nFROM b\nCOPY --from=build /out/ /opt/app/\n',
      '/opt/app/code/util.py',
      'lib/util.py',
    ],
    [
      'a file of an earlier stage',
      'FROM a AS build\nCOPY main.py /out/\nFROM b\nCOPY --from=build /out/main.py /opt/app/\n',
      '/opt/app/main.py',
      'main.py',
    ],
    [
      'a stage named by its index',
      'FROM a\nCOPY . /out/\nFROM b\nCOPY --from=0 /out /opt/app\n',
      '/opt/app/lib/deep/more.py',
      'lib/deep/more.py',
    ],
    [
      'a stage FROM an earlier stage',
      'FROM a AS build\nCOPY main.py /opt/app/\nFROM build\nCOPY README.md /opt/app/\n',
      '/opt/app/main.py',
      'main.py',
    ],
    [
      'two stages, with build args in each',
      'FROM a AS one\nARG N\nCOPY main.py /one/$N/\nFROM a AS two\nCOPY --from=one /one/ /two/\nFROM b\nARG N\nCOPY --from=two /two/${N}/ /opt/$N/\n',
      '/opt/pi/main.py',
      'main.py',
    ],
  ])('follows COPY --from into %s', (_name, dockerfile, target, source) => {
    expect(at(dockerfile, target, { N: 'pi' })).toMatchObject({ kind: 'context', source });
  });

  it('names stages case-insensitively, and FROM a number is an image, not a stage', () => {
    expect(
      at('FROM a AS Build\nCOPY main.py /out/\nFROM b\nCOPY --from=BUILD /out/ /opt/app/\n', '/opt/app/main.py'),
    ).toMatchObject({ kind: 'context', source: 'main.py' });
    expect(at('FROM a\nCOPY main.py /opt/app/\nFROM 0\n', '/opt/app/main.py')).toEqual({ kind: 'none' });
  });

  it('lets a later source of one COPY --from overwrite an earlier one', () => {
    const dockerfile =
      'FROM a AS one\nCOPY main.py /x/main.py\nCOPY lib/util.py /y/main.py\nFROM b\nCOPY --from=one /x/main.py /y/main.py /opt/app/\n';
    expect(at(dockerfile, '/opt/app/main.py')).toMatchObject({ kind: 'context', source: 'lib/util.py' });
  });

  it('keeps the earlier answer past a COPY --from that cannot touch the path', () => {
    const dockerfile =
      'FROM a AS build\nCOPY . /out/\nFROM b\nCOPY main.py /opt/app/\nCOPY --from=build /out/lib/ /opt/lib/\n';
    expect(at(dockerfile, '/opt/app/main.py')).toEqual({ kind: 'context', source: 'main.py', line: 4 });
  });

  it('cannot tell what a stage puts there when it copies nothing of the context there', () => {
    const result = at(
      'FROM a AS build\nRUN make /out/main.py\nFROM b\nCOPY --from=build /out/ /opt/app/\n',
      '/opt/app/main.py',
    );
    expect(result).toMatchObject({ kind: 'unknown', line: 4 });
    expect(result.kind === 'unknown' && result.reason).toMatch(/stage that puts no file of the context there/);
    const wildcard = at(
      'FROM a AS build\nCOPY . /out/\nFROM b\nCOPY --from=build /out/*.py /opt/app/\n',
      '/opt/app/main.py',
    );
    expect(wildcard.kind === 'unknown' && wildcard.reason).toMatch(/wildcard/);
  });

  it('says none when a file is copied elsewhere, or is not in the context', () => {
    expect(at(`${FROM}COPY main.py /opt/other/\n`, '/opt/app/main.py')).toEqual({ kind: 'none' });
    expect(at(`${FROM}COPY main.py /opt/app/\n`, '/opt/app/main.py', {}, ['README.md'])).toEqual({ kind: 'none' });
  });

  it.each([
    ['COPY --from', 'COPY --from=build /out/ /opt/app/', /--from is not followed/],
    ['a variable without a value', 'ARG NAME\nCOPY main.py /opt/$NAME/', /variable without a known value/],
    ['a relative destination before any WORKDIR', 'COPY main.py app/', /before any WORKDIR/],
    ['ADD of a URL', 'ADD https://example.org/main.py /opt/app/', /URL or an archive/],
    ['ADD of an archive', 'ADD code.tar.gz /opt/app/', /URL or an archive/],
    ['a heredoc', 'COPY <<EOF /opt/app/main.py', /heredoc/],
  ])('cannot tell through %s that may touch the path', (_name, body, reason) => {
    const result = at(`${FROM}${body}\n`, '/opt/app/main.py');
    expect(result.kind).toBe('unknown');
    expect(result.kind === 'unknown' && result.reason).toMatch(reason);
  });

  it('ignores what it cannot follow when it cannot touch the path', () => {
    expect(at(`${FROM}COPY --from=build /out/ /usr/lib/\nCOPY main.py /opt/app/\n`, '/opt/app/main.py')).toMatchObject({
      kind: 'context',
    });
  });
});

describe('afterDockerignore', () => {
  it('drops matching files and folders, lets ! include again, and the last match wins', () => {
    expect(afterDockerignore(FILES, '# comment\nlib\n!lib/util.py\n**/*.csv\n*.md\n')).toEqual([
      'main.py',
      'lib/util.py',
    ]);
  });

  it('keeps everything without a .dockerignore', () => {
    expect(afterDockerignore(FILES, undefined)).toEqual(FILES);
  });
});
