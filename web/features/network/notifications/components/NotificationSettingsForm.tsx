// The reader's e-mail settings: none, one e-mail per notification, or a daily digest at an hour (Paris time).
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useState } from 'react';
import { EMAIL_MODES, type EmailMode, emailModeLabels } from '../../../../../common/network-terms.ts';
import type { NotificationSettings } from '../../../../../common/schemas/network-notifications.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { useNotificationSettings } from '../api/useNotificationSettings.ts';
import { useSaveNotificationSettings } from '../api/useSaveNotificationSettings.ts';
import { notificationsMessages } from '../messages.ts';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export function NotificationSettingsForm() {
  const t = useT(notificationsMessages);
  const settings = useNotificationSettings();
  return (
    <section aria-labelledby="notification-settings" className={fr.cx('fr-mb-4w')}>
      <h2 id="notification-settings">{t.settingsTitle}</h2>
      <p>{t.settingsLead}</p>
      <ApiErrorAlert error={settings.error} />
      {settings.isPending ? <Loading /> : null}
      {settings.data ? <SettingsForm initial={settings.data} /> : null}
    </section>
  );
}

function SettingsForm({ initial }: { initial: NotificationSettings }) {
  const t = useT(notificationsMessages);
  const lang = useLang();
  const save = useSaveNotificationSettings();
  const [email, setEmail] = useState<EmailMode>(initial.email);
  const [digestHour, setDigestHour] = useState(initial.digestHour);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ email, digestHour });
  };
  return (
    <form onSubmit={submit} style={{ maxWidth: '40rem' }}>
      <RadioButtons
        legend={t.emailMode}
        name="notification-email"
        options={EMAIL_MODES.map((mode) => ({
          label: emailModeLabels[mode][lang],
          nativeInputProps: {
            value: mode,
            checked: email === mode,
            onChange: () => {
              setEmail(mode);
              save.reset();
            },
          },
        }))}
      />
      <Select
        label={t.digestHour}
        disabled={email !== 'daily'}
        nativeSelectProps={{
          value: String(digestHour),
          onChange: (e) => {
            setDigestHour(Number(e.target.value));
            save.reset();
          },
          style: { maxWidth: '12rem' },
        }}
      >
        {HOURS.map((hour) => (
          <option key={hour} value={hour}>
            {t.hour(hour)}
          </option>
        ))}
      </Select>
      <ApiErrorAlert error={save.error} />
      {save.isSuccess ? <Alert severity="success" small description={t.saved} className={fr.cx('fr-mb-2w')} /> : null}
      <Button type="submit" disabled={save.isPending}>
        {t.save}
      </Button>
    </form>
  );
}
