import * as v from 'valibot';
import { FavouriteSchema, ImportedSourceSchema, issuePath, type Favourite, type ImportedSource } from './schema';
import { StrictSettingsSchema, type Settings } from './settings-schema';

export const BACKUP_FORMAT = 'gongwen-assist-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
  favourites: Favourite[];
  importedSources: ImportedSource[];
}

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.string(),
  settings: StrictSettingsSchema,
  favourites: v.array(FavouriteSchema),
  importedSources: v.array(ImportedSourceSchema),
});

export type BackupErrorCode = 'truncated' | 'not-json' | 'not-backup' | 'newer-version' | 'old-version' | 'shape' | 'too-large' | 'too-deep';

/**
 * A backup holds settings, favourites and at most the library limit of text (40 million characters,
 * 80 MB as UTF-8, plus JSON); anything larger is not ours. Our own files nest about a dozen levels
 * (outlines of four heading levels); JSON.parse of thousands of levels overflows the stack.
 */
export const BACKUP_LIMITS = { bytes: 128 * 1024 * 1024, depth: 64 };

export function backupTooLarge(bytes: number): BackupError {
  return { code: 'too-large', detail: `${(bytes / 1024 / 1024).toFixed(1)} MB，上限 ${BACKUP_LIMITS.bytes / 1024 / 1024} MB` };
}

/** Why a backup file was refused. `path` says where in the file (`favourites.3.text`). */
export interface BackupError {
  code: BackupErrorCode;
  path?: string;
  detail: string;
}

export type BackupResult = { ok: true; backup: Backup } | { ok: false; error: BackupError };

export function createBackup(data: Omit<Backup, 'format' | 'version' | 'exportedAt'>, now = new Date()): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), ...data };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/**
 * Checks a backup file completely before anything is written, so a refused file leaves the
 * current data exactly as it was.
 */
export function parseBackup(text: string): BackupResult {
  // UTF-16 length: a lower bound on the file's bytes.
  if (text.length > BACKUP_LIMITS.bytes) return { ok: false, error: backupTooLarge(text.length) };
  const scan = scanJson(text);
  if (scan.depth > BACKUP_LIMITS.depth) {
    return { ok: false, error: { code: 'too-deep', detail: `嵌套超过 ${BACKUP_LIMITS.depth} 层` } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: scan.endsEarly ? 'truncated' : 'not-json', detail } };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: { code: 'not-backup', detail: `expected "format": "${BACKUP_FORMAT}"` } };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version !== 'number' || version > BACKUP_VERSION) {
    return { ok: false, error: { code: 'newer-version', detail: `version ${String(version)}; this release reads version ${BACKUP_VERSION}` } };
  }
  if (version < BACKUP_VERSION) {
    // No older format exists yet; the next release adds its migration here.
    return { ok: false, error: { code: 'old-version', detail: `version ${version} is not supported` } };
  }
  const result = v.safeParse(BackupSchema, json);
  if (!result.success) {
    return { ok: false, error: { code: 'shape', path: issuePath(result.issues), detail: result.issues[0]?.message ?? 'invalid' } };
  }
  return { ok: true, backup: result.output };
}

/**
 * One pass over JSON text: the deepest nesting of brackets, and whether the text stops inside a string
 * or with brackets still open (the sign of a cut-off file).
 */
function scanJson(text: string): { depth: number; endsEarly: boolean } {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === 0x5c) escaped = true;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return { depth: deepest, endsEarly: text.trim() === '' || inString || depth > 0 };
}
