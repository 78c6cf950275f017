import type { PlaceholderMark } from '@/lib/assistant';

/** Fill mode: a frame over each placeholder still to fill; the one Tab selected is drawn stronger. */
export function PlaceholderMarks({ marks }: { marks: readonly PlaceholderMark[] }) {
  return (
    <>
      {marks.map((mark, i) => (
        <div
          key={i}
          class={mark.active ? 'placeholder-mark active' : 'placeholder-mark'}
          style={{ left: `${mark.left}px`, top: `${mark.top}px`, width: `${mark.width}px`, height: `${mark.height}px` }}
          aria-hidden="true"
        />
      ))}
    </>
  );
}
