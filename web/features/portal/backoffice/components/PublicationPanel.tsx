// Publishing: publish (or publish the pending changes), unpublish, discard the pending changes, as the item's
// abilities allow. Only the saved version is published: with unsaved changes, publishing waits for a save.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef, useState } from 'react';
import type { ContentKind } from '../../../../../common/portal-terms.ts';
import type { BackofficeItem } from '../../../../../common/schemas/portal-backoffice.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { useDiscardDraft, usePublishContent, useUnpublishContent } from '../api/useContentMutations.ts';
import { backofficeMessages } from '../messages.ts';

export function PublicationPanel({
  kind,
  item,
  dirty,
  onDiscarded,
}: {
  kind: ContentKind;
  item: BackofficeItem;
  dirty: boolean;
  /** The content went back to the published version: the form starts again from it. */
  onDiscarded: () => void;
}) {
  const t = useT(backofficeMessages);
  const publish = usePublishContent(kind, item.id);
  const unpublish = useUnpublishContent(kind, item.id);
  const discard = useDiscardDraft(kind, item.id);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const busy = publish.isPending || unpublish.isPending || discard.isPending;
  const error = publish.error ?? unpublish.error ?? discard.error;
  const { abilities } = item;

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const run = (mutation: typeof publish, done: string, then?: () => void) => {
    setNotice(null);
    for (const m of [publish, unpublish, discard]) if (m !== mutation) m.reset();
    mutation.mutate(undefined, {
      onSuccess: () => {
        setNotice(done);
        then?.();
      },
    });
  };

  return (
    <section aria-labelledby="bo-publication-title" className={fr.cx('fr-mb-5w')}>
      <h2 id="bo-publication-title" className={fr.cx('fr-h4')}>
        {t.publicationTitle}
      </h2>
      <div ref={noticeRef} tabIndex={-1} role="status">
        {notice && <Alert className={fr.cx('fr-mb-2w')} severity="success" small description={notice} />}
      </div>
      <ApiErrorAlert error={error} />
      {dirty && abilities.publish && (
        <p id="bo-save-first" className={fr.cx('fr-hint-text')}>
          {t.saveFirst}
        </p>
      )}
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left')}>
        {abilities.publish && (
          <li>
            <Button
              type="button"
              iconId="fr-icon-upload-line"
              disabled={busy || dirty}
              nativeButtonProps={dirty ? { 'aria-describedby': 'bo-save-first' } : {}}
              onClick={() => run(publish, t.published)}
            >
              {item.pendingChanges ? t.publishChanges : t.publish}
            </Button>
          </li>
        )}
        {abilities.discardDraft && (
          <li>
            <Button
              type="button"
              priority="secondary"
              iconId="fr-icon-arrow-go-back-line"
              disabled={busy}
              onClick={() => run(discard, t.discarded, onDiscarded)}
            >
              {t.discardDraft}
            </Button>
          </li>
        )}
        {abilities.unpublish && (
          <li>
            <Button
              type="button"
              priority="tertiary"
              iconId="fr-icon-eye-off-line"
              disabled={busy}
              onClick={() => run(unpublish, t.unpublished)}
            >
              {t.unpublish}
            </Button>
          </li>
        )}
      </ul>
    </section>
  );
}
