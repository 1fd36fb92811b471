import { type CauseId, describeCause } from '@wcoa/shared/diagnosis';
import type { Lang } from '@wcoa/shared/i18n';
import { RichText } from './rich-text.tsx';

/** A cause: title, what it means, what to do, where it comes from. Open by default when it blocks. */
export function CauseCard({ id, lang, open = false }: { id: CauseId; lang: Lang; open?: boolean }) {
  const cause = describeCause(id, lang);
  return (
    <details class={`cause ${cause.severity}`} data-cause={id} open={open}>
      <summary>{cause.title}</summary>
      <p>{cause.explanation}</p>
      <ol>
        {cause.remedy.map((step) => (
          <li key={step}>
            <RichText text={step} />
          </li>
        ))}
      </ol>
      <p class="src">{cause.source}</p>
    </details>
  );
}
