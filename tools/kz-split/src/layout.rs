//! The layout of one article: which lines are metadata (headline, byline,
//! date line, wire dateline, URL lines), which are site boilerplate, and
//! which paragraphs hold the article text.
//!
//! Everything is found by looking at whole lines of the document text and
//! is reported as byte offsets into it; nothing is copied but the metadata
//! values.

use crate::boilerplate;
use crate::dateline::{byline_then_dateline, parse_dateline, Dateline};
use crate::dates::{only_times, parse_date_line, parse_date_prefix};
use crate::lang::LANGUAGES;
use crate::sentences::words::{pack, KeyMap};

use std::sync::LazyLock;

/// Metadata of a document. Values found in the text fill only the fields
/// the input did not give.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub dateline: Option<String>,
    /// The whole wire dateline as written (`MOSCOW, March 23 (Reuters)`).
    pub dateline_text: Option<String>,
    /// The language code: from the input, `--lang`, or the text.
    pub lang: Option<String>,
}

impl Meta {
    /// Fill the fields of `self` that are empty from `other`.
    pub fn fill_from(&mut self, other: &Meta) {
        self.fill_with(other.clone());
    }

    /// Fill the fields of `self` that are empty from `other`, taking its
    /// values rather than copying them.
    pub fn fill_with(&mut self, other: Meta) {
        fn fill(a: &mut Option<String>, b: Option<String>) {
            if a.is_none() {
                *a = b;
            }
        }
        fill(&mut self.title, other.title);
        fill(&mut self.published, other.published);
        fill(&mut self.source, other.source);
        fill(&mut self.url, other.url);
        fill(&mut self.dateline, other.dateline);
        fill(&mut self.dateline_text, other.dateline_text);
        fill(&mut self.lang, other.lang);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Blank,
    Body,
    Meta,
    Boilerplate,
}

#[derive(Debug, Clone, Copy)]
struct Line {
    /// Start of the line, or of its text after a wire dateline.
    start: usize,
    /// End, without the line break (or before a credit run on after it).
    end: usize,
    kind: Kind,
    /// A credit was cut off the line's end: its paragraph ends with it.
    cut: bool,
    /// The trimmed bounds of the line as read (`start..end` then).
    trimmed: (usize, usize),
}

/// How to read a document.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Keep site boilerplate as article text.
    pub keep_boilerplate: bool,
    /// Look for a headline in the first line (off when the input gave a title).
    pub find_headline: bool,
}

/// What [`Analyzer::analyse`] found.
#[derive(Debug, Default)]
pub struct Layout {
    /// The headline line (trimmed), if any.
    pub headline: Option<(usize, usize)>,
    /// Metadata found in the text.
    pub meta: Meta,
    /// Paragraphs of article text, trimmed, in order.
    pub paragraphs: Vec<(usize, usize)>,
}

/// Reusable buffers for analysing documents one after another.
#[derive(Default)]
pub struct Analyzer {
    lines: Vec<Line>,
    /// A line the header found no boilerplate, with its bounds then: the
    /// line the header stopped at, which need not be looked at again.
    not_boilerplate: Option<(usize, usize, usize)>,
}

/// Lines longer than this are never headlines or bylines.
const HEADLINE_MAX: usize = 250;

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Trimmed bounds of `text[start..end]`.
fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    // Ends that are ASCII letters, digits or punctuation need no trimming.
    if let (Some(a), Some(b)) = (s.as_bytes().first(), s.as_bytes().last()) {
        if a.is_ascii_graphic() && b.is_ascii_graphic() {
            return (start, end);
        }
    }
    let left = s.len() - s.trim_start_matches(is_space).len();
    let right = s.trim_end_matches(is_space).len();
    if right <= left {
        (start, start)
    } else {
        (start + left, start + right)
    }
}

impl Analyzer {
    pub fn analyse(&mut self, text: &str, options: Options, layout: &mut Layout) {
        layout.headline = None;
        layout.meta = Meta::default();
        layout.paragraphs.clear();
        self.read_lines(text);
        self.not_boilerplate = None;
        let n = self.lines.len();
        let first_body = self.header(text, options, layout);
        self.after_header(text, first_body, &mut layout.meta);
        let last_body = self.footer(text, options, first_body, &mut layout.meta);
        if !options.keep_boilerplate {
            let mut after_label = false;
            for k in first_body..last_body {
                let line = self.lines[k];
                if line.kind != Kind::Body {
                    continue;
                }
                let t = &text[line.start..line.end];
                // The headline linked after `Read also:` is no article text.
                let linked = after_label && t.len() <= 250;
                after_label = boilerplate::is_link_label(t);
                let known = self.not_boilerplate == Some((k, line.start, line.end));
                if linked || after_label || (!known && boilerplate::anywhere(t)) {
                    self.lines[k].kind = Kind::Boilerplate;
                }
            }
        }
        debug_assert!(last_body <= n);
        if !options.keep_boilerplate {
            // Credits run on after a caption's text.
            for line in &mut self.lines[first_body..last_body] {
                if line.kind == Kind::Body {
                    if let Some(k) = boilerplate::credit_tail(&text[line.start..line.end]) {
                        line.end = line.start + k;
                        line.cut = true;
                    }
                }
            }
        }
        self.paragraphs(text, layout);
    }

    fn read_lines(&mut self, text: &str) {
        self.lines.clear();
        let bytes = text.as_bytes();
        let mut start = 0;
        // One search over the text, not one started per line.
        let mut breaks = crate::scan::line_feeds(bytes);
        while start < bytes.len() {
            let nl = breaks.next().unwrap_or(bytes.len());
            let mut end = nl;
            if end > start && bytes[end - 1] == b'\r' {
                end -= 1;
            }
            let (a, b) = trim(text, start, end);
            let kind = if a == b { Kind::Blank } else { Kind::Body };
            self.lines.push(Line { start, end, kind, cut: false, trimmed: (a, b) });
            start = nl + 1;
        }
    }

    fn trimmed<'t>(&self, text: &'t str, k: usize) -> &'t str {
        let line = self.lines[k];
        let (a, b) = line.trimmed;
        // Bounds moved since (a dateline taken off, a credit cut): trim again.
        if line.start > a || line.end < b {
            let (a, b) = trim(text, line.start, line.end);
            return &text[a..b];
        }
        &text[a..b]
    }

    fn next_nonblank(&self, from: usize) -> Option<usize> {
        (from..self.lines.len()).find(|&k| self.lines[k].kind != Kind::Blank)
    }

    /// Mark the metadata lines at the top; returns the index of the first
    /// line after them.
    fn header(&mut self, text: &str, options: Options, layout: &mut Layout) -> usize {
        let mut k = 0;
        let mut looked = 0;
        while k < self.lines.len() && looked < 8 {
            if self.lines[k].kind == Kind::Blank {
                k += 1;
                continue;
            }
            looked += 1;
            let t = self.trimmed(text, k);
            let meta = &mut layout.meta;
            if let Some(url) = url_line(t) {
                k = self.take_url(text, k, url, meta);
                continue;
            }
            if let Some(url) = url_label(t) {
                if let Some(url) = url {
                    meta.url.get_or_insert(url);
                }
                self.lines[k].kind = Kind::Meta;
                k += 1;
                continue;
            }
            if let Some(name) = byline(t) {
                meta.source.get_or_insert(name);
                self.lines[k].kind = Kind::Meta;
                k += 1;
                // The writer's paper on a line of its own, between the
                // byline and the date line (`By Jane Roe` / `Steppe Daily
                // Times` / `May 5, 2019`): metadata too.
                if let Some(next) = self.next_nonblank(k) {
                    let paper = self.trimmed(text, next);
                    let dated = self
                        .next_nonblank(next + 1)
                        .is_some_and(|d| parse_date_line(self.trimmed(text, d)).is_some());
                    if dated && outlet_name(paper) {
                        self.lines[next].kind = Kind::Meta;
                        k = next + 1;
                    }
                }
                continue;
            }
            if let Some(date) = parse_date_line(t) {
                if meta.published.is_none() {
                    meta.published = date.iso();
                }
                self.lines[k].kind = Kind::Meta;
                k += 1;
                continue;
            }
            if meta.title.as_deref() == Some(t) || (!sentence_like(t) && minor_meta_line(t, meta)) {
                self.lines[k].kind = Kind::Meta;
                k += 1;
                continue;
            }
            if !options.keep_boilerplate {
                if boilerplate::anywhere(t) {
                    self.lines[k].kind = Kind::Boilerplate;
                    k += 1;
                    continue;
                }
                // `anywhere` trims as `str::trim` does, which never takes
                // more than `trimmed` (a byte-order mark stays): the same
                // length is the same text, and the same answer later.
                let line = self.lines[k];
                if text[line.start..line.end].trim().len() == t.len() {
                    self.not_boilerplate = Some((k, line.start, line.end));
                }
            }
            if let Some((name, date)) = byline_and_date(t).or_else(|| date_in_byline(t)) {
                if let Some(name) = name {
                    meta.source.get_or_insert(name);
                }
                if meta.published.is_none() {
                    meta.published = date.and_then(|d| d.iso());
                }
                self.lines[k].kind = Kind::Meta;
                k += 1;
                continue;
            }
            let dateline = may_open_dateline(t).then(|| parse_dateline(t)).flatten().or_else(|| {
                let (name, d) = byline_then_dateline(t)?;
                meta.source.get_or_insert(name);
                Some(d)
            });
            // `Karakalpakstan: Dazed and angry` as a headline is no dateline
            // (`BISHKEK: Police said…`, a first sentence, is).
            let dateline = dateline.filter(|d| {
                let bare = d.date.is_none() && d.source.is_none();
                !(bare && options.find_headline && layout.headline.is_none() && self.is_headline(text, k))
            });
            if let Some(d) = dateline {
                let text_follows = self.take_dateline(text, k, d, meta);
                return if text_follows { k } else { k + 1 };
            }
            if options.find_headline && layout.headline.is_none() && self.is_headline(text, k) {
                let line = self.lines[k];
                layout.headline = Some(trim(text, line.start, line.end));
                layout.meta.title = Some(collapse(t));
                self.lines[k].kind = Kind::Meta;
                k += 1;
                continue;
            }
            break;
        }
        k
    }

    /// Lines just after the header that are metadata still, found after a
    /// caption or a standfirst: a date line, a byline, an agency line, the
    /// headline repeated, and the wire dateline that opens the text.
    fn after_header(&mut self, text: &str, from: usize, meta: &mut Meta) {
        if meta.dateline_text.is_some() {
            // The text began with its dateline: nothing of the header follows.
            return;
        }
        let mut looked = 0;
        for k in from..self.lines.len() {
            if looked >= 6 {
                break;
            }
            if self.lines[k].kind != Kind::Body {
                continue;
            }
            looked += 1;
            let t = self.trimmed(text, k);
            // A long paragraph that ends as a sentence does is article text:
            // metadata does not follow it.
            let text_begun = t.len() > 400 && sentence_like(t);
            if k == from {
                // What the header stopped at: text, or a line it has read.
                if text_begun {
                    return;
                }
                continue;
            }
            // Metadata lines are short; a paragraph may still open with a
            // dateline.
            let short = t.len() <= SHORT_META && !sentence_like(t);
            if short && (meta.title.as_deref() == Some(t) || minor_meta_line(t, meta)) {
                self.lines[k].kind = Kind::Meta;
                continue;
            }
            let by = if short && (crate::lang::has_digit(t.as_bytes()) || starts_like_byline(t)) {
                date_in_byline(t).or_else(|| byline(t).map(|n| (Some(n), None)))
            } else {
                None
            };
            if let Some((name, date)) = by {
                if let Some(name) = name {
                    meta.source.get_or_insert(name);
                }
                if meta.published.is_none() {
                    meta.published = date.and_then(|d| d.iso());
                }
                self.lines[k].kind = Kind::Meta;
                continue;
            }
            if meta.dateline_text.is_none() && may_open_dateline(t) {
                if let Some(d) = parse_dateline(t).filter(|d| d.place.is_some() || d.source.is_some()) {
                    self.take_dateline(text, k, d, meta);
                    break;
                }
            }
            if text_begun {
                break;
            }
        }
    }

    /// Record a dateline found at the start of line `k` and move the line's
    /// start past it (the whole line is metadata when nothing follows).
    /// Returns whether text follows it on the line.
    fn take_dateline(&mut self, text: &str, k: usize, d: Dateline, meta: &mut Meta) -> bool {
        if let Some(place) = d.place {
            meta.dateline.get_or_insert(place);
        }
        meta.dateline_text.get_or_insert(d.text);
        if let Some(p) = d.date.and_then(|d| d.iso()) {
            meta.published.get_or_insert(p);
        }
        if let Some(s) = d.source {
            meta.source.get_or_insert(s);
        }
        let (a, _) = trim(text, self.lines[k].start, self.lines[k].end);
        let body = a + d.consumed;
        if trim(text, body, self.lines[k].end).0 >= self.lines[k].end {
            self.lines[k].kind = Kind::Meta;
            return false;
        }
        self.lines[k].start = body;
        true
    }

    /// A URL line at `k`, with its tail when the URL was wrapped onto the
    /// next line (`<https://site/a53>` then `171`). Returns the next line.
    fn take_url(&mut self, text: &str, k: usize, url: &str, meta: &mut Meta) -> usize {
        self.lines[k].kind = Kind::Meta;
        let mut full = url.to_string();
        let mut next = k + 1;
        if next < self.lines.len() && self.lines[next].kind == Kind::Body {
            let tail = self.trimmed(text, next);
            if is_url_tail(tail) {
                full.push_str(tail.trim_end_matches('>'));
                self.lines[next].kind = Kind::Meta;
                next += 1;
            }
        }
        meta.url.get_or_insert(full);
        next
    }

    fn is_headline(&self, text: &str, k: usize) -> bool {
        let t = self.trimmed(text, k);
        if t.len() > HEADLINE_MAX || !words_at_most(t, 30) {
            return false;
        }
        let Some(first) = t.chars().next() else {
            return false;
        };
        if !(first.is_uppercase() || first.is_ascii_digit() || matches!(first, '"' | '“' | '«' | '\'' | '‘'))
        {
            return false;
        }
        let last = t.trim_end_matches(['"', '”', '»', '\'', '’', ')']).chars().next_back().unwrap_or('.');
        if matches!(last, '.' | ',' | ';' | ':' | '…') {
            return false;
        }
        let Some(next) = self.next_nonblank(k + 1) else {
            return false;
        };
        let blank_between = next > k + 1;
        if matches!(last, '!' | '?') && !blank_between {
            return false;
        }
        let n = self.trimmed(text, next);
        if n.starts_with(char::is_lowercase) {
            return false;
        }
        if blank_between || byline(n).is_some() || parse_date_line(n).is_some() {
            return true;
        }
        // No blank line: a short line, one sentence at most, then a line that
        // starts like a new paragraph.
        let starts_upper = n
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '«'));
        starts_upper && words_at_most(t, 15) && !t.contains(". ")
    }

    /// Mark metadata and boilerplate lines at the bottom; returns the index
    /// just past the last line of article text.
    fn footer(&mut self, text: &str, options: Options, first_body: usize, meta: &mut Meta) -> usize {
        let mut k = self.lines.len();
        while k > first_body {
            let j = k - 1;
            if self.lines[j].kind == Kind::Blank {
                k = j;
                continue;
            }
            let t = self.trimmed(text, j);
            // A wrapped URL's tail: the previous line is the URL.
            if j > first_body && is_url_tail(t) {
                let prev = self.trimmed(text, j - 1);
                if let Some(url) = url_line(prev) {
                    self.take_url(text, j - 1, url, meta);
                    k = j - 1;
                    continue;
                }
            }
            if let Some(url) = url_line(t) {
                self.take_url(text, j, url, meta);
                k = j;
                continue;
            }
            if let Some(url) = url_label(t) {
                if let Some(url) = url {
                    meta.url.get_or_insert(url);
                }
                self.lines[j].kind = Kind::Meta;
                k = j;
                continue;
            }
            if !options.keep_boilerplate && boilerplate::in_tail(t) {
                self.lines[j].kind = Kind::Boilerplate;
                k = j;
                continue;
            }
            if let Some(name) = source_line(t).or_else(|| agency_line(t)).or_else(|| credits_in_brackets(t)) {
                meta.source.get_or_insert(name);
                self.lines[j].kind = Kind::Meta;
                k = j;
                continue;
            }
            break;
        }
        k
    }

    /// Paragraphs from the remaining body lines: separated by blank lines,
    /// or by every line break when the text has no blank lines; a paragraph
    /// that stops without closing punctuation and is followed by one that
    /// starts in lower case is one broken by mistake, and is joined.
    fn paragraphs(&self, text: &str, layout: &mut Layout) {
        let first = self.lines.iter().position(|l| l.kind == Kind::Body);
        let last = self.lines.iter().rposition(|l| l.kind == Kind::Body);
        let (Some(first), Some(last)) = (first, last) else {
            return;
        };
        let has_blank = self.lines[first..=last].iter().any(|l| l.kind == Kind::Blank);
        // Text hard-wrapped at a fixed width, without blank lines: a line
        // break ends a paragraph only after a short line that closes a
        // sentence.
        let wrap_width = if has_blank { None } else { self.wrap_width(text, first, last) };
        let paras = &mut layout.paragraphs;
        // Whether only blank lines stand between the last paragraph and the next.
        let mut joinable = false;
        let mut open: Option<(usize, usize)> = None;
        let mut close = |open: &mut Option<(usize, usize)>, joinable: &mut bool| {
            if let Some((a, b)) = open.take() {
                let (a, b) = trim(text, a, b);
                if a < b {
                    let last_para = paras.last_mut();
                    match last_para {
                        Some(prev) if *joinable && broken_between(text, *prev, (a, b)) => prev.1 = b,
                        _ => paras.push((a, b)),
                    }
                }
                *joinable = true;
            }
        };
        for line in &self.lines[first..=last] {
            match line.kind {
                Kind::Body => {
                    let ends_paragraph = |(a, b): (usize, usize)| match wrap_width {
                        None => true,
                        Some(width) => {
                            // The last line of the paragraph so far.
                            let t = text[a..b].trim_end();
                            let t = t.rsplit('\n').next().unwrap_or(t);
                            let closed = t.ends_with(['.', '!', '?', '…', '"', '”', '»', ')', ':']);
                            closed && t.chars().count() * 10 < width * 8
                        }
                    };
                    if !has_blank && open.is_some_and(ends_paragraph) {
                        close(&mut open, &mut joinable);
                    }
                    open = Some(match open {
                        Some((a, _)) => (a, line.end),
                        None => (line.start, line.end),
                    });
                    if line.cut {
                        close(&mut open, &mut joinable);
                        joinable = false;
                    }
                }
                Kind::Blank => close(&mut open, &mut joinable),
                Kind::Meta | Kind::Boilerplate => {
                    close(&mut open, &mut joinable);
                    joinable = false;
                }
            }
        }
        close(&mut open, &mut joinable);
    }
}

impl Analyzer {
    /// The width at which the body lines `first..=last` were wrapped, when
    /// they look hard-wrapped: four lines or more, the longest at most 120
    /// characters, and most of them nearly as long as the longest.
    fn wrap_width(&self, text: &str, first: usize, last: usize) -> Option<usize> {
        let lengths: Vec<usize> = self.lines[first..=last]
            .iter()
            .filter(|l| l.kind == Kind::Body)
            .map(|l| text[l.start..l.end].trim_end().chars().count())
            .collect();
        let width = *lengths.iter().max()?;
        let long = lengths.iter().filter(|&&n| n * 4 >= width * 3).count();
        (lengths.len() >= 4 && (40..=120).contains(&width) && long * 3 >= lengths.len() * 2).then_some(width)
    }
}

/// Whether `t` has at most `n` words (separated by whitespace). A word and
/// the space after it take two bytes at least, so a short `t` needs no
/// count; ASCII is counted byte by byte.
fn words_at_most(t: &str, n: usize) -> bool {
    if t.len().div_ceil(2) <= n {
        return true;
    }
    let count = if t.is_ascii() {
        let mut in_word = false;
        let mut count = 0;
        for &b in t.as_bytes() {
            let space = matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
            count += usize::from(!space && !in_word);
            in_word = !space;
        }
        count
    } else {
        t.split_whitespace().count()
    };
    count <= n
}

/// A paragraph that ends without closing punctuation followed by one that
/// starts in lower case.
fn broken_between(text: &str, prev: (usize, usize), next: (usize, usize)) -> bool {
    let last = text[prev.0..prev.1].chars().next_back().unwrap_or('.');
    let first = text[next.0..next.1].chars().next().unwrap_or('A');
    let closed = matches!(last, '.' | '!' | '?' | '…' | '"' | '”' | '»' | '’' | '\'' | ')');
    !closed && first.is_lowercase()
}

/// Collapse whitespace runs to single spaces (for metadata values).
fn collapse(s: &str) -> String {
    // Most values have single spaces already.
    let single = if s.is_ascii() {
        // Whitespace but spaces (tab to carriage return), and two spaces
        // in a row, looked for without an early exit (vector code).
        let b = s.as_bytes();
        let other = b.iter().fold(0u8, |acc, &c| acc | u8::from(c.wrapping_sub(b'\t') < 5));
        let pairs = b
            .iter()
            .zip(b.iter().skip(1))
            .fold(0u8, |acc, (&x, &y)| acc | u8::from((x == b' ') & (y == b' ')));
        other | pairs == 0
    } else {
        !s.contains(|c: char| c.is_whitespace() && c != ' ') && !s.contains("  ")
    };
    if single && s.trim().len() == s.len() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// A line that is only a URL, bare or in angle brackets.
fn url_line(t: &str) -> Option<&str> {
    let u = t.strip_prefix('<').unwrap_or(t);
    let u = u.strip_suffix('>').unwrap_or(u);
    let lower_starts =
        |p: &str| u.len() > p.len() && u.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    if (lower_starts("http://") || lower_starts("https://") || lower_starts("www."))
        && !u.contains(char::is_whitespace)
    {
        Some(u)
    } else {
        None
    }
}

/// The tail of a URL wrapped onto its own line: short, no spaces, made of
/// URL characters, not a sentence.
fn is_url_tail(t: &str) -> bool {
    !t.is_empty()
        && t.len() <= 40
        && t.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~/?#=&%+>".contains(&b))
        && !t.ends_with('.')
}

/// `Original url:` and its kin, alone or followed by the URL. `Some(None)`
/// is a label whose URL is on another line.
fn url_label(t: &str) -> Option<Option<String>> {
    const LABELS: [&str; 7] =
        ["original url", "original link", "original article", "source url", "url", "link", "source"];
    // Most lines start with another letter than the labels do.
    if !matches!(t.as_bytes().first().map(u8::to_ascii_lowercase), Some(b'o' | b's' | b'u' | b'l')) {
        return None;
    }
    for label in LABELS {
        if t.len() >= label.len()
            && t.is_char_boundary(label.len())
            && t[..label.len()].eq_ignore_ascii_case(label)
        {
            let rest = t[label.len()..].trim_start();
            let Some(rest) = rest.strip_prefix(':') else {
                continue;
            };
            let rest = rest.trim();
            if rest.is_empty() {
                return (label != "source").then_some(None);
            }
            return url_line(rest).map(|u| Some(u.to_string()));
        }
    }
    None
}

/// `Source: Kazinform`, `Источник: Казинформ` at the end of an article (not
/// a URL).
fn source_line(t: &str) -> Option<String> {
    // The line's start lowered once for every label: lower-casing keeps
    // each character's byte length, so a label is compared with a prefix.
    let mut buf = [0u8; 64];
    let mut n = t.len().min(buf.len());
    while !t.is_char_boundary(n) {
        n -= 1;
    }
    let lower = crate::lang::lower_bytes(&t[..n], &mut buf)?;
    let label = LANGUAGES.iter().flat_map(|l| l.source_labels).find(|label| {
        lower.len() >= label.len() && t.is_char_boundary(label.len()) && lower.starts_with(label.as_bytes())
    })?;
    let rest = t[label.len()..].trim();
    if rest.is_empty() || rest.len() > 60 || rest.split_whitespace().count() > 6 || rest.ends_with('.') {
        return None;
    }
    Some(rest.to_string())
}

/// Words that may stand uncapitalised inside a name.
fn name_particle(w: &str) -> bool {
    matches!(
        w,
        "and" | "of" | "the" | "de" | "van" | "von" | "al" | "bin" | "&" | "for" | "in" | "la" | "le" | "du"
    )
}

/// `By The Moscow Times`, `By [The Moscow Times](#)`, `BY ASEL SATAYEVA`,
/// `Автор: Асель Сатаева`: the name.
pub fn byline(t: &str) -> Option<String> {
    if t.len() > 120 || !starts_like_byline(t) {
        return None;
    }
    let rest = LANGUAGES.iter().flat_map(|l| l.byline_prefixes).find_map(|p| t.strip_prefix(p))?.trim();
    let name = if let Some(inner) = rest.strip_prefix('[') {
        let close = inner.find("](")?;
        if !inner[close..].trim_end().ends_with(')') {
            return None;
        }
        inner[..close].trim()
    } else {
        rest
    };
    let name = name.trim_end_matches([',', ';']);
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 || name.ends_with(['.', '!', '?', ':']) && !name.ends_with("Inc.")
    {
        return None;
    }
    let capitalised = |w: &&str| {
        let w = w.trim_end_matches(',');
        w.chars().next().is_some_and(|c| c.is_uppercase()) || name_particle(w)
    };
    if !words.iter().all(capitalised) || !words[0].starts_with(char::is_uppercase) {
        return None;
    }
    if name.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(collapse(name))
}

/// A line opening with a byline prefix of any language (`By `, `Автор: `).
fn starts_like_byline(t: &str) -> bool {
    // Most lines start with a byte no prefix starts with.
    let first = t.as_bytes().first().map_or(0, |&b| usize::from(b));
    BYLINE_FIRST_BYTES[first] && LANGUAGES.iter().flat_map(|l| l.byline_prefixes).any(|p| t.starts_with(p))
}

/// Which bytes a byline prefix of some language starts with (every byte
/// when a prefix is empty).
static BYLINE_FIRST_BYTES: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut first = [false; 256];
    for p in LANGUAGES.iter().flat_map(|l| l.byline_prefixes) {
        match p.as_bytes().first() {
            Some(&b) => first[usize::from(b)] = true,
            None => first = [true; 256],
        }
    }
    first
});

/// Every language's agencies of sixteen bytes at most, packed.
static AGENCY_KEYS: LazyLock<KeyMap<()>> = LazyLock::new(|| {
    let keys: Vec<(u128, ())> =
        LANGUAGES.iter().flat_map(|l| l.agencies).filter_map(|a| Some((pack(a.as_bytes())?, ()))).collect();
    KeyMap::new(&keys, ())
});

/// A line of more than sixty bytes that ends as a sentence does: no date
/// line, byline or agency line (short ones may end in `г.` or `a.m.`).
fn sentence_like(t: &str) -> bool {
    t.len() > 60 && t.ends_with(['.', '!', '?', '"', '”', '»'])
}

/// Lines longer than this are no date lines, bylines or agency lines.
const SHORT_META: usize = 200;

/// A quick look at a line's first word: can a dateline start here? A word
/// in capitals (`BISHKEK`), a word closed by `,` `.` `:` (`Астана.`,
/// `Moscow:`), a digit or a month name (`6 октября, Бишкек`, `Sept 14`).
fn may_open_dateline(t: &str) -> bool {
    let bytes = t.as_bytes();
    // A first word is short: no search started for its end.
    let word_end = bytes.iter().position(|&b| b == b' ').unwrap_or(bytes.len());
    let word = &t[..word_end];
    let Some(&first) = bytes.first() else {
        return false;
    };
    if first.is_ascii_digit() {
        return true;
    }
    if first.is_ascii_lowercase() || !word.starts_with(char::is_uppercase) {
        return false;
    }
    let capitals = word.len() >= 2
        && if word.is_ascii() {
            !word.bytes().any(|b| b.is_ascii_lowercase())
        } else {
            !word.chars().any(char::is_lowercase)
        };
    capitals
        || word.ends_with([',', '.', ':'])
        || t[word_end..].starts_with(" : ")
        || (word.len() <= 9 && kz_shared::words::month_number(word).is_some())
}

/// A date line (its date goes to `published` when none is known) or an
/// agency alone on a line (`AFP`, `AFP, Kyrgyzstan`; to `source`).
fn minor_meta_line(t: &str, meta: &mut Meta) -> bool {
    if let Some(date) = parse_date_line(t) {
        if meta.published.is_none() {
            meta.published = date.iso();
        }
        return true;
    }
    if let Some(name) = agency_line(t) {
        meta.source.get_or_insert(name);
        return true;
    }
    false
}

/// An agency alone on a line, perhaps with its country (`AFP`, `Reuters`,
/// `AFP, Kyrgyzstan`, `РИА Новости`): a listed agency, or a word of two to
/// four capitals that is no label (`NEWS`).
fn agency_line(t: &str) -> Option<String> {
    // Short, and four words at most.
    if t.len() > 60 || t.bytes().filter(|&b| b == b' ').count() > 4 {
        return None;
    }
    let t = t.strip_prefix(['-', '–', '—', '•']).map_or(t, str::trim_start);
    // In quotes, as some papers credit a wire at the end: `"Интерфакс"`.
    let t = match t.strip_prefix(['"', '«', '“']).and_then(|r| r.strip_suffix(['"', '»', '”'])) {
        Some(inner) if !inner.contains(['"', '«', '»', '“', '”']) => inner.trim(),
        _ => t,
    };
    let (name, country) = match t.split_once(',') {
        Some((n, c)) => (n.trim(), Some(c.trim())),
        None => (t, None),
    };
    if country.is_some_and(|c| !crate::dateline::is_country(c)) {
        return None;
    }
    let mut buf = [0u8; 64];
    let lower = crate::lang::lower(name, &mut buf)?;
    let listed = match pack(lower.as_bytes()) {
        Some(key) => AGENCY_KEYS.get(key).is_some(),
        None => LANGUAGES.iter().any(|l| l.agencies.contains(&lower)),
    };
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = (2..=4).contains(&letters)
        && name.chars().all(|c| c.is_uppercase())
        && !LANGUAGES.iter().any(|l| l.line_labels.contains(&lower));
    (listed || capitals).then(|| name.to_string())
}

/// A paper's name alone on a line: two to five capitalised words (or
/// particles), no digits, no closing punctuation.
fn outlet_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && t.len() <= 60
        && !t.ends_with(['.', '!', '?', ':', ',', '"', '”', '»'])
        && !t.contains(|c: char| c.is_ascii_digit())
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| w.starts_with(char::is_uppercase) || name_particle(w))
}

/// The wires an article was compiled from, in brackets on the last line:
/// `(RFE/RL's Kazakh Service, AP, Reuters)`, `(РИА Новости, ТАСС)`. At
/// least one is a listed agency; every part is a short name in capitals.
fn credits_in_brackets(t: &str) -> Option<String> {
    let inner = t.strip_prefix('(')?.strip_suffix(')')?.trim();
    if inner.is_empty() || inner.len() > 100 || inner.contains(['(', ')', '.']) {
        return None;
    }
    let mut listed = false;
    for part in inner.split(['/', ',', ';']).map(str::trim) {
        let words = part.split_whitespace().count();
        if words > 4 || !part.split_whitespace().all(|w| w.starts_with(char::is_uppercase)) {
            return None;
        }
        let mut buf = [0u8; 64];
        listed |= crate::lang::lower(part, &mut buf)
            .is_some_and(|lower| LANGUAGES.iter().any(|l| l.agencies.contains(&lower)));
    }
    listed.then(|| collapse(inner))
}

/// A date in a byline line: `By Jane Roe for Steppe Daily July 8, 2022`,
/// `Aliya Bekova 2 minutes ago Tue 06th October 2020 | 09:10 AM`, `04 July
/// 2022 - 12:00 By Reuters`. The name, if the line gives one, and the date.
fn date_in_byline(t: &str) -> Option<(Option<String>, Option<crate::dates::Date>)> {
    if t.len() > 160 || t.ends_with('.') || !has_year(t) {
        return None;
    }
    for (k, _) in t.match_indices(' ').map(|(k, _)| (k + 1, ())).chain(std::iter::once((0, ()))) {
        let Some((date, used)) = parse_date_prefix(&t[k..]) else {
            continue;
        };
        if date.year.is_none() {
            continue;
        }
        let prefix = t[..k].trim();
        let rest = &t[k + used..];
        // Times, then perhaps `By Reuters` or an agency (`Xinhua English`).
        let (times, by) = match rest.find("By ") {
            Some(b) => (&rest[..b], Some(byline(rest[b..].trim())?)),
            None => match agency_after_times(rest) {
                Some((end, name)) => (&rest[..end], Some(name)),
                None => (rest, None),
            },
        };
        if !only_times(times) {
            continue;
        }
        let name = if prefix.is_empty() {
            by
        } else if let Some(name) = byline(prefix).or_else(|| name_before_label(prefix)) {
            Some(name)
        } else if relative_time(prefix) {
            by
        } else {
            continue;
        };
        return Some((name, Some(date)));
    }
    None
}

/// An agency at the end of a stamp (`2010-06-15 09:23:08 GMT Xinhua
/// English`, `17:40 Reuters`): where the times end and the agency's name.
/// The agency is a listed one (its name as written), perhaps followed by
/// one more word (the service's language or desk).
fn agency_after_times(rest: &str) -> Option<(usize, String)> {
    let listed = |w: &str| {
        let mut buf = [0u8; 64];
        crate::lang::lower(w, &mut buf)
            .is_some_and(|lower| LANGUAGES.iter().any(|l| l.agencies.contains(&lower)))
    };
    let mut words = rest.split_whitespace().rev();
    let last = words.next()?;
    let word = if listed(last) {
        last
    } else {
        let before = words.next()?;
        let desk = last.starts_with(char::is_uppercase) && last.chars().all(char::is_alphabetic);
        if !(desk && listed(before)) {
            return None;
        }
        before
    };
    let end = rest.rfind(word)?;
    Some((end, word.to_string()))
}

/// The author of a line that names them before a date label: `Иван
/// Петров Опубликована 30.03.2004 в 20:16`, `Jane Roe Published 6 June
/// 2016`. The name (two to four capitalised words), when the prefix is one.
fn name_before_label(prefix: &str) -> Option<String> {
    let (name, label) = prefix.trim().rsplit_once(' ')?;
    let label = label.trim_end_matches(':');
    let mut buf = [0u8; 64];
    let lower = crate::lang::lower(label, &mut buf)?;
    let is_label =
        LANGUAGES.iter().flat_map(|l| l.date_labels).any(|l| l.trim_end_matches([':', ' ']) == lower);
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = words.iter().all(|w| {
        w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '.'))
    });
    (is_label && (2..=4).contains(&words.len()) && capitalised).then(|| collapse(name))
}

/// Four digits in a row, as a year is written.
fn has_year(t: &str) -> bool {
    let mut run = 0;
    for b in t.bytes() {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run == 4 {
            return true;
        }
    }
    false
}

/// Words that end with a relative time (`Aliya Bekova 2 minutes ago`,
/// `5 минут назад`), as sites print before a date.
fn relative_time(prefix: &str) -> bool {
    let words: Vec<&str> = prefix.split_whitespace().collect();
    words.len() <= 8 && words.last().is_some_and(|w| matches!(*w, "ago" | "назад"))
}

/// A byline and a date line on one line: `By Aliya Bekova | June 6, 2016`,
/// `06.06.2016 · By Steppe Daily`.
fn byline_and_date(t: &str) -> Option<(Option<String>, Option<crate::dates::Date>)> {
    if t.len() > HEADLINE_MAX || !t.contains(['|', '•', '·']) {
        return None;
    }
    let (mut name, mut date) = (None, None);
    for part in t.split(['|', '•', '·']).map(str::trim).filter(|p| !p.is_empty()) {
        if let Some(n) = byline(part) {
            name.get_or_insert(n);
        } else if let Some(d) = parse_date_line(part) {
            date.get_or_insert(d);
        } else if !is_section(part) {
            return None;
        }
    }
    (name.is_some() || date.is_some()).then_some((name, date))
}

/// A site section named beside a date (`Kyrgyzstan|health|August 7,
/// 2019`): one or two words, no digits, no sentence.
fn is_section(part: &str) -> bool {
    let words = part.split_whitespace().count();
    (1..=2).contains(&words) && !part.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | '!' | '?'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyse(text: &str) -> Layout {
        let mut layout = Layout::default();
        Analyzer::default().analyse(
            text,
            Options { keep_boilerplate: false, find_headline: true },
            &mut layout,
        );
        layout
    }

    fn paragraphs(text: &str) -> Vec<&str> {
        analyse(text).paragraphs.iter().map(|&(a, b)| &text[a..b]).collect()
    }

    #[test]
    fn headline_byline_and_date_line() {
        let text = "\nFloods Cut Off Villages in the North\n\nBy [Steppe Daily](#)\n\nApril 02, 2021\n\nWater rose overnight.\n";
        let l = analyse(text);
        assert_eq!(l.meta.title.as_deref(), Some("Floods Cut Off Villages in the North"));
        assert_eq!(l.meta.source.as_deref(), Some("Steppe Daily"));
        assert_eq!(l.meta.published.as_deref(), Some("2021-04-02"));
        let (a, b) = l.headline.unwrap();
        assert_eq!(&text[a..b], "Floods Cut Off Villages in the North");
        assert_eq!(paragraphs(text), ["Water rose overnight."]);
    }

    #[test]
    fn a_first_sentence_is_not_a_headline() {
        let l = analyse(
            "Police detained nine men in Taraz on Monday, the ministry said.\nThey were released later.\n",
        );
        assert_eq!(l.meta.title, None);
        assert_eq!(l.paragraphs.len(), 2);
        let l = analyse("Police said\nthat nine men were detained.\n");
        assert_eq!(l.meta.title, None, "a line continued in lower case is not a headline");
    }

    #[test]
    fn headline_without_blank_line_before_a_paragraph() {
        let l = analyse("Curfew Lifted in Zhanaozen\nThe curfew ended at dawn. Shops reopened.\n");
        assert_eq!(l.meta.title.as_deref(), Some("Curfew Lifted in Zhanaozen"));
    }

    #[test]
    fn dateline_becomes_metadata_and_leaves_the_text() {
        let text = "SHYMKENT, June 1, 2020, Steppe Wire – Police closed the market.\n\nIt reopened later.";
        let l = analyse(text);
        assert_eq!(l.meta.dateline.as_deref(), Some("Shymkent"));
        assert_eq!(l.meta.dateline_text.as_deref(), Some("SHYMKENT, June 1, 2020, Steppe Wire"));
        assert_eq!(l.meta.published.as_deref(), Some("2020-06-01"));
        assert_eq!(l.meta.source.as_deref(), Some("Steppe Wire"));
        assert_eq!(l.meta.title, None);
        assert_eq!(paragraphs(text), ["Police closed the market.", "It reopened later."]);
    }

    #[test]
    fn russian_dateline_becomes_metadata() {
        let text = "Суд в Таразе арестовал троих\n\nТАРАЗ, 12 апреля. КазТАГ – Суд санкционировал арест.\n\nДело передано в прокуратуру.";
        let l = analyse(text);
        assert_eq!(l.meta.title.as_deref(), Some("Суд в Таразе арестовал троих"));
        assert_eq!(l.meta.dateline.as_deref(), Some("Тараз"));
        assert_eq!(l.meta.dateline_text.as_deref(), Some("ТАРАЗ, 12 апреля. КазТАГ"));
        assert_eq!(l.meta.source.as_deref(), Some("КазТАГ"));
        assert_eq!(l.meta.published, None, "a dateline without a year dates nothing");
        assert_eq!(paragraphs(text), ["Суд санкционировал арест.", "Дело передано в прокуратуру."]);
    }

    #[test]
    fn a_dateline_after_its_byline_on_one_line() {
        let text = "By Aliya Bekova OSH (Reuters) - Two men were held.\n\nThey were freed.";
        let l = analyse(text);
        assert_eq!(l.meta.source.as_deref(), Some("Aliya Bekova"));
        assert_eq!(l.meta.dateline.as_deref(), Some("Osh"));
        assert_eq!(l.meta.dateline_text.as_deref(), Some("OSH (Reuters)"));
        assert_eq!(paragraphs(text), ["Two men were held.", "They were freed."]);
    }

    #[test]
    fn a_headline_with_a_colon_is_no_dateline() {
        let text = "Zhanaozen: Anger and Grief a Year On\n\nTARAZ: Police held two men.\n";
        let l = analyse(text);
        assert_eq!(l.meta.title.as_deref(), Some("Zhanaozen: Anger and Grief a Year On"));
        assert_eq!(l.meta.dateline.as_deref(), Some("Taraz"));
        assert_eq!(paragraphs(text), ["Police held two men."]);
    }

    #[test]
    fn metadata_after_a_caption() {
        let text = "Miners Strike in Zhezkazgan\n\nMiners sit outside the pit head on Monday. / Steppe Photo\n\nBy Aliya Bekova for Steppe Daily March 3, 2021\n\nAKTOBE, Kazakhstan -- Hundreds of miners stopped work.\n\nThe strike goes on.";
        let l = analyse(text);
        assert_eq!(l.meta.title.as_deref(), Some("Miners Strike in Zhezkazgan"));
        assert_eq!(l.meta.source.as_deref(), Some("Aliya Bekova for Steppe Daily"));
        assert_eq!(l.meta.published.as_deref(), Some("2021-03-03"));
        assert_eq!(l.meta.dateline.as_deref(), Some("Aktobe"));
        assert_eq!(
            paragraphs(text),
            [
                "Miners sit outside the pit head on Monday. / Steppe Photo",
                "Hundreds of miners stopped work.",
                "The strike goes on."
            ]
        );
    }

    #[test]
    fn agency_lines_and_a_repeated_headline() {
        let text = "Flood in Oral\n\nFlood in Oral\n\nAFP\nApril 2, 2024\n\nThe river rose.\n\nReuters";
        let l = analyse(text);
        assert_eq!(l.meta.source.as_deref(), Some("AFP"));
        assert_eq!(l.meta.published.as_deref(), Some("2024-04-02"));
        assert_eq!(paragraphs(text), ["The river rose."]);
        assert_eq!(agency_line("AFP, Kyrgyzstan").as_deref(), Some("AFP"));
        assert_eq!(agency_line("РИА Новости").as_deref(), Some("РИА Новости"));
        assert_eq!(agency_line("NEWS"), None);
        assert_eq!(agency_line("Police"), None);
        assert_eq!(agency_line("AFP, Police"), None);
    }

    #[test]
    fn dates_in_byline_lines() {
        let d = |t: &str| date_in_byline(t).map(|(n, d)| (n, d.and_then(|d| d.iso())));
        assert_eq!(
            d("Aliya Bekova 5 minutes ago Wed 03rd March 2021 | 10:15 AM"),
            Some((None, Some("2021-03-03".to_string())))
        );
        assert_eq!(
            d("03 March 2021 - 10:15 By Steppe Wire"),
            Some((Some("Steppe Wire".to_string()), Some("2021-03-03".to_string())))
        );
        assert_eq!(d("Protests spread to Taraz on March 3, 2021"), None);
        assert_eq!(d("He was born on March 3, 2001."), None);
        let l = analyse("Strike Ends\n\nKazakhstan|economy|March 3, 2021 / 10:45 PM\n\nThe strike ended.");
        assert_eq!(l.meta.published.as_deref(), Some("2021-03-03"));
        assert_eq!(l.paragraphs.len(), 1);
    }

    #[test]
    fn a_stamp_that_ends_with_its_agency() {
        let l = analyse(
            "Flood Kills Five\n\n2019-04-05 03:11:40 GMT2019-04-05 11:11:40 (Beijing Time)  Xinhua English\n\nRiver water rose through the valley at night. (Steppe Photo)\n\nBISHKEK, April 5 (Xinhua) -- Five people drowned.\n\nRescuers are searching.",
        );
        assert_eq!(l.meta.published.as_deref(), Some("2019-04-05"));
        assert_eq!(l.meta.source.as_deref(), Some("Xinhua"));
        assert_eq!(l.meta.dateline.as_deref(), Some("Bishkek"));
        assert_eq!(
            paragraphs("Flood Kills Five\n\n2019-04-05 03:11:40 GMT Xinhua\n\nBISHKEK, April 5 (Xinhua) -- Five people drowned."),
            ["Five people drowned."]
        );
        // A listed agency only: any capitalised word after a date is no source.
        assert_eq!(date_in_byline("2019-04-05 03:11 Heavy Rain"), None);
    }

    #[test]
    fn an_author_before_a_date_label() {
        let d = |t: &str| date_in_byline(t).map(|(n, d)| (n, d.and_then(|d| d.iso())));
        assert_eq!(
            d("Пётр Сидоров Опубликована 02.04.2019 в 09:30"),
            Some((Some("Пётр Сидоров".to_string()), Some("2019-04-02".to_string())))
        );
        assert_eq!(
            d("Jane Roe Published 2 April 2019"),
            Some((Some("Jane Roe".to_string()), Some("2019-04-02".to_string())))
        );
        assert_eq!(d("Police said Published 2 April 2019"), None);
    }

    #[test]
    fn author_label_and_agency_dateline_after_a_standfirst() {
        let l = analyse(
            "Clashes in Osh\n\nAuthor: REUTERS\nPublication Date: Wed, 2019-04-03 18:40\n\nThe south has been tense for weeks.",
        );
        assert_eq!(l.meta.source.as_deref(), Some("REUTERS"));
        assert_eq!(l.meta.published.as_deref(), Some("2019-04-03"));
        assert_eq!(l.meta.dateline, None);
        let l = analyse(
            "Clashes in Osh\n\nLatest update : 2019-04-03\n\nThousands fled the city. The curfew was extended.\n\nAFP - Gunfire was heard all night in the old town.\n\nShops stayed shut.",
        );
        assert_eq!(l.meta.published.as_deref(), Some("2019-04-03"));
        assert_eq!(l.meta.source.as_deref(), Some("AFP"));
        assert_eq!(l.meta.dateline, None);
        assert_eq!(paragraphs("Clashes in Osh\n\nLatest update : 2019-04-03\n\nThousands fled the city. The curfew was extended.\n\nAFP - Gunfire was heard all night in the old town.\n\nShops stayed shut.")[1], "Gunfire was heard all night in the old town.");
    }

    #[test]
    fn a_wire_credited_in_quotes_at_the_end() {
        let l = analyse("Сегодня в Оше прошёл митинг.\n\nПострадавших нет.\n\n\"Интерфакс\"");
        assert_eq!(l.meta.source.as_deref(), Some("Интерфакс"));
        assert_eq!(l.paragraphs.len(), 2);
        let l = analyse("Сегодня в Оше прошёл митинг.\n\n«Пострадавших нет»");
        assert_eq!(l.meta.source, None);
    }

    #[test]
    fn wires_credited_in_brackets_on_the_last_line() {
        let l = analyse(
            "Two soldiers were wounded at the post.\n\nThe border was closed.\n\n(Steppe Desk/AFP/Reuters)",
        );
        assert_eq!(l.meta.source.as_deref(), Some("Steppe Desk/AFP/Reuters"));
        assert_eq!(l.paragraphs.len(), 2);
        let l = analyse("Двое военных ранены.\n\n(РИА Новости, ТАСС)");
        assert_eq!(l.meta.source.as_deref(), Some("РИА Новости, ТАСС"));
        // A closing remark in brackets is text.
        let l = analyse("Two soldiers were wounded.\n\n(Reuters could not confirm the toll)");
        assert_eq!((l.meta.source, l.paragraphs.len()), (None, 2));
        let l = analyse("Two soldiers were wounded.\n\n(Steppe Desk)");
        assert_eq!((l.meta.source, l.paragraphs.len()), (None, 2));
    }

    #[test]
    fn the_papers_name_between_byline_and_date() {
        let text = "Gunmen Raid Town Hall\n\nBy Jane Roe\n\nThe Steppe Evening Post\n\nApril 4, 2019\n\nGunmen raided the town hall.";
        let l = analyse(text);
        assert_eq!(l.meta.source.as_deref(), Some("Jane Roe"));
        assert_eq!(l.meta.published.as_deref(), Some("2019-04-04"));
        assert_eq!(paragraphs(text), ["Gunmen raided the town hall."]);
        // Without a date line after it, a short line is text.
        let text = "Gunmen Raid Town Hall\n\nBy Jane Roe\n\nNobody Was Hurt\n\nGunmen raided the town hall.";
        assert_eq!(paragraphs(text)[0], "Nobody Was Hurt");
    }

    #[test]
    fn labelled_lines_without_a_year_are_metadata() {
        let text =
            "Суд в Таразе\n\nPosted 5 марта 2021, 08:00\n\nModified 7 марта, 14:21\n\nСуд вынес приговор.";
        let l = analyse(text);
        assert_eq!(l.meta.published.as_deref(), Some("2021-03-05"));
        assert_eq!(paragraphs(text), ["Суд вынес приговор."]);
    }

    #[test]
    fn russian_bylines_and_source_lines() {
        let text = "Пожар в Семее\n\nАвтор: Асель Сатаева\n\nНочью загорелся склад.\n\nИсточник: Казинформ";
        let l = analyse(text);
        assert_eq!(l.meta.source.as_deref(), Some("Асель Сатаева"));
        assert_eq!(paragraphs(text), ["Ночью загорелся склад."]);
        let l = analyse("Ночью загорелся склад.\n\nИсточник: Казинформ");
        assert_eq!(l.meta.source.as_deref(), Some("Казинформ"));
        assert_eq!(byline("Автор - Асель Сатаева").as_deref(), Some("Асель Сатаева"));
        assert_eq!(byline("Автор: уточняется"), None);
    }

    #[test]
    fn collapsed_values() {
        for (s, want) in [
            ("Floods in Aktau", "Floods in Aktau"),
            ("Floods  in\tAktau", "Floods in Aktau"),
            (" Floods in Aktau ", "Floods in Aktau"),
            ("Floods\r\nin Aktau", "Floods in Aktau"),
            ("Паводок  в Актау", "Паводок в Актау"),
            ("Паводок\u{a0}в Актау", "Паводок в Актау"),
            ("Паводок в Актау", "Паводок в Актау"),
        ] {
            assert_eq!(collapse(s), want, "{s:?}");
        }
        assert!(may_open_dateline("BISHKEK, May 3") && may_open_dateline("Moscow: Police"));
        assert!(!may_open_dateline("Police said") && !may_open_dateline(""));
    }

    #[test]
    fn url_labels_in_any_case() {
        assert_eq!(
            url_label("ORIGINAL URL: https://steppe.kz/a1"),
            Some(Some("https://steppe.kz/a1".to_string()))
        );
        assert_eq!(url_label("link:"), Some(None));
        assert_eq!(url_label("Source URL :"), Some(None));
        assert_eq!(url_label("Source:"), None, "a source label alone names no URL");
        assert_eq!(url_label("Police said: nothing"), None);
        assert_eq!(url_label(""), None);
        assert_eq!(trim("\u{feff} Text\t", 0, 9), (4, 8));
        assert_eq!(trim("Text", 0, 4), (0, 4));
    }

    #[test]
    fn word_counts() {
        for t in [
            "",
            "a",
            "a b",
            " a  b ",
            "one\ttwo\x0bthree\x0cfour\rfive\nsix",
            "a b c d e f g h",
            "Жил-был  кот\u{a0}и пёс",
        ] {
            for n in 0..10 {
                assert_eq!(words_at_most(t, n), t.split_whitespace().count() <= n, "{t:?} {n}");
            }
        }
        assert!(words_at_most(&"word ".repeat(30), 30));
        assert!(!words_at_most(&"word ".repeat(31), 30));
    }

    #[test]
    fn source_lines_in_any_case() {
        assert_eq!(source_line("Source: Steppe Wire").as_deref(), Some("Steppe Wire"));
        assert_eq!(source_line("SOURCES: Steppe Wire").as_deref(), Some("Steppe Wire"));
        assert_eq!(source_line("ИСТОЧНИК: Степной вестник").as_deref(), Some("Степной вестник"));
        assert_eq!(source_line("По материалам Степного вестника").as_deref(), Some("Степного вестника"));
        assert_eq!(source_line("Source:"), None);
        assert_eq!(source_line("Sourcé: Steppe Wire"), None);
        assert_eq!(source_line("Источни"), None, "shorter than a label");
        assert_eq!(source_line("Source: the ministry said the figures were wrong."), None);
    }

    #[test]
    fn a_linked_headline_after_read_also() {
        let text = "Police held two men.\n\nЧитайте также:\nВ Таразе задержали вора\n\nThey were freed.";
        assert_eq!(paragraphs(text), ["Police held two men.", "They were freed."]);
        let text = "Police held two men.\n\nRead also:\n\nFloods in the north\n\nThey were freed.";
        assert_eq!(paragraphs(text), ["Police held two men.", "They were freed."]);
    }

    #[test]
    fn credits_cut_off_captions_end_their_paragraph() {
        let text = "Story\n\nA burnt car in Taraz on July 3. STEPPE/Handout via REUTERS NO RESALES\nA burnt car in Taraz on July 3. STEPPE/Handout via REUTERS NO RESALES\n\nPolice held two men.";
        assert_eq!(
            paragraphs(text),
            ["A burnt car in Taraz on July 3.", "A burnt car in Taraz on July 3.", "Police held two men."]
        );
    }

    #[test]
    fn quick_look_for_datelines() {
        for t in [
            "BISHKEK (Reuters) - x",
            "Астана. 14 марта.",
            "Moscow: x",
            "6 октября, Бишкек",
            "Sept 14 (Reuters)",
        ] {
            assert!(may_open_dateline(t), "{t}");
        }
        for t in ["Police detained two men.", "the end", "«Мы уйдём»"] {
            assert!(!may_open_dateline(t), "{t}");
        }
    }

    #[test]
    fn url_lines_and_a_wrapped_tail() {
        let text = "Body text here.\n\nOriginal url:\n\n<https://news.example/2020/05/05/story-a1>\n234";
        let l = analyse(text);
        assert_eq!(l.meta.url.as_deref(), Some("https://news.example/2020/05/05/story-a1234"));
        assert_eq!(paragraphs(text), ["Body text here."]);
        let l = analyse("https://news.example/x\n\nText.");
        assert_eq!(l.meta.url.as_deref(), Some("https://news.example/x"));
    }

    #[test]
    fn byline_and_date_on_one_line() {
        let l = analyse("Bus Crash Near Taraz\n\nBy Aliya Bekova | June 6, 2016 14:05\n\nText here.");
        assert_eq!(l.meta.source.as_deref(), Some("Aliya Bekova"));
        assert_eq!(l.meta.published.as_deref(), Some("2016-06-06"));
        assert_eq!(l.paragraphs.len(), 1);
        assert_eq!(byline_and_date("Police | army | rescuers"), None);
    }

    #[test]
    fn bylines() {
        assert_eq!(byline("By Aliya Bekova").as_deref(), Some("Aliya Bekova"));
        assert_eq!(byline("By [Steppe Daily](https://steppe.example)").as_deref(), Some("Steppe Daily"));
        assert_eq!(byline("By Monday, the crowd had left."), None);
        assert_eq!(byline("By the end of the day"), None);
        assert_eq!(byline("By 2020 prices doubled"), None);
    }

    #[test]
    fn boilerplate_in_the_middle_and_tail() {
        let text = "First part.\n***\nSecond part.\n\nSource link\n\nJournalism cannot be free.\nPlease turn off your ad blocker.\nBest regards, editors";
        assert_eq!(paragraphs(text), ["First part.", "Second part."]);
    }

    #[test]
    fn broken_paragraphs_are_joined() {
        let text = "They detained two\n\nmore people on Monday.\n\nNext paragraph.";
        assert_eq!(paragraphs(text), ["They detained two\n\nmore people on Monday.", "Next paragraph."]);
        let text = "Intro.\n\nThey detained two\n\nmore people on Monday:\n\nsome were students";
        assert_eq!(
            paragraphs(text),
            ["Intro.", "They detained two\n\nmore people on Monday:\n\nsome were students"]
        );
        assert_eq!(
            paragraphs("Intro.\n\nOne\n\nTwo."),
            ["Intro.", "One", "Two."],
            "an upper-case start is a new paragraph"
        );
    }

    #[test]
    fn single_newlines_separate_paragraphs_only_without_blank_lines() {
        assert_eq!(paragraphs("One.\nTwo.\nThree."), ["One.", "Two.", "Three."]);
        assert_eq!(paragraphs("One.\nTwo.\n\nThree."), ["One.\nTwo.", "Three."]);
    }

    #[test]
    fn hard_wrapped_text_without_blank_lines_keeps_its_sentences_whole() {
        let text = "Police in Shymkent detained four men on Monday after a\nfight outside the central market, the city police department\nsaid. Among them was Nurlan Abenov, a local trader whose\nshop was damaged. They were freed.\nA second group of protesters gathered on Tuesday near the\nakimat, where officers in riot gear blocked the entrance to\nthe building for most of the day.";
        assert_eq!(
            paragraphs(text).iter().map(|p| p.replace('\n', " ")).collect::<Vec<_>>(),
            [
                "Police in Shymkent detained four men on Monday after a fight outside the central market, the city police department said. Among them was Nurlan Abenov, a local trader whose shop was damaged. They were freed.",
                "A second group of protesters gathered on Tuesday near the akimat, where officers in riot gear blocked the entrance to the building for most of the day."
            ]
        );
        // Lines of any length, one paragraph each, are no wrapped text.
        assert_eq!(
            paragraphs("One.\nTwo is a longer line.\nThree.\nFour is here."),
            ["One.", "Two is a longer line.", "Three.", "Four is here."]
        );
    }

    #[test]
    fn crlf_and_empty_text() {
        assert_eq!(paragraphs("One.\r\n\r\nTwo.\r\n"), ["One.", "Two."]);
        assert!(paragraphs("").is_empty());
        assert!(paragraphs("\n\n  \n").is_empty());
    }
}
