import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Client, fetchExchange, Provider } from 'urql';

/** One GraphQL request as the component sent it. */
export interface SentOperation {
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

/** What the scripted server answers: a GraphQL body, or a thrown network failure. */
export type Answer = { data?: unknown; errors?: unknown[] } | Error;

/**
 * A real urql client (fetchExchange, no cache) whose `fetch` is scripted: components run their
 * own documents through urql unchanged, and tests assert on the request bodies they produced.
 * `answer` may return a promise to hold a request in flight.
 */
export function renderWithScriptedServer(ui: ReactElement, answer: (operation: SentOperation) => Answer | Promise<Answer>): RenderResult & { sent: SentOperation[] } {
  const sent: SentOperation[] = [];
  const fetchFn: typeof fetch = async (_url, init) => {
    const body = JSON.parse(String(init?.body)) as { operationName?: string; variables?: Record<string, unknown> };
    const operation = { operationName: body.operationName, variables: body.variables ?? {} };
    sent.push(operation);
    const result = await answer(operation);
    if (result instanceof Error) throw result;
    return new Response(JSON.stringify(result), { status: 200, headers: { 'content-type': 'application/graphql-response+json' } });
  };
  const client = new Client({ url: 'http://test.invalid/graphql', exchanges: [fetchExchange], fetch: fetchFn, preferGetMethod: false });
  const view = render(<Provider value={client}>{ui}</Provider>);
  return Object.assign(view, { sent });
}
