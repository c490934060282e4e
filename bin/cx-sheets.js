#!/usr/bin/env node
// The `cx-sheets` command. It runs the TypeScript of local/cli directly through tsx's
// register API (tsx is already how this repository runs its scripts), so the command works
// right after `npm ci` with no build step; only `recalc` and friends need dist/ (the add-on).
'use strict';
require('tsx/cjs/api').register();
require('../local/cli/main.ts').main(process.argv).then(
  (code) => { process.exitCode = code; },
  (error) => { process.stderr.write(`cx-sheets: ${error && error.message ? error.message : error}\n`); process.exitCode = 1; },
);
