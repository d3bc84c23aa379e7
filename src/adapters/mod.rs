//! Adapters turn a page in some form into a [`crate::document::Document`]
//! by feeding events to [`crate::builder::Builder`]. They hold no rules of
//! their own.

pub mod plain;
pub mod snapshot;

#[cfg(not(target_arch = "wasm32"))]
pub mod html;

pub mod dom;
