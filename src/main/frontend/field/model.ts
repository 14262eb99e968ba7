// The shapes the field app keeps on the tablet and exchanges with /field-api: the server's Java records in JSON.

export type AttendanceStatus = 'PRESENT' | 'ABSENT' | 'LATE';
export type SessionStatus = 'DRAFT' | 'SUBMITTED' | 'REVIEWED' | 'RETURNED';
export const FORMATS = ['CLASSROOM', 'PRACTICAL_EXERCISE', 'REAL_SCENE', 'ONE_TO_ONE'] as const;
export const APPROACHES = ['TRADITIONAL', 'TRANSFORMATIVE'] as const;
export const POLARITIES = ['BARRIER', 'OPPORTUNITY'] as const;
export const NORM_SOURCES = ['SOCIETAL', 'CULTURAL', 'RELIGIOUS', 'INSTITUTIONAL', 'FAMILY'] as const;
export const LANGUAGES = ['fr', 'en', 'bm', 'other'] as const;
export const SEXES = ['WOMAN', 'MAN', 'NOT_RECORDED'] as const;
export const AGENCIES = ['POLICE', 'GENDARMERIE', 'NATIONAL_GUARD', 'CIVIL_PROTECTION', 'OTHER'] as const;
export const RANK_BANDS = ['JUNIOR', 'NCO', 'OFFICER', 'SENIOR'] as const;

export interface AttendeeLog {
  traineeId: number | null;
  /** A trainee added on this tablet and not yet confirmed by the server. */
  traineeClientId?: string;
  status: AttendanceStatus;
  roleId: number | null;
  positionOfAuthority: boolean;
  nonTraditionalRole: boolean;
  spokeOrAsked: boolean;
  ledTask: boolean;
  handsOn: boolean;
  adminOnly: boolean;
  interrupted: boolean;
  evidenceNote: string | null;
  ratings: Record<string, number>;
}

export interface ObservationInput {
  approach: string | null;
  mowipAreaId: number | null;
  polarity: string | null;
  normSource: string | null;
  tagIds: number[];
  note: string | null;
  traineeId: number | null;
}

export interface FollowUpInput {
  id: number | null;
  traineeId: number | null;
  traineeClientId?: string;
  description: string | null;
  ownerId: number | null;
  dueDate: string | null;
}

export interface SessionLog {
  id: number | null;
  version: number;
  status: SessionStatus;
  leadMentorId: number | null;
  date: string | null;
  startTime: string | null;
  durationMinutes: number;
  siteId: number | null;
  format: string | null;
  purpose: string | null;
  topicIds: number[];
  language: string | null;
  coMentorIds: number[];
  unregisteredWomen: number;
  unregisteredMen: number;
  unregisteredUnknown: number;
  genderContent: boolean;
  genderContentNote: string | null;
  attendees: AttendeeLog[];
  observations: ObservationInput[];
  followUps: FollowUpInput[];
  returnComment: string | null;
}

export interface TabletLog {
  clientId: string;
  log: SessionLog;
}

export interface ReferenceOption {
  id: number;
  kind: string;
  code: string;
  label: string;
  positionOfAuthority: boolean;
  nonTraditional: boolean;
  active: boolean;
}

export interface Trainee {
  id: number | null;
  clientId?: string;
  code: string;
  fullName: string | null;
  sex: string;
  agency: string;
  rankBand: string;
  unitType: string | null;
  active: boolean;
  version: number;
}

export interface MyFollowUp {
  id: number;
  version: number;
  traineeId: number;
  traineeLabel: string;
  description: string;
  dueDate: string | null;
  status: string;
  overdue: boolean;
}

export interface Snapshot {
  me: { id: number; username: string; displayName: string; teamId: number; teamName: string; language: string };
  today: string;
  csrfHeader: string;
  csrfToken: string;
  sites: { id: number; teamId: number; name: string; active: boolean }[];
  topics: ReferenceOption[];
  roles: ReferenceOption[];
  areas: ReferenceOption[];
  tags: ReferenceOption[];
  colleagues: { id: number; displayName: string }[];
  trainees: Trainee[];
  followUps: MyFollowUp[];
  recentPurposes: string[];
  logs: TabletLog[];
  completenessRules: Rule[];
  messages: Record<string, string>;
}

export interface Rule {
  field: string;
  message: string;
  check: 'text' | 'some' | 'present' | 'someone-attended';
  path?: string;
  paths?: string[];
  each?: string;
}

export interface Problem {
  field: string;
  messageKey: string;
}

/** Where a log stands between this tablet and the server. */
export type SyncState = 'local' | 'waiting' | 'synced' | 'conflict' | 'refused';

/** A log as this tablet keeps it. */
export interface LocalLog {
  clientId: string;
  log: SessionLog;
  /** The server version this copy was made on; null while the server has never confirmed the log. */
  baseVersion: number | null;
  /** The change still to send, if any: the log as it is here, submitted or not, or deleted (a draft). */
  pending: { changeId: string; submit: boolean; delete?: boolean } | null;
  /** The last change sent for this log, confirmed or not. */
  lastSentChangeId: string | null;
  state: SyncState;
  /** The server copy, when it moved on meanwhile. */
  server?: SessionLog;
  /** Why the server refused the last change, in the mentor's language. */
  refusal?: string;
  problems?: Problem[];
  changedAt: number;
}

/** A trainee added on this tablet, until the server confirms her. */
export interface LocalTrainee {
  clientId: string;
  details: { fullName: string; sex: string; agency: string; rankBand: string; unitType: string | null };
  confirmedNew: boolean;
  /** The team's trainees of that name, when the server asked whether she is one of them. */
  candidates?: Trainee[];
  provisionalCode: string;
}

/** A follow-up marked done on this tablet, until the server confirms it. */
export interface LocalDone {
  id: number;
  version: number;
  outcome: string;
  /** The server's answer when it did not accept it (closed or changed elsewhere): shown, kept, not resent. */
  refusal?: string;
}

const lists = new Map<string, unknown[]>();

/**
 * The same array for the same items, render after render: a select or combo box given a new array redraws
 * its open list, and the app re-renders whenever the outbox moves, so an open list would flicker away under
 * the finger.
 */
export function stable<T>(items: T[]): T[] {
  const key = JSON.stringify(items);
  if (!lists.has(key)) {
    if (lists.size > 500) lists.clear();
    lists.set(key, items);
  }
  return lists.get(key) as T[];
}

/** An address of the app, whatever path it is deployed under. */
export function appUrl(path: string): string {
  return `${document.baseURI.replace(/\/?$/, '/')}${path}`;
}

export function newId(): string {
  return crypto.randomUUID();
}
