//! The declaration macros of the product crates: [`product!`](crate::product),
//! [`endpoints!`](crate::endpoints), [`string_enum!`](crate::string_enum),
//! [`page_response!`](crate::page_response), [`error_codes!`](crate::error_codes),
//! [`error_code_ext!`](crate::error_code_ext) and [`webhook_events!`](crate::webhook_events).

mod endpoints;
mod models;
mod product;
mod webhook_events;

/// Builder setters that store their argument in the field of the same name: each
/// `/// docs` `name: Type;` becomes `pub fn name(mut self, name: Type) -> Self`.
macro_rules! setters {
    ($($(#[$meta:meta])* $name:ident: $ty:ty;)*) => {
        $(
            $(#[$meta])*
            pub fn $name(mut self, $name: $ty) -> Self {
                self.$name = $name;
                self
            }
        )*
    };
}
pub(crate) use setters;
