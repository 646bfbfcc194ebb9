// My notifications in the app, the status of e-mail and webhook deliveries, and (for a focal point) my state's webhook.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { z } from 'zod';
import { Permission } from '../../../server/access/permissions';
import type { deliveriesResponse, notificationsResponse, webhookResponse, webhookSecretResponse } from '../../../server/modules/notifications/schemas';
import { api } from '../../api';
import { usePermission, useUser } from '../../app/session';
import { ActionButton, Form } from '../../components/form';
import { ErrorMessage, Field, formatDateTime, Loading, Notice, useApi } from '../../components/ui';

function WebhookSettings({ state }: { state: string }) {
  const { t, i18n } = useTranslation('alerts');
  const hook = useApi(() => api.get<z.infer<typeof webhookResponse>>(`/api/notifications/webhooks/${state}`), [state]);
  const [secret, setSecret] = useState<string | null>(null);
  const submit = async (f: FormData) => {
    const saved = await api.put<z.infer<typeof webhookSecretResponse>>(`/api/notifications/webhooks/${state}`, { url: f.get('url') });
    setSecret(saved.secret);
    hook.reload();
  };
  // A new address comes with a new signing secret: the receiver at the old one stops verifying, so replacing is asked first.
  const replacing = hook.data?.url
    ? { title: t('webhookReplaceTitle'), body: t('webhookReplaceBody', { url: hook.data.url }), confirm: t('webhookSave'), danger: true }
    : undefined;
  return (
    <section aria-labelledby="webhook">
      <h3 id="webhook">
        {t('webhook')} ({state})
      </h3>
      <p>{t('webhookIntro')}</p>
      {hook.data &&
        (hook.data.url ? (
          <p>
            {t('webhookCurrent')}: <code>{hook.data.url}</code> ({t('updated')} {formatDateTime(hook.data.updatedAt, i18n.language)})
          </p>
        ) : (
          <p>{t('webhookNone')}</p>
        ))}
      <ErrorMessage error={hook.error} />
      <Form onSubmit={submit} confirm={replacing} className="form-grid" aria-labelledby="webhook">
        <Field label={t('webhookUrl')} name="url" type="url" required maxLength={500} />
        <button type="submit">{t('webhookSave')}</button>
      </Form>
      {secret && (
        <Notice>
          {t('webhookSecret')} <code>{secret}</code>
        </Notice>
      )}
    </section>
  );
}

export function NotificationsPage() {
  const { t, i18n } = useTranslation('alerts');
  const user = useUser();
  const webhooks = usePermission(Permission.NotificationsWebhook);
  const list = useApi(() => api.get<z.infer<typeof notificationsResponse>>('/api/notifications'), []);
  const deliveries = useApi(() => api.get<z.infer<typeof deliveriesResponse>>('/api/notifications/deliveries'), []);
  // Marking one read that fails is said beside its button.
  const markRead = async (id: string) => {
    await api.post(`/api/notifications/${id}/read`);
    list.reload();
  };
  return (
    <section aria-labelledby="notifications">
      <h2 id="notifications">{t('notifications')}</h2>
      <ErrorMessage error={list.error} />
      {!list.data ? (
        !list.error && <Loading />
      ) : list.data.notifications.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="cards">
          {list.data.notifications.map((n) => (
            <li key={n.id} className="card">
              <p>
                <span className="badge">{n.readAt ? t('read') : t('unread')}</span> {n.readAt ? n.title : <strong>{n.title}</strong>}
              </p>
              {n.body && <p>{n.body}</p>}
              <p>
                <small>
                  {t('received')} {formatDateTime(n.createdAt, i18n.language)}
                </small>
                {n.link?.startsWith('/') && (
                  <>
                    {' '}
                    ·{' '}
                    <Link to={n.link}>
                      {t('openLink')}: {n.title}
                    </Link>
                  </>
                )}
                {!n.readAt && (
                  <>
                    {' '}
                    ·{' '}
                    <ActionButton className="link" aria-label={`${t('markRead')}: ${n.title}`} onAction={() => markRead(n.id)}>
                      {t('markRead')}
                    </ActionButton>
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      <h3 id="deliveries">{t('deliveries')}</h3>
      <ErrorMessage error={deliveries.error} />
      {deliveries.data &&
        (deliveries.data.deliveries.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <table className="table" aria-labelledby="deliveries">
            <thead>
              <tr>
                <th scope="col">{t('channel')}</th>
                <th scope="col">{t('target')}</th>
                <th scope="col">{t('subject')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('attempts')}</th>
                <th scope="col">{t('lastError')}</th>
                <th scope="col">{t('sentAt')}</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.data.deliveries.map((d) => (
                <tr key={d.id}>
                  <td>{t(`channels.${d.channel}`)}</td>
                  <td>{d.target}</td>
                  <td>{d.subject}</td>
                  <td>{t(`deliveryStatus.${d.status}`)}</td>
                  <td>{d.attempts}</td>
                  <td>{d.lastError ?? '—'}</td>
                  <td>{formatDateTime(d.sentAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {user.state && webhooks && <WebhookSettings state={user.state} />}
    </section>
  );
}
