import { CorpusError, sourceChars, walkSections, type CorpusProblemKind, type ImportedDocument } from '../corpus';
import { checkFile, importFile } from './formats';
import type { PdfCMaps } from './pdf';
import { outlineRows, type OutlineRow } from './outline-rows';

/** A file to import and where it was found: its name, or its path inside a chosen or dropped folder. */
export interface ImportInput {
  path: string;
  file: Blob;
}

/** Why a file was refused, as plain data (it crosses from the import worker to the page). */
export interface ImportRefusal {
  kind: CorpusProblemKind | 'unexpected';
  line: number;
  args: string[];
  /** The English reason, for a refusal that has no message of its own. */
  reason: string;
}

/** What the page shows of a file read for import; the parsed source itself stays in the worker until saved. */
export interface DocumentPreview {
  title: string;
  encoding: ImportedDocument['encoding'];
  sections: number;
  paragraphs: number;
  characters: number;
  rows: OutlineRow[];
}

export type FileOutcome = { ok: true; preview: DocumentPreview } | { ok: false; refusal: ImportRefusal };

export interface ImportProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
}

/** What the import worker tells the page: one `file` per input read (with the progress after it), then `done`. */
export type ImportEvent = { type: 'file'; path: string; outcome: FileOutcome; progress: ImportProgress } | { type: 'done' };

export function refusalOf(error: unknown): ImportRefusal {
  if (error instanceof CorpusError) return { kind: error.problem?.kind ?? 'unexpected', line: error.line, args: error.problem?.args ?? [], reason: error.reason };
  return { kind: 'unexpected', line: 1, args: [], reason: error instanceof Error ? error.message : String(error) };
}

/** Sizes that take one pass to count (sentences would need splitting, a second or more for a 20 MB text). */
export function previewOf(document: ImportedDocument): DocumentPreview {
  let sections = 0;
  let paragraphs = 0;
  for (const section of walkSections(document.source.sections)) {
    sections++;
    paragraphs += section.paragraphs.length;
  }
  const { title, sections: outline } = document.source;
  return { title, encoding: document.encoding, sections, paragraphs, characters: sourceChars(document.source), rows: outlineRows(outline) };
}

/**
 * One import in the worker: reads and parses files one after another, reporting each as soon as it is
 * done, and keeps the parsed sources for saving. A file is named by its path, so that two `讲话.docx`
 * from different folders stay apart; one too large for its kind is refused before it is read.
 */
export class ImportJob {
  private readonly read: ImportedDocument[] = [];
  private stopped = false;

  constructor(private readonly pdfCMaps?: PdfCMaps) {}

  /** Parsed so far, in the order reported. */
  get documents(): readonly ImportedDocument[] {
    return this.read;
  }

  /** Stops before the next file; what was read stays. */
  stop(): void {
    this.stopped = true;
  }

  async readAll(inputs: readonly ImportInput[], report: (event: ImportEvent) => void): Promise<void> {
    const progress: ImportProgress = { filesDone: 0, filesTotal: inputs.length, bytesDone: 0, bytesTotal: inputs.reduce((n, input) => n + input.file.size, 0) };
    for (const { path, file } of inputs) {
      if (this.stopped) break;
      let outcome: FileOutcome;
      try {
        checkFile(path, file.size);
        const document = await importFile(new Uint8Array(await file.arrayBuffer()), path, this.pdfCMaps);
        this.read.push(document);
        outcome = { ok: true, preview: previewOf(document) };
      } catch (error) {
        outcome = { ok: false, refusal: refusalOf(error) };
      }
      progress.filesDone++;
      progress.bytesDone += file.size;
      report({ type: 'file', path, outcome, progress: { ...progress } });
    }
    report({ type: 'done' });
  }
}
