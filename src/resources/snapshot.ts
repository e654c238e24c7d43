/**
 * The `--resources FILE` source: an inventory snapshot instead of a live ListInstances (design §1).
 * A JSON array of InstanceSummary objects (optionally gzip-compressed). Timestamp fields arrive as strings
 * and are read as Dates, as the AWS SDK delivers `CreatedTime`; `c7n:` keys already present are kept, so
 * pre-annotated resources (e.g. `c7n:InstanceAttribute`) are honoured by the filters.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { ConfigurationError, errorMessage } from '../errors.js';
import type { Resource } from '../filters/types.js';
import type { ListContext, ResourceSource } from '../engine/run.js';

/** Top-level fields of an InstanceSummary that are timestamps (spec §3.2). */
export const DEFAULT_TIMESTAMP_KEYS: readonly string[] = ['CreatedTime'];

/**
 * Turns parsed JSON into resources: every element must be a mapping; string values of `timestampKeys`
 * become Dates. A string that is not a valid timestamp stays a string (and behaves as one in filters).
 */
export function reviveResources(raw: unknown, timestampKeys: readonly string[] = DEFAULT_TIMESTAMP_KEYS, origin = 'resources'): Resource[] {
  if (!Array.isArray(raw)) {
    throw new ConfigurationError(
      `${origin}: expected a JSON array of Connect instance summaries (as ListInstances returns them), found ${raw === null ? 'null' : typeof raw}`,
    );
  }
  const out: Resource[] = new Array<Resource>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const r: unknown = raw[i];
    if (typeof r !== 'object' || r === null || Array.isArray(r)) {
      throw new ConfigurationError(`${origin}: element ${i} is not an object; each resource is one InstanceSummary mapping`);
    }
    const res = r as Resource;
    for (const key of timestampKeys) {
      const v = res[key];
      if (typeof v === 'string') {
        const d = new Date(v);
        if (!Number.isNaN(d.getTime())) res[key] = d;
      }
    }
    out[i] = res;
  }
  return out;
}

/** Reads a snapshot file: `.gz` (or any gzip magic) is decompressed first. */
export async function readSnapshotFile(path: string, timestampKeys: readonly string[] = DEFAULT_TIMESTAMP_KEYS): Promise<Resource[]> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    throw new ConfigurationError(`cannot read the resources file ${path}: ${errorMessage(err)}`);
  }
  if (buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b) {
    try {
      buf = gunzipSync(buf);
    } catch (err) {
      throw new ConfigurationError(`cannot decompress the resources file ${path}: ${errorMessage(err)}`);
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(buf.toString('utf8'));
  } catch (err) {
    throw new ConfigurationError(`the resources file ${path} is not valid JSON: ${errorMessage(err)}`);
  }
  return reviveResources(parsed, timestampKeys, path);
}

/**
 * A ResourceSource over a snapshot: the same resources for every (account, region) target. The file is
 * read once, on first use; the engine gives each policy its own copies.
 */
export class SnapshotSource implements ResourceSource {
  private loaded?: Promise<Resource[]>;

  constructor(
    private readonly path: string,
    private readonly timestampKeys: readonly string[] = DEFAULT_TIMESTAMP_KEYS,
  ) {}

  list(_ctx: ListContext): Promise<Resource[]> {
    this.loaded ??= readSnapshotFile(this.path, this.timestampKeys);
    return this.loaded;
  }
}

/** A ResourceSource over resources already in memory (tests, conformance cases, the bench). */
export class StaticSource implements ResourceSource {
  constructor(private readonly resources: readonly Resource[]) {}
  list(_ctx: ListContext): Promise<Resource[]> {
    return Promise.resolve([...this.resources]);
  }
}
