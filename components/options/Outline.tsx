import type { Section } from '@/lib/corpus';

/** The headings of an outline, nested; untitled sections show only their children. */
export function Outline({ sections }: { sections: readonly Section[] }) {
  const items = sections.flatMap((s) => (s.heading ? [s] : s.children.filter((c) => c.heading)));
  if (items.length === 0) return null;
  return (
    <ul class="outline">
      {items.map((s) => (
        <li key={s.id}>
          <span class="outline-number">{s.number}</span>
          {s.heading}
          <Outline sections={s.children} />
        </li>
      ))}
    </ul>
  );
}
