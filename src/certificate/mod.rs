//! What is printed. [`model`] turns a print request into the document's content (the
//! certificate in the municipality's format, as data); the PDF rendering comes on top of it.

mod blocks;
pub mod drawn;
pub mod model;
pub mod pdf;
mod tax_blocks;
pub mod territory;
pub mod verify;
