// Saved backups on disk: the standard age format (age-encryption.org/v1, scrypt passphrase
// stanza), so an independent tool — `age -d` — opens them. Encrypting and decrypting stream
// through the file in chunks (age's 64 KiB STREAM chunks): a 700 MB backup is never held in memory.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, createWriteStream, openSync, readFileSync, readSync, renameSync, rmSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { DabirError } from '../errors';

/** age-encryption and its ciphers load only when a saved backup is written or opened, not at every start. */
const age = () => import('age-encryption');

const BINARY = 'age-encryption.org/v1\n';
const ARMORED = '-----BEGIN AGE ENCRYPTED FILE-----';
const CHUNK = 64 * 1024;

function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const bytes = Buffer.alloc(64);
    return bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0)).toString('latin1');
  } finally {
    closeSync(fd);
  }
}
const armored = (file: string) => head(file).trimStart().startsWith(ARMORED);

/** Whether a file is age-encrypted (binary or armored), by its first bytes. */
export const isEncrypted = (file: string): boolean => head(file).startsWith(BINARY) || armored(file);

/**
 * A file as a web stream read 64 KiB at a time, on demand: the encrypter pulls only as fast as the
 * output is written, so memory stays flat whatever the file's size (Node's streams converted to web
 * streams and back buffered hundreds of MB of a 700 MB file). `seen` sees every chunk.
 */
function fileSource(file: string, seen: (chunk: Uint8Array) => void = () => undefined): ReadableStream<Uint8Array> {
  let handle: FileHandle | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        handle ??= await open(file, 'r');
        const chunk = new Uint8Array(CHUNK);
        const { bytesRead } = await handle.read(chunk, 0, CHUNK, null);
        if (bytesRead === 0) {
          await handle.close();
          controller.close();
          return;
        }
        const part = chunk.subarray(0, bytesRead);
        seen(part);
        controller.enqueue(part);
      },
      async cancel() {
        await handle?.close();
      },
    },
    { highWaterMark: 4 },
  );
}

const fileSink = (file: string) => Writable.toWeb(createWriteStream(file)) as WritableStream<Uint8Array>;
const hashSink = (hash: Hash) =>
  new WritableStream<Uint8Array>({
    write(chunk) {
      hash.update(chunk);
    },
  });

const storage = (e: unknown, what: string) => {
  const code = (e as NodeJS.ErrnoException).code;
  return new DabirError(
    'storage',
    code === 'ENOSPC'
      ? `جا برای ${what} نیست (دیسک یا حافظه جانبی پر است)؛ پرونده داده دست نخورد.`
      : `${what} نوشته نشد: ${(e as Error).message}؛ پرونده داده دست نخورد.`,
  );
};

/**
 * Encrypts `plain` into `out` with the passphrase, through `out.partial`, then decrypts what was
 * written and compares its SHA-256 with the plain file's: a saved backup is known to open.
 */
export async function encryptFile(plain: string, out: string, passphrase: string): Promise<void> {
  const partial = `${out}.partial`;
  try {
    const encrypter = new (await age()).Encrypter();
    encrypter.setPassphrase(passphrase);
    const plainHash = createHash('sha256');
    const sealed = await encrypter.encrypt(fileSource(plain, (chunk) => plainHash.update(chunk)));
    await sealed.pipeTo(fileSink(partial));
    const check = createHash('sha256');
    await decryptStream(partial, passphrase, hashSink(check));
    if (check.digest('hex') !== plainHash.digest('hex'))
      throw new DabirError('storage', 'پشتیبان رمزگذاری‌شده با پرونده اصلی نخواند؛ ذخیره نشد');
    renameSync(partial, out);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e instanceof DabirError ? e : storage(e, 'پشتیبان');
  }
}

async function decryptStream(file: string, passphrase: string, into: WritableStream<Uint8Array>): Promise<void> {
  const { armor, Decrypter } = await age();
  const decrypter = new Decrypter();
  decrypter.addPassphrase(passphrase);
  let opened: ReadableStream<Uint8Array>;
  try {
    if (armored(file)) {
      // Armored files (`age -a`) are text: decoded whole (they are made by hand, and small).
      const bytes = await decrypter.decrypt(armor.decode(readFileSync(file, 'utf8')));
      opened = new ReadableStream({
        start(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      });
    } else opened = await decrypter.decrypt(fileSource(file));
  } catch (e) {
    throw refusal(e);
  }
  try {
    await opened.pipeTo(into);
  } catch (e) {
    throw (e as NodeJS.ErrnoException).code ? storage(e, 'پرونده بازگشوده') : refusal(e);
  }
}

/** The refusal of a wrong passphrase (restoring tries the canonical spelling of Dabir's own next). */
export const wrongPassphrase =
  'گذرواژه این پشتیبان درست نیست؛ چیزی تغییر نکرد. گذرواژه را همان‌گونه که نوشته شده است وارد کنید';

function refusal(e: unknown): DabirError {
  const message = (e as Error).message;
  // The only answer age gives a wrong passphrase: no stanza of the file opened with it.
  if (/no identity matched|incorrect passphrase/i.test(message))
    return new DabirError('invalid_input', wrongPassphrase);
  if (/work factor/i.test(message))
    return new DabirError(
      'invalid_input',
      `این پرونده رمزگذاری‌شده با تنظیماتی ساخته شده که دبیر نمی‌پذیرد (${message})؛ چیزی تغییر نکرد`,
    );
  return new DabirError('invalid_input', `پرونده رمزگذاری‌شده آسیب دیده یا ناقص است (${message})؛ چیزی تغییر نکرد`);
}

/** Decrypts an age file into `out` (through `out.partial`); a wrong passphrase or a damaged file is a Persian refusal and leaves nothing. */
export async function decryptFile(file: string, out: string, passphrase: string): Promise<void> {
  const partial = `${out}.partial`;
  try {
    await decryptStream(file, passphrase, fileSink(partial));
    renameSync(partial, out);
  } finally {
    rmSync(partial, { force: true });
  }
}
