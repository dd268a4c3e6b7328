//! Russian (being written): read as English for now.

use super::{en::English, Caps, Found, Kinds, Reading, Rules};

pub(crate) struct Russian;

impl Rules for Russian {
    fn id(&self) -> usize {
        0
    }
    fn may_hold_time(&self, text: &str) -> bool {
        English.may_hold_time(text)
    }
    fn lower(&self, text: &str, out: &mut String) {
        English.lower(text, out)
    }
    fn reads_lower(&self) -> bool {
        false
    }
    fn kinds(&self) -> &Kinds {
        English.kinds()
    }
    fn read(&self, text: &str, c: &Caps, start: usize, end: usize) -> Option<Found> {
        English.read(text, c, start, end)
    }
    fn joins_across(&self, gap: &str) -> bool {
        English.joins_across(gap)
    }
    fn is_future(&self, lower: &str, start: usize, end: usize, reading: &Reading) -> bool {
        English.is_future(lower, start, end, reading)
    }
    fn is_report(&self, lower: &str, start: usize, end: usize) -> bool {
        English.is_report(lower, start, end)
    }
}
