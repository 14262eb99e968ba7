// A log changed on the server while this tablet changed it too (another tablet or tab, a leader's return):
// both copies side by side, field by field, and the mentor picks. Nothing is dropped without her choice.
import { useState } from 'react';
import { Button } from '@vaadin/react-components/Button.js';
import { RadioButton } from '@vaadin/react-components/RadioButton.js';
import { RadioGroup } from '@vaadin/react-components/RadioGroup.js';
import { formatDate, t } from './i18n';
import type { AttendeeLog, FollowUpInput, LocalLog, ObservationInput, SessionLog } from './model';
import { useTraineeLabel } from './LogEditor';
import { resolveConflict, takeServerCopy, useField } from './sync';

type Key = keyof SessionLog;
const FIELDS: [Key, string][] = [
  ['date', 'session.date'], ['startTime', 'session.start'], ['durationMinutes', 'session.duration'],
  ['siteId', 'session.site'], ['format', 'session.format'], ['purpose', 'session.purpose'],
  ['topicIds', 'session.topics'], ['language', 'session.language'], ['coMentorIds', 'session.co-mentors'],
  ['unregisteredWomen', 'session.unregistered.women'], ['unregisteredMen', 'session.unregistered.men'],
  ['unregisteredUnknown', 'session.unregistered.unknown'], ['genderContent', 'session.gender-content'],
  ['genderContentNote', 'field.gender-content-note'], ['attendees', 'session.section.attendance'],
  ['observations', 'session.section.observations'], ['followUps', 'session.section.follow-ups'],
];

export default function ConflictView({ local }: { local: LocalLog }) {
  const snapshot = useField().snapshot!;
  const label = useTraineeLabel();
  const server = local.server!;
  const differing = FIELDS.filter(([key]) => JSON.stringify(local.log[key]) !== JSON.stringify(server[key]));
  const [choice, setChoice] = useState<Record<string, 'mine' | 'server'>>({});
  const editable = server.status === 'DRAFT' || server.status === 'RETURNED';
  const show = (key: Key, log: SessionLog): string => {
    const value = log[key];
    switch (key) {
      case 'date': return formatDate(value as string);
      case 'siteId': return snapshot.sites.find((s) => s.id === value)?.name ?? '';
      case 'format': return value ? t(`session.format.${value}`) : '';
      case 'topicIds': return (value as number[]).map((id) => snapshot.topics.find((tp) => tp.id === id)?.label).join(', ');
      case 'coMentorIds': return (value as number[]).map((id) => snapshot.colleagues.find((c) => c.id === id)?.displayName).join(', ');
      // Lists are chosen whole, so each side names every entry: the mentor sees what differs inside them.
      case 'attendees': return entries(value as AttendeeLog[], (a) => {
        const role = snapshot.roles.find((r) => r.id === a.roleId)?.label;
        const ratings = Object.entries(a.ratings).map(([topic, level]) =>
          `${snapshot.topics.find((tp) => tp.id === Number(topic))?.code ?? topic} ${level}`);
        return [`${label(a)}: ${t(`session.attendance.${a.status}`)}`, role, ...ratings].filter(Boolean).join(', ');
      });
      case 'observations': return entries(value as ObservationInput[], (o) => [
        o.approach && t(`observation.approach.${o.approach}`), snapshot.areas.find((ar) => ar.id === o.mowipAreaId)?.label,
        o.polarity && t(`observation.polarity.${o.polarity}`), o.note].filter(Boolean).join(' · '));
      case 'followUps': return entries(value as FollowUpInput[], (f) =>
        `${label(f)}: ${f.description ?? ''}${f.dueDate ? ` (${formatDate(f.dueDate)})` : ''}`);
      case 'genderContent': return value ? '✓' : '–';
      default: return value === null || value === undefined ? '' : String(value);
    }
  };
  const keep = () => {
    const merged = { ...local.log, id: server.id, version: server.version, status: server.status,
      returnComment: server.returnComment } as Record<string, unknown>;
    differing.forEach(([key]) => { if (choice[key] === 'server') merged[key] = server[key]; });
    void resolveConflict(local, merged as unknown as SessionLog);
  };
  return (
    <section className="field-section" aria-labelledby="conflict">
      <h1 id="conflict">{t('field.conflict.title')}</h1>
      <p className="field-problem" role="alert">{local.refusal ?? t('session.error.changed-elsewhere')}</p>
      {!editable && <p className="field-note">{t('field.conflict.not-editable', t(`session.status.${server.status}`))}</p>}
      <table className="field-compare">
        <thead><tr><th>{t('field.conflict.field')}</th><th>{t('field.conflict.choice')}</th></tr></thead>
        <tbody>
          {differing.map(([key, label]) => (
            <tr key={key}>
              <th scope="row">{t(label)}</th>
              <td>
                <RadioGroup aria-label={t(label)} value={choice[key] ?? 'mine'} disabled={!editable}
                  onValueChanged={(e) => setChoice({ ...choice, [key]: e.detail.value as 'mine' | 'server' })}>
                  <RadioButton value="mine" label={`${t('field.conflict.mine')}: ${show(key, local.log)}`} />
                  <RadioButton value="server" label={`${t('field.conflict.server')}: ${show(key, server)}`} />
                </RadioGroup>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="field-actions">
        <Button onClick={() => void takeServerCopy(local)}>{t('field.conflict.take-server')}</Button>
        <span className="field-spacer" />
        {editable && <Button theme="primary" onClick={keep}>{t('field.conflict.keep')}</Button>}
      </div>
    </section>
  );
}

function entries<T>(list: T[], describe: (entry: T) => string): string {
  return [t('field.entries', list.length), ...list.map(describe)].join('; ');
}
