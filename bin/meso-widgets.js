#!/usr/bin/env node
// `npx meso-widgets prerender page.html > page.static.html`: see `meso-widgets --help`.
import {main} from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2), process);
