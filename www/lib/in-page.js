// The analysis backend for pages that may compile wasm themselves: the demo
// site and the bookmarklet. (The extension runs the same wasm in its service
// worker instead: see www/extension/sw.js.)
import init, { analyse, skipSelector } from '../pkg/newsmark.js';

/** Loads the wasm next to this file; resolves to a session.js backend. */
export async function inPageBackend() {
  await init();
  return { skipSelector: skipSelector(), analyse };
}
