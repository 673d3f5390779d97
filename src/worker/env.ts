/** What a Workers deployment provides: vars and secrets (strings) and the Hyperdrive binding. */
export interface HyperdriveBinding {
  connectionString: string;
}

export interface WorkerEnv {
  /** Postgres through Hyperdrive; takes precedence over DATABASE_URL. */
  HYPERDRIVE?: HyperdriveBinding;
  [name: string]: unknown;
}

/** The string settings of `env`, for `loadConfig` (bindings are objects and are left out). */
export function settingsOf(env: WorkerEnv): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(env)) if (typeof value === 'string') out[key] = value;
  return out;
}

/** The Postgres connection string: Hyperdrive's when bound, else the DATABASE_URL secret. */
export function connectionStringOf(env: WorkerEnv): string | undefined {
  const hd = env.HYPERDRIVE;
  if (hd && typeof hd.connectionString === 'string' && hd.connectionString) return hd.connectionString;
  return typeof env.DATABASE_URL === 'string' && env.DATABASE_URL.trim() ? env.DATABASE_URL.trim() : undefined;
}
