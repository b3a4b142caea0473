#!/usr/bin/env node
// The `diplomatie` command. TypeScript sources run through tsx's loader (no separate build step).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/main.ts');
await main(process.argv);
