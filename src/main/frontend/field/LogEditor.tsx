// The session editor: the whole log, as the server-side form had it, kept on the tablet as it is typed.
import { useState } from 'react';
import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { ConfirmDialog } from '@vaadin/react-components/ConfirmDialog.js';
import { ComboBox } from '@vaadin/react-components/ComboBox.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { Dialog } from '@vaadin/react-components/Dialog.js';
import { IntegerField } from '@vaadin/react-components/IntegerField.js';
import { MultiSelectComboBox } from '@vaadin/react-components/MultiSelectComboBox.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { TimePicker } from '@vaadin/react-components/TimePicker.js';
import { datePickerTexts, t } from './i18n';
import type { AttendeeLog, FollowUpInput, LocalLog, ObservationInput, Problem, ReferenceOption, SessionLog, Snapshot } from './model';
import { AGENCIES, APPROACHES, FORMATS, LANGUAGES, NORM_SOURCES, POLARITIES, RANK_BANDS, SEXES, newId, stable } from './model';
import { problems as check, unfinished, unfinishedFollowUps } from './rules';
import { addTrainee, changeLog, deleteLog, useExistingTrainee, useField } from './sync';
import type { LogChange } from './sync';
import { stateLabel } from './FieldApp';

const QUALITIES = [
  ['spokeOrAsked', 'SPOKE'], ['ledTask', 'LED'], ['handsOn', 'HANDS_ON'], ['adminOnly', 'ADMIN_ONLY'],
  ['interrupted', 'INTERRUPTED'],
] as const;

export default function LogEditor({ local, onClose }: { local: LocalLog; onClose: () => void }) {
  const field = useField();
  const snapshot = field.snapshot!;
  const [problems, setProblems] = useState<Problem[]>(local.problems ?? []);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const log = local.log;
  const editable = (log.status === 'DRAFT' || log.status === 'RETURNED') && !local.pending?.submit;
  const update = (change: LogChange) => {
    if (editable) void changeLog(local.clientId, change);
  };
  const submit = () => {
    const found = [...check(snapshot.completenessRules, log), ...unfinishedFollowUps(log)];
    setProblems(found);
    if (found.length === 0) void changeLog(local.clientId, {}, true);
  };
  const problemFor = (prefix: string) => problems.find((p) => p.field === prefix || p.field.startsWith(`${prefix}.`));

  return (
    <form className="field-editor" onSubmit={(e) => e.preventDefault()} aria-label={t('session.title')}>
      <div className="field-row">
        <Button theme="tertiary" onClick={onClose}>{t('field.back')}</Button>
        <h1>{t('session.title')}</h1>
        <span className={`field-badge field-badge-${local.state}`} data-testid="sync-state">{stateLabel(local)}</span>
      </div>
      {log.returnComment && <p className="field-note" role="note">{t('field.returned', log.returnComment)}</p>}
      {local.refusal && <p className="field-problem" role="alert">{local.refusal}</p>}
      {!editable && <p className="field-note">{local.pending?.submit ? t('field.submit-queued') : t(`session.status.${log.status}`)}</p>}
      {problems.length > 0 && (
        <div className="field-problem" role="alert">
          <strong>{t('session.error.incomplete', problems.length)}</strong>
          <ul>{problems.map((p) => <li key={p.field}>{t(p.messageKey)}</li>)}</ul>
        </div>
      )}
      <fieldset disabled={!editable} className="field-fieldset">
        <Basics log={log} snapshot={snapshot} update={update} problemFor={problemFor} />
        <Attendance log={log} snapshot={snapshot} update={update} problemFor={problemFor} editable={editable} />
        <Observations log={log} snapshot={snapshot} update={update} problemFor={problemFor} />
        <FollowUps log={log} snapshot={snapshot} update={update} problemFor={problemFor} />
      </fieldset>
      <div className="field-actions">
        {log.status === 'DRAFT' && editable && (
          <Button theme="error tertiary" onClick={() => setConfirmDelete(true)}>{t('session.delete-draft')}</Button>
        )}
        <span className="field-spacer" />
        {editable && <Button theme="primary" onClick={submit}>{t('session.submit')}</Button>}
      </div>
      <ConfirmDialog opened={confirmDelete} header={t('session.delete-draft')} cancelButtonVisible
        confirmText={t('session.delete-draft')} confirmTheme="error primary" cancelText={t('field.cancel')}
        onConfirm={() => { void deleteLog(local); onClose(); }} onCancel={() => setConfirmDelete(false)}>
        <span>{t('field.delete-draft-warning')}</span>
      </ConfirmDialog>
    </form>
  );
}

/** A card's title with its remove button, named for a screen reader. */
function CardTitle({ title, removeLabel, onRemove }: { title: string; removeLabel: string; onRemove: () => void }) {
  return (
    <div className="field-row">
      <strong className="field-card-title">{title}</strong>
      <span className="field-spacer" />
      <Button theme="tertiary error" aria-label={removeLabel} onClick={onRemove}>✕</Button>
    </div>
  );
}

interface SectionProps {
  log: SessionLog;
  snapshot: Snapshot;
  update: (change: LogChange) => void;
  problemFor: (prefix: string) => Problem | undefined;
}

/** The active entries of a list, plus the retired ones the log already holds. */
function offered(options: ReferenceOption[], held: (number | null)[]): ReferenceOption[] {
  return options.filter((o) => o.active || held.includes(o.id));
}

function items(options: ReferenceOption[]) {
  return options.map((o) => ({ label: o.label, value: String(o.id) }));
}

function Basics({ log, snapshot, update, problemFor }: SectionProps) {
  const topics = offered(snapshot.topics, log.topicIds);
  const colleagues = snapshot.colleagues.filter((c) => c.id !== snapshot.me.id);
  const minDate = new Date(snapshot.today);
  minDate.setFullYear(minDate.getFullYear() - 2);
  return (
    <section className="field-section" aria-labelledby="basics">
      <h2 id="basics">{t('session.section.basics')}</h2>
      <div className="field-grid">
        <DatePicker label={t('session.date')} value={log.date ?? ''} max={snapshot.today} i18n={datePickerTexts()}
          min={minDate.toISOString().slice(0, 10)} required onValueChanged={(e) => update({ date: e.detail.value || null })} />
        <TimePicker label={t('session.start')} value={log.startTime?.slice(0, 5) ?? ''} step={900}
          onValueChanged={(e) => update({ startTime: e.detail.value || null })} />
        <IntegerField label={t('field.duration-minutes')} value={String(log.durationMinutes)} min={1} max={1440}
          onValueChanged={(e) => update({ durationMinutes: Number(e.detail.value) || 0 })} />
        <Select label={t('session.site')} value={log.siteId === null ? '' : String(log.siteId)}
          items={stable(snapshot.sites.filter((s) => s.active || s.id === log.siteId).map((s) => ({ label: s.name, value: String(s.id) })))}
          onValueChanged={(e) => update({ siteId: e.detail.value ? Number(e.detail.value) : null })} />
        <Select label={t('session.format')} value={log.format ?? ''}
          items={stable(FORMATS.map((f) => ({ label: t(`session.format.${f}`), value: f })))}
          onValueChanged={(e) => update({ format: e.detail.value || null })} />
        <Select label={t('session.language')} value={log.language ?? 'fr'}
          items={stable(LANGUAGES.map((l) => ({ label: t(`session.language.${l}`), value: l })))}
          onValueChanged={(e) => update({ language: e.detail.value })} />
      </div>
      <TextField label={t('session.purpose')} value={log.purpose ?? ''} className="field-wide" maxlength={500}
        helperText={t('session.purpose.helper')} invalid={!!problemFor('purpose')}
        errorMessage={problemFor('purpose') && t(problemFor('purpose')!.messageKey)}
        onValueChanged={(e) => update({ purpose: e.detail.value })} />
      {!log.purpose && snapshot.recentPurposes.length > 0 && (
        <div className="field-chips" aria-label={t('session.purpose.use-earlier')}>
          {snapshot.recentPurposes.map((p) => (
            <Button key={p} theme="small contrast" onClick={() => update({ purpose: p })}>{p}</Button>
          ))}
        </div>
      )}
      <fieldset className="field-choices" aria-invalid={!!problemFor('topics')}>
        <legend>{t('session.topics')}</legend>
        {problemFor('topics') && <p className="field-problem">{t(problemFor('topics')!.messageKey)}</p>}
        {topics.map((topic) => (
          <Checkbox key={topic.id} label={topic.label} checked={log.topicIds.includes(topic.id)}
            onCheckedChanged={(e) => update((l) => ({
              topicIds: e.detail.value ? [...new Set([...l.topicIds, topic.id])] : l.topicIds.filter((id) => id !== topic.id),
            }))} />
        ))}
      </fieldset>
      {colleagues.length > 0 && (
        <fieldset className="field-choices">
          <legend>{t('session.co-mentors')}</legend>
          {colleagues.map((c) => (
            <Checkbox key={c.id} label={c.displayName} checked={log.coMentorIds.includes(c.id)}
              onCheckedChanged={(e) => update((l) => ({
                coMentorIds: e.detail.value ? [...new Set([...l.coMentorIds, c.id])] : l.coMentorIds.filter((id) => id !== c.id),
              }))} />
          ))}
        </fieldset>
      )}
      <Checkbox label={t('session.gender-content')} checked={log.genderContent}
        onCheckedChanged={(e) => update({ genderContent: e.detail.value })} />
      {log.genderContent && (
        <TextField label={t('field.gender-content-note')} value={log.genderContentNote ?? ''} className="field-wide" maxlength={500}
          onValueChanged={(e) => update({ genderContentNote: e.detail.value || null })} />
      )}
    </section>
  );
}

function newAttendee(traineeId: number | null, traineeClientId?: string): AttendeeLog {
  return { traineeId, traineeClientId, status: 'PRESENT', roleId: null, positionOfAuthority: false,
    nonTraditionalRole: false, spokeOrAsked: false, ledTask: false, handsOn: false, adminOnly: false,
    interrupted: false, evidenceNote: null, ratings: {} };
}

/** The register's code and name of a trainee a log names, or the provisional code of one added here. */
export function useTraineeLabel() {
  const field = useField();
  return (attendee: { traineeId: number | null; traineeClientId?: string }) => {
    if (attendee.traineeClientId) {
      const added = field.trainees.find((tr) => tr.clientId === attendee.traineeClientId);
      return added ? `${added.provisionalCode} · ${added.details.fullName}` : t('field.new-trainee');
    }
    const trainee = field.snapshot!.trainees.find((tr) => tr.id === attendee.traineeId);
    return trainee ? (trainee.fullName ? `${trainee.code} · ${trainee.fullName}` : trainee.code) : '?';
  };
}

function Attendance({ log, snapshot, update, problemFor, editable }: SectionProps & { editable: boolean }) {
  const field = useField();
  const label = useTraineeLabel();
  const [adding, setAdding] = useState(false);
  const inLog = new Set(log.attendees.map((a) => a.traineeId ?? a.traineeClientId));
  const register = snapshot.trainees.filter((tr) => tr.active && !inLog.has(tr.id!))
    .map((tr) => ({ label: tr.fullName ? `${tr.code} · ${tr.fullName}` : tr.code, value: String(tr.id) }));
  const setAttendee = (i: number, change: Partial<AttendeeLog>) =>
    update((l) => ({ attendees: l.attendees.map((a, j) => (j === i ? { ...a, ...change } : a)) }));
  const lastAttendees = [...field.logs].filter((l) => l.log !== log && l.log.attendees.length > 0)
    .sort((a, b) => (b.log.date ?? '').localeCompare(a.log.date ?? ''))[0]?.log.attendees ?? [];
  const pendingDuplicates = field.trainees.filter((tr) => tr.candidates && !tr.confirmedNew
    && log.attendees.some((a) => a.traineeClientId === tr.clientId));
  return (
    <section className="field-section" aria-labelledby="attendance">
      <h2 id="attendance">{t('session.section.attendance')}</h2>
      {problemFor('attendance') && <p className="field-problem">{t(problemFor('attendance')!.messageKey)}</p>}
      {pendingDuplicates.map((added) => (
        <div key={added.clientId} className="field-problem" role="alert">
          <p>{t('field.possible-duplicate', added.details.fullName)}</p>
          {added.candidates!.map((candidate) => (
            <Button key={candidate.id} onClick={() => void useExistingTrainee(added, candidate)}>
              {t('field.use-existing', `${candidate.code} · ${candidate.fullName}`)}
            </Button>
          ))}
          <Button onClick={() => void addTrainee({ ...added, confirmedNew: true, candidates: undefined })}>
            {t('field.keep-new')}
          </Button>
        </div>
      ))}
      <div className="field-row field-wrap">
        <ComboBox label={t('session.attendance.add')} items={stable(register)} className="field-search" selectedItem={null}
          value="" onSelectedItemChanged={(e) => {
            const item = e.detail.value as { value: string } | null;
            if (item) update((l) => ({ attendees: [...l.attendees, newAttendee(Number(item.value))] }));
          }} />
        <Button onClick={() => setAdding(true)}>{t('field.add-new-trainee')}</Button>
        {log.attendees.length === 0 && lastAttendees.length > 0 && (
          <Button onClick={() => update({ attendees: lastAttendees.map((a) => newAttendee(a.traineeId, a.traineeClientId)) })}>
            {t('field.last-attendees', lastAttendees.length)}
          </Button>
        )}
      </div>
      <ol className="field-attendees">
        {log.attendees.map((attendee, i) => (
          <li key={attendee.traineeId ?? attendee.traineeClientId} className="field-card field-card-static">
            <AttendeeCard log={log} snapshot={snapshot} attendee={attendee} name={label(attendee)}
              change={(c) => setAttendee(i, c)}
              remove={() => update((l) => ({ attendees: l.attendees.filter((_, j) => j !== i) }))} />
          </li>
        ))}
      </ol>
      <fieldset className="field-grid">
        <legend>{t('session.unregistered')}</legend>
        <IntegerField label={t('session.unregistered.women')} value={String(log.unregisteredWomen)} min={0} max={500} stepButtonsVisible
          onValueChanged={(e) => update({ unregisteredWomen: Number(e.detail.value) || 0 })} />
        <IntegerField label={t('session.unregistered.men')} value={String(log.unregisteredMen)} min={0} max={500} stepButtonsVisible
          onValueChanged={(e) => update({ unregisteredMen: Number(e.detail.value) || 0 })} />
        <IntegerField label={t('session.unregistered.unknown')} value={String(log.unregisteredUnknown)} min={0} max={500} stepButtonsVisible
          onValueChanged={(e) => update({ unregisteredUnknown: Number(e.detail.value) || 0 })} />
      </fieldset>
      {editable && adding && (
        <NewTraineeDialog onClose={() => setAdding(false)} onAdded={(clientId) => {
          update((l) => ({ attendees: [...l.attendees, newAttendee(null, clientId)] }));
          setAdding(false);
        }} />
      )}
    </section>
  );
}

function AttendeeCard({ log, snapshot, attendee, name, change, remove }: {
  log: SessionLog; snapshot: Snapshot; attendee: AttendeeLog; name: string;
  change: (c: Partial<AttendeeLog>) => void; remove: () => void;
}) {
  const roles = offered(snapshot.roles, [attendee.roleId]);
  const attended = attendee.status !== 'ABSENT';
  return (
    <>
      <CardTitle title={name} removeLabel={t('field.remove', name)} onRemove={remove} />
      <div className="field-segmented" role="group" aria-label={t('session.attendance.status', name)}>
        {(['PRESENT', 'LATE', 'ABSENT'] as const).map((status) => (
          <Button key={status} theme={attendee.status === status ? 'primary' : 'contrast tertiary'}
            aria-pressed={attendee.status === status} onClick={() => change({ status })}>
            {t(`session.attendance.${status}`)}
          </Button>
        ))}
      </div>
      {attended && (
        <>
          <Select label={t('session.role')} value={attendee.roleId === null ? '' : String(attendee.roleId)}
            items={stable([{ label: t('session.role.none'), value: '' }, ...items(roles)])}
            onValueChanged={(e) => {
              const role = snapshot.roles.find((r) => String(r.id) === e.detail.value);
              if ((role?.id ?? null) === attendee.roleId) return;
              change({ roleId: role?.id ?? null, positionOfAuthority: role?.positionOfAuthority ?? false,
                nonTraditionalRole: role?.nonTraditional ?? false });
            }} />
          <div className="field-choices-inline">
            <Checkbox label={t('session.role.authority')} checked={attendee.positionOfAuthority}
              onCheckedChanged={(e) => change({ positionOfAuthority: e.detail.value })} />
            <Checkbox label={t('session.role.non-traditional')} checked={attendee.nonTraditionalRole}
              onCheckedChanged={(e) => change({ nonTraditionalRole: e.detail.value })} />
          </div>
          <fieldset className="field-choices-inline">
            <legend>{t('session.quality')}</legend>
            {QUALITIES.map(([property, key]) => (
              <Checkbox key={key} label={t(`session.quality.${key}`)} checked={attendee[property]}
                onCheckedChanged={(e) => change({ [property]: e.detail.value })} />
            ))}
          </fieldset>
          {log.topicIds.map((topicId) => {
            const topic = snapshot.topics.find((tp) => tp.id === topicId);
            const level = attendee.ratings[String(topicId)];
            return (
              <div key={topicId} className="field-rating" role="group" aria-label={topic?.label}>
                <span>{topic?.label}</span>
                {[1, 2, 3, 4].map((n) => (
                  <Button key={n} theme={level === n ? 'primary' : 'contrast tertiary'} aria-pressed={level === n}
                    onClick={() => {
                      const ratings = { ...attendee.ratings };
                      if (level === n) delete ratings[String(topicId)];
                      else ratings[String(topicId)] = n;
                      change({ ratings });
                    }}>
                    {n} · {t(`session.rating.${n}`)}
                  </Button>
                ))}
              </div>
            );
          })}
          <TextField label={t('session.evidence')} value={attendee.evidenceNote ?? ''} className="field-wide" maxlength={500}
            onValueChanged={(e) => change({ evidenceNote: e.detail.value || null })} />
        </>
      )}
    </>
  );
}

function NewTraineeDialog({ onClose, onAdded }: { onClose: () => void; onAdded: (clientId: string) => void }) {
  const field = useField();
  const [name, setName] = useState('');
  const [sex, setSex] = useState('');
  const [agency, setAgency] = useState('POLICE');
  const [rank, setRank] = useState('NCO');
  const add = async () => {
    const clientId = newId();
    await addTrainee({
      clientId, confirmedNew: false, provisionalCode: `${t('field.new-code')}-${field.trainees.length + 1}`,
      details: { fullName: name.trim(), sex, agency, rankBand: rank, unitType: null },
    });
    onAdded(clientId);
  };
  return (
    <Dialog opened headerTitle={t('field.add-new-trainee')} onClosed={onClose}
      footer={<>
        <Button onClick={onClose}>{t('field.cancel')}</Button>
        <Button theme="primary" disabled={name.trim() === '' || sex === ''} onClick={() => void add()}>{t('field.add')}</Button>
      </>}>
      <div className="field-dialog">
        <TextField label={t('field.full-name')} value={name} autofocus maxlength={120} onValueChanged={(e) => setName(e.detail.value)} />
        <Select label={t('trainee.sex')} value={sex} items={stable(SEXES.map((s) => ({ label: t(`trainee.sex.${s}`), value: s })))}
          onValueChanged={(e) => setSex(e.detail.value)} />
        <Select label={t('field.agency')} value={agency} items={stable(AGENCIES.map((a) => ({ label: t(`trainee.agency.${a}`), value: a })))}
          onValueChanged={(e) => setAgency(e.detail.value)} />
        <Select label={t('field.rank')} value={rank} items={stable(RANK_BANDS.map((r) => ({ label: t(`trainee.rank.${r}`), value: r })))}
          onValueChanged={(e) => setRank(e.detail.value)} />
        <p className="field-note">{t('field.provisional-code')}</p>
      </div>
    </Dialog>
  );
}

function attendeeChoices(log: SessionLog, label: (a: AttendeeLog) => string, none = t('field.nobody')) {
  return [{ label: none, value: '' },
    ...log.attendees.filter((a) => a.traineeId !== null || a.traineeClientId)
      .map((a) => ({ label: label(a), value: a.traineeId !== null ? String(a.traineeId) : `new:${a.traineeClientId}` }))];
}

function Observations({ log, snapshot, update, problemFor }: SectionProps) {
  const label = useTraineeLabel();
  const set = (i: number, change: Partial<ObservationInput>) =>
    update((l) => ({ observations: l.observations.map((o, j) => (j === i ? { ...o, ...change } : o)) }));
  return (
    <section className="field-section" aria-labelledby="observations">
      <h2 id="observations">{t('session.section.observations')}</h2>
      {log.observations.map((observation, i) => {
        const areas = offered(snapshot.areas, [observation.mowipAreaId]);
        const tags = offered(snapshot.tags, observation.tagIds);
        const problem = problemFor(`observation.${i}`);
        return (
          <div key={i} className="field-card field-card-static" aria-label={t('session.observation.title', i + 1)}>
            <CardTitle title={t('session.observation.title', i + 1)} removeLabel={t('session.observation.remove', i + 1)}
              onRemove={() => update((l) => ({ observations: l.observations.filter((_, j) => j !== i) }))} />
            {problem && <p className="field-problem">{t(problem.messageKey)}</p>}
            <div className="field-grid">
              <Select label={t('observation.approach')} value={observation.approach ?? ''}
                helperText={observation.approach ? t(`observation.approach.${observation.approach}.explained`) : undefined}
                items={stable(APPROACHES.map((a) => ({ label: t(`observation.approach.${a}`), value: a })))}
                onValueChanged={(e) => set(i, { approach: e.detail.value || null })} />
              <Select label={t('observation.area')} value={observation.mowipAreaId === null ? '' : String(observation.mowipAreaId)}
                items={stable(items(areas))} invalid={!!problem && observation.mowipAreaId === null}
                onValueChanged={(e) => set(i, { mowipAreaId: e.detail.value ? Number(e.detail.value) : null })} />
              <Select label={t('observation.polarity')} value={observation.polarity ?? ''}
                items={stable(POLARITIES.map((p) => ({ label: t(`observation.polarity.${p}`), value: p })))}
                invalid={!!problem && observation.polarity === null}
                onValueChanged={(e) => set(i, { polarity: e.detail.value || null })} />
              <Select label={t('observation.source')} value={observation.normSource ?? ''}
                items={stable([{ label: t('field.nobody'), value: '' }, ...NORM_SOURCES.map((s) => ({ label: t(`observation.source.${s}`), value: s }))])}
                onValueChanged={(e) => set(i, { normSource: e.detail.value || null })} />
              <Select label={t('observation.trainee')} value={observation.traineeId === null ? '' : String(observation.traineeId)}
                items={stable(attendeeChoices(log, label, t('observation.trainee.none')).filter((c) => !c.value.startsWith('new:')))}
                onValueChanged={(e) => set(i, { traineeId: e.detail.value ? Number(e.detail.value) : null })} />
            </div>
            <fieldset className="field-choices-inline">
              <legend>{t('observation.tags')}</legend>
              {tags.map((tag) => (
                <Checkbox key={tag.id} label={`${t(`observation.tag-kind.${tag.kind}`)}: ${tag.label}`}
                  checked={observation.tagIds.includes(tag.id)}
                  onCheckedChanged={(e) => set(i, {
                    tagIds: e.detail.value ? [...new Set([...observation.tagIds, tag.id])] : observation.tagIds.filter((id) => id !== tag.id),
                  })} />
              ))}
            </fieldset>
            <p className="field-note">{t('observation.harassment-warning')}</p>
            <TextArea label={t('field.note')} value={observation.note ?? ''} className="field-wide" maxlength={1000}
              onValueChanged={(e) => set(i, { note: e.detail.value || null })} />
          </div>
        );
      })}
      <Button onClick={() => update((l) => ({ observations: [...l.observations, { approach: 'TRADITIONAL', mowipAreaId: null,
        polarity: null, normSource: null, tagIds: [], note: null, traineeId: null }] }))}>
        {t('session.observation.add')}
      </Button>
    </section>
  );
}

function FollowUps({ log, snapshot, update, problemFor }: SectionProps) {
  const label = useTraineeLabel();
  const set = (i: number, change: Partial<FollowUpInput>) =>
    update((l) => ({ followUps: l.followUps.map((f, j) => (j === i ? { ...f, ...change } : f)) }));
  const choices = attendeeChoices(log, label);
  return (
    <section className="field-section" aria-labelledby="follow-ups">
      <h2 id="follow-ups">{t('session.section.follow-ups')}</h2>
      {log.followUps.map((followUp, i) => {
        const problem = problemFor(`followUp.${i}`)
          ?? (unfinished(followUp) ? { field: `followUp.${i}`, messageKey: 'followup.error.incomplete' } : undefined);
        const trainee = followUp.traineeClientId ? `new:${followUp.traineeClientId}`
          : followUp.traineeId === null ? '' : String(followUp.traineeId);
        return (
          <div key={i} className="field-card field-card-static" aria-label={t('session.follow-up.title', i + 1)}>
            <CardTitle title={t('session.follow-up.title', i + 1)} removeLabel={t('session.follow-up.remove', i + 1)}
              onRemove={() => update((l) => ({ followUps: l.followUps.filter((_, j) => j !== i) }))} />
            <div className="field-grid">
              <Select label={t('field.follow-up-trainee')} value={trainee} items={stable(choices)}
                onValueChanged={(e) => {
                  const value = e.detail.value;
                  set(i, value.startsWith('new:') ? { traineeId: null, traineeClientId: value.slice(4) }
                    : { traineeId: value ? Number(value) : null, traineeClientId: undefined });
                }} />
              <Select label={t('field.owner')} value={followUp.ownerId === null ? '' : String(followUp.ownerId)}
                items={stable(snapshot.colleagues.map((c) => ({ label: c.displayName, value: String(c.id) })))}
                onValueChanged={(e) => set(i, { ownerId: e.detail.value ? Number(e.detail.value) : null })} />
              <DatePicker label={t('field.due-date')} value={followUp.dueDate ?? ''} min={snapshot.today} i18n={datePickerTexts()}
                onValueChanged={(e) => set(i, { dueDate: e.detail.value || null })} />
            </div>
            <TextField label={t('field.follow-up-description')} value={followUp.description ?? ''} className="field-wide"
              maxlength={500} invalid={!!problem} errorMessage={problem && t(problem.messageKey)}
              onValueChanged={(e) => set(i, { description: e.detail.value })} />
          </div>
        );
      })}
      <Button onClick={() => {
        const due = new Date(snapshot.today);
        due.setDate(due.getDate() + 14);
        update((l) => ({ followUps: [...l.followUps, { id: null, traineeId: null, description: null, ownerId: snapshot.me.id,
          dueDate: due.toISOString().slice(0, 10) }] }));
      }}>
        {t('session.follow-up.add')}
      </Button>
    </section>
  );
}
