export { CorpusError } from './errors';
export { stableHash } from './hash';
export { decodeDocument, decodeUtf8, type TextEncodingName } from './decode';
export { parseSource, sourceIdFromFile } from './parse';
export { importDocument, importPastedText, markdownToText, uniqueSourceId, withSourceId, type ImportedDocument } from './import';
export { splitSentences } from './sentences';
export { findPlaceholders, hasPlaceholder } from './placeholders';
export { walkSections, sectionText, countSource } from './walk';
export type { Corpus, PlaceholderSpan, Section, SectionRole, Source } from './types';
