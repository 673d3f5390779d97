/**
 * The HTTP layer's view of the service's dependencies. The types live below the HTTP layer
 * (../deps.ts), where the answer pipeline and the WeChat channels can use them too; the
 * routes keep importing them from here.
 */
export type { AppDeps, Log, LogLevel } from '../deps.js';
