/**
 * The IAM actions a policy set needs, per mode (`connect-gate validate --permissions`), read from the same
 * declarations the engine runs: the resource listing, every filter (recursively, unlike Cloud Custodian,
 * spec filters.md §4.3), value sources, and in enforce mode the actions.
 */
import { actionPermissions } from '../actions/registry.js';
import { permissionsOf } from '../filters/registry.js';
import { CONNECT_INSTANCE_PERMISSIONS } from '../resources/connect-instance.js';
import type { LoadedPolicy } from './types.js';

export interface PermissionReport {
  /** Needed to evaluate (report mode). */
  report: string[];
  /** Needed in enforce mode on top of `report`. */
  enforce: string[];
  /** Per policy, for people deciding which policies to grant. */
  policies: { name: string; report: string[]; enforce: string[] }[];
}

/** value_from with an s3:// URL reads the object with the policy's credentials (§6.3; c7n declares none). */
function valueSourcePermissions(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) {
    for (const n of node) valueSourcePermissions(n, found);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (
      (key === 'value_from' || key === 'to_from' || key === 'cc_from') &&
      value &&
      typeof value === 'object'
    ) {
      const url = (value as Record<string, unknown>).url;
      if (typeof url === 'string' && url.startsWith('s3://')) found.add('s3:GetObject');
      if (url === 'dynamodb') found.add('dynamodb:PartiQLSelect');
    }
    valueSourcePermissions(value, found);
  }
}

export function permissionReport(policies: readonly LoadedPolicy[]): PermissionReport {
  const report = new Set<string>();
  const enforce = new Set<string>();
  const perPolicy = policies.map((p) => {
    const read = new Set<string>(CONNECT_INSTANCE_PERMISSIONS);
    for (const perm of permissionsOf(p.data.filters)) read.add(perm);
    for (const perm of permissionsOf(p.data.conditions, 'conditions')) read.add(perm);
    valueSourcePermissions([p.data.filters, p.data.conditions], read);
    const write = new Set<string>(actionPermissions(p.data));
    valueSourcePermissions(p.data.actions, write);
    for (const perm of read) write.delete(perm);
    for (const perm of read) report.add(perm);
    for (const perm of write) enforce.add(perm);
    return { name: p.name, report: [...read].sort(), enforce: [...write].sort() };
  });
  for (const perm of report) enforce.delete(perm);
  return { report: [...report].sort(), enforce: [...enforce].sort(), policies: perPolicy };
}
