import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CorpusError, decodeDocument, parseSource } from '@/lib/corpus';

const SPEECH = '在机关党员大会上的讲话\r\n同志们：\r\n一、要不负重托\r\n一是要加强自身学习。党建工作是一项政治性工作。二是要强化大局意识。目前。\r\n';

describe('decoding imported documents', () => {
  it('reads UTF-8', () => {
    expect(decodeDocument(new TextEncoder().encode(SPEECH), 'a.txt')).toEqual({ text: SPEECH, encoding: 'utf-8' });
  });

  it('reads GBK and GB18030 files, the usual encoding of Chinese office documents', () => {
    for (const encoding of ['gbk', 'gb18030']) {
      const decoded = decodeDocument(iconv.encode(SPEECH, encoding), 'gbk.txt');
      expect(decoded).toEqual({ text: SPEECH, encoding: 'gb18030' });
      expect(parseSource(decoded.text, 'gbk.txt').sections[0]?.children.map((c) => c.heading)).toEqual(['要加强自身学习', '要强化大局意识']);
    }
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = iconv.encode(SPEECH, 'utf-16le', { addBOM: true });
    expect(decodeDocument(bytes, 'u16.txt').encoding).toBe('utf-16le');
    expect(decodeDocument(bytes, 'u16.txt').text.replace(/^\uFEFF/, '')).toBe(SPEECH);
  });

  it('refuses binary data with the file and line', () => {
    const binary = Uint8Array.from({ length: 400 }, (_, i) => (i * 7919 + 13) % 256);
    expect(() => decodeDocument(binary, 'photo.jpg')).toThrow(CorpusError);
    expect(() => decodeDocument(binary, 'photo.jpg')).toThrow(/^photo\.jpg:\d+: the file is neither UTF-8 nor GBK\/GB18030 text/);
  });
});
