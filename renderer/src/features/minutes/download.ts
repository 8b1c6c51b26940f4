// Hands a file to the secretary: the browser's download (in Electron, its save dialog).
import type { FileOutput } from '../../../../electron/contract';

export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Released after the download has taken the bytes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function saveFile(file: FileOutput): void {
  saveBlob(new Blob([bytesOf(file.data)], { type: file.mediaType }), file.fileName);
}

/** A file read from the secretary's disk, as base64 for the API. */
export async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
