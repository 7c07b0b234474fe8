/**
 * What every browser journey shares: the real product (built server + SPA on the run's seeded
 * database) and Debian's Chromium, started once per spec file, the viewport sizes we check, the
 * log-in form, and the API as a partner calls it (journeys set up and verify through it).
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { artifactsDir, launchChromium, type RunningProduct, startProduct } from './server.js';

export const PHONE = { width: 390, height: 844 };
/** The narrowest phone we support: nothing may spill sideways. */
export const NARROW_PHONE = { width: 360, height: 780 };
export const DESKTOP = { width: 1280, height: 800 };

export const DEMO_PASSWORD = 'repwise-demo';

export interface Journey {
  readonly url: string;
  readonly browser: Browser;
  /** One GraphQL operation over plain HTTP with JSON and an optional bearer token; throws on any error. */
  api<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** Fills in the log-in form and submits it; the caller waits for wherever it should land. */
  logIn(page: Page, email: string, password?: string): Promise<void>;
}

/** Call once at the top of a spec file: starts the product and Chromium before its tests and stops them after. */
export function useJourney(): Journey {
  let product: RunningProduct | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await mkdir(artifactsDir, { recursive: true });
    product = await startProduct();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });
  const started = () => {
    if (!product || !browser) throw new Error('The journey has not started: call useJourney() at the top of the spec file.');
    return { product, browser };
  };
  return {
    get url() {
      return started().product.url;
    },
    get browser() {
      return started().browser;
    },
    api: async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
      const response = await fetch(`${started().product.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
      if (body.errors?.length || !body.data) throw new Error(`GraphQL failed (HTTP ${response.status}): ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    logIn: async (page: Page, email: string, password = DEMO_PASSWORD): Promise<void> => {
      await page.goto(started().product.url);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Log in' }).click();
    },
  };
}
