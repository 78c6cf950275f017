import { useT } from '../i18n';
import { BinList, binRestoredText } from './BinList';
import type { OptionsActions, OptionsModel } from './model';
import { SourceRow } from './SourceRow';
import { useNotify } from './toast';

export function SourcesSection({ model, actions }: { model: OptionsModel; actions: OptionsActions }) {
  const t = useT();
  const notify = useNotify();
  const disabled = new Set(model.settings.disabledSources);
  const all = [...model.bundled.map((s) => s.id), ...model.imported.map((i) => i.source.id)];
  const toggle = (id: string, enabled: boolean) => {
    const next = new Set(disabled);
    if (enabled) next.delete(id);
    else next.add(id);
    void actions.updateSettings({ disabledSources: [...next] });
  };
  return (
    <section id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('navSources')}</h2>
      <p class="hint">{t('sourcesHint')}</p>
      <div class="toolbar">
        <button type="button" onClick={() => void actions.updateSettings({ disabledSources: [] })}>
          {t('sourcesAll')}
        </button>
        <button type="button" onClick={() => void actions.updateSettings({ disabledSources: all })}>
          {t('sourcesNone')}
        </button>
      </div>
      <ul class="sources">
        {model.bundled.map((source) => (
          <SourceRow key={source.id} source={source} imported={false} enabled={!disabled.has(source.id)} onToggle={(on) => toggle(source.id, on)} />
        ))}
        {model.imported.map(({ source }) => (
          <SourceRow
            key={source.id}
            source={source}
            imported
            enabled={!disabled.has(source.id)}
            onToggle={(on) => toggle(source.id, on)}
            onRename={(title) => void actions.renameSource(source.id, title)}
            onDelete={() =>
              void actions.deleteSource(source.id).then((key) => {
                if (key === null) return;
                const undo = () => void actions.restoreFromBin(key).then((outcome) => notify({ text: binRestoredText(t, source.title, outcome) }));
                notify({ text: t('sourceDeleted', source.title), action: { label: t('undo'), run: undo } });
              })
            }
          />
        ))}
      </ul>
      <BinList bin={model.bin} actions={actions} />
    </section>
  );
}
