/**
 * The `regions` input / `--regions` flag (design.md §1): comma or newline separated region names; `all`
 * means every commercial region that offers Amazon Connect. Default: AWS_REGION, else AWS_DEFAULT_REGION,
 * else us-east-1.
 */
import { ConfigurationError } from '../errors.js';

/**
 * Regions where Amazon Connect is offered, from the "Amazon Connect endpoints and quotas" page of the AWS
 * General Reference (checked 2025). A static list: no DescribeRegions call, so `all` works with only
 * Connect permissions; opt-in regions in it (af-south-1) are skipped at run time if not enabled (their
 * calls fail for that region only). GovCloud is used only when named explicitly (actions.md §4.4).
 */
export const CONNECT_REGIONS: readonly string[] = [
  'us-east-1',
  'us-west-2',
  'af-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ca-central-1',
  'eu-central-1',
  'eu-west-2',
];

/** Regions with Connect that `all` does not include (other partitions). */
export const CONNECT_REGIONS_EXPLICIT_ONLY: readonly string[] = ['us-gov-west-1'];

const REGION_RE = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

export interface ParsedRegions {
  readonly regions: string[];
  /** Named regions where Connect is not (known to be) offered: they still run, with a warning. */
  readonly warnings: string[];
}

/** Parses the input; throws ConfigurationError for names that are not region names. */
export function parseRegions(
  input: string | readonly string[] | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ParsedRegions {
  const raw = Array.isArray(input) ? input.join(',') : ((input as string | undefined) ?? '');
  const names = raw
    .split(/[,\n\r]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (names.length === 0) {
    const fallback = env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || 'us-east-1';
    names.push(fallback);
  }
  const out: string[] = [];
  const warnings: string[] = [];
  const add = (r: string): void => {
    if (!out.includes(r)) out.push(r);
  };
  for (const name of names) {
    const n = name.toLowerCase();
    if (n === 'all') {
      CONNECT_REGIONS.forEach(add);
      continue;
    }
    if (!REGION_RE.test(n)) {
      throw new ConfigurationError(
        `regions: "${name}" is not a region name (expected e.g. us-east-1, or "all" for every region that offers Amazon Connect)`,
      );
    }
    if (!CONNECT_REGIONS.includes(n) && !CONNECT_REGIONS_EXPLICIT_ONLY.includes(n)) {
      warnings.push(
        `regions: Amazon Connect is not offered in ${n} (as far as this version knows); policies there will find nothing or fail`,
      );
    }
    add(n);
  }
  return { regions: out, warnings };
}

/** Whether Amazon Connect is offered in a region (static list). */
export function offersConnect(region: string): boolean {
  return CONNECT_REGIONS.includes(region) || CONNECT_REGIONS_EXPLICIT_ONLY.includes(region);
}
