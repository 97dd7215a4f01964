import { balance } from './balance.ts';
import { blocs } from './blocs.ts';
import { centrality } from './centrality.ts';
import { flips } from './flips.ts';
import type { Insight } from './view.ts';

/** The insights over a view, each served at GET /api/insights/<name> with the /api/graph filters. */
export const insights: Insight[] = [balance, blocs, flips, centrality];
