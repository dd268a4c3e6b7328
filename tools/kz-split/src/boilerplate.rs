//! Site boilerplate: lines that news sites print around an article and that
//! are not article text. The patterns are each language's lists
//! ([`crate::lang`]); they are matched here on whole lines without regard to
//! case.

use std::sync::LazyLock;

use aho_corasick::{packed, AhoCorasick};

use crate::lang::{self, Words, LANGUAGES};
use crate::scan::{CYRILLIC_LEAD, SLASH_OR_BRACKET};

/// How a pattern matches a line (trimmed and lower-cased). Patterns are
/// lower case.
#[derive(Clone, Copy, Debug)]
pub enum Rule {
    /// The line is this text, perhaps followed by `:`, `.`, `…` or `>`.
    Is(&'static str),
    /// The line starts with this text and is short.
    StartsWith(&'static str),
    /// The line contains this text and is short.
    Contains(&'static str),
}

use Rule::*;

/// Lines longer than this, in characters, are article text, whatever words
/// they contain.
const SHORT: usize = 220;
/// Bytes of the longest line looked at (`SHORT` characters of two bytes,
/// as Cyrillic letters are).
const SHORT_BYTES: usize = 2 * SHORT;

/// The rules of one kind (anywhere, or in the tail) of every language.
fn rules_of(pick: fn(&Words) -> &'static [Rule]) -> Vec<Rule> {
    LANGUAGES.iter().flat_map(|l| pick(l).iter().copied()).collect()
}

/// The `Is` and `StartsWith` rules of a table, grouped by their first byte,
/// so a line is compared only with the rules that could match its first
/// byte.
struct StartRules {
    /// Per first byte: the first four bytes of each pattern (as a number,
    /// with a mask for shorter ones), compared before the whole pattern.
    by_first: Vec<Vec<(u32, u32, Rule)>>,
}

/// The first four bytes of `b` as a number, and the mask of those present.
fn head4(b: &[u8]) -> (u32, u32) {
    let mut bytes = [0u8; 4];
    let mut mask = [0u8; 4];
    for (k, &c) in b.iter().take(4).enumerate() {
        bytes[k] = c;
        mask[k] = 0xFF;
    }
    (u32::from_le_bytes(bytes), u32::from_le_bytes(mask))
}

impl StartRules {
    fn new(rules: &[Rule]) -> Self {
        let mut by_first = vec![Vec::new(); 256];
        for rule in rules {
            if let Is(text) | StartsWith(text) = *rule {
                let (head, mask) = head4(text.as_bytes());
                by_first[text.as_bytes()[0] as usize].push((head, mask, *rule));
            }
        }
        StartRules { by_first }
    }

    /// Whether a rule matches `line` (lower case).
    fn matches(&self, line: &[u8]) -> bool {
        let Some(first) = line.first() else {
            return false;
        };
        let (line_head, _) = head4(line);
        self.by_first[*first as usize].iter().any(|&(head, mask, rule)| {
            line_head & mask == head
                && match rule {
                    Is(text) => line.starts_with(text.as_bytes()) && only_trailers(&line[text.len()..]),
                    StartsWith(text) => line.starts_with(text.as_bytes()),
                    Contains(_) => false,
                }
        })
    }
}

/// Nothing but what may follow a label: spaces, `:`, `.`, `..`, `…`, `>`,
/// `»`, a dash.
fn only_trailers(rest: &[u8]) -> bool {
    std::str::from_utf8(rest).is_ok_and(|r| {
        r.chars().all(|c| c.is_whitespace() || matches!(c, ':' | '.' | '…' | '>' | '»' | '-' | '–' | '—'))
    })
}

/// The `Contains` rules of a table: a SIMD multi-substring search (Teddy)
/// for the patterns, run on the lower-cased line. Much faster on short
/// lines than an automaton stepping a byte at a time, which matters as
/// every short body line is checked.
struct ContainsRules {
    searcher: Option<packed::Searcher>,
    /// The same patterns as an automaton, built only for a machine without
    /// the SIMD search (building it costs more than a small run).
    automaton: LazyLock<AhoCorasick, Box<dyn FnOnce() -> AhoCorasick + Send>>,
}

impl ContainsRules {
    fn new(rules: &[Rule]) -> Self {
        let needles: Vec<&'static str> = rules
            .iter()
            .filter_map(|r| match *r {
                Contains(text) => Some(text),
                _ => None,
            })
            .collect();
        let mut builder = packed::Config::new().builder();
        builder.extend(&needles);
        let automaton: LazyLock<AhoCorasick, Box<dyn FnOnce() -> AhoCorasick + Send>> =
            LazyLock::new(Box::new(move || {
                AhoCorasick::new(&needles).expect("boilerplate patterns are valid")
            }));
        ContainsRules { searcher: builder.build(), automaton }
    }

    /// Whether a pattern occurs in `line` (lower case).
    fn matches(&self, line: &[u8]) -> bool {
        self.find(line).is_some()
    }

    /// Where the first pattern occurs in `line`.
    fn find(&self, line: &[u8]) -> Option<usize> {
        match &self.searcher {
            Some(searcher) => searcher.find(line).map(|m| m.start()),
            None => self.automaton.find(line).map(|m| m.start()),
        }
    }
}

/// The rules of one kind, ready to match. `Contains` patterns with
/// Cyrillic letters are searched in lines with Cyrillic letters (0xD0 and
/// 0xD1 lead the UTF-8 of the Russian alphabet), the ASCII ones in the
/// other lines: an English notice inside a Russian line is not looked for.
struct Table {
    starts: StartRules,
    contains_ascii: ContainsRules,
    contains_other: ContainsRules,
}

impl Table {
    fn new(pick: fn(&Words) -> &'static [Rule]) -> Self {
        let rules = rules_of(pick);
        let ascii = |r: &&Rule| matches!(r, Contains(t) if t.is_ascii());
        let (a, o): (Vec<Rule>, Vec<Rule>) = rules.iter().partition(ascii);
        Table {
            starts: StartRules::new(&rules),
            contains_ascii: ContainsRules::new(&a),
            contains_other: ContainsRules::new(&o),
        }
    }

    fn matches(&self, lower: &[u8]) -> bool {
        if self.starts.matches(lower) {
            return true;
        }
        // A line with Cyrillic letters is searched for the Cyrillic
        // patterns, any other for the ASCII ones.
        if CYRILLIC_LEAD.in_bytes(lower) {
            self.contains_other.matches(lower)
        } else {
            self.contains_ascii.matches(lower)
        }
    }
}

static ANYWHERE: LazyLock<Table> = LazyLock::new(|| Table::new(|l| l.boilerplate_anywhere));
static TAIL: LazyLock<Table> = LazyLock::new(|| Table::new(|l| l.boilerplate_tail));

/// Whether a trimmed line is longer than boilerplate lines are (more than
/// `SHORT` characters).
#[inline]
fn too_long(line: &str) -> bool {
    // Past SHORT bytes, only a line of Cyrillic (two bytes a letter) may
    // still be SHORT characters long.
    line.len() > SHORT
        && (line.len() > SHORT_BYTES
            || !CYRILLIC_LEAD.in_bytes(line.as_bytes())
            || line.chars().count() > SHORT)
}

/// A trimmed line short enough to be boilerplate, lower-cased into `buf`.
fn short_lower<'b>(line: &str, buf: &'b mut [u8; SHORT_BYTES]) -> Option<&'b [u8]> {
    if line.is_empty() || too_long(line) {
        return None;
    }
    lang::lower_bytes(line, buf)
}

/// `line.trim()`, answered from its end bytes when they are ASCII letters,
/// digits or punctuation (as a paragraph's nearly always are).
#[inline]
fn trim(line: &str) -> &str {
    let bytes = line.as_bytes();
    match (bytes.first(), bytes.last()) {
        (Some(a), Some(b)) if a.is_ascii_graphic() && b.is_ascii_graphic() => line,
        _ => line.trim(),
    }
}

/// A separator line: `***`, `* * *`, `---`, `___`, `• • •`.
pub fn is_separator(line: &str) -> bool {
    // `--0--` closes Xinhua's copy; `|` is a lone column rule.
    if line.len() <= 7 && matches!(line.trim(), "|" | "--0--") {
        return true;
    }
    let mut marks = 0;
    for c in line.chars() {
        match c {
            '*' | '-' | '_' | '=' | '~' | '•' | '·' | '#' | '—' | '–' => marks += 1,
            c if c.is_whitespace() => {}
            _ => return false,
        }
    }
    marks >= 3 || (marks >= 1 && line.trim() == "*")
}

/// `line` without a list bullet before it (`- © Photo Agency`, `• AP`).
#[inline]
fn strip_bullet(line: &str) -> &str {
    match line.strip_prefix(['-', '–', '—', '•', '*', '·']) {
        Some(rest) if rest.starts_with(' ') => rest.trim_start(),
        _ => line,
    }
}

/// A label before links to other articles (`Read also:`, `Читайте
/// также:`): the line after it is a linked headline.
pub fn is_link_label(line: &str) -> bool {
    // The longest label with its trailing marks.
    if line.len() > 48 {
        return false;
    }
    let line =
        line.trim().trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '.' | '…' | '>' | '»'));
    let mut buf = [0u8; 64];
    let Some(lower) = lang::lower(line, &mut buf) else {
        return false;
    };
    LANGUAGES.iter().any(|l| l.link_labels.contains(&lower))
}

/// A live-blog timestamp alone on its line (`14:05`, `9:30 am`, `10:15
/// GMT`), or a media player's clock (`0:00 0:02:54 0:00`).
fn is_timestamp(line: &str) -> bool {
    if !line.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let clock = |p: &str| {
        let mut parts = p.split(':');
        let h = parts.next().unwrap_or("");
        let rest: Vec<&str> = parts.collect();
        (1..=2).contains(&h.len())
            && (1..=2).contains(&rest.len())
            && h.bytes().all(|b| b.is_ascii_digit())
            && rest.iter().all(|m| m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut parts = line.split_whitespace();
    parts.next().is_some_and(clock)
        && parts.all(|p| {
            clock(p)
                || matches!(
                    p.to_ascii_lowercase().as_str(),
                    "am" | "pm" | "a.m." | "p.m." | "gmt" | "utc" | "local" | "time"
                )
        })
}

/// The credit marks of every language, for a SIMD search (Teddy) with an
/// automaton where the machine has none. Every mark holds a `/` or a `(`
/// (checked by a test), which rules out most paragraphs at once.
static CREDIT_MARKS: LazyLock<ContainsRules> = LazyLock::new(|| {
    let marks: Vec<Rule> =
        LANGUAGES.iter().flat_map(|l| l.credit_marks.iter().map(|m| Contains(m))).collect();
    ContainsRules::new(&marks)
});

/// Bytes at the end of a line searched for a credit: a credit runs on
/// after a caption's last words.
const CREDIT_REACH: usize = 240;

/// Where a photo credit or an agency notice run on after a caption begins
/// (`… on July 3. KUN.UZ/Handout via REUTERS ATTENTION EDITORS - …`): the
/// start of the word that holds the first mark, when text stands before
/// it. Only the line's last [`CREDIT_REACH`] bytes are searched.
pub fn credit_tail(line: &str) -> Option<usize> {
    let mut from = line.len().saturating_sub(CREDIT_REACH);
    while !line.is_char_boundary(from) {
        from += 1;
    }
    let tail = &line[from..];
    if !SLASH_OR_BRACKET.in_bytes(tail.as_bytes()) {
        return None;
    }
    let found = CREDIT_MARKS.find(tail.as_bytes())?;
    let start = from + found;
    let word = line[..start].rfind(char::is_whitespace).map_or(0, |k| k + 1);
    // After a whole sentence only: `according to AFP/APP, the…` goes on.
    let before = line[..word].trim_end();
    let closed = before.ends_with(['.', '!', '?', '…', '"', '”', '»', ')']);
    (closed && !before.is_empty()).then_some(word)
}

/// Boilerplate wherever it stands.
pub fn anywhere(line: &str) -> bool {
    let line = trim(line);
    let core = strip_bullet(line);
    // Most short lines are ASCII and no longer than SHORT bytes: a smaller
    // buffer to clear.
    if core.len() <= SHORT {
        let mut buf = [0u8; SHORT];
        let Some(lower) = crate::lang::lower_bytes(core, &mut buf).filter(|l| !l.is_empty()) else {
            return false;
        };
        return is_separator(line) || is_timestamp(line) || ANYWHERE.matches(lower);
    }
    // A paragraph: no buffer to clear.
    if too_long(core) {
        return false;
    }
    let mut buf = [0u8; SHORT_BYTES];
    let Some(lower) = lang::lower_bytes(core, &mut buf) else {
        return false;
    };
    is_separator(line) || is_timestamp(line) || ANYWHERE.matches(lower)
}

/// Boilerplate in the tail of an article (after its last paragraph).
pub fn in_tail(line: &str) -> bool {
    let line = trim(line);
    let mut buf = [0u8; SHORT_BYTES];
    let Some(lower) = short_lower(strip_bullet(line), &mut buf) else {
        return false;
    };
    is_separator(line) || is_timestamp(line) || ANYWHERE.matches(lower) || TAIL.matches(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_are_lower_case() {
        let mut buf = [0u8; SHORT_BYTES];
        for rule in rules_of(|l| l.boilerplate_anywhere).iter().chain(&rules_of(|l| l.boilerplate_tail)) {
            let (Is(text) | StartsWith(text) | Contains(text)) = *rule;
            assert_eq!(lang::lower(text, &mut buf), Some(text), "{rule:?}");
        }
    }

    #[test]
    fn site_furniture_is_boilerplate() {
        for line in [
            "Source link",
            "SOURCE LINK",
            "Read more: Floods hit the north",
            "Read more…",
            "READ ALSO: Court hears the case",
            "Share this story",
            "Share on Telegram",
            "Follow us on Instagram",
            "Subscribe to our Telegram channel",
            "We noticed you use an AdBlock extension. Please turn it off.",
            "Kindly switch off your ad blocker so we can keep writing.",
            "Best regards, the newsroom",
            "***",
            "* * *",
            "———",
            "© 2021 Steppe Media. All rights reserved.",
            "Photo: Press service of the akimat",
            "Advertisement",
            "14:05",
            "9:30 am GMT",
            "0:00 0:02:54 0:00",
            "icon-facebook icon-twitter icon-whatsapp",
            "Stringer/AFP via Getty Images",
            "Image: Steppe Photo Agency",
            "No media source currently available",
            "Please wait",
            "- © Steppe Photo",
            "|",
            "--0--",
            "News",
            "Автор -",
            "Читайте также:",
        ] {
            assert!(anywhere(line), "{line:?} should be boilerplate");
        }
    }

    #[test]
    fn article_sentences_are_not_boilerplate() {
        for line in [
            "Read below for the full list of the detained.",
            "Readers shared photographs of the fire.",
            "The photographer was detained for two hours.",
            "Police asked residents to share videos of the attack.",
            "Subscribers of the channel reported gunfire.",
            "At 14:05 the first shots were heard.",
            "-",
            "He said: \"Best regards to everyone who helped.\" Then he left.",
        ] {
            assert!(!anywhere(line), "{line:?} is article text");
        }
    }

    #[test]
    fn patterns_beyond_ascii_are_cyrillic() {
        for rule in rules_of(|l| l.boilerplate_anywhere).iter().chain(&rules_of(|l| l.boilerplate_tail)) {
            if let Contains(text) = *rule {
                assert!(text.is_ascii() || memchr::memchr2(0xD0, 0xD1, text.as_bytes()).is_some(), "{text}");
            }
        }
    }

    #[test]
    fn credit_marks_hold_a_slash_or_a_bracket() {
        for mark in LANGUAGES.iter().flat_map(|l| l.credit_marks) {
            assert!(mark.contains(['/', '(']), "{mark}");
        }
    }

    #[test]
    fn quick_trim_is_str_trim() {
        for s in [
            "",
            " ",
            "a",
            "Share",
            " Share ",
            "\u{a0}Share\u{3000}",
            "“Quoted”",
            "x\t",
            "\u{feff}News",
            "(AFP)",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
        assert!(anywhere("\u{a0}Advertisement\u{a0}"));
        let long = "The court heard the case in a single day. ".repeat(6);
        assert!(!anywhere(&long) && !in_tail(&long));
    }

    #[test]
    fn link_labels() {
        assert!(is_link_label("Read also:"));
        assert!(is_link_label("ЧИТАЙТЕ ТАКЖЕ"));
        assert!(is_link_label("По теме…"));
        assert!(!is_link_label("Read also the report of the commission."));
    }

    #[test]
    fn credits_run_on_after_a_caption() {
        let caption = "Police guard a street in Taraz on May 3. STEPPE/Handout via REUTERS ATTENTION EDITORS - NO RESALES.";
        let k = credit_tail(caption).unwrap();
        assert_eq!(&caption[..k], "Police guard a street in Taraz on May 3. ");
        assert_eq!(credit_tail("A man walks past. REUTERS/Aliya Bekova"), Some(18));
        assert_eq!(credit_tail("REUTERS/Aliya Bekova"), None, "a credit alone is a line of its own");
        assert_eq!(credit_tail("Police said the men were held."), None);
        assert_eq!(
            credit_tail("Police told AFP/Steppe the men were held."),
            None,
            "a credit follows a sentence"
        );
        let line = "The clash began at dawn. (Reporting by Aliya Bekova; Editing by Sam Roe)";
        assert_eq!(&line[..credit_tail(line).unwrap()], "The clash began at dawn. ");
    }

    #[test]
    fn funding_appeals_only_count_in_the_tail() {
        let appeal = "Good reporting cannot be free: please donate to keep us going.";
        assert!(
            !in_tail("Doctors asked residents to donate blood at city hospitals."),
            "an article may end on a donation that is not an appeal to readers"
        );
        assert!(!in_tail("Hundreds came to support the union."));
        assert!(!anywhere(appeal));
        assert!(in_tail(appeal));
        assert!(in_tail("This site is funded by advertising revenue alone."));
        assert!(in_tail("Help us: support independent journalism in Central Asia."));
        assert!(in_tail("(Reporting by Aigul Nurova; Editing by Sam Black)"));
        assert!(in_tail(
            "Republication of any material is prohibited without the written consent of the editors."
        ));
        assert!(in_tail("More to follow…"));
        assert!(in_tail("To follow.."));
        assert!(in_tail("This is a developing story."));
        assert!(!anywhere("More to follow…"), "only at the end");
        assert!(!anywhere("Reporting by state media was thin on Monday."));
    }
}
