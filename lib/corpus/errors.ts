/**
 * What went wrong, for a message in the writer's language: the options page shows
 * `importProblem_<kind>` filled with the file, the line and `args`. `reason` stays the English text
 * the seed tools print.
 */
export type CorpusProblemKind =
  | 'empty'
  | 'no-text'
  | 'advert-only'
  | 'encoding'
  | 'docx'
  | 'docx-too-large'
  | 'too-long'
  | 'not-word97'
  | 'encrypted'
  | 'pdf'
  | 'pdf-no-text'
  | 'file-too-large'
  | 'unsupported';

export interface CorpusProblem {
  kind: CorpusProblemKind;
  args?: string[];
}

/** A seed or imported file that cannot be parsed. The message always names the file, the line and the reason. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';

  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
    readonly problem?: CorpusProblem,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}
