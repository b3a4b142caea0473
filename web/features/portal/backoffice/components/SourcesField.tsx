// A country page's information sources: each with a title, a publisher, an https address and its language;
// added and removed one by one. Errors come back as `sources.1.url` and show beside that input.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { CountryContent } from '../../../../../common/schemas/portal-backoffice.ts';
import { commonMessages } from '../../../../app/components/messages.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { fieldState } from '../../../auth/components/fieldState.ts';
import { backofficeMessages } from '../messages.ts';
import type { FieldContext } from './FormField.tsx';

type Source = CountryContent['sources'][number];

export function SourcesField({ id, ctx, fieldKey }: { id: string; ctx: FieldContext; fieldKey: string }) {
  const t = useT(backofficeMessages);
  const tc = useT(commonMessages);
  const sources = (Array.isArray(ctx.values[fieldKey]) ? ctx.values[fieldKey] : []) as Source[];
  const setSource = (index: number, change: Partial<Source>) =>
    ctx.set(
      fieldKey,
      sources.map((source, i) => (i === index ? { ...source, ...change } : source)),
    );
  const error = (index: number, key: keyof Source) => ctx.error(`${fieldKey}.${index}.${key}`);
  const whole = ctx.error(fieldKey);

  return (
    <div id={id} tabIndex={-1}>
      {whole && <p className={fr.cx('fr-error-text')}>{whole}</p>}
      {sources.map((source, index) => {
        const n = index + 1;
        const inputId = (key: string) => `${id}-${index}-${key}`;
        return (
          <fieldset
            // biome-ignore lint/suspicious/noArrayIndexKey: sources have no identity but their place in the list
            key={index}
            className={fr.cx('fr-fieldset', 'fr-mb-2w')}
            style={{ borderLeft: '3px solid var(--border-default-grey)' }}
          >
            <legend className={fr.cx('fr-fieldset__legend', 'fr-text--regular')}>{t.sourceLegend(n)}</legend>
            <div className={fr.cx('fr-fieldset__element')}>
              <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
                <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
                  <Input
                    label={t.sourceTitle}
                    {...fieldState(error(index, 'title'))}
                    nativeInputProps={{
                      id: inputId('title'),
                      required: true,
                      maxLength: 200,
                      value: source.title,
                      onChange: (e) => setSource(index, { title: e.target.value }),
                    }}
                  />
                </div>
                <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
                  <Input
                    label={`${t.sourcePublisher} (${tc.optional})`}
                    {...fieldState(error(index, 'publisher'))}
                    nativeInputProps={{
                      id: inputId('publisher'),
                      maxLength: 200,
                      value: source.publisher,
                      onChange: (e) => setSource(index, { publisher: e.target.value }),
                    }}
                  />
                </div>
                <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
                  <Input
                    label={t.sourceUrl}
                    {...fieldState(error(index, 'url'))}
                    nativeInputProps={{
                      id: inputId('url'),
                      type: 'url',
                      required: true,
                      maxLength: 2000,
                      value: source.url,
                      onChange: (e) => setSource(index, { url: e.target.value }),
                    }}
                  />
                </div>
                <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
                  <Select
                    label={t.sourceLang}
                    {...fieldState(error(index, 'lang'))}
                    nativeSelectProps={{
                      id: inputId('lang'),
                      value: source.lang,
                      onChange: (e) => setSource(index, { lang: e.target.value === 'en' ? 'en' : 'fr' }),
                    }}
                  >
                    <option value="fr">{t.langFr}</option>
                    <option value="en">{t.langEn}</option>
                  </Select>
                </div>
              </div>
              <Button
                type="button"
                priority="tertiary"
                size="small"
                iconId="fr-icon-delete-line"
                onClick={() =>
                  ctx.set(
                    fieldKey,
                    sources.filter((_, i) => i !== index),
                  )
                }
              >
                {t.removeSource(n)}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <Button
        type="button"
        priority="secondary"
        iconId="fr-icon-add-line"
        onClick={() => ctx.set(fieldKey, [...sources, { title: '', publisher: '', url: '', lang: 'fr' }])}
      >
        {t.addSource}
      </Button>
    </div>
  );
}
