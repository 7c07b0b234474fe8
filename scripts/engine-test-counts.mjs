#!/usr/bin/env node
/**
 * Counts the tests of the pure training engine (server/src/engine/*.test.ts), so the counts in
 * docs/engine.md can be re-checked:  node scripts/engine-test-counts.mjs [--json]
 *
 * Per test file and per top-level describe block:
 *   fc.assert   `fc.assert(` call sites
 *   properties  property tests: each it() holding an fc.assert, plus each row of an it.each whose
 *               body holds one (the row runs its own property)
 *   each rows   rows of it.each tables whose body holds no fc.assert (worked examples)
 *   examples    it() cases without fc.assert that check a value (at least one expect not ending in
 *               .toThrow)
 *   guards      it() cases whose every expect is a .toThrow (rejected input)
 *   worked      each rows + examples
 *
 * Plain Node, no dependencies. Comments, strings, template literals and regex literals are blanked
 * out before the brackets are matched, so a parenthesis inside a string never miscounts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const engineDir = join(root, 'server', 'src', 'engine');

/** The source with comments, string/template/regex literal contents replaced by spaces (same length, newlines kept). */
function mask(src) {
  const out = src.split('');
  const blank = (from, to) => {
    for (let k = from; k < to; k += 1) if (out[k] !== '\n') out[k] = ' ';
  };
  let i = 0;
  let lastSignificant = '';
  // Template literals nest through ${ … }: a stack of brace depths at which a template resumes.
  const templateStack = [];
  let braceDepth = 0;
  const scanTemplate = (start) => {
    // start: index just after the opening backtick (or after the closing } of an expression)
    let k = start;
    while (k < src.length) {
      if (src[k] === '\\') k += 2;
      else if (src[k] === '`') {
        blank(start, k);
        return { end: k + 1, expression: false };
      } else if (src[k] === '$' && src[k + 1] === '{') {
        blank(start, k);
        return { end: k + 2, expression: true };
      } else k += 1;
    }
    blank(start, src.length);
    return { end: src.length, expression: false };
  };
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      const stop = end === -1 ? src.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end === -1 ? src.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === '"' || c === "'") {
      let k = i + 1;
      while (k < src.length && src[k] !== c && src[k] !== '\n') k += src[k] === '\\' ? 2 : 1;
      blank(i + 1, k);
      i = k + 1;
      lastSignificant = c;
    } else if (c === '`') {
      const { end, expression } = scanTemplate(i + 1);
      if (expression) templateStack.push(braceDepth);
      i = end;
      lastSignificant = '`';
    } else if (c === '}' && templateStack.length > 0 && templateStack[templateStack.length - 1] === braceDepth) {
      templateStack.pop();
      const { end, expression } = scanTemplate(i + 1);
      if (expression) templateStack.push(braceDepth);
      i = end;
      lastSignificant = '`';
    } else if (c === '/' && (lastSignificant === '' || '(,=:[!&|?{};+-*%<>~^'.includes(lastSignificant))) {
      // A regex literal: up to the unescaped / outside a character class, then its flags.
      let k = i + 1;
      let inClass = false;
      while (k < src.length && src[k] !== '\n') {
        if (src[k] === '\\') k += 2;
        else {
          if (src[k] === '[') inClass = true;
          else if (src[k] === ']') inClass = false;
          else if (src[k] === '/' && !inClass) break;
          k += 1;
        }
      }
      blank(i + 1, k);
      i = k + 1;
      while (i < src.length && /[a-z]/i.test(src[i])) i += 1;
      lastSignificant = '/';
    } else {
      if (c === '{') braceDepth += 1;
      else if (c === '}') braceDepth -= 1;
      if (!/\s/.test(c)) lastSignificant = /[\w$)\]]/.test(c) ? 'a' : c;
      i += 1;
    }
  }
  return out.join('');
}

/** Index of the bracket closing the one at `open` in masked text. */
function closing(text, open) {
  const pairs = { '(': ')', '[': ']', '{': '}' };
  const stack = [];
  for (let k = open; k < text.length; k += 1) {
    const ch = text[k];
    if (pairs[ch]) stack.push(pairs[ch]);
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (stack.pop() !== ch) throw new Error(`unbalanced ${ch} at ${k}`);
      if (stack.length === 0) return k;
    }
  }
  throw new Error(`no closing bracket for ${text[open]} at ${open}`);
}

/** Top-level elements of the array literal opening at `open` (masked text). */
function arrayLength(text, open) {
  const end = closing(text, open);
  let count = 0;
  let segment = '';
  for (let k = open + 1; k < end; k += 1) {
    const ch = text[k];
    if (ch === '(' || ch === '[' || ch === '{') {
      const close = closing(text, k);
      segment += 'x';
      k = close;
    } else if (ch === ',') {
      if (segment.trim() !== '') count += 1;
      segment = '';
    } else segment += ch;
  }
  if (segment.trim() !== '') count += 1;
  return count;
}

/** Calls `name(` at an identifier boundary, with the index of their opening parenthesis. */
function calls(text, name, from = 0, to = text.length) {
  const found = [];
  const pattern = new RegExp(`(?<![\\w$.])${name.replace('.', '\\.')}\\s*\\(`, 'g');
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) found.push({ at: m.index, open: m.index + m[0].length - 1 });
  return found;
}

const countAsserts = (text, from, to) => calls(text, 'fc.assert', from, to).length;

/** 'example' or 'guard' for an it() body without fc.assert. */
function classify(text, from, to) {
  const expects = calls(text, 'expect', from, to);
  if (expects.length === 0) return 'example';
  const allThrow = expects.every(({ open }) => /^\s*(\.not)?\.toThrow\b/.test(text.slice(closing(text, open) + 1, closing(text, open) + 40)));
  return allThrow ? 'guard' : 'example';
}

function countFile(path) {
  const src = readFileSync(path, 'utf8');
  const text = mask(src);
  const blocks = [];
  const emptyCounts = () => ({ fcAssert: 0, properties: 0, eachRows: 0, examples: 0, guards: 0 });
  // Top-level describe blocks (column 0); anything outside them goes to "(file level)".
  for (const { at, open } of calls(text, 'describe')) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (at !== lineStart) continue;
    const titleMatch = /^\s*(['"`])((?:\\.|(?!\1).)*)\1/.exec(src.slice(open + 1));
    blocks.push({ title: titleMatch ? titleMatch[2] : '?', from: open, to: closing(text, open), ...emptyCounts() });
  }
  const outside = { title: '(file level)', from: -1, to: -1, ...emptyCounts() };
  const blockAt = (index) => blocks.find((block) => index > block.from && index < block.to) ?? outside;

  for (const { at } of calls(text, 'fc.assert')) blockAt(at).fcAssert += 1;

  for (const { at, open } of calls(text, 'it')) {
    const end = closing(text, open);
    const block = blockAt(at);
    if (countAsserts(text, open, end) > 0) block.properties += 1;
    else block[classify(text, open, end) === 'guard' ? 'guards' : 'examples'] += 1;
  }

  for (const { at, open } of calls(text, 'it.each')) {
    const tableEnd = closing(text, open);
    const argument = text.slice(open + 1, tableEnd).trim();
    let rows;
    if (argument.startsWith('[')) rows = arrayLength(text, text.indexOf('[', open));
    else {
      const name = /^[\w$]+/.exec(argument)?.[0];
      const declaration = new RegExp(`\\bconst\\s+${name}\\b[^=]*=\\s*\\[`).exec(text);
      if (!declaration) throw new Error(`${path}: it.each(${name}): no array literal found`);
      rows = arrayLength(text, declaration.index + declaration[0].length - 1);
    }
    // The test call that follows: it.each(table)(title, fn).
    const testOpen = text.indexOf('(', tableEnd + 1);
    const testEnd = closing(text, testOpen);
    const block = blockAt(at);
    if (countAsserts(text, testOpen, testEnd) > 0) block.properties += rows;
    else block.eachRows += rows;
  }
  if (outside.fcAssert + outside.properties + outside.eachRows + outside.examples + outside.guards > 0) blocks.push(outside);
  return blocks;
}

const files = readdirSync(engineDir)
  .filter((name) => name.endsWith('.test.ts'))
  .sort();
const report = files.map((name) => {
  const blocks = countFile(join(engineDir, name));
  const total = blocks.reduce(
    (sum, block) => {
      for (const key of Object.keys(sum)) sum[key] += block[key];
      return sum;
    },
    { fcAssert: 0, properties: 0, eachRows: 0, examples: 0, guards: 0 },
  );
  return { file: relative(root, join(engineDir, name)), blocks, total };
});

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const header = ['', 'fc.assert', 'properties', 'each rows', 'examples', 'guards', 'worked'];
  const row = (label, c) => [label, c.fcAssert, c.properties, c.eachRows, c.examples, c.guards, c.eachRows + c.examples];
  const lines = [header];
  const grand = { fcAssert: 0, properties: 0, eachRows: 0, examples: 0, guards: 0 };
  for (const { file, blocks, total } of report) {
    lines.push(row(file.replace('server/src/engine/', ''), total));
    for (const block of blocks) lines.push(row(`  ${block.title}`, block));
    for (const key of Object.keys(grand)) grand[key] += total[key];
  }
  lines.push(row('all engine test files', grand));
  const widths = header.map((_, column) => Math.max(...lines.map((line) => String(line[column]).length)));
  for (const line of lines) console.log(line.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[0]) : String(cell).padStart(widths[column]))).join('  '));
}
