//! The declaration macros of the product crates: [`product!`](crate::product),
//! [`endpoints!`](crate::endpoints), [`string_enum!`](crate::string_enum),
//! [`page_response!`](crate::page_response) and [`error_codes!`](crate::error_codes).

mod endpoints;
mod models;
mod product;
