//! The live page (wasm only). To be filled by the browser adapter.
