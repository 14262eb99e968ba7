// The completeness rules as the server wrote them (completeness.json, sent with the snapshot), checked here
// with the same four checks as the server's CompletenessRules, on the log in the same JSON form.
import type { FollowUpInput, Problem, Rule, SessionLog } from './model';

export function problems(rules: Rule[], log: SessionLog): Problem[] {
  const found: Problem[] = [];
  const tree = log as unknown as Record<string, unknown>;
  for (const rule of rules) {
    if (rule.each) {
      const entries = (tree[rule.each] as Record<string, unknown>[] | undefined) ?? [];
      entries.forEach((entry, i) => {
        if (!holds(rule, entry)) found.push({ field: `${rule.field}.${i}`, messageKey: rule.message });
      });
    } else if (!holds(rule, tree)) {
      found.push({ field: rule.field, messageKey: rule.message });
    }
  }
  return found;
}

/** The server refuses to store a follow-up without a trainee, an owner and a due date: the tablet says so first. */
export function unfinished(followUp: FollowUpInput): boolean {
  return (followUp.traineeId === null && !followUp.traineeClientId) || followUp.ownerId === null || !followUp.dueDate;
}

export function unfinishedFollowUps(log: SessionLog): Problem[] {
  return log.followUps.flatMap((f, i) => (unfinished(f) ? [{ field: `followUp.${i}`, messageKey: 'followup.error.incomplete' }] : []));
}

function holds(rule: Rule, node: Record<string, unknown>): boolean {
  switch (rule.check) {
    case 'text':
      return typeof node[rule.path!] === 'string' && (node[rule.path!] as string).trim() !== '';
    case 'some':
      return Array.isArray(node[rule.path!]) && (node[rule.path!] as unknown[]).length > 0;
    case 'present':
      return rule.paths!.every((path) => node[path] !== undefined && node[path] !== null);
    case 'someone-attended':
      return someoneAttended(node as unknown as SessionLog);
    default:
      throw new Error(`Unknown check in the completeness rules: ${JSON.stringify(rule)}`);
  }
}

function someoneAttended(log: SessionLog): boolean {
  const registered = (log.attendees ?? []).some((attendee) => attendee.status !== 'ABSENT');
  const headcount = (log.unregisteredWomen ?? 0) + (log.unregisteredMen ?? 0) + (log.unregisteredUnknown ?? 0);
  return registered || headcount > 0;
}
