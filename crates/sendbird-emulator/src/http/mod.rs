//! The HTTP plumbing every product shares: the server (connections, their deadlines and
//! cap, request bodies within their limits) and its router, request parsing (path, query,
//! JSON and multipart bodies), the `Api-Token` check, the error envelope and the
//! uploaded-file store.
//!
//! Nothing here knows a product: the router hands parsed requests to a [`Backend`]
//! (implemented by the top-level state), which answers them.

pub(crate) mod auth;
pub(crate) mod body;
pub(crate) mod budget;
pub(crate) mod config;
pub(crate) mod connections;
pub(crate) mod errors;
pub(crate) mod files;
pub(crate) mod handler;
pub(crate) mod limits;
pub(crate) mod multipart;
pub(crate) mod params;
pub(crate) mod query;
pub(crate) mod request;
pub(crate) mod router;
pub(crate) mod server;
pub(crate) mod tracked_io;

pub(crate) use router::{Api, Backend};
