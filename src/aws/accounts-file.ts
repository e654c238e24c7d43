/**
 * The `accounts-file` input: a c7n-org style YAML file listing the accounts to run against.
 *
 *   accounts:
 *     - account_id: "123456789012"
 *       name: prod
 *       role: arn:aws:iam::123456789012:role/ConnectPolicyGate
 *       regions: [us-east-1, eu-west-2]
 *       tags: [env:prod]
 *
 * Every problem is reported as `file:line:column: message` (ConfigurationError).
 */
import { readFile } from 'node:fs/promises';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { ConfigurationError, errorMessage } from '../errors.js';
import { parseRegions } from './regions.js';

export interface AccountEntry {
  readonly accountId: string;
  readonly name: string;
  /** The role to assume in this account (undefined: use the run's credentials as they are). */
  readonly role?: string;
  readonly externalId?: string;
  /** Regions for this account (undefined: the run's regions). */
  readonly regions?: string[];
  readonly tags: string[];
  readonly vars: Record<string, unknown>;
  /** 1-based line of the entry in the file. */
  readonly line: number;
}

export interface AccountsFile {
  readonly path: string;
  readonly accounts: AccountEntry[];
}

const KNOWN_KEYS = new Set([
  'account_id',
  'name',
  'role',
  'regions',
  'tags',
  'vars',
  'external_id',
  'email',
  'profile',
  'mfa_serial',
  'org_id',
]);
const ROLE_RE = /^arn:(aws[a-z-]*):iam::(\d{12}):role\/[\w+=,.@/-]+$/;

export async function readAccountsFile(path: string): Promise<AccountsFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new ConfigurationError(`accounts-file: cannot read ${path}: ${errorMessage(err)}`);
  }
  return parseAccountsFile(text, path);
}

export function parseAccountsFile(text: string, path: string): AccountsFile {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  const at = (node: YamlNode | null | undefined, fallbackOffset = 0): string => {
    const offset = node?.range?.[0] ?? fallbackOffset;
    const { line, col } = lc.linePos(offset);
    return `${path}:${line}:${col}`;
  };
  const fail = (where: string, message: string): never => {
    throw new ConfigurationError(`${where}: ${message}`);
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const { line, col } = lc.linePos(e.pos[0]);
    fail(`${path}:${line}:${col}`, `invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const root = doc.contents;
  if (!isMap(root)) fail(at(root), 'an accounts file is a mapping with an `accounts:` list (c7n-org format)');
  const accountsNode = (root as unknown as { get(k: string, keep: true): unknown }).get('accounts', true) as
    YamlNode | undefined;
  if (!isSeq(accountsNode) || accountsNode.items.length === 0) {
    fail(at(accountsNode ?? (root as YamlNode)), '`accounts:` must be a non-empty list of accounts');
  }
  const seq = accountsNode as unknown as { items: unknown[] };
  const accounts: AccountEntry[] = [];
  const seenIds = new Map<string, string>();
  const seenNames = new Map<string, string>();
  for (const item of seq.items) {
    const itemNode = item as YamlNode;
    const where = at(itemNode);
    if (!isMap(item)) fail(where, 'each account is a mapping with at least `account_id` and `name`');
    const map = item as unknown as { items: { key: unknown; value: unknown }[] };
    const fields = new Map<string, YamlNode | null>();
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!KNOWN_KEYS.has(key)) {
        fail(
          at(pair.key as YamlNode),
          `unknown key \`${key}\`; an account has ${[...KNOWN_KEYS].join(', ')}`,
        );
      }
      fields.set(key, pair.value as YamlNode | null);
    }
    const scalarString = (key: string, required: boolean): string | undefined => {
      const node = fields.get(key);
      if (node === undefined || node === null || (isScalar(node) && node.value === null)) {
        if (required) fail(where, `the account has no \`${key}\``);
        return undefined;
      }
      if (!isScalar(node)) fail(at(node), `\`${key}\` must be a string`);
      const v = (node as unknown as { value: unknown }).value;
      if (key === 'account_id' && typeof v === 'number') {
        fail(
          at(node),
          `\`account_id\` must be quoted ("${String(v).padStart(12, '0')}"): as a number YAML drops leading zeros`,
        );
      }
      if (typeof v !== 'string' || v === '') fail(at(node), `\`${key}\` must be a non-empty string`);
      return v as string;
    };
    const accountId = scalarString('account_id', true)!;
    if (!/^\d{12}$/.test(accountId))
      fail(at(fields.get('account_id')), `\`account_id\` "${accountId}" must be 12 digits`);
    const name = scalarString('name', true)!;
    const role = scalarString('role', false);
    if (role !== undefined) {
      const m = ROLE_RE.exec(role);
      if (!m)
        fail(
          at(fields.get('role')),
          `\`role\` "${role}" is not an IAM role ARN (arn:aws:iam::<account_id>:role/<name>)`,
        );
      if (m && m[2] !== accountId) {
        fail(
          at(fields.get('role')),
          `\`role\` ${role} belongs to account ${m[2]}, not to this entry's account_id ${accountId}`,
        );
      }
    }
    const externalId = scalarString('external_id', false);
    const stringList = (key: string): string[] | undefined => {
      const node = fields.get(key);
      if (node === undefined || node === null) return undefined;
      if (!isSeq(node)) fail(at(node), `\`${key}\` must be a list of strings`);
      return (node as unknown as { items: unknown[] }).items.map((el) => {
        if (!isScalar(el) || typeof el.value !== 'string')
          fail(at(el as YamlNode), `\`${key}\` must be a list of strings`);
        return (el as unknown as { value: string }).value;
      });
    };
    let regions = stringList('regions');
    if (regions !== undefined) {
      if (regions.length === 0)
        fail(at(fields.get('regions')), "`regions` is empty; leave it out to use the run's regions");
      try {
        regions = parseRegions(regions).regions;
      } catch (err) {
        fail(at(fields.get('regions')), errorMessage(err));
      }
    }
    const tags = stringList('tags') ?? [];
    const varsNode = fields.get('vars');
    let vars: Record<string, unknown> = {};
    if (varsNode !== undefined && varsNode !== null) {
      if (!isMap(varsNode)) fail(at(varsNode), '`vars` must be a mapping');
      vars = (varsNode as unknown as { toJSON(): Record<string, unknown> }).toJSON();
    }
    const dupId = seenIds.get(accountId);
    if (dupId) fail(where, `account_id ${accountId} is listed twice (first at ${dupId})`);
    seenIds.set(accountId, where);
    const dupName = seenNames.get(name);
    if (dupName) fail(where, `name "${name}" is used twice (first at ${dupName})`);
    seenNames.set(name, where);
    accounts.push({
      accountId,
      name,
      ...(role !== undefined ? { role } : {}),
      ...(externalId !== undefined ? { externalId } : {}),
      ...(regions !== undefined ? { regions } : {}),
      tags,
      vars,
      line: lc.linePos(itemNode.range?.[0] ?? 0).line,
    });
  }
  return { path, accounts };
}

/** Accounts whose tags include every one of `tags` (c7n-org `--tags` semantics: all must match). */
export function selectAccounts(
  file: AccountsFile,
  tags: readonly string[] = [],
  names: readonly string[] = [],
): AccountEntry[] {
  return file.accounts.filter(
    (a) =>
      tags.every((t) => a.tags.includes(t)) &&
      (names.length === 0 || names.includes(a.name) || names.includes(a.accountId)),
  );
}
