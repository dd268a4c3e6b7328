//! Site boilerplate: lines that news sites print around an article and that
//! are not article text. A small table of patterns, matched on whole lines
//! without regard to case.

use std::sync::LazyLock;

use aho_corasick::{packed, AhoCorasick};

/// How a pattern matches a line (already trimmed and lower-cased).
#[derive(Clone, Copy)]
enum Rule {
    /// The line is this text, perhaps followed by `:`, `.`, `…` or `>`.
    Is(&'static str),
    /// The line starts with this text and is short.
    StartsWith(&'static str),
    /// The line contains this text and is short.
    Contains(&'static str),
}

use Rule::*;

/// Lines dropped wherever they stand.
const ANYWHERE: &[Rule] = &[
    // "Source link" at the end of scraped copies.
    Is("source link"),
    Is("advertisement"),
    Is("sponsored content"),
    // Pleas to turn off an ad blocker.
    Contains("ad blocker"),
    Contains("ad-blocker"),
    Contains("adblock"),
    Contains("whitelist our site"),
    // Links to other articles.
    Is("read more"),
    StartsWith("read more:"),
    StartsWith("read more…"),
    StartsWith("read more..."),
    StartsWith("read more »"),
    StartsWith("read more >"),
    StartsWith("read also:"),
    StartsWith("also read:"),
    StartsWith("see also:"),
    StartsWith("related:"),
    Is("related"),
    Is("related articles"),
    Is("related news"),
    Is("related stories"),
    Is("more on this topic"),
    Is("continue reading"),
    // Share and follow buttons, newsletters.
    Is("share"),
    Is("share this"),
    Is("tweet"),
    Is("print"),
    Is("comments"),
    StartsWith("share this article"),
    StartsWith("share this story"),
    StartsWith("share this post"),
    StartsWith("share on "),
    StartsWith("follow us on "),
    StartsWith("follow us:"),
    StartsWith("subscribe to our"),
    StartsWith("subscribe to the"),
    StartsWith("sign up for our"),
    StartsWith("join our telegram"),
    StartsWith("join us on "),
    Contains("subscribe to our newsletter"),
    Contains("subscribe to our channel"),
    Contains("sign up for our newsletter"),
    // Sign-offs of the editors.
    StartsWith("best regards"),
    StartsWith("kind regards"),
    StartsWith("with best regards"),
    StartsWith("sincerely, the editor"),
    StartsWith("yours, the editor"),
    // Copyright lines and photo credits.
    Contains("all rights reserved"),
    StartsWith("©"),
    StartsWith("copyright ©"),
    StartsWith("photo:"),
    StartsWith("photo credit"),
    StartsWith("photo by "),
    StartsWith("(photo"),
    StartsWith("tags:"),
];

/// Lines dropped only in the tail of an article, after the text: appeals
/// for money that would be odd to drop from an article about them.
const TAIL_ONLY: &[Rule] = &[
    Contains("cannot be free"),
    Contains("can't be free"),
    Contains("advertising money"),
    Contains("funded by advertising"),
    Contains("solely funded"),
    Contains("support independent journalism"),
    Contains("support our journalism"),
    Contains("support our work"),
    Contains("support us"),
    Contains("please donate"),
    Contains("donate now"),
    Contains("make a donation to us"),
    Contains("make a contribution"),
    Contains("become a patron"),
    Contains("become a member of our"),
    Contains("thank you for reading"),
    // Wire sign-offs: `(Reporting by …; Editing by …)`.
    StartsWith("reporting by "),
    StartsWith("(reporting by "),
    StartsWith("additional reporting by "),
    StartsWith("(additional reporting by "),
    StartsWith("writing by "),
    StartsWith("editing by "),
    StartsWith("compiled by "),
];

/// Lines longer than this are article text, whatever words they contain.
const SHORT: usize = 220;

/// The `Is` and `StartsWith` rules of a table, grouped by their first byte
/// (lower-cased), so a line is compared only with the rules that could
/// match its first byte.
struct StartRules {
    by_first: Vec<Vec<Rule>>,
}

impl StartRules {
    fn new(rules: &[Rule]) -> Self {
        let mut by_first = vec![Vec::new(); 256];
        for rule in rules {
            if let Is(text) | StartsWith(text) = *rule {
                by_first[text.as_bytes()[0].to_ascii_lowercase() as usize].push(*rule);
            }
        }
        StartRules { by_first }
    }

    /// Whether a rule matches `line`, compared byte-wise without regard to
    /// ASCII case (the patterns' few non-ASCII characters compare exactly).
    fn matches(&self, line: &str) -> bool {
        let bytes = line.as_bytes();
        let Some(first) = bytes.first() else {
            return false;
        };
        let head = |text: &str| {
            bytes.len() >= text.len() && bytes[..text.len()].eq_ignore_ascii_case(text.as_bytes())
        };
        self.by_first[first.to_ascii_lowercase() as usize].iter().any(|rule| match *rule {
            Is(text) => {
                head(text) && matches!(line[text.len()..].trim(), "" | ":" | "." | "…" | "..." | ">" | "»")
            }
            StartsWith(text) => head(text),
            Contains(_) => false,
        })
    }
}

static ANYWHERE_STARTS: LazyLock<StartRules> = LazyLock::new(|| StartRules::new(ANYWHERE));
static TAIL_STARTS: LazyLock<StartRules> = LazyLock::new(|| StartRules::new(TAIL_ONLY));

/// The `Contains` rules of a table: a SIMD multi-substring search (Teddy)
/// for the lower-case patterns, run on the line lower-cased (ASCII) into a
/// stack buffer. Much faster on short lines than an automaton stepping a
/// byte at a time, which matters as every short body line is checked.
struct ContainsRules {
    searcher: Option<packed::Searcher>,
    /// The same patterns, for a system without the SIMD search.
    automaton: AhoCorasick,
}

impl ContainsRules {
    fn new(rules: &[Rule]) -> Self {
        let needles: Vec<&str> = rules
            .iter()
            .filter_map(|r| match *r {
                Contains(text) => Some(text),
                _ => None,
            })
            .collect();
        debug_assert!(needles.iter().all(|n| *n == n.to_ascii_lowercase()), "patterns are lower case");
        let mut builder = packed::Config::new().builder();
        builder.extend(&needles);
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&needles)
            .expect("boilerplate patterns are valid");
        ContainsRules { searcher: builder.build(), automaton }
    }

    /// Whether a pattern occurs in `line`, without regard to ASCII case.
    fn matches(&self, line: &str) -> bool {
        let mut lower = [0u8; SHORT];
        match (&self.searcher, lower.get_mut(..line.len())) {
            (Some(searcher), Some(lower)) => {
                lower.copy_from_slice(line.as_bytes());
                lower.make_ascii_lowercase();
                searcher.find(&*lower).is_some()
            }
            _ => self.automaton.is_match(line),
        }
    }
}

static ANYWHERE_CONTAINS: LazyLock<ContainsRules> = LazyLock::new(|| ContainsRules::new(ANYWHERE));
static TAIL_CONTAINS: LazyLock<ContainsRules> = LazyLock::new(|| ContainsRules::new(TAIL_ONLY));

/// A separator line: `***`, `* * *`, `---`, `___`, `• • •`.
pub fn is_separator(line: &str) -> bool {
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

/// A live-blog timestamp alone on its line: `14:05`, `9:30 am`, `10:15 GMT`.
fn is_timestamp(line: &str) -> bool {
    if !line.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut parts = line.split_whitespace();
    let Some(clock) = parts.next() else {
        return false;
    };
    let (h, m) = match clock.split_once(':') {
        Some(hm) => hm,
        None => return false,
    };
    let clock_ok =
        (1..=2).contains(&h.len()) && m.len() == 2 && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit());
    clock_ok
        && parts.all(|p| {
            matches!(
                p.to_ascii_lowercase().as_str(),
                "am" | "pm" | "a.m." | "p.m." | "gmt" | "utc" | "local" | "time"
            )
        })
}

/// Boilerplate wherever it stands.
pub fn anywhere(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() || line.len() > SHORT {
        return false;
    }
    is_separator(line)
        || is_timestamp(line)
        || ANYWHERE_STARTS.matches(line)
        || ANYWHERE_CONTAINS.matches(line)
}

/// Boilerplate in the tail of an article (after its last paragraph).
pub fn in_tail(line: &str) -> bool {
    let line = line.trim();
    anywhere(line) || (line.len() <= SHORT && (TAIL_STARTS.matches(line) || TAIL_CONTAINS.matches(line)))
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(!anywhere("Reporting by state media was thin on Monday."));
    }
}
