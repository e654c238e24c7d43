/**
 * `event` (spec §8): value matching against the run's EVENT document instead of the resources. Without an
 * event (pull mode) every resource passes; with one, all resources pass when the event matches and none
 * otherwise. The event is never annotated (c7n would add `c7n:MatchedFilters` to it; nothing reads that,
 * and one event is shared by all policies of the run).
 */
import type { EvalContext, Filter, FilterDefinition, Resource } from './types.js';
import { ValueMatcher } from './value.js';

class EventFilter implements Filter {
  readonly type = 'event';
  private matcher?: ValueMatcher;

  constructor(private readonly data: Record<string, unknown>) {}

  async process(resources: Resource[], ctx: EvalContext): Promise<Resource[]> {
    if (ctx.event === undefined || ctx.event === null) return resources;
    // Built on first use: a run without an event never needs the matcher (nor its value_from).
    this.matcher ??= new ValueMatcher({ ...this.data }, { annotate: false });
    return (await this.matcher.match(ctx.event, ctx)) ? resources : [];
  }
}

export const eventFilter: FilterDefinition = {
  type: 'event',
  permissions: [],
  create(data: Record<string, unknown>): Filter {
    return new EventFilter(data);
  },
};
