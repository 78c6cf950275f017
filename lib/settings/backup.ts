import * as v from 'valibot';
import { FavouriteSchema, ImportedSourceSchema, issuePath, type Favourite, type ImportedSource } from './schema';
import { SETTING_CHECKS, type Settings } from './settings-schema';

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

/** Exactly what the options page could have saved; a refused field is named (`settings.limit`). */
const StrictSettingsSchema = v.object(
  Object.fromEntries(Object.entries(SETTING_CHECKS).map(([field, check]) => [field, v.custom<unknown>(check)])) as { [K in keyof Settings]: v.CustomSchema<Settings[K], undefined> },
);

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.string(),
  settings: StrictSettingsSchema,
  favourites: v.array(FavouriteSchema),
  importedSources: v.array(ImportedSourceSchema),
});

/**
 * A backup holds settings, favourites and at most the library limit of text (40 million characters,
 * 80 MB as UTF-8, plus JSON); anything larger is not ours. Our own files nest about a dozen levels
 * (outlines of four heading levels); JSON.parse of thousands of levels overflows the stack.
 */
export const BACKUP_LIMITS = { bytes: 128 * 1024 * 1024, depth: 64 };

/**
 * Why a backup file was refused, as data: the options page words it in the writer's language.
 * `line` is 1-based; `path` says where in the file (`favourites.3.text`).
 */
export type BackupError =
  | { code: 'truncated'; line: number }
  | { code: 'not-json'; line?: number }
  | { code: 'not-backup' }
  | { code: 'newer-version' | 'old-version'; version: string }
  | { code: 'shape'; path: string }
  | { code: 'too-long'; path: string; limit: number }
  | { code: 'too-large'; megabytes: number }
  | { code: 'too-deep' }
  | { code: 'library-limit'; chars: number };

export function backupTooLarge(bytes: number): BackupError {
  return { code: 'too-large', megabytes: Math.round((bytes / 1024 / 1024) * 10) / 10 };
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
    return { ok: false, error: { code: 'too-deep' } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (scan.endsEarly) return { ok: false, error: { code: 'truncated', line: lineAt(text, text.length) } };
    // V8 names a position for most syntax errors ("… in JSON at position 9"), not for every one.
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    return { ok: false, error: position ? { code: 'not-json', line: lineAt(text, Number(position)) } : { code: 'not-json' } };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: { code: 'not-backup' } };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version !== 'number' || version > BACKUP_VERSION) {
    return { ok: false, error: { code: 'newer-version', version: String(version) } };
  }
  if (version < BACKUP_VERSION) {
    // No older format exists yet; the next release adds its migration here.
    return { ok: false, error: { code: 'old-version', version: String(version) } };
  }
  const result = v.safeParse(BackupSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issuePath(result.issues);
    if (issue?.type === 'max_length' && typeof issue.requirement === 'number') return { ok: false, error: { code: 'too-long', path, limit: issue.requirement } };
    return { ok: false, error: { code: 'shape', path } };
  }
  return { ok: true, backup: result.output };
}

/** The 1-based line of `offset` in `text`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
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
