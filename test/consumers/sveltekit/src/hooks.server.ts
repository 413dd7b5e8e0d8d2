// src/hooks.server.ts: every page leaves the server with each widget's content in it, as a
// declarative shadow root, so patients (and search engines) read it before any script runs.
import type { Handle } from '@sveltejs/kit';
import { prerender } from 'meso-widgets/ssr';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => prerender(html) });
