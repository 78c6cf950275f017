import type { ImportInput } from './batch';
import { isImportable } from './formats';

/** Files read from one choice or drop: more are refused with a message, before any is read. */
export const MAX_FILES_PER_IMPORT = 2000;

/** The files of a chosen folder (`<input webkitdirectory>`), with their paths inside it; other kinds (images…) are left out. */
export function folderInputs(files: Iterable<File>): { inputs: ImportInput[]; skipped: number } {
  const all = [...files].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
  const inputs = all.filter((input) => isImportable(input.path));
  return { inputs, skipped: all.length - inputs.length };
}

/**
 * The files dropped on the page, walking into dropped folders. The entries are taken at once, as the
 * browser empties the drop's item list when the event handler returns; the folders are read after.
 * Files dropped by themselves are all kept (an unsupported one gets its own message); files found in
 * folders are kept when importable. Stops walking beyond `MAX_FILES_PER_IMPORT` + 1 files.
 */
export async function droppedInputs(transfer: DataTransfer): Promise<{ inputs: ImportInput[]; skipped: number }> {
  const entries: FileSystemEntry[] = [];
  const loose: File[] = [];
  for (const item of transfer.items) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry();
    const file = item.getAsFile();
    if (entry?.isDirectory) entries.push(entry);
    else if (file) loose.push(file);
  }
  const inputs: ImportInput[] = loose.map((file) => ({ path: file.name, file }));
  let skipped = 0;
  for (const entry of entries) {
    for await (const found of filesUnder(entry as FileSystemDirectoryEntry)) {
      if (!isImportable(found.path)) skipped++;
      else inputs.push(found);
      if (inputs.length > MAX_FILES_PER_IMPORT) return { inputs, skipped };
    }
  }
  return { inputs, skipped };
}

async function* filesUnder(directory: FileSystemDirectoryEntry): AsyncGenerator<ImportInput> {
  const reader = directory.createReader();
  // readEntries gives a folder's entries in batches, then an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return;
    for (const entry of batch) {
      if (entry.isDirectory) yield* filesUnder(entry as FileSystemDirectoryEntry);
      else yield { path: entry.fullPath.replace(/^\//, ''), file: await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)) };
    }
  }
}
