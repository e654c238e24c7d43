/**
 * IP addresses and IPv4 networks with the behaviour c7n's `value_type: cidr` gets from Python's
 * `ipaddress` module and c7n's `parse_cidr` (spec §5.7): strict networks (host bits must be zero), IPv4 or
 * IPv6 addresses, lists of those, and containment that treats "network in network" as "subnet of".
 */
import { PolicyRuntimeError } from '../errors.js';
import { PyObject, PySet, PyTypeError, pyContains, pyTypeName } from './python.js';

export class IPAddress extends PyObject {
  readonly pyType: string;
  constructor(
    readonly version: 4 | 6,
    readonly ip: bigint,
    private readonly text: string,
  ) {
    super();
    this.pyType = version === 4 ? 'IPv4Address' : 'IPv6Address';
  }
  pyEq(other: unknown): boolean {
    return other instanceof IPAddress && other.version === this.version && other.ip === this.ip;
  }
  override pyCmp(other: unknown): number {
    if (!(other instanceof IPAddress))
      throw new PyTypeError(`'<' not supported between ${this.pyType} and ${pyTypeName(other)}`);
    if (other.version !== this.version)
      throw new PyTypeError(`${this.text} and ${other.text} are not of the same version`);
    return this.ip < other.ip ? -1 : this.ip > other.ip ? 1 : 0;
  }
  override hashKey(): string {
    return `ip${this.version}:${this.ip}`;
  }
  pyStr(): string {
    return this.text;
  }
}

export class IPv4Network extends PyObject {
  readonly pyType = 'IPv4Network';
  readonly mask: bigint;
  constructor(
    readonly network: bigint,
    readonly prefixlen: number,
  ) {
    super();
    this.mask = prefixlen === 0 ? 0n : ((1n << 32n) - 1n) ^ ((1n << BigInt(32 - prefixlen)) - 1n);
  }
  get broadcast(): bigint {
    return this.network | (((1n << 32n) - 1n) ^ this.mask);
  }
  pyEq(other: unknown): boolean {
    return (
      other instanceof IPv4Network && other.network === this.network && other.prefixlen === this.prefixlen
    );
  }
  override pyCmp(other: unknown): number {
    if (!(other instanceof IPv4Network))
      throw new PyTypeError(`'<' not supported between IPv4Network and ${pyTypeName(other)}`);
    if (this.network !== other.network) return this.network < other.network ? -1 : 1;
    // Python compares netmasks next: a longer prefix has the larger mask.
    return this.prefixlen - other.prefixlen;
  }
  /** c7n's override: a network contains its subnets; an address by masking; None never. */
  override pyContains(item: unknown): boolean {
    if (item === null || item === undefined) return false;
    if (item instanceof IPv4Network) return item.network >= this.network && item.broadcast <= this.broadcast;
    if (item instanceof IPAddress) return item.version === 4 && (item.ip & this.mask) === this.network;
    // Python reads `other._version` first: anything else is an AttributeError, which aborts the policy.
    throw new PolicyRuntimeError(`cannot test whether ${pyTypeName(item)} is in network ${this.pyStr()}`);
  }
  override hashKey(): string {
    return `net:${this.network}/${this.prefixlen}`;
  }
  pyStr(): string {
    return `${v4Text(this.network)}/${this.prefixlen}`;
  }
}

/** c7n's IPv4List: membership in any network of the list, or equality with an address in it. */
export class IPList extends PyObject {
  readonly pyType = 'IPv4List';
  constructor(readonly items: unknown[]) {
    super();
  }
  pyEq(other: unknown): boolean {
    return other === this;
  }
  override pyContains(item: unknown): boolean {
    if (item === null || item === undefined) return false;
    let found = false;
    for (const y of this.items) if (y instanceof IPv4Network && y.pyContains(item)) found = true;
    for (const y of this.items) if (y instanceof IPAddress && y.version === 4 && y.pyEq(item)) found = true;
    return found;
  }
  pyStr(): string {
    return `<IPv4List ${this.items.length}>`;
  }
}

function v4Text(n: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join('.');
}

/** IPv4 dotted quad as Python accepts it (no leading zeros), or undefined. */
function parseV4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0n;
  for (const p of parts) {
    if (!/^[0-9]{1,3}$/.test(p) || (p.length > 1 && p[0] === '0')) return undefined;
    const v = Number(p);
    if (v > 255) return undefined;
    n = (n << 8n) | BigInt(v);
  }
  return n;
}

function parseV6(s: string): bigint | undefined {
  const pct = s.indexOf('%');
  if (pct >= 0) {
    if (pct === s.length - 1) return undefined;
    s = s.slice(0, pct);
  }
  let tail: bigint[] = [];
  const lastColon = s.lastIndexOf(':');
  if (lastColon >= 0 && s.slice(lastColon + 1).includes('.')) {
    const v4 = parseV4(s.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    tail = [v4 >> 16n, v4 & 0xffffn];
    s = s.slice(0, lastColon + 1) + '0';
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const parseGroups = (h: string): bigint[] | undefined => {
    if (h === '') return [];
    const gs = h.split(':');
    const out: bigint[] = [];
    for (const g of gs) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(BigInt('0x' + g));
    }
    return out;
  };
  let groups: bigint[];
  if (halves.length === 2) {
    const a = parseGroups(halves[0] as string);
    const b = parseGroups(halves[1] as string);
    if (!a || !b) return undefined;
    if (tail.length) b.pop();
    const fill = 8 - a.length - b.length - tail.length;
    if (fill < 1) return undefined;
    groups = [...a, ...Array<bigint>(fill).fill(0n), ...b, ...tail];
  } else {
    const a = parseGroups(s);
    if (!a) return undefined;
    if (tail.length) a.pop();
    groups = [...a, ...tail];
    if (groups.length !== 8) return undefined;
  }
  return groups.reduce((acc, g) => (acc << 16n) | g, 0n);
}

function parseAddress(s: string): IPAddress | null {
  const v4 = parseV4(s);
  if (v4 !== undefined) return new IPAddress(4, v4, s);
  const v6 = s.includes(':') ? parseV6(s) : undefined;
  if (v6 !== undefined) return new IPAddress(6, v6, s);
  return null;
}

function parseNetwork(s: string): IPv4Network | null {
  const parts = s.split('/');
  if (parts.length !== 2) return null;
  const addr = parseV4(parts[0] as string);
  if (addr === undefined) return null;
  const p = parts[1] as string;
  let prefix: number | undefined;
  if (/^[0-9]+$/.test(p)) {
    prefix = Number(p);
    if (prefix > 32) return null;
  } else {
    // A netmask (255.255.0.0) or a hostmask (0.0.255.255).
    const m = parseV4(p);
    if (m === undefined) return null;
    for (let len = 0; len <= 32; len++) {
      const net = len === 0 ? 0n : ((1n << 32n) - 1n) ^ ((1n << BigInt(32 - len)) - 1n);
      if (net === m || (((1n << 32n) - 1n) ^ net) === m) {
        prefix = len;
        break;
      }
    }
    if (prefix === undefined) return null;
  }
  const net = new IPv4Network(addr, prefix);
  if ((addr & net.mask) !== addr) return null; // strict: host bits set
  return net;
}

/** c7n `parse_cidr`: a list → IPList of parsed items; a string → network/address or null. */
export function parseCidr(value: unknown): unknown {
  if (Array.isArray(value)) return new IPList(value.map(parseCidr));
  if (value instanceof PySet) return new IPList([...value].map(parseCidr));
  if (typeof value === 'string') return value.includes('/') ? parseNetwork(value) : parseAddress(value);
  // `'/' not in value` needs a container; str(value) of a container never parses as an address.
  try {
    pyContains(value, '/');
  } catch (e) {
    if (e instanceof PyTypeError) {
      throw new PolicyRuntimeError(`value_type cidr cannot parse ${pyTypeName(value)} value (${e.message})`);
    }
    throw e;
  }
  return null;
}
