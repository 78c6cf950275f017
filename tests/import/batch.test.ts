import { describe, expect, it } from 'vitest';
import { ImportJob, type ImportEvent } from '@/lib/import/batch';
import { folderInputs } from '@/lib/import/dropped';
import { outlineRows } from '@/lib/import/outline-rows';
import { parseSource, sourceChars } from '@/lib/corpus';

const speechText = (title: string) => `${title}\n一、总体要求\n（一）提高站位。要把这项工作摆上位置。\n二、工作措施\n正文。`;
const speech = (title: string) => new Blob([speechText(title)]);

describe('the import worker’s job', () => {
  it('reports every file in order with its preview or refusal, and the progress after each', async () => {
    const job = new ImportJob();
    const events: ImportEvent[] = [];
    await job.readAll(
      [
        { path: '甲/讲话.txt', file: speech('在甲单位的讲话') },
        { path: '乙/讲话.txt', file: new Blob([]) },
        { path: '表.xls', file: new Blob(['x']) },
      ],
      (event) => events.push(event),
    );
    expect(events.map((e) => (e.type === 'file' ? [e.path, e.outcome.ok, e.progress.filesDone] : e.type))).toEqual([
      ['甲/讲话.txt', true, 1],
      ['乙/讲话.txt', false, 2],
      ['表.xls', false, 3],
      'done',
    ]);
    const [first, second, third] = events;
    if (first?.type !== 'file' || !first.outcome.ok) throw new Error('first file not read');
    expect(first.outcome.preview).toMatchObject({ title: '在甲单位的讲话', sections: 3, paragraphs: 2, characters: sourceChars(parseSource(speechText('在甲单位的讲话'), 'a.txt')) });
    expect(first.outcome.preview.rows.map((r) => [r.depth, r.number, r.heading])).toEqual([
      [0, '一、', '总体要求'],
      [1, '（一）', '提高站位'],
      [0, '二、', '工作措施'],
    ]);
    expect(second?.type === 'file' && !second.outcome.ok && second.outcome.refusal).toMatchObject({ kind: 'empty', line: 1 });
    expect(third?.type === 'file' && !third.outcome.ok && third.outcome.refusal.kind).toBe('unsupported');
    // Only what was read is kept for saving; the file is named by its path.
    expect(job.documents.map((d) => d.source.file)).toEqual(['甲/讲话.txt']);
  });

  it('stops before the next file when asked, keeping what was read', async () => {
    const job = new ImportJob();
    const paths: string[] = [];
    await job.readAll(
      Array.from({ length: 5 }, (_, i) => ({ path: `${i}.txt`, file: speech(`讲话${i}`) })),
      (event) => {
        if (event.type !== 'file') return;
        paths.push(event.path);
        if (paths.length === 2) job.stop();
      },
    );
    expect(paths).toEqual(['0.txt', '1.txt']);
    expect(job.documents).toHaveLength(2);
  });
});

describe('files from a chosen folder', () => {
  it('keeps their paths inside the folder and leaves out other kinds', () => {
    const file = (name: string, path: string) => Object.defineProperty(new File(['x'], name), 'webkitRelativePath', { value: path });
    const { inputs, skipped } = folderInputs([file('a.doc', '讲话/a.doc'), file('b.png', '讲话/b.png'), file('c.PDF', '讲话/2023/c.PDF')]);
    expect(inputs.map((i) => i.path)).toEqual(['讲话/a.doc', '讲话/2023/c.PDF']);
    expect(skipped).toBe(1);
  });
});

describe('outline rows', () => {
  it('flattens headings in reading order and lifts the children of untitled sections', () => {
    const source = parseSource('讲话\n同志们：\n开场。\n一、甲\n（一）乙。正文。\n1.丙。\n二、丁', 'a.txt');
    expect(outlineRows(source.sections).map((r) => `${r.depth}${r.number}${r.heading}`)).toEqual(['0一、甲', '1（一）乙', '21.丙', '0二、丁']);
  });
});
