/**
 * Vitest global setup: the served widget and console are compiled from src/web-client before
 * any test runs, so the tests always exercise the sources as they are. Whether the committed
 * src/core/web/web-client.generated.ts was out of date is passed on to
 * test/web-client/generated.test.ts, which fails when it was (commit the rewritten file).
 */
import type { TestProject } from 'vitest/node';
import { writeWebClient } from '../../scripts/web-client/build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The generated module differed from a fresh build of the client sources (it has been rewritten). */
    webClientWasStale: boolean;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('webClientWasStale', await writeWebClient());
}
