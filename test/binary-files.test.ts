/**
 * Binary or text (src/detect/binary.ts), through the real binary: a NUL byte alone does not make a
 * file binary; known signatures and files full of control bytes do; UTF-16 with a BOM is text.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { cli, git, gitRepo, scratch } from './helpers/cli.js';
import { Synth } from './helpers/synth.js';

const s = new Synth(5050);
const CK = s.consumerKey();
const CS = s.consumerSecret();
const AT = s.accessToken('1456789012345678901');
const ATS = s.accessTokenSecret();
const FOUR = [CK, CS, AT, ATS].sort();

/** A script Node runs: a raw NUL byte inside a string literal, and X credentials. */
const jsWithNul = [
  "// Splits records on NUL, as `find -print0` writes them.",
  'const SEP = "\0";',
  "const { TwitterApi } = { TwitterApi: function (o) { this.o = o; } };",
  `const client = new TwitterApi({ appKey: "${CK}", appSecret: "${CS}", accessToken: "${AT}", accessSecret: "${ATS}" });`,
  "module.exports = { client, split: (s) => s.split(SEP) };",
  '',
].join('\n');

const credentialsText = `# twitter\nCONSUMER_KEY = "${CK}"\nCONSUMER_SECRET = "${CS}"\nACCESS_TOKEN = "${AT}"\nACCESS_TOKEN_SECRET = "${ATS}"\n`;
/** Text enough that a binary header's NULs are a small share of the first 8 KB: only the signature decides. */
const padding = '# ' + 'lorem ipsum dolor sit amet '.repeat(150) + '\n';

interface Scan {
  status: number | null;
  files: string[];
  secrets: string[];
  binarySkipped: number;
}

function scan(dir: string, args: string[] = ['.']): Scan {
  const run = cli([...args, '-f', 'json', '--show-secrets'], dir);
  assert.notEqual(run.status, 2, run.stderr);
  const doc = JSON.parse(run.stdout);
  return {
    status: run.status,
    files: [...new Set<string>(doc.findings.map((f: { file: string }) => f.file))].sort(),
    secrets: doc.findings.map((f: { secret: string }) => f.secret).sort(),
    binarySkipped: doc.summary.binarySkipped,
  };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A valid 1×1 PNG whose tEXt chunk carries `text` (image metadata is where pasted notes end up). */
function png(text: string): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = Buffer.from([0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('tEXt', Buffer.from(`Comment\0${text}`, 'latin1')),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A ZIP archive holding one stored (uncompressed) file: its text sits in the archive as is. */
function zip(name: string, text: string): Buffer {
  const data = Buffer.from(text, 'latin1');
  const fileName = Buffer.from(name, 'latin1');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4);
  local.writeUInt32LE(crc32(data), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(10, 6);
  central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(local.length + fileName.length + data.length, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

/** The 64-byte header of an x86-64 Linux executable, then its read-only data holding `text`. */
function elf(text: string): Buffer {
  const h = Buffer.alloc(64);
  h.write('\x7fELF', 0, 'latin1');
  h[4] = 2; // 64-bit
  h[5] = 1; // little-endian
  h[6] = 1; // version
  h.writeUInt16LE(2, 16); // executable
  h.writeUInt16LE(0x3e, 18); // x86-64
  h.writeUInt32LE(1, 20);
  h.writeBigUInt64LE(0x401000n, 24); // entry point
  h.writeBigUInt64LE(64n, 32); // program headers
  h.writeUInt16LE(64, 52);
  h.writeUInt16LE(56, 54);
  return Buffer.concat([h, Buffer.from(text, 'latin1')]);
}

/**
 * A one-page PDF written without compression, as simple generators write it: no NUL anywhere, and the
 * page's text (here the credentials) sits in the content stream as is. Its second line is the binary
 * comment the PDF specification recommends (`%` and four bytes over 127, not UTF-8): the binary
 * evidence `%PDF-`, a signature of text bytes, needs.
 */
function pdf(text: string): Buffer {
  const lines = text.split('\n').filter(Boolean).map((l, i) => `BT /F1 10 Tf 40 ${760 - 14 * i} Td (${l.replace(/[()\\]/g, '\\$&')}) Tj ET`);
  const stream = lines.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>',
  ];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('binary or text', () => {
  it('a .js file Node runs, with one NUL byte in a string literal, is scanned (tree, large file, staged, history)', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'split.js'), jsWithNul);
    const node = spawnSync(process.execPath, [join(dir, 'split.js')], { encoding: 'utf8' });
    assert.equal(node.status, 0, `Node runs the file: ${node.stderr}`);
    const r = scan(dir);
    assert.equal(r.status, 1);
    assert.deepEqual(r.secrets, FOUR);
    assert.equal(r.binarySkipped, 0);

    // Over the whole-file limit the first 8 KB are sniffed alone: the same rule holds there.
    const big = scratch();
    writeFileSync(join(big, 'bundle.js'), jsWithNul + 'var filler = 1; // generated code\n'.repeat(40_000));
    assert.deepEqual(scan(big).secrets, FOUR);

    // Staged and committed blobs are classified by the same rule.
    const repo = gitRepo();
    writeFileSync(join(repo, 'split.js'), jsWithNul);
    git(repo, 'add', 'split.js');
    assert.deepEqual(scan(repo, ['--staged']).secrets, FOUR);
    git(repo, 'commit', '-q', '-m', 'split');
    assert.deepEqual(scan(repo, ['--history']).secrets, FOUR);
  });

  it('a few NUL bytes are text, NUL and control bytes beyond ~3 % are binary', () => {
    const dir = scratch();
    // One NUL every 100 bytes (1 %): a text file with stray bytes.
    const sparse = credentialsText + Array.from({ length: 40 }, () => `${'x'.repeat(98)}\0\n`).join('');
    writeFileSync(join(dir, 'sparse.txt'), sparse);
    // One in every 16 bytes a control byte (6 %), no signature: binary.
    const dense = Array.from({ length: 100 }, (_, i) => `${'y'.repeat(15)}${String.fromCharCode(i % 2 ? 0 : 3)}`).join('') + credentialsText;
    writeFileSync(join(dir, 'dense.dat'), Buffer.from(dense, 'latin1'));
    const r = scan(dir);
    assert.deepEqual(r.files, ['sparse.txt']);
    assert.equal(r.binarySkipped, 1);
  });

  it('known binary signatures are skipped even when the rest reads as text (PNG, ZIP, gzip, ELF, PDF)', () => {
    const dir = scratch();
    const payload = credentialsText + padding;
    // Each holds the credentials as plain bytes, and too few NULs to be binary by share (the PDF none
    // at all, only its high-byte comment line): only the signature makes it binary.
    writeFileSync(join(dir, 'avatar.png'), png(payload));
    writeFileSync(join(dir, 'backup.zip'), zip('keys.py', payload));
    writeFileSync(join(dir, 'keys.py.gz'), gzipSync(payload, { level: 0 }));
    writeFileSync(join(dir, 'bot'), elf(payload));
    writeFileSync(join(dir, 'notes.pdf'), pdf(credentialsText));
    assert.ok(!readFileSync(join(dir, 'notes.pdf')).includes(0));
    const r = scan(dir);
    assert.equal(r.status, 0);
    assert.deepEqual(r.files, []);
    assert.equal(r.binarySkipped, 5);
    // The same files with their first byte changed are no longer recognised: then the credentials are found.
    for (const name of ['avatar.png', 'backup.zip', 'keys.py.gz', 'bot', 'notes.pdf']) {
      const bytes = readFileSync(join(dir, name));
      bytes[0] = 0x23;
      const other = scratch();
      writeFileSync(join(other, name), bytes);
      assert.deepEqual(scan(other).secrets, FOUR, `${name} without its signature`);
    }
  });

  it('a text file that starts with a signature made of text bytes (GIF89a, %PDF-, ftyp at 4, ustar at 257 …) is scanned', () => {
    // The review's reproduction: a pull request prefixes a .env with "GIF89a\n".
    const bearer = s.bearer();
    const repro = scratch();
    writeFileSync(join(repro, 'app.env'), `GIF89a\nBEARER=${bearer}\n`);
    writeFileSync(join(repro, 'b.py'), `abcdftyp\nBEARER=${bearer}\n`);
    const text = cli(['--fail-on-skip', '.'], repro);
    assert.equal(text.status, 1, text.stdout + text.stderr);
    assert.match(text.stdout, /scanned 2 files/);
    assert.doesNotMatch(text.stdout, /binary skipped/);

    // Every signature made only of text bytes, each before the credentials in an otherwise plain
    // (UTF-8, non-ASCII included) text file.
    const dir = scratch();
    const body = `# café ✓ — notes\n${credentialsText}`;
    const heads: Record<string, string> = {
      'gif87.env': 'GIF87a\n',
      'gif89.env': 'GIF89a',
      'pdf.md': '%PDF-1.7 export settings\n',
      'arch.txt': '!<arch>\n',
      'plist.txt': 'bplist00\n',
      'woff.txt': 'wOFF\n',
      'woff2.txt': 'wOF2\n',
      'flac.txt': 'fLaC\n',
      'mp4.txt': 'abcdftypisom\n',
      'bz2.txt': 'BZh91AY&SY\n',
      'webp.txt': 'RIFF1234WEBP\n',
      'wave.txt': 'RIFF1234WAVE\n',
      'avi.txt': 'RIFF1234AVI \n',
      'tar.txt': `${'#'.repeat(256)}\nustar\n`,
    };
    for (const [name, head] of Object.entries(heads)) writeFileSync(join(dir, name), head + body);
    const r = scan(dir, ['--fail-on-skip', '.']);
    assert.equal(r.status, 1);
    assert.deepEqual(r.files, Object.keys(heads).sort());
    assert.equal(r.binarySkipped, 0);

    // Real files of those formats have binary bytes right after the signature: still skipped.
    const real = scratch();
    const gif = Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.from([0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00]), Buffer.from(credentialsText + padding)]);
    writeFileSync(join(real, 'pixel.gif'), gif);
    const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom', 'latin1'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2', 'latin1'), Buffer.from(credentialsText + padding)]);
    writeFileSync(join(real, 'clip.mp4'), mp4);
    // A PDF whose only binary bytes are the customary high-byte comment line (not UTF-8).
    writeFileSync(join(real, 'notes.pdf'), pdf(credentialsText));
    // A tar archive made by tar(1): the header's NUL padding, then the member's text as is.
    const src = scratch();
    writeFileSync(join(src, 'keys.py'), credentialsText + padding);
    const tar = spawnSync('tar', ['-cf', join(real, 'backup.tar'), '-C', src, 'keys.py'], { encoding: 'utf8' });
    assert.equal(tar.status, 0, tar.stderr);
    const skipped = scan(real, ['--fail-on-skip', '.']);
    assert.equal(skipped.status, 0);
    assert.deepEqual(skipped.files, []);
    assert.equal(skipped.binarySkipped, 4);
  });

  it('a file of mostly NUL and control bytes without a signature is binary, with or without NULs', () => {
    const dir = scratch();
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = i % 3 === 0 ? 0 : (i * 7) % 32;
    writeFileSync(join(dir, 'state.bin'), Buffer.concat([noise, Buffer.from(credentialsText), noise]));
    // Control bytes but no NUL (records framed by SOH/STX/ETX, say).
    const frames = Buffer.alloc(4096);
    for (let i = 0; i < frames.length; i++) frames[i] = 1 + (i % 8);
    writeFileSync(join(dir, 'frames.bin'), Buffer.concat([frames, Buffer.from(credentialsText)]));
    const r = scan(dir);
    assert.equal(r.status, 0);
    assert.deepEqual(r.files, []);
    assert.equal(r.binarySkipped, 2);
  });

  it('UTF-16 with a BOM (LE and BE) is scanned; without a BOM it is half NULs and stays binary', () => {
    const dir = scratch();
    const le = Buffer.from(credentialsText, 'utf16le');
    const be = Buffer.from(le).swap16();
    writeFileSync(join(dir, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), le]));
    writeFileSync(join(dir, 'be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    writeFileSync(join(dir, 'no-bom.txt'), le);
    const r = scan(dir);
    assert.deepEqual(r.files, ['be.txt', 'le.txt']);
    assert.deepEqual(r.secrets, [...FOUR, ...FOUR].sort());
    assert.equal(r.binarySkipped, 1);
  });
});
