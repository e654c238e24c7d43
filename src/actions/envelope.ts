/**
 * The c7n-mailer message envelope (spec actions.md §6.2–§6.3): the object c7n's notify action sends, its
 * exact text (indent-0 Python JSON, keys in c7n's order), the splice of per-resource texts into it, the
 * zlib + base64 encoding, and the batching that decides how many resources go into one message (so the
 * number of messages matches c7n's).
 */
import { PolicyRuntimeError } from '../errors.js';
import { c7nDumps, PyFloat, zlibBase64 } from './python-json.js';

/** SQS and SNS accept at most 256 KiB; c7n checks the encoded body against this many characters. */
export const MAX_MESSAGE_CHARS = 262_144;

export interface EnvelopeFields {
  readonly accountId: string;
  readonly partition: string;
  /** Account alias, or "" when the account has none. */
  readonly account: string;
  readonly version: string;
  readonly region: string;
  readonly executionId: string;
  /** Epoch seconds (float). */
  readonly executionStart: number;
  readonly event: unknown;
  readonly policy: unknown;
  /** The action data, `to`/`cc` already extended by `to_from`/`cc_from`. */
  readonly action: unknown;
}

/**
 * The envelope without `action` and `resources` (c7n formats the queue, topic and value-source URLs with
 * these keys), in c7n's order.
 */
export function envelopeBase(f: Omit<EnvelopeFields, 'action'>): Record<string, unknown> {
  return {
    event: f.event ?? null,
    account_id: f.accountId,
    partition: f.partition,
    account: f.account,
    version: f.version,
    region: f.region,
    execution_id: f.executionId,
    // A Python float: 1700000000 is written 1700000000.0.
    execution_start: new PyFloat(f.executionStart),
    policy: f.policy,
  };
}

/** The whole envelope in c7n's order, `resources` last. */
export function buildEnvelope(
  f: EnvelopeFields,
  resources: readonly unknown[] = [],
): Record<string, unknown> {
  return { ...envelopeBase(f), action: f.action, resources: [...resources] };
}

/** Step 1 of §6.3: the indent-0 text of the envelope with `resources: []`. */
export function envelopeText(envelope: Record<string, unknown>): string {
  return c7nDumps({ ...envelope, resources: [] });
}

/** Step 3 of §6.3: the text between the last `[` and the last `]` replaced by the resource texts joined by `,`. */
export function spliceResources(text: string, resourceTexts: readonly string[]): string {
  const open = text.lastIndexOf('[');
  const close = text.lastIndexOf(']');
  if (open < 0 || close < open) throw new Error('envelope text has no resources list');
  return text.slice(0, open + 1) + resourceTexts.join(',') + text.slice(close);
}

export interface EncodedMessage {
  /** The JSON text before compression. */
  readonly json: string;
  /** base64(zlib(json)): what is sent. */
  readonly body: string;
  /** Indices (into the resource list given to `messages`) of the resources in this message. */
  readonly indices: readonly number[];
}

/**
 * The messages c7n's buffer produces for these resources, in order (§6.3). A generator, so the caller sends
 * each message before the next is built: when a message is too large the error comes after the earlier
 * ones were sent, as in c7n. `limit` is the buffer size (262 144; smaller in tests), `maxBody` the largest
 * encoded body allowed.
 */
export function* messages(
  envelope: Record<string, unknown>,
  resources: readonly unknown[],
  limit = MAX_MESSAGE_CHARS,
  maxBody = MAX_MESSAGE_CHARS,
): Generator<EncodedMessage, void, void> {
  const text = envelopeText(envelope);
  let raw = text.length;
  let observed = 0;
  let parts: string[] = [];
  let indices: number[] = [];

  const flush = (): EncodedMessage => {
    const json = spliceResources(text, parts);
    const body = zlibBase64(json);
    if (body.length > maxBody) {
      throw new PolicyRuntimeError(
        `notify: the message for ${parts.length} resource(s) is ${body.length} characters after compression, ` +
          `over the ${maxBody} limit of SQS/SNS (c7n fails the same way)`,
      );
    }
    observed = Math.min(body.length / raw + 0.1, 0.5);
    const message = { json, body, indices };
    raw = text.length;
    parts = [];
    indices = [];
    return message;
  };

  for (let i = 0; i < resources.length; i++) {
    const part = c7nDumps(resources[i]);
    parts.push(part);
    indices.push(i);
    raw += part.length;
    const average = (raw - text.length) / parts.length;
    const ratio = observed || 0.5;
    if ((raw + 2 * average) * ratio > limit) yield flush();
  }
  if (parts.length > 0) yield flush();
}
