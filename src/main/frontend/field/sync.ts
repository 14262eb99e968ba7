// The tablet's state and its outbox. Every change is written to IndexedDB first; the outbox sends what is
// waiting whenever there is a connection: at start, when the browser comes back online, every minute and
// on "Sync now". Trainees added here go first (logs point at them), then follow-ups marked done, then logs.
import { useSyncExternalStore } from 'react';
import * as db from './db';
import { useTexts } from './i18n';
import type { LocalDone, LocalLog, LocalTrainee, SessionLog, Snapshot, TabletLog, Trainee } from './model';
import { appUrl, newId } from './model';
import { unfinished } from './rules';

export interface FieldState {
  snapshot: Snapshot | null;
  logs: LocalLog[];
  trainees: LocalTrainee[];
  done: LocalDone[];
  online: boolean;
  syncing: boolean;
  /** The server answered that nobody is signed in: changes wait here for the next sign-in. */
  signedOut: boolean;
  /**
   * Someone else signed in while this tablet holds another mentor's unsent changes: whose, and how many.
   * Nothing is sent or shown until that mentor signs in or the changes are discarded.
   */
  otherMentor: { name: string; changes: number } | null;
  lastSync: number | null;
  loaded: boolean;
}

const SYNC_EVERY_MS = 60_000;
const API = 'field-api';

let state: FieldState = {
  snapshot: null, logs: [], trainees: [], done: [], online: navigator.onLine, syncing: false, signedOut: false,
  otherMentor: null, lastSync: null, loaded: false,
};
const listeners = new Set<() => void>();
let started = false;

function set(changes: Partial<FieldState>) {
  state = { ...state, ...changes };
  listeners.forEach((listener) => listener());
}

export function useField(): FieldState {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, () => state);
}

/** How many changes on this tablet the server does not have yet. */
export function unsynced(s: FieldState = state): number {
  return s.logs.filter((log) => log.pending !== null || log.state === 'conflict').length + s.trainees.length
    + s.done.length;
}

export async function start() {
  if (started) return;
  started = true;
  const snapshot = await db.get<Snapshot>('snapshot', 'current');
  if (snapshot) useTexts(snapshot.messages, snapshot.me.language);
  set({
    snapshot: snapshot ?? null,
    logs: await db.all<LocalLog>('logs'),
    trainees: await db.all<LocalTrainee>('trainees'),
    done: await db.all<LocalDone>('done'),
    loaded: true,
  });
  window.addEventListener('online', () => { set({ online: true }); void sync(); });
  window.addEventListener('offline', () => set({ online: false }));
  setInterval(() => void sync(), SYNC_EVERY_MS);
  await sync();
}

// ---- changes made on the tablet: written to IndexedDB first

/**
 * The tablet's state takes the log at once and IndexedDB follows, in the order of the calls. Were the state
 * to wait for the write, a re-render in between would hand the editor's widgets the older copy, and their
 * value-changed echo would save it over what the mentor had just typed.
 */
function storeLog(local: LocalLog): Promise<void> {
  set({ logs: [...state.logs.filter((l) => l.clientId !== local.clientId), local] });
  return db.put('logs', local.clientId, local);
}

function latest(clientId: string): LocalLog | undefined {
  return state.logs.find((l) => l.clientId === clientId);
}

/** A new log, on this tablet only until the outbox sends it; its client id. */
export async function createLog(snapshot: Snapshot): Promise<string> {
  const local = blankLog(snapshot);
  await storeLog({ ...local, pending: { changeId: newId(), submit: false } });
  return local.clientId;
}

function blankLog(snapshot: Snapshot): LocalLog {
  const last = [...state.logs].sort((a, b) => b.changedAt - a.changedAt)[0]?.log;
  const log: SessionLog = {
    id: null, version: 0, status: 'DRAFT', leadMentorId: snapshot.me.id, date: snapshot.today,
    startTime: null, durationMinutes: 120, siteId: last?.siteId ?? snapshot.sites.find((s) => s.active)?.id ?? null,
    format: last?.format ?? 'CLASSROOM', purpose: null, topicIds: [], language: last?.language ?? 'fr',
    coMentorIds: [], unregisteredWomen: 0, unregisteredMen: 0, unregisteredUnknown: 0, genderContent: false,
    genderContentNote: null, attendees: [], observations: [], followUps: [], returnComment: null,
  };
  return { clientId: newId(), log, baseVersion: null, pending: null, lastSentChangeId: null, state: 'local',
    changedAt: Date.now() };
}

/** A change the mentor made: the fields it sets, or a function of the tablet's latest copy giving them. */
export type LogChange = Partial<SessionLog> | ((log: SessionLog) => Partial<SessionLog>);

/**
 * Applies the mentor's change to the tablet's latest copy of the log (never to the copy a view rendered
 * earlier) and queues it for the server. A widget echoing the value it was given is no change.
 */
export async function changeLog(clientId: string, change: LogChange, submit = false) {
  const local = latest(clientId);
  if (!local) return;
  const log = { ...local.log, ...(typeof change === 'function' ? change(local.log) : change) };
  if (!submit && JSON.stringify(log) === JSON.stringify(local.log)) return;
  await storeLog({
    ...local, log, pending: { changeId: newId(), submit: submit || (local.pending?.submit ?? false) },
    state: local.baseVersion === null ? 'local' : 'waiting', refusal: undefined, problems: undefined,
    changedAt: Date.now(),
  });
  if (submit) void sync();
}

/** The mentor's choice in a conflict: her merged copy, made on the server's current version. */
export async function resolveConflict(local: LocalLog, merged: SessionLog) {
  await storeLog({
    ...local, log: merged, baseVersion: local.server!.version, server: undefined, state: 'waiting',
    pending: { changeId: newId(), submit: local.pending?.submit ?? false }, changedAt: Date.now(),
  });
  void sync();
}

/** Gives up the tablet's copy of a log for the server's. */
export async function takeServerCopy(local: LocalLog) {
  await storeLog({ ...local, log: local.server!, baseVersion: local.server!.version, server: undefined,
    pending: null, state: 'synced', refusal: undefined, problems: undefined });
}

/**
 * The mentor deletes a draft: one the server never had goes at once; one it has is hidden here and its
 * deletion queued, so that the server deletes it too (and only if nobody changed it meanwhile).
 */
export async function deleteLog(local: LocalLog) {
  if (local.baseVersion === null) {
    await deleteLocalLog(local);
    return;
  }
  await storeLog({ ...local, pending: { changeId: newId(), submit: false, delete: true }, state: 'waiting',
    changedAt: Date.now() });
  void sync();
}

function deleteLocalLog(local: LocalLog): Promise<void> {
  set({ logs: state.logs.filter((l) => l.clientId !== local.clientId) });
  return db.remove('logs', local.clientId);
}

export async function addTrainee(trainee: LocalTrainee) {
  await db.put('trainees', trainee.clientId, trainee);
  set({ trainees: [...state.trainees.filter((t) => t.clientId !== trainee.clientId), trainee] });
}

/** The mentor answered "she is this one": the namesake on the register replaces the trainee added here. */
export async function useExistingTrainee(added: LocalTrainee, existing: Trainee) {
  await replaceTraineeEverywhere(added.clientId, existing.id!);
  await db.remove('trainees', added.clientId);
  set({ trainees: state.trainees.filter((t) => t.clientId !== added.clientId) });
}

async function forgetDone(done: LocalDone) {
  set({ done: state.done.filter((d) => d.id !== done.id) });
  await db.remove('done', String(done.id));
}

export async function markDone(done: LocalDone) {
  await db.put('done', String(done.id), done);
  set({ done: [...state.done.filter((d) => d.id !== done.id), done] });
}

// ---- the outbox

let running: Promise<void> | null = null;

let signingOut = false;

let again = false;

/** Runs the outbox; asked while it runs (a change, "Sync now"), it runs once more right after. */
export function sync(): Promise<void> {
  if (signingOut) return Promise.resolve();
  if (running) {
    again = true;
    return running;
  }
  running = runSync().finally(() => {
    running = null;
    if (again) {
      again = false;
      void sync();
    }
  });
  return running;
}

class SignedOut extends Error {}
class Offline extends Error {}
class OtherMentor extends Error {}

async function call(method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const changes = method !== 'GET' && method !== 'HEAD';
  if (changes && state.snapshot) headers[state.snapshot.csrfHeader] = state.snapshot.csrfToken;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(appUrl(`${API}/${path}`), {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin',
      redirect: 'manual', cache: 'no-store',
    });
  } catch {
    throw new Offline();
  }
  if (response.status === 401 || response.type === 'opaqueredirect') throw new SignedOut();
  if (response.status === 403 && changes) throw new SignedOut(); // an old CSRF token: sign in again
  return response;
}

async function runSync() {
  set({ syncing: true });
  try {
    await refreshSnapshot();
    const sent = (await sendTrainees()) + (await sendDone()) + (await sendLogs());
    if (sent > 0) await refreshSnapshot();
    set({ online: true, signedOut: false, lastSync: Date.now() });
  } catch (error) {
    if (error instanceof SignedOut) set({ signedOut: true, online: true });
    else if (error instanceof Offline) set({ online: false });
    else if (error instanceof OtherMentor) set({ online: true, signedOut: false });
    else console.error('Sync failed', error);
  } finally {
    set({ syncing: false });
  }
}

async function refreshSnapshot() {
  const response = await call('GET', 'snapshot');
  if (!response.ok) throw new Error(`snapshot: ${response.status}`);
  const snapshot = (await response.json()) as Snapshot;
  const previous = state.snapshot?.me;
  if (previous && previous.id !== snapshot.me.id) {
    // The tablet's copy is another mentor's: hers to send, and not for whoever signed in now to see.
    if (unsynced() > 0) {
      useTexts(snapshot.messages, snapshot.me.language);
      set({ otherMentor: { name: previous.displayName, changes: unsynced() } });
      throw new OtherMentor();
    }
    await forgetTablet();
  }
  await db.put('snapshot', 'current', snapshot);
  useTexts(snapshot.messages, snapshot.me.language);
  set({ snapshot, signedOut: false });
  await mergeServerLogs(snapshot.logs);
}

/** The server's copies replace the tablet's where the tablet has nothing waiting to send. */
async function mergeServerLogs(serverLogs: TabletLog[]) {
  const listed = new Set(serverLogs.map((l) => l.clientId));
  for (const server of serverLogs) {
    const local = state.logs.find((l) => l.clientId === server.clientId);
    const unchanged = local?.state === 'synced' && local.baseVersion === server.log.version;
    if (!unchanged && (!local || (local.pending === null && local.state !== 'conflict'))) {
      await storeLog({ clientId: server.clientId, log: server.log, baseVersion: server.log.version, pending: null,
        lastSentChangeId: local?.lastSentChangeId ?? null, state: 'synced', changedAt: local?.changedAt ?? 0 });
    }
  }
  for (const local of state.logs) {
    if (!listed.has(local.clientId) && local.state === 'synced' && local.pending === null) {
      await deleteLocalLog(local); // no longer among her recent logs on the server
    }
  }
}

async function sendTrainees(): Promise<number> {
  let sent = 0;
  for (const trainee of state.trainees) {
    if (trainee.candidates && !trainee.confirmedNew) continue; // waiting for the mentor's answer
    const response = await call('PUT', `trainees/${trainee.clientId}`,
      { details: trainee.details, confirmedNew: trainee.confirmedNew });
    if (response.ok) {
      const row = (await response.json()) as Trainee;
      await replaceTraineeEverywhere(trainee.clientId, row.id!);
      await addToRegister(row);
      await db.remove('trainees', trainee.clientId);
      set({ trainees: state.trainees.filter((t) => t.clientId !== trainee.clientId) });
      sent++;
    } else if (response.status === 409) {
      const problem = await response.json();
      await addTrainee({ ...trainee, candidates: problem.candidates });
    }
  }
  return sent;
}

/** A trainee the server just registered is on the tablet's register at once, for the next log made offline. */
async function addToRegister(row: Trainee) {
  if (!state.snapshot) return;
  const snapshot = { ...state.snapshot, trainees: [...state.snapshot.trainees.filter((t) => t.id !== row.id), row] };
  await db.put('snapshot', 'current', snapshot);
  set({ snapshot });
}

async function replaceTraineeEverywhere(clientId: string, id: number) {
  for (const { clientId: logId } of state.logs) {
    const local = latest(logId);
    if (!local) continue;
    const log = local.log;
    if (!log.attendees.some((a) => a.traineeClientId === clientId)
        && !log.followUps.some((f) => f.traineeClientId === clientId)) continue;
    const attendees = log.attendees.map((a) => a.traineeClientId === clientId
      ? { ...a, traineeId: id, traineeClientId: undefined } : a);
    const followUps = log.followUps.map((f) => f.traineeClientId === clientId
      ? { ...f, traineeId: id, traineeClientId: undefined } : f);
    await storeLog({ ...local, log: { ...log, attendees, followUps } });
  }
}

async function sendDone(): Promise<number> {
  let sent = 0;
  const open = new Set(state.snapshot?.followUps.map((f) => f.id) ?? []);
  for (const done of state.done) {
    if (!open.has(done.id)) {
      await forgetDone(done); // closed elsewhere meanwhile: nothing is left to mark
      continue;
    }
    if (done.refusal) continue; // waits for the mentor to mark it done again on the current version
    const response = await call('POST', `follow-ups/${done.id}/done`, { version: done.version, outcome: done.outcome });
    if (response.ok) {
      await forgetDone(done);
      sent++;
    } else if (response.status === 400) {
      // Changed elsewhere meanwhile: her outcome stays, with the server's reason, until she marks it again.
      const problem = await response.json().catch(() => ({}));
      await markDone({ ...done, refusal: problem.message ?? String(response.status) });
    }
  }
  return sent;
}

async function sendLogs(): Promise<number> {
  let sent = 0;
  for (const { clientId } of state.logs) {
    const local = latest(clientId);
    if (!local?.pending || local.state === 'conflict' || local.state === 'refused') continue;
    const log = local.log;
    const waitsForTrainee = log.attendees.some((a) => a.traineeId === null) || log.followUps.some((f) => f.traineeClientId);
    if (local.pending.delete) {
      sent += await sendDeletion(local);
      continue;
    }
    if (waitsForTrainee || log.followUps.some(unfinished)) continue; // sent once the trainee is on the register and the action complete
    const change = local.pending;
    const response = await call('PUT', `logs/${local.clientId}`, {
      changeId: change.changeId, baseVersion: local.baseVersion, previousChangeId: local.lastSentChangeId,
      submit: change.submit, log: forServer(log),
    });
    // The mentor may type while the answer travels: each outcome is stored on her latest copy, read after
    // the last await.
    if (response.ok) {
      const saved = ((await response.json()) as TabletLog).log;
      const current = latest(local.clientId)!;
      const untouched = current.pending?.changeId === change.changeId;
      await storeLog({
        ...current, log: untouched ? saved : withServerIds(current.log, saved), baseVersion: saved.version,
        lastSentChangeId: change.changeId, pending: untouched ? null : current.pending,
        state: untouched ? 'synced' : 'waiting', refusal: undefined, problems: undefined,
      });
      sent++;
    } else if (response.status === 409) {
      const server = await call('GET', `logs/${local.clientId}`);
      const copy = server.ok ? ((await server.json()) as TabletLog).log : undefined;
      const refusal = (await response.json()).message;
      await storeLog({ ...latest(local.clientId)!, state: 'conflict', server: copy, refusal });
    } else {
      const problem = await response.json().catch(() => ({}));
      const current = latest(local.clientId)!;
      await storeLog({ ...current, state: 'refused', refusal: problem.message, problems: problem.problems,
        pending: current.pending && { ...current.pending, submit: false } });
    }
  }
  return sent;
}

/** A deleted draft: gone on the server too, or back as the server has it when it was changed meanwhile. */
async function sendDeletion(local: LocalLog): Promise<number> {
  const response = await call('DELETE', `logs/${local.clientId}?version=${local.baseVersion}`);
  if (response.ok) {
    await deleteLocalLog(local);
    return 1;
  }
  const problem = await response.json().catch(() => ({}));
  const server = response.status === 409 ? await call('GET', `logs/${local.clientId}`) : null;
  const copy = server?.ok ? ((await server.json()) as TabletLog).log : local.log;
  await storeLog({ ...local, log: copy, baseVersion: copy.version, pending: null, state: 'refused',
    refusal: problem.message });
  return 0;
}

function forServer(log: SessionLog): SessionLog {
  return {
    ...log,
    attendees: log.attendees.map(({ traineeClientId, ...attendee }) => attendee),
    followUps: log.followUps.map(({ traineeClientId, ...followUp }) => followUp),
  };
}

/** The mentor kept typing while a change was on its way: her copy stays, with the ids the server gave. */
function withServerIds(mine: SessionLog, saved: SessionLog): SessionLog {
  const followUps = mine.followUps.map((followUp, i) =>
    followUp.id === null && saved.followUps[i]?.description === followUp.description
      ? { ...followUp, id: saved.followUps[i].id } : followUp);
  return { ...mine, id: saved.id, version: saved.version, status: saved.status, followUps };
}

/** Sign-out: the tablet's copy goes (the caller asked the mentor first if anything was unsent). */
export async function signOut() {
  signingOut = true;
  await running;
  await db.destroy();
  await leave(state.snapshot?.csrfHeader, state.snapshot?.csrfToken);
}

/**
 * Signs out whoever is signed in now and keeps the tablet's copy as it is: another mentor's unsent
 * changes wait for her sign-in.
 */
export async function signOutKeepingTablet() {
  signingOut = true;
  await running;
  const response = await fetch(appUrl(`${API}/snapshot`), { credentials: 'same-origin', cache: 'no-store' })
    .catch(() => null);
  const current = response?.ok ? ((await response.json()) as Snapshot) : null;
  await leave(current?.csrfHeader, current?.csrfToken);
}

/** The mentor who signed in now discards the other mentor's unsent changes and takes the tablet. */
export async function discardOtherMentor() {
  await forgetTablet();
  set({ otherMentor: null, snapshot: null });
  await db.remove('snapshot', 'current');
  void sync();
}

/** Empties the tablet's logs, trainees added here and follow-ups marked done. */
async function forgetTablet() {
  set({ logs: [], trainees: [], done: [] });
  await Promise.all((['logs', 'trainees', 'done'] as const).map((store) => db.clear(store)));
}

async function leave(csrfHeader?: string, csrfToken?: string) {
  const headers: Record<string, string> = {};
  if (csrfHeader && csrfToken) headers[csrfHeader] = csrfToken;
  try {
    await fetch(appUrl('logout'), { method: 'POST', headers, credentials: 'same-origin' });
  } finally {
    window.location.href = appUrl('login');
  }
}
