/** A seed or imported file that cannot be parsed. The message always names the file, the line and the reason. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';

  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}
