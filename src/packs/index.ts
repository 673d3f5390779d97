/**
 * The policy packs the service ships, one folder per document (see README "Adding a rule" and
 * "Adding a policy document"). The first is the service's main document. This is the only list
 * here: each pack lists its own rules, and the core derives every rule id from the packs.
 */
import { zz201963 } from './zz-2019-63/index.js';

export const PACKS = [zz201963] as const;
