/**
 * Database failures that mean "the database cannot be reached right now" (server down,
 * connection lost, embedded database closed). Adapters rethrow them as
 * `DatabaseUnavailableError`, which is an `ApiError('unavailable')`: any route that touches
 * a down database answers 503 with the one error shape instead of a 500 and a stack.
 * Other errors (a bad statement, a constraint) stay as they are: those are bugs.
 */
import { ApiError } from '../errors.js';

export class DatabaseUnavailableError extends ApiError {
  constructor(override readonly cause: unknown) {
    super('unavailable', '数据库暂时不可用，请稍后再试');
    this.name = 'DatabaseUnavailableError';
  }
}

/** Node socket errors and postgres.js connection states. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'EHOSTUNREACH',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);

/** SQLSTATEs of an unreachable or stopping server: class 08, shutdown, starting, too many clients. */
function isUnavailableSqlState(code: string): boolean {
  return code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300';
}

/** True when `err` says the database cannot be reached (as opposed to a bad statement). */
export function isUnavailable(err: unknown): boolean {
  if (err instanceof DatabaseUnavailableError) return true;
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (CONNECTION_CODES.has(e.code) || isUnavailableSqlState(e.code))) return true;
  // Node's AggregateError when every address of a host refuses.
  if (Array.isArray(e.errors) && e.errors.some(isUnavailable)) return true;
  return typeof e.message === 'string' && /PGlite is closed|database is closed|connection (terminated|closed)/i.test(e.message);
}

/** Rethrows connection failures as `DatabaseUnavailableError`, anything else untouched. */
export function mapDbError(err: unknown): never {
  if (err instanceof DatabaseUnavailableError) throw err;
  if (isUnavailable(err)) throw new DatabaseUnavailableError(err);
  throw err;
}
