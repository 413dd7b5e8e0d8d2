/**
 * `#meso-react-ssr` outside Node (browsers, edge runtimes): the React components render no static
 * copy there. See `ssr.ts` beside this file for the Node version.
 * @packageDocumentation
 */

/** A widget rendered on the server: its host's attributes and its `<template shadowrootmode="open">`. */
export interface ServerShadowRoot {
  attributes: Record<string, string>;
  shadowRoot: string;
}

/** Renders nothing outside Node. */
export function serverShadowRoot(_tagName: string, _properties: Record<string, unknown>): ServerShadowRoot | Promise<ServerShadowRoot | null> | null {
  return null;
}
