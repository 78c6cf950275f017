import { countSource, type Section, type Source } from '@/lib/corpus';

function Outline({ sections }: { sections: readonly Section[] }) {
  const titled = sections.filter((s) => s.heading);
  if (titled.length === 0) return null;
  return (
    <ul>
      {titled.map((s) => (
        <li key={s.id}>
          {s.number}
          {s.heading}
          <Outline sections={s.children} />
        </li>
      ))}
    </ul>
  );
}

/** The bundled sources with their counts and outline. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <main>
      <h1>素材来源</h1>
      {sources.map((source) => {
        const counts = countSource(source);
        return (
          <details key={source.id}>
            <summary>
              {source.title}（{counts.paragraphs} 段，{counts.sentences} 句）
            </summary>
            <Outline sections={source.sections} />
          </details>
        );
      })}
    </main>
  );
}
