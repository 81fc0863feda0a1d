//! The declaration macros of the product crates: [`product!`](crate::product),
//! [`endpoints!`](crate::endpoints), [`string_enum!`](crate::string_enum),
//! [`page_response!`](crate::page_response), [`error_codes!`](crate::error_codes) and
//! [`webhook_events!`](crate::webhook_events).

mod endpoints;
mod models;
mod product;
mod webhook_events;
