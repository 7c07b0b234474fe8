/**
 * The real product for browser journeys: the built server (server/dist) serving the built SPA
 * (web/dist), on a free port, against its own empty database, which it migrates and seeds with
 * the demo data exactly as `pnpm start` does.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningProduct {
  url: string;
  stop(): Promise<void>;
}

export async function startProduct(): Promise<RunningProduct> {
  const databaseUrl = process.env.TEST_E2E_DATABASE_URL;
  if (!databaseUrl) throw new Error('TEST_E2E_DATABASE_URL is not set: run through vitest (global setup)');
  for (const built of ['server/dist/main.js', 'web/dist/index.html']) {
    if (!existsSync(`${repoRoot}${built}`)) throw new Error(`${built} is missing: run \`pnpm build\` first (\`pnpm test\` does)`);
  }
  const child: ChildProcess = spawn(process.execPath, ['server/dist/main.js'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, SEED_DEMO: '1', PORT: '0', NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving on (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Debian's Chromium, headless, with nothing reaching out to the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const artifactsDir = fileURLToPath(new URL('./artifacts/', import.meta.url));
