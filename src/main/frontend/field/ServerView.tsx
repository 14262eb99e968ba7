// Server-side (Flow) views need the server. Opened with no connection, they show this page instead of a
// blank one: in the mentor's language, with the way to the logs on this tablet.
import { type ReactNode, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import * as db from './db';
import { appUrl, type Snapshot } from './model';
import './field.css';

const BUILT_IN: Record<string, [string, string]> = {
  en: ['This page needs a connection. Your logs are safe on this tablet.', 'Open my sessions on this tablet'],
  fr: ['Cette page a besoin d’une connexion. Vos séances sont en sécurité sur cette tablette.', 'Ouvrir mes séances sur cette tablette'],
  nb: ['Denne siden trenger nett. Øktene dine er trygge på dette nettbrettet.', 'Åpne øktene mine på dette nettbrettet'],
};

export default function ServerView({ children }: { children: ReactNode }) {
  const [reachable, setReachable] = useState<boolean | null>(navigator.onLine ? true : null);
  useEffect(() => {
    // navigator.onLine says false on some networks that work: ask the server before showing the offline page.
    if (reachable === null) void serverAnswers().then(setReachable);
  }, [reachable]);
  if (reachable === null) return null;
  return reachable ? <>{children}</> : <OfflinePage />;
}

/** Any answer from the server (even 401) means it can be reached; only a failed request means no connection. */
async function serverAnswers(): Promise<boolean> {
  try {
    await fetch(appUrl('field-api/ping'), { method: 'HEAD', cache: 'no-store',
      credentials: 'same-origin', redirect: 'manual' });
    return true;
  } catch {
    return false;
  }
}

function OfflinePage() {
  const [texts, setTexts] = useState(BUILT_IN[navigator.language.slice(0, 2)] ?? BUILT_IN.en);
  const startPage = useLocation().pathname === '/';
  const navigate = useNavigate();
  useEffect(() => {
    void db.get<Snapshot>('snapshot', 'current').then((snapshot) => {
      // The app opened from the home screen with no connection: a mentor's work is on this tablet.
      if (snapshot && startPage) void navigate('/field', { replace: true });
      const m = snapshot?.messages;
      if (m?.['field.needs-connection'] && m['field.open-field-app']) setTexts([m['field.needs-connection'], m['field.open-field-app']]);
    }).catch(() => undefined);
    const reload = () => window.location.reload();
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, []);
  return (
    <main className="field" role="main">
      <h1>MentorLog</h1>
      <p role="alert">{texts[0]}</p>
      <a className="field-signin" href="field">{texts[1]}</a>
    </main>
  );
}
