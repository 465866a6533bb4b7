// Where reports go, on the red team's terms (issue 11.4-11.10, issue 10.1): a full disk never
// leaves a shortened report with exit 0; a device, a FIFO or /dev/stdout is written through, never
// replaced; no output may be an input; the replaced file keeps its mode; every catchable signal
// removes the temporary file; a read-only folder is explained in the right words.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOBODY, RUNNING_AS_ROOT, runCliAsync, startCli, temporaryFiles, waitFor } from '../cli-process.js';
import { BIN, EXAMPLES, ROOT, STACK_TRACE, tempDir } from '../helpers.js';

const dir = tempDir();
const at = (...parts: string[]) => join(dir.path, ...parts);
const PREVIOUS = 'the previous report, which must survive\n';
const DUNDEE = join(EXAMPLES, 'dundee-decides.yaml');

beforeAll(() => {
  chmodSync(dir.path, 0o755);
  // A batch three times the examples: every format's report is larger than a 4 KB page.
  mkdirSync(at('batch'));
  for (const name of readdirSync(EXAMPLES).filter((n) => n.endsWith('.yaml'))) {
    for (const copy of [1, 2, 3]) copyFileSync(join(EXAMPLES, name), at('batch', `${copy}-${name}`));
  }
  copyFileSync(DUNDEE, at('p.yaml'));
});
afterAll(() => dir.remove());

const quote = (word: string) => `'${word.replace(/'/g, "'\\''")}'`;
const copro = (args: string[]) => [process.execPath, BIN, ...args].map(quote).join(' ');

/** Whether this machine lets root mount a small tmpfs in a private mount namespace. */
const canMountTmpfs =
  RUNNING_AS_ROOT &&
  spawnSync('unshare', ['-m', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs ${quote(dir.path)}`]).status === 0;

describe('a full disk (11.4): exit 2, and the previous file intact', () => {
  // A 64 KB tmpfs, filled to its last 4 KB page, in a mount namespace of its own: each format's
  // report is bigger than that, so the disk fills part way through the report.
  function onFullDisk(script: string): { status: number | null; stdout: string; stderr: string } {
    const setup = [
      'set -e',
      `mkdir -p ${quote(at('tiny'))}`,
      `mount -t tmpfs -o size=64k tmpfs ${quote(at('tiny'))}`,
      `printf %s ${quote(PREVIOUS)} > ${quote(at('tiny', 'previous'))}`,
      `head -c ${56 * 1024} /dev/zero > ${quote(at('tiny', 'filler'))}`,
      'set +e',
      script,
    ].join('\n');
    const run = spawnSync('unshare', ['-m', 'bash', '-c', setup], { encoding: 'utf8' });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  for (const format of ['table', 'html', 'markdown', 'csv', 'json']) {
    it(`-o with --format ${format}`, ({ skip }) => {
      if (!canMountTmpfs)
        skip('needs root and unshare -m to mount a small tmpfs; /dev/full covers standard output below');
      const out = at('tiny', 'previous');
      const run = onFullDisk(
        `${copro(['assess', at('batch'), '--format', format, '-o', out])}; echo "exit:$?"; cat ${quote(out)}; echo; ls -a ${quote(at('tiny'))}`,
      );
      expect(run.stdout).toMatch(/^exit:2\n/);
      expect(run.stdout).toContain(PREVIOUS);
      expect(run.stdout).not.toMatch(/\.tmp/);
      expect(run.stderr).toMatch(/copro: the output could not be written to .*previous: the disk is full/);
      expect(run.stderr).not.toMatch(STACK_TRACE);
    });

    it(`standard output redirected to a file (> out) with --format ${format}`, ({ skip }) => {
      if (!canMountTmpfs)
        skip('needs root and unshare -m to mount a small tmpfs; /dev/full covers standard output below');
      const run = onFullDisk(
        `${copro(['assess', at('batch'), '--format', format])} > ${quote(at('tiny', 'out'))}; echo "exit:$?"`,
      );
      expect(run.stdout).toBe('exit:2\n');
      expect(run.stderr).toMatch(/copro: the output could not be written to standard output: the disk is full/);
    });

    it(`standard output on /dev/full with --format ${format}`, () => {
      const run = spawnSync('bash', ['-c', `${copro(['assess', at('batch'), '--format', format])} > /dev/full`], {
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/standard output.*(the disk is full|ENOSPC)/);
      expect(run.stderr).not.toMatch(STACK_TRACE);
    });
  }
});

describe('validate and schema on a full standard output (11.4)', () => {
  for (const args of [
    ['validate', EXAMPLES],
    ['schema', 'project'],
    ['schema', 'report'],
  ]) {
    it(`copro ${args.join(' ')} > /dev/full: exit 2, said in words`, () => {
      const run = spawnSync('bash', ['-c', `${copro(args)} > /dev/full`], { encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe('copro: the output could not be written to standard output: the disk is full\n');
    });
  }
});

/**
 * Runs copro with /dev replaced, in a mount namespace of its own, by a small copy (null, zero,
 * full, urandom and the std* links): if copro ever replaced a device again, as root it would
 * otherwise replace the machine's /dev/null or /dev/stdout for every process. Reports what each
 * name is afterwards. Without root (where copro could not replace /dev entries anyway) it runs
 * against the real /dev.
 */
function withPrivateDev(args: string[]): { status: number | null; stdout: string; stderr: string; kinds: string } {
  const kindsFile = at(`kinds-${Math.random().toString(36).slice(2)}`);
  const run = (script: string) => spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  const body = `${copro(args)}; code=$?; stat -L -c '%n %F' /dev/null > ${quote(kindsFile)}; stat -c '%n %F' /dev/stdout /dev/stderr >> ${quote(kindsFile)}; exit $code`;
  if (!RUNNING_AS_ROOT) {
    const result = run(body);
    return {
      status: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      kinds: readFileSync(kindsFile, 'utf8'),
    };
  }
  const dev = at(`private-dev-${Math.random().toString(36).slice(2)}`);
  const setup = [
    'set -e',
    `mkdir -p ${quote(dev)}`,
    `mount -t tmpfs -o size=64k tmpfs ${quote(dev)}`,
    `cd ${quote(dev)}`,
    'mknod -m 666 null c 1 3; mknod -m 666 zero c 1 5; mknod -m 666 full c 1 7; mknod -m 666 urandom c 1 9; mknod -m 666 random c 1 8',
    'ln -s /proc/self/fd fd; ln -s /proc/self/fd/0 stdin; ln -s /proc/self/fd/1 stdout; ln -s /proc/self/fd/2 stderr',
    'cd /',
    `mount --bind ${quote(dev)} /dev`,
    'set +e',
    body,
  ].join('\n');
  const result = spawnSync('unshare', ['-m', 'bash', '-c', setup], { encoding: 'utf8' });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    kinds: existsSync(kindsFile) ? readFileSync(kindsFile, 'utf8') : '',
  };
}

const DEVICES_UNTOUCHED = '/dev/null character special file\n/dev/stdout symbolic link\n/dev/stderr symbolic link\n';

describe('outputs that are not regular files (11.5) are written through, never replaced', () => {
  const privateDev = !RUNNING_AS_ROOT || canMountTmpfs;
  const needPrivateDev = (skip: (note: string) => void) => {
    if (!privateDev)
      skip(
        "as root, these need unshare -m to give copro a private /dev: the machine's /dev/null must never be at stake",
      );
  };

  it('-o /dev/null stays the device', ({ skip }) => {
    needPrivateDev(skip);
    const run = withPrivateDev(['assess', DUNDEE, '-o', '/dev/null']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.kinds).toBe(DEVICES_UNTOUCHED);
    expect(run.stdout).toBe('');
  });

  it('--report json=/dev/stdout is standard output: the JSON reaches it, and nothing is made of the link', ({
    skip,
  }) => {
    needPrivateDev(skip);
    const run = withPrivateDev(['assess', DUNDEE, '-o', at('main.md'), '--report', 'json=/dev/stdout']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).results[0].project.name).toBe('Dundee Decides');
    expect(run.kinds).toBe(DEVICES_UNTOUCHED);
  });

  it('-o /dev/fd/1 is standard output too', ({ skip }) => {
    needPrivateDev(skip);
    const run = withPrivateDev(['assess', DUNDEE, '--format', 'json', '-o', '/dev/fd/1']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).results).toHaveLength(1);
    expect(run.kinds).toBe(DEVICES_UNTOUCHED);
  });

  it('-o a socket is refused, and the socket left as it was', async () => {
    const server = createServer().listen(at('report.sock'));
    await once(server, 'listening');
    try {
      const run = await runCliAsync(['assess', DUNDEE, '-o', at('report.sock'), '--format', 'json']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /report\.sock: this is not a file, a device or a named pipe copro can write a report to/,
      );
      expect(lstatSync(at('report.sock')).isSocket()).toBe(true);
    } finally {
      server.close();
    }
  });

  it('two reports for standard output, one of them as /dev/stdout, are refused as two for standard output', ({
    skip,
  }) => {
    needPrivateDev(skip);
    const run = withPrivateDev(['assess', DUNDEE, '--report', 'json=/dev/stdout']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/only one report can go to standard output, but table and json would/);
    expect(run.kinds).toBe(DEVICES_UNTOUCHED);
  });

  it('--report csv=/dev/stderr writes to standard error', ({ skip }) => {
    needPrivateDev(skip);
    const run = withPrivateDev(['assess', DUNDEE, '--report', 'csv=/dev/stderr', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^file,name,/m);
    expect(run.kinds).toBe(DEVICES_UNTOUCHED);
  });

  it('-o a FIFO with a reader: the reader gets the report, and the FIFO stays a FIFO', async () => {
    execFileSync('mkfifo', [at('read.fifo')]);
    const reader = spawn('cat', [at('read.fifo')]);
    let got = '';
    reader.stdout.setEncoding('utf8').on('data', (text: string) => (got += text));
    const readerDone = new Promise((resolve) => reader.on('close', resolve));
    await waitFor(() => true, 'the reader');
    await new Promise((resolve) => setTimeout(resolve, 200)); // let cat open it
    const run = await runCliAsync(['assess', DUNDEE, '--format', 'json', '-o', at('read.fifo')]);
    await readerDone;
    expect(run.code).toBe(0);
    expect(JSON.parse(got).results[0].project.name).toBe('Dundee Decides');
    expect(lstatSync(at('read.fifo')).isFIFO()).toBe(true);
  });

  it('-o a FIFO nobody reads: refused at once, the FIFO left as it was', async () => {
    execFileSync('mkfifo', [at('unread.fifo')]);
    const run = await runCliAsync(['assess', DUNDEE, '-o', at('unread.fifo'), '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unread\.fifo: this is a named pipe \(FIFO\) that no program is reading from/);
    expect(lstatSync(at('unread.fifo')).isFIFO()).toBe(true);
  });

  it('-o through a link to a file replaces the file it points to, and the link stays a link', async () => {
    writeFileSync(at('real-report.json'), PREVIOUS);
    symlinkSync('real-report.json', at('link-report.json'));
    const run = await runCliAsync(['assess', DUNDEE, '-o', at('link-report.json')]);
    expect(run.code).toBe(0);
    expect(lstatSync(at('link-report.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(at('real-report.json'), 'utf8')).results).toHaveLength(1);
  });
});

describe('an output that is an input (11.6, 10.1): exit 2 before anything is read or written, naming both', () => {
  const ORIGINAL = readFileSync(DUNDEE, 'utf8');
  beforeAll(() => {
    mkdirSync(at('clash', 'd'), { recursive: true });
    writeFileSync(at('clash', 'p.yaml'), ORIGINAL);
    writeFileSync(at('clash', 'd', 'q.yaml'), ORIGINAL);
    writeFileSync(at('clash', 'fw.yaml'), 'extends: default\nid: fw\n');
    writeFileSync(at('clash', 'child.yaml'), 'extends: fw.yaml\nid: child\n');
    symlinkSync('.', at('clash', 'alias'));
    symlinkSync('d', at('clash', 'linked-d'));
    symlinkSync('p.yaml', at('clash', 'p-link.yaml'));
  });

  // Without --format a .yaml name is refused for its extension first (issue 10): also before anything
  // is written; the cases below give --format so that the clash itself is what is refused.
  it('copro assess p.yaml -o p.yaml (no --format): refused, the input intact', async () => {
    const run = await runCliAsync(['assess', 'p.yaml', '-o', 'p.yaml'], { cwd: at('clash') });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write a \.yaml file \(p\.yaml\)/);
    expect(readFileSync(at('clash', 'p.yaml'), 'utf8')).toBe(ORIGINAL);
  });

  const cases: [args: string[], named: RegExp][] = [
    [['assess', 'p.yaml', '-o', 'p.yaml', '--format', 'json'], /the report p\.yaml is also an input of this run/],
    [['assess', 'p.yaml', '--report', 'json=./p.yaml'], /the report \.\/p\.yaml is p\.yaml, an input of this run/],
    [['assess', 'p.yaml', '-o', 'alias/p.yaml', '--format', 'json'], /the report alias\/p\.yaml is p\.yaml, an input/],
    [['assess', 'p.yaml', '-o', 'p-link.yaml', '--format', 'json'], /the report p-link\.yaml is p\.yaml, an input/],
    [['assess', 'p-link.yaml', '-o', 'p.yaml', '--format', 'json'], /the report p\.yaml is p-link\.yaml, an input/],
    [
      ['assess', 'p.yaml', '-f', 'fw.yaml', '-o', 'fw.yaml', '--format', 'json'],
      /the report fw\.yaml is also an input of this run/,
    ],
    [
      ['assess', 'p.yaml', '-f', 'fw.yaml', '--report', 'html=alias/fw.yaml'],
      /the report alias\/fw\.yaml is fw\.yaml, an input/,
    ],
    [
      ['assess', 'd', '-o', 'd/q.yaml', '--format', 'json'],
      /the report d\/q\.yaml is d\/q\.yaml, an input|the report d\/q\.yaml is also an input/,
    ],
    [
      ['assess', 'd', '-o', 'd/report.yaml', '--format', 'json'],
      /the report d\/report\.yaml would be written into .*\/d, a folder this run searches for project files: the next run would read the report as a project/,
    ],
    [
      ['assess', 'd', '-o', 'linked-d/report.yml', '--format', 'json'],
      /would be written into .*\/d, a folder this run searches/,
    ],
    [
      ['assess', 'linked-d', '-o', 'd/new.yaml', '--format', 'json'],
      /would be written into .*\/d, a folder this run searches/,
    ],
    [
      ['criteria', '-f', 'fw.yaml', '-o', 'fw.yaml', '--format', 'json'],
      /the report fw\.yaml is also an input of this run/,
    ],
    // The parent of the framework is found only by reading the framework: nothing is written.
    [
      ['assess', 'p.yaml', '-f', 'child.yaml', '-o', 'alias/fw.yaml', '--format', 'json'],
      /the report alias\/fw\.yaml is fw\.yaml, an input of this run: writing the report would replace it\. Nothing was written/,
    ],
    [
      ['criteria', '-f', 'child.yaml', '-o', 'fw.yaml', '--format', 'json'],
      /the report fw\.yaml is also an input of this run: writing the report would replace it\. Nothing was written/,
    ],
  ];
  for (const [args, named] of cases) {
    it(`copro ${args.join(' ')}`, async () => {
      const run = await runCliAsync(args, { cwd: at('clash') });
      expect(run.stderr).toMatch(named);
      expect(run.stderr).toMatch(/Nothing was (read or )?written: give the report another name/);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(readFileSync(at('clash', 'p.yaml'), 'utf8')).toBe(ORIGINAL);
      expect(readFileSync(at('clash', 'fw.yaml'), 'utf8')).toBe('extends: default\nid: fw\n');
      expect(existsSync(at('clash', 'd', 'report.yaml'))).toBe(false);
      expect(readdirSync(at('clash', 'd'))).toEqual(['q.yaml']);
    });
  }

  it('a report beside the folder, a hidden one inside it, or one that is not YAML, is fine', async () => {
    for (const out of ['d.json', 'd/report.json', 'd/.report.yaml']) {
      const run = await runCliAsync(['assess', 'd', '-o', out, '--format', 'json'], { cwd: at('clash') });
      expect(run.code).toBe(0);
    }
  });

  it('two reports to one file through a linked folder are caught like ./a.json', async () => {
    const run = await runCliAsync(['assess', 'p.yaml', '-o', 'a.json', '--report', 'csv=alias/a.json'], {
      cwd: at('clash'),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/two reports would be written to alias\/a\.json \(the same file as a\.json\)/);
  });
});

describe('the file replaced keeps its mode (11.8)', () => {
  it('-o over a 0600 file leaves it 0600; a new file gets the usual mode', async () => {
    writeFileSync(at('priv.json'), PREVIOUS);
    chmodSync(at('priv.json'), 0o600);
    expect((await runCliAsync(['assess', DUNDEE, '-o', at('priv.json')])).code).toBe(0);
    expect(statSync(at('priv.json')).mode & 0o777).toBe(0o600);
    expect((await runCliAsync(['assess', DUNDEE, '-o', at('new.json')])).code).toBe(0);
    expect(statSync(at('new.json')).mode & 0o777).toBe(0o666 & ~process.umask());
  });

  it('copro init --force over a 0600 file leaves it 0600', async () => {
    writeFileSync(at('private-project.yaml'), 'name: x\n');
    chmodSync(at('private-project.yaml'), 0o600);
    expect((await runCliAsync(['init', '--yes', '--force', at('private-project.yaml')])).code).toBe(0);
    expect(statSync(at('private-project.yaml')).mode & 0o777).toBe(0o600);
    expect(readFileSync(at('private-project.yaml'), 'utf8')).toContain('stages:');
  });

  it('validate --fix over a 0600 file leaves it 0600, its ids brought up to date', async () => {
    // Written for framework 1.0.0: --fix renames answer ids in place, through the same atomic writer.
    copyFileSync(join(ROOT, 'test', 'corpus', 'framework-1-projects', 'dundee-decides.yaml'), at('private-old.yaml'));
    chmodSync(at('private-old.yaml'), 0o600);
    const before = readFileSync(at('private-old.yaml'), 'utf8');
    const run = await runCliAsync(['validate', '--fix', at('private-old.yaml')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/: updated [a-z.-]+ → [a-z.-]+/);
    expect(readFileSync(at('private-old.yaml'), 'utf8')).not.toBe(before);
    expect(statSync(at('private-old.yaml')).mode & 0o777).toBe(0o600);
  });

  it('as root, the owner is kept too', async ({ skip }) => {
    if (!RUNNING_AS_ROOT) skip('only root can give a file to another owner');
    writeFileSync(at('owned.json'), PREVIOUS);
    execFileSync('chown', [`${NOBODY}:${NOBODY}`, at('owned.json')]);
    expect((await runCliAsync(['assess', DUNDEE, '-o', at('owned.json')])).code).toBe(0);
    expect(statSync(at('owned.json'))).toMatchObject({ uid: NOBODY, gid: NOBODY });
  });
});

describe('every catchable signal removes the temporary file (11.9)', () => {
  const SIGNALS: [NodeJS.Signals, number][] = [
    ['SIGHUP', 129],
    ['SIGQUIT', 131],
    ['SIGALRM', 142],
    ['SIGUSR2', 140],
    ['SIGXCPU', 152],
  ];
  for (const [signal, code] of SIGNALS) {
    it(`${signal}: exit ${code}, no temporary file, the previous report intact`, async () => {
      const folder = at(`signal-${signal}`);
      mkdirSync(folder);
      const out = join(folder, 'report.json');
      writeFileSync(out, PREVIOUS);
      // "-" last keeps the run waiting on standard input, with the temporary file open.
      const { child, done } = startCli(['assess', at('batch'), '-', '--format', 'json', '-o', out], {
        keepStdinOpen: true,
      });
      await waitFor(() => temporaryFiles(folder).length > 0, 'the temporary output file');
      child.kill(signal);
      const run = await done;
      expect(run.code).toBe(code);
      expect(temporaryFiles(folder)).toEqual([]);
      expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
    });
  }
});

describe('a read-only folder with a writable report in it (11.10)', () => {
  const asNobody = RUNNING_AS_ROOT ? { uid: NOBODY, gid: NOBODY } : undefined;
  it('is refused in words that say what cannot be written, and why', async ({ skip }) => {
    if (asNobody && spawnSync(process.execPath, [BIN, '--version'], { ...asNobody, cwd: '/' }).status !== 0)
      skip('the unprivileged user cannot run this checkout');
    mkdirSync(at('read-only'));
    writeFileSync(at('read-only', 'r.json'), PREVIOUS);
    chmodSync(at('read-only', 'r.json'), 0o666);
    chmodSync(at('read-only'), 0o555);
    const run = await runCliAsync(
      ['assess', DUNDEE, '-o', at('read-only', 'r.json')],
      asNobody ? { ...asNobody, cwd: '/' } : {},
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /could not be written to .*r\.json: copro writes a report to a temporary file beside it and renames it into place.*cannot create files in .*read-only \(permission denied: copro cannot write here\): make that folder writable, or write the report in another folder/,
    );
    expect(run.stderr).not.toMatch(/cannot read/);
    expect(readFileSync(at('read-only', 'r.json'), 'utf8')).toBe(PREVIOUS);
  });
});

describe('-o a descriptor (/dev/fd/N): one the shell opened is written to; any other is refused in words', () => {
  const inShell = (args: string[], redirect = '') =>
    spawnSync('bash', ['-c', `${copro(args)} ${redirect}`], { encoding: 'utf8' });

  it('-o /dev/fd/3 with 3> a file: the report is in the file', () => {
    const run = inShell(['assess', DUNDEE, '--format', 'json', '-o', '/dev/fd/3'], `3> ${quote(at('fd3.json'))}`);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(at('fd3.json'), 'utf8')).results).toHaveLength(1);
  });

  // Node keeps pipes of its own at low numbers: writing into the one it reads signals from crashed copro (a segmentation fault).
  for (const [name, args] of [
    ['assess', ['assess', DUNDEE, '--format', 'json']],
    ['compare', ['compare', DUNDEE]],
    ['criteria', ['criteria']],
  ] as const) {
    it(`copro ${name} -o a descriptor nobody opened for it (3 to 9, and 57): exit 2, said in words, never a crash`, () => {
      for (const n of [3, 4, 5, 6, 7, 8, 9, 57]) {
        const run = inShell([...args, '-o', `/dev/fd/${n}`]);
        expect(run.signal, `/dev/fd/${n}`).toBeNull();
        expect(run.status, `/dev/fd/${n}: ${run.stderr}`).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(
          new RegExp(
            `^copro: the output could not be written to /dev/fd/${n}: descriptor ${n} (is not open|was not opened for copro \\(Node\\.js, which runs copro, uses it for itself\\)): give a file name, or open the descriptor in the shell that runs copro \\(for example ${n}> report\\.json\\)\\n$`,
          ),
        );
      }
    });
  }

  it('-o /proc/self/fd/57 is the same descriptor by another name', () => {
    const run = inShell(['assess', DUNDEE, '-o', '/proc/self/fd/57']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/: descriptor 57 is not open: /);
  });

  it('-o a name under a file: exit 2, said in words, not as something wrong inside copro', () => {
    const run = inShell(['assess', DUNDEE, '-o', `${at('p.yaml')}/report.json`]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `copro: the output could not be written to ${at('p.yaml')}/report.json: part of this path is a file, not a folder\n`,
    );
  });

  it('-o /dev/stdout with standard output a file: the report is in it', () => {
    const run = inShell(['assess', DUNDEE, '--format', 'json', '-o', '/dev/stdout'], `> ${quote(at('out.json'))}`);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(at('out.json'), 'utf8')).results).toHaveLength(1);
  });
});

describe('-o a terminal when there is none', () => {
  it('-o /dev/tty without a controlling terminal: exit 2, in words rather than a system code', () => {
    const run = spawnSync('setsid', ['-w', process.execPath, BIN, 'assess', DUNDEE, '-o', '/dev/tty'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'copro: the output could not be written to /dev/tty: nothing is there to take it (no terminal, device or program behind this name)\n',
    );
  });
});

describe('a project given as a descriptor (/dev/fd/N)', () => {
  const inShell = (args: string[], redirect = '') =>
    spawnSync('bash', ['-c', `${copro(args)} ${redirect}`], { encoding: 'utf8', timeout: 30_000 });

  it('reads one the shell opened: 3< a file, and 3< <(a program)', () => {
    const file = inShell(['assess', '/dev/fd/3', '--format', 'json'], `3< ${quote(DUNDEE)}`);
    expect(file.status, file.stderr).toBe(0);
    expect(JSON.parse(file.stdout).results[0].project.name).toBe('Dundee Decides');
    const piped = inShell(['assess', '/dev/fd/3', '--format', 'json'], `3< <(cat ${quote(DUNDEE)})`);
    expect(piped.status, piped.stderr).toBe(0);
    expect(JSON.parse(piped.stdout).results[0].project.name).toBe('Dundee Decides');
  });

  it("refuses at once, in words, one nobody opened for it, rather than read Node.js's own pipe", () => {
    for (const n of [3, 5, 7, 57]) {
      const run = inShell(['assess', `/dev/fd/${n}`]);
      expect(run.status, `/dev/fd/${n}: ${run.stderr}`).toBe(2);
      expect(run.stderr).toMatch(
        new RegExp(
          `^/dev/fd/${n}: descriptor ${n} (is not open|was not opened for copro \\(Node\\.js, which runs copro, uses it for itself\\)): give a file name, or open the descriptor in the shell that runs copro \\(for example ${n}< project\\.yaml\\)\\n$`,
        ),
      );
    }
  });
});
