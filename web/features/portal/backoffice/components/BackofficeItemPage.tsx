// /portail-export/gestion/:kind/nouveau and /portail-export/gestion/:kind/:id (editors): the content form,
// then publication, preview and history for an existing item. The item's abilities decide which actions show.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { ContentKind } from '../../../../../common/portal-terms.ts';
import type { BackofficeItem } from '../../../../../common/schemas/portal-backoffice.ts';
import { isApiError } from '../../../../app/api/client.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { formatDate, useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { EditorPage } from '../../../observatory/registry/components/EditorPage.tsx';
import { useContentItem } from '../api/useContentItem.ts';
import { useCreateContent, useSaveContent } from '../api/useContentMutations.ts';
import { changes } from '../formValues.ts';
import { blankContent, isCreatable, itemUrl, kindOfSlug, listUrl } from '../kinds.ts';
import { useFieldLabels } from '../labels.ts';
import { backofficeMessages } from '../messages.ts';
import { ContentForm } from './ContentForm.tsx';
import { HistoryTable } from './HistoryTable.tsx';
import { PreviewPanel } from './PreviewPanel.tsx';
import { PublicationPanel } from './PublicationPanel.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { usePortalEditorFrame } from './usePortalEditorFrame.ts';

export function BackofficeItemPage() {
  const t = useT(backofficeMessages);
  const params = useParams();
  const kind = kindOfSlug(params.kind);
  const frame = usePortalEditorFrame();
  const segments = [...frame.segments, { label: t.title, to: paths.portalBackoffice }];

  if (!kind) {
    return (
      <EditorPage title={t.unknownKindTitle} lead={t.unknownKindText} segments={segments} gate={frame.gate}>
        <Button linkProps={{ to: paths.portalBackoffice }}>{t.backToList}</Button>
      </EditorPage>
    );
  }
  const listSegments = [...segments.slice(0, -1), { label: t.title, to: listUrl(kind) }];
  if (!params.id) {
    return (
      <EditorPage title={t.newItem[kind]} lead={t.newLead} segments={listSegments} gate={frame.gate}>
        {isCreatable(kind) ? (
          <NewItem kind={kind} />
        ) : (
          <>
            <p>{t.countriesNotCreated}</p>
            <Button linkProps={{ to: listUrl(kind) }}>{t.backToList}</Button>
          </>
        )}
      </EditorPage>
    );
  }
  return <ExistingItem kind={kind} id={params.id} segments={listSegments} />;
}

function NewItem({ kind }: { kind: ContentKind }) {
  const create = useCreateContent(kind);
  const navigate = useNavigate();
  return (
    <ContentForm
      kind={kind}
      initial={blankContent[kind]}
      isNew
      saving={create.isPending}
      error={create.error}
      onSave={async (content, id) => {
        // Left empty, a date takes the server's default (today).
        const body = Object.fromEntries(Object.entries(content).filter(([, value]) => value !== ''));
        const item = await create.mutateAsync({ ...body, ...(id ? { id } : {}) });
        navigate(itemUrl(kind, item.id), { replace: true, state: { created: true } });
      }}
    />
  );
}

function ExistingItem({
  kind,
  id,
  segments,
}: {
  kind: ContentKind;
  id: string;
  segments: { label: string; to: string }[];
}) {
  const t = useT(backofficeMessages);
  const frame = usePortalEditorFrame();
  const session = useSession();
  const canEdit = session.me?.abilities.editPortal === true;
  const item = useContentItem(kind, canEdit ? id : '');
  const lang = useLang();
  const title = item.data ? (lang === 'en' ? item.data.titleEn : item.data.titleFr) : t.editItem[kind];

  return (
    <EditorPage title={title} lead={t.editLead} segments={segments} gate={frame.gate}>
      {item.error ? (
        isApiError(item.error) && item.error.status === 404 ? (
          <Alert severity="warning" as="h2" title={t.notFoundTitle} description={t.notFoundText} />
        ) : (
          <ApiErrorAlert error={item.error} />
        )
      ) : !item.data ? (
        <Loading />
      ) : (
        <ItemEditor kind={kind} item={item.data} />
      )}
    </EditorPage>
  );
}

function ItemEditor({ kind, item }: { kind: ContentKind; item: BackofficeItem }) {
  const t = useT(backofficeMessages);
  const lang = useLang();
  const labels = useFieldLabels(kind);
  const save = useSaveContent(kind, item.id);
  const [dirty, setDirty] = useState(false);
  const [formVersion, setFormVersion] = useState(0);
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  const [notice, setNotice] = useState<string | null>(created ? t.created : null);
  const [previewOpen, setPreviewOpen] = useState(false);

  return (
    <>
      <div className={fr.cx('fr-mb-3w')}>
        <p className={fr.cx('fr-mb-1w')}>
          <StatusBadge status={item.status} pendingChanges={item.pendingChanges} />{' '}
          <span className={fr.cx('fr-text--sm')}>
            {item.publishedAt ? t.publishedOn(formatDate(item.publishedAt, lang)) : t.neverPublished}
          </span>
        </p>
        <p className={fr.cx('fr-hint-text')}>{t.idIsFixed(item.id)}</p>
        {item.pendingChanges && (
          <Alert
            severity="info"
            small
            title={t.pendingTitle}
            description={`${t.pendingText} ${item.changedFields.map(labels.label).join(', ')}.`}
          />
        )}
      </div>
      <div role="status">
        {notice && <Alert className={fr.cx('fr-mb-2w')} severity="success" small description={notice} />}
      </div>

      <ContentForm
        key={formVersion}
        kind={kind}
        initial={item.content}
        isNew={false}
        saving={save.isPending}
        error={save.error}
        onDirtyChange={setDirty}
        onSave={async (content) => {
          setNotice(null);
          const changed = changes(item.content, content);
          if (Object.keys(changed).length === 0) {
            setNotice(t.nothingToSave);
            return;
          }
          await save.mutateAsync(changed);
          setNotice(t.saved);
          // The form starts again from the saved (server-tidied) content.
          setFormVersion((v) => v + 1);
        }}
      />

      <div className={fr.cx('fr-mt-5w')}>
        <PublicationPanel kind={kind} item={item} dirty={dirty} onDiscarded={() => setFormVersion((v) => v + 1)} />
      </div>

      <Button
        className={fr.cx('fr-mb-3w')}
        type="button"
        priority="secondary"
        iconId="fr-icon-eye-line"
        nativeButtonProps={{ 'aria-expanded': previewOpen, 'aria-controls': 'bo-preview' }}
        onClick={() => setPreviewOpen((open) => !open)}
      >
        {previewOpen ? t.hidePreview : t.showPreview}
      </Button>
      <div id="bo-preview">{previewOpen && <PreviewPanel kind={kind} id={item.id} unsaved={dirty} />}</div>

      <HistoryTable kind={kind} id={item.id} />
    </>
  );
}
