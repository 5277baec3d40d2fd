#!/usr/bin/env node
// React prints development-only warnings onto the user's screen unless told otherwise.
process.env.NODE_ENV ??= 'production';
await import('../dist/rknews.js');
