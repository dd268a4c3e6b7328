//! Russian (to come): read with the English rules for now.
pub type Ru = super::en::En;
