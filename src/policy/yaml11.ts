/**
 * Reads policy YAML the way Cloud Custodian does (PyYAML SafeLoader: YAML 1.1 scalars, anchors, merge
 * keys, spec filters.md §1.1) while remembering where every node stands, so that validation errors can
 * name a line and column.
 *
 * The `yaml` package parses with the failsafe schema (every scalar a string); plain scalars are then
 * resolved here with PyYAML's YAML 1.1 rules, which differ from YAML 1.2 in ways that change filter values
 * (`yes` is true, `y` is a string, `012` is octal, `1e3` is a string, `1:30` is 90).
 */
import {
  Alias,
  LineCounter,
  parseAllDocuments,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Scalar,
  type Document,
  type Node,
} from 'yaml';

import type { PathSegment } from './types.js';

/** A YAML 1.1 timestamp (unquoted date or date-time). Kept apart from strings: the schema rejects it. */
export class YamlTimestamp {
  constructor(
    readonly text: string,
    readonly dateOnly: boolean,
  ) {}
  toString(): string {
    return this.text;
  }
}

export interface Position {
  line: number;
  column: number;
}

export interface ParsedDocument {
  readonly value: unknown;
  /** Position of the node at `path` (or of its nearest existing ancestor). */
  locate(path: readonly PathSegment[]): Position;
  /** Position of the key of the mapping entry at `path`, when there is one. */
  locateKey(path: readonly PathSegment[]): Position | undefined;
}

export interface YamlProblem extends Position {
  message: string;
}

export interface ParsedYaml {
  documents: ParsedDocument[];
  problems: YamlProblem[];
}

const BOOL_TRUE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const BOOL_FALSE = /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/;
const NULL = /^(?:~|null|Null|NULL|)$/;
const INT =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const TIMESTAMP =
  /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;

function sexagesimal(text: string, parse: (s: string) => number): number {
  let value = 0;
  for (const part of text.split(':')) value = value * 60 + parse(part);
  return value;
}

function resolveInt(raw: string): number {
  let text = raw.replace(/_/g, '');
  let sign = 1;
  if (text[0] === '-' || text[0] === '+') {
    if (text[0] === '-') sign = -1;
    text = text.slice(1);
  }
  if (text === '0') return 0;
  if (text.startsWith('0b')) return sign * parseInt(text.slice(2), 2);
  if (text.startsWith('0x')) return sign * parseInt(text.slice(2), 16);
  if (text.startsWith('0')) return sign * parseInt(text, 8);
  if (text.includes(':')) return sign * sexagesimal(text, (p) => parseInt(p, 10));
  return sign * parseInt(text, 10);
}

function resolveFloat(raw: string): number {
  const text = raw.replace(/_/g, '').toLowerCase();
  if (text.endsWith('.inf')) return text.startsWith('-') ? -Infinity : Infinity;
  if (text.endsWith('.nan')) return NaN;
  if (text.includes(':')) {
    const sign = text.startsWith('-') ? -1 : 1;
    return sign * sexagesimal(text.replace(/^[-+]/, ''), parseFloat);
  }
  return parseFloat(text);
}

/** PyYAML's implicit resolution of a plain scalar. */
export function resolvePlainScalar(text: string): unknown {
  if (NULL.test(text)) return null;
  if (BOOL_TRUE.test(text)) return true;
  if (BOOL_FALSE.test(text)) return false;
  if (INT.test(text)) return resolveInt(text);
  if (FLOAT.test(text)) return resolveFloat(text);
  if (TIMESTAMP.test(text)) return new YamlTimestamp(text, text.length === 10);
  return text;
}

function resolveTagged(text: string, tag: string): unknown {
  const name = tag.replace(/^tag:yaml\.org,2002:/, '!!');
  switch (name) {
    case '!!str':
      return text;
    case '!!int':
      return INT.test(text) ? resolveInt(text) : text;
    case '!!float':
      return FLOAT.test(text) || INT.test(text) ? resolveFloat(text) : text;
    case '!!bool':
      return BOOL_TRUE.test(text) ? true : BOOL_FALSE.test(text) ? false : text;
    case '!!null':
      return null;
    default:
      return resolvePlainScalar(text);
  }
}

const keyOf = (path: readonly PathSegment[]) => path.join('\u0000');

class DocumentBuilder {
  readonly nodePositions = new Map<string, Position>();
  readonly keyPositions = new Map<string, Position>();
  readonly problems: YamlProblem[] = [];
  /** Aliases resolved to the value built for their anchor (PyYAML shares the object as well). */
  private readonly anchors = new Map<Node, unknown>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  position(node: { range?: [number, number, number] | null } | null | undefined): Position {
    const offset = node?.range?.[0] ?? 0;
    const p = this.lines.linePos(offset);
    return { line: p.line, column: p.col };
  }

  build(node: unknown, path: PathSegment[]): unknown {
    if (node === null || node === undefined) return null;
    const n = node as Node;
    this.nodePositions.set(keyOf(path), this.position(n));
    if (isAlias(n)) {
      const target = (n as Alias).resolve(this.doc);
      if (!target) {
        this.problems.push({ ...this.position(n), message: `unknown alias *${(n as Alias).source}` });
        return null;
      }
      if (this.anchors.has(target)) return this.anchors.get(target);
      return this.build(target, path);
    }
    if (isScalar(n)) {
      const s = n as Scalar;
      const text = String(s.value ?? '');
      // `tag` is only set when the document spells one out (`!!str 12`).
      if (s.tag && s.tag !== '!') return resolveTagged(text, s.tag);
      return s.type === Scalar.PLAIN ? resolvePlainScalar(text) : text;
    }
    if (isSeq(n)) {
      const out: unknown[] = [];
      this.anchors.set(n, out);
      n.items.forEach((item, i) => out.push(this.build(item, [...path, i])));
      return out;
    }
    if (isMap(n)) {
      const out: Record<string, unknown> = {};
      this.anchors.set(n, out);
      const merged: Record<string, unknown>[] = [];
      for (const pair of n.items) {
        const keyNode = pair.key as Node | null;
        const rawKey = this.build(keyNode, [...path, '\u0001key']);
        if (isScalar(keyNode) && keyNode.type === Scalar.PLAIN && keyNode.value === '<<') {
          this.collectMerge(this.build(pair.value, [...path, '<<']), merged, keyNode);
          continue;
        }
        const key =
          rawKey === null
            ? 'null'
            : rawKey instanceof YamlTimestamp
              ? rawKey.text
              : typeof rawKey === 'object'
                ? JSON.stringify(rawKey)
                : String(rawKey);
        this.keyPositions.set(keyOf([...path, key]), this.position(keyNode));
        out[key] = this.build(pair.value, [...path, key]);
        if (pair.value === null || pair.value === undefined) {
          // `key:` with nothing after it: point at the key.
          this.nodePositions.set(keyOf([...path, key]), this.position(keyNode));
        }
      }
      // Merge keys: explicit keys win, then earlier merged mappings win over later ones.
      for (const source of merged) {
        for (const [k, v] of Object.entries(source)) if (!(k in out)) out[k] = v;
      }
      return out;
    }
    return null;
  }

  private collectMerge(value: unknown, into: Record<string, unknown>[], at: Node): void {
    const isMapping = (v: unknown): v is Record<string, unknown> =>
      v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof YamlTimestamp);
    if (isMapping(value)) into.push(value);
    else if (Array.isArray(value) && value.every(isMapping)) into.push(...value);
    else
      this.problems.push({
        ...this.position(at),
        message: 'a merge key (<<) expects a mapping or a list of mappings',
      });
  }
}

/** Parses YAML (or JSON, which is YAML) text into documents with positions. Never throws on bad input. */
export function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  const problems: YamlProblem[] = [];
  const documents: ParsedDocument[] = [];
  const docs = parseAllDocuments(text, {
    lineCounter: lines,
    schema: 'failsafe',
    uniqueKeys: true,
    merge: false,
    prettyErrors: false,
    strict: true,
  });
  const list = Array.isArray(docs) ? docs : [];
  for (const doc of list) {
    for (const err of doc.errors) {
      const pos = err.linePos?.[0] ?? lines.linePos(err.pos[0]);
      problems.push({ line: pos.line, column: pos.col, message: describeYamlError(err.code, err.message) });
    }
    if (doc.errors.length) continue;
    const builder = new DocumentBuilder(doc, lines);
    const value = builder.build(doc.contents, []);
    problems.push(...builder.problems);
    const nodes = builder.nodePositions;
    const keys = builder.keyPositions;
    documents.push({
      value,
      locate(path) {
        for (let n = path.length; n >= 0; n--) {
          const p = nodes.get(keyOf(path.slice(0, n)));
          if (p) return p;
        }
        return { line: 1, column: 1 };
      },
      locateKey(path) {
        return keys.get(keyOf(path));
      },
    });
  }
  return { documents, problems };
}

/** The parser's own first line, plus what to do for the mistakes people make most. */
function describeYamlError(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'TAB_AS_INDENT' || /tab/i.test(first)) {
    return `invalid YAML: ${first}; indent with spaces, YAML does not allow tabs for indentation`;
  }
  if (code === 'DUPLICATE_KEY')
    return `invalid YAML: ${first} (Cloud Custodian's validate rejects duplicate keys too)`;
  return `invalid YAML: ${first}`;
}
