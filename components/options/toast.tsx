import { createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import { useT } from '../i18n';

/** A short message at the foot of the page, with at most one action (撤销). */
export interface Toast {
  text: string;
  action?: { label: string; run(): void };
}

/** Shows a toast; the latest replaces the one on show. */
export const Notify = createContext<(toast: Toast) => void>(() => undefined);

export const useNotify = () => useContext(Notify);

/** Long enough to read a sentence and reach for its 撤销; 撤销恢复 also stays in the backup section. */
const SHOWN_MS = 12_000;

export function ToastView({ toast, onClose }: { toast: Toast; onClose(): void }) {
  const t = useT();
  useEffect(() => {
    const timer = setTimeout(onClose, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [toast, onClose]);
  return (
    <div class="toast" role="status" aria-live="polite">
      <span>{toast.text}</span>
      {toast.action && (
        <button
          type="button"
          class="toast-action"
          onClick={() => {
            onClose();
            toast.action?.run();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" class="toast-close" aria-label={t('close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
