// Writing a zip as a stream, with constant memory: fflate lays out the archive and Node's zlib
// does the deflating (several times faster than deflate in JavaScript). Each entry is compressed
// in pieces that end on a sync flush, so together they stay one valid deflate stream — the way
// fflate documents for plugging in another compressor (a ZipPassThrough whose process() compresses).
import zlib from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';

/** Bytes gathered before each compression: large enough for a good ratio, small enough for memory. */
const PIECE = 1 << 20;

class NativeDeflate extends ZipPassThrough {
  private pending: Uint8Array[] = [];
  private pendingSize = 0;

  constructor(filename: string) {
    super(filename);
    this.compression = 8;
  }

  override process(chunk: Uint8Array, final: boolean): void {
    if (chunk.length > 0) {
      this.pending.push(chunk);
      this.pendingSize += chunk.length;
    }
    if (!final && this.pendingSize < PIECE) return;
    const piece = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingSize = 0;
    const out = zlib.deflateRawSync(piece, {
      level: 6,
      finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    });
    this.ondata(null, out, final);
  }
}

export interface ArchiveEntry {
  push(data: Uint8Array | string): void;
  end(): void;
}

export interface ArchiveWriter {
  /** One file in the archive; `compress` false for what is compressed already (scans, PDFs). */
  entry(name: string, compress: boolean): ArchiveEntry;
  /** Ends the archive; every byte has gone to the sink by then. */
  end(): void;
}

/** A zip written piece by piece to `sink` (a file descriptor's writeSync, or memory). */
export function createArchive(sink: (chunk: Uint8Array) => void): ArchiveWriter {
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else sink(chunk);
  });
  const check = () => {
    if (failure) throw failure;
  };
  return {
    entry(name, compress) {
      const file = compress ? new NativeDeflate(name) : new ZipPassThrough(name);
      zip.add(file);
      // Small pushes (one record a line) are gathered into larger ones before they reach the zip.
      let buffered: Buffer[] = [];
      let size = 0;
      const flush = (final: boolean) => {
        file.push(buffered.length === 1 ? buffered[0]! : Buffer.concat(buffered), final);
        buffered = [];
        size = 0;
        check();
      };
      return {
        push(data) {
          const bytes =
            typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.length);
          buffered.push(bytes);
          size += bytes.length;
          if (size >= 64 * 1024) flush(false);
        },
        end: () => flush(true),
      };
    },
    end() {
      zip.end();
      check();
    },
  };
}
