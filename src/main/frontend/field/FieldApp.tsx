// The field app: the mentor's logs, the session editor and her follow-ups, on the tablet, with or without a
// connection. Everything shown comes from the tablet's copy (IndexedDB); the outbox syncs in the background.
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '@vaadin/react-components/Button.js';
import { ConfirmDialog } from '@vaadin/react-components/ConfirmDialog.js';
import { Dialog } from '@vaadin/react-components/Dialog.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { formatDate, t } from './i18n';
import type { LocalLog, MyFollowUp, SyncState } from './model';
import { createLog, discardOtherMentor, markDone, signOut, signOutKeepingTablet, start, sync, unsynced, useField } from './sync';
import LogEditor from './LogEditor';
import ConflictView from './ConflictView';
import './field.css';

export default function FieldApp() {
  const field = useField();
  const [params, setParams] = useSearchParams();
  const open = params.get('log');
  const serverId = params.get('session'); // a log opened from a server-side page, by its server id

  useEffect(() => { void start(); }, []);
  useEffect(() => {
    const known = serverId && field.logs.find((l) => l.log.id === Number(serverId));
    if (known) setParams({ log: known.clientId }, { replace: true });
  }, [serverId, field.logs, setParams]);
  // "Log a session" on a server-side page: a new log, opened at once (and only once).
  const creating = useRef(false);
  useEffect(() => {
    if (!params.has('new') || !field.snapshot || creating.current) return;
    creating.current = true;
    void createLog(field.snapshot).then((clientId) => setParams({ log: clientId }, { replace: true }));
  }, [params, field.snapshot, setParams]);

  if (!field.loaded) return null;
  if (field.otherMentor) {
    return (
      <main className="field">
        <section className="field-section" aria-labelledby="other-mentor">
          <p id="other-mentor" className="field-problem" role="alert">
            {t('field.other-mentor', field.otherMentor.name, field.otherMentor.changes)}
          </p>
          <div className="field-actions">
            <Button theme="primary" onClick={() => void signOutKeepingTablet()}>{t('field.sign-out')}</Button>
            <span className="field-spacer" />
            <Button theme="error tertiary" onClick={() => void discardOtherMentor()}>{t('field.other-mentor-discard')}</Button>
          </div>
        </section>
      </main>
    );
  }
  if (!field.snapshot) {
    return (
      <main className="field">
        <p className="field-empty">{firstRunText()}</p>
      </main>
    );
  }
  const local = field.logs.find((l) => l.clientId === open);
  const show = (clientId: string | null) => setParams(clientId ? { log: clientId } : {});
  return (
    <main className="field">
      <StatusBar />
      {local && local.state === 'conflict' && local.server ? <ConflictView local={local} />
        : local ? <LogEditor key={local.clientId} local={local} onClose={() => show(null)} />
        : <Home onOpen={show} />}
    </main>
  );
}

function StatusBar() {
  const field = useField();
  const waiting = unsynced(field);
  const [confirmSignOut, setConfirmSignOut] = useState(false);
  // The dialog's text is in an element: React sets a lone text child as the dialog's textContent, which
  // would remove the buttons Vaadin put beside it.
  return (
    <header className="field-status" role="banner">
      <strong>{field.snapshot!.me.displayName}</strong>
      <span className={field.online ? 'field-online' : 'field-offline'} role="status" aria-live="polite">
        {field.online ? t('field.online') : t('field.offline')}
      </span>
      <span role="status" aria-live="polite" data-testid="unsynced">{t('field.unsynced', waiting)}</span>
      {field.signedOut && <a className="field-signin" href="login">{t('field.signed-out')}</a>}
      <span className="field-spacer" />
      <a className="field-signin" href="sessions">{t('field.menu')}</a>
      <Button onClick={() => void sync()} disabled={field.syncing}>{field.syncing ? t('field.syncing') : t('field.sync-now')}</Button>
      <Button theme="tertiary" onClick={() => (waiting > 0 ? setConfirmSignOut(true) : void signOut())}>{t('field.sign-out')}</Button>
      <ConfirmDialog opened={confirmSignOut} header={t('field.sign-out')} cancelButtonVisible
        confirmText={t('field.sign-out-discard')} confirmTheme="error primary" cancelText={t('field.cancel')}
        onConfirm={() => void signOut()} onCancel={() => setConfirmSignOut(false)}>
        <span>{t('field.sign-out-warning', waiting)}</span>
      </ConfirmDialog>
    </header>
  );
}

// Before the first snapshot the app has no texts yet: this one sentence travels in the bundle itself.
const FIRST_RUN: Record<string, string> = {
  en: 'Sign in once with a connection; after that, your sessions are on this tablet, with or without one.',
  fr: 'Connectez-vous une fois avec une connexion ; ensuite vos séances restent sur cette tablette, avec ou sans réseau.',
  nb: 'Logg inn én gang med nett; deretter ligger øktene dine på dette nettbrettet, med eller uten nett.',
};

function firstRunText(): string {
  return FIRST_RUN[navigator.language.slice(0, 2)] ?? FIRST_RUN.en;
}

const STATE_KEYS: Record<SyncState, string> = {
  local: 'field.state.local', waiting: 'field.state.waiting', synced: 'field.state.synced',
  conflict: 'field.state.conflict', refused: 'field.state.refused',
};

export function stateLabel(local: LocalLog): string {
  return t(STATE_KEYS[local.state]);
}

function Home({ onOpen }: { onOpen: (clientId: string) => void }) {
  const field = useField();
  const snapshot = field.snapshot!;
  const logs = field.logs.filter((l) => !l.pending?.delete).sort((a, b) => (b.log.date ?? '').localeCompare(a.log.date ?? '') || b.changedAt - a.changedAt);
  const create = async () => onOpen(await createLog(snapshot));
  return (
    <>
      <section className="field-section">
        <div className="field-row">
          <h1>{t('field.my-sessions')}</h1>
          <span className="field-spacer" />
          <Button theme="primary" onClick={() => void create()}>{t('field.new-session')}</Button>
        </div>
        {logs.length === 0 && <p className="field-empty">{t('field.no-sessions')}</p>}
        <ul className="field-list">
          {logs.map((local) => (
            <li key={local.clientId}>
              <button className="field-card" onClick={() => onOpen(local.clientId)}>
                <span className="field-card-title">{formatDate(local.log.date)} · {local.log.purpose || t('session.purpose.missing')}</span>
                <span className="field-card-meta">
                  {t(`session.status.${local.log.status}`)}
                  {local.pending?.submit && ` · ${t('field.submit-queued')}`}
                  {' · '}{t('field.attendees', local.log.attendees.length)}
                </span>
                <span className={`field-badge field-badge-${local.state}`}>{stateLabel(local)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <FollowUps followUps={snapshot.followUps} />
    </>
  );
}

function FollowUps({ followUps }: { followUps: MyFollowUp[] }) {
  const field = useField();
  const [closing, setClosing] = useState<MyFollowUp | null>(null);
  const [outcome, setOutcome] = useState('');
  const open = followUps.filter((f) => !field.done.some((d) => d.id === f.id && !d.refusal));
  return (
    <section className="field-section">
      <h2>{t('field.my-follow-ups')}</h2>
      {open.length === 0 && <p className="field-empty">{t('field.no-follow-ups')}</p>}
      <ul className="field-list">
        {open.map((followUp) => {
          const refused = field.done.find((d) => d.id === followUp.id);
          return (
            <li key={followUp.id} className="field-card field-card-static">
              <span className="field-card-title">{followUp.traineeLabel}: {followUp.description}</span>
              <span className={followUp.overdue ? 'field-card-meta field-overdue' : 'field-card-meta'}>
                {followUp.dueDate && t('field.due', formatDate(followUp.dueDate))}
              </span>
              {refused && <span className="field-problem" role="alert">{t('field.done-refused', refused.refusal)}</span>}
              <Button onClick={() => { setClosing(followUp); setOutcome(refused?.outcome ?? ''); }}>{t('field.mark-done')}</Button>
            </li>
          );
        })}
      </ul>
      <Dialog opened={closing !== null} headerTitle={t('field.mark-done')} onClosed={() => setClosing(null)}
        footer={<>
          <Button onClick={() => setClosing(null)}>{t('field.cancel')}</Button>
          <Button theme="primary" disabled={outcome.trim() === ''} onClick={() => {
            void markDone({ id: closing!.id, version: closing!.version, outcome: outcome.trim() }).then(() => sync());
            setClosing(null);
          }}>{t('field.mark-done')}</Button>
        </>}>
        <TextArea label={t('field.outcome')} value={outcome} style={{ width: '100%' }}
          onValueChanged={(e) => setOutcome(e.detail.value)} />
      </Dialog>
    </section>
  );
}
