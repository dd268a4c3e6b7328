//! Wire datelines at the start of an article's first line: the place, the
//! date and the agency before the text (`DUSHANBE, June 14, 2016,
//! Asia-Plus –`, `ASTANA (Reuters) -`, `ALMATY, January 7. /TASS/.`,
//! `АЛМАТЫ, 5 июня. КазТАГ –`, `Астана. 14 марта. ИНТЕРФАКС-КАЗАХСТАН –`,
//! `БИШКЕК, 17 мая — РИА Новости.`, `Nukus, Uzbekistan, July 6 (AFP):`,
//! `Sept 14 (Reuters) -`).
//!
//! A dateline is a place (in capitals, or in title case when a date
//! follows), then parts separated by commas, full stops and spaces: a
//! date, a country, an agency in brackets, between slashes or in capitals;
//! it ends at a dash (with the agency after it, RIA's way), at `/TASS/.`,
//! or at a colon after a date, country or agency. The text after it must
//! not start in lower case.

use std::sync::LazyLock;

use crate::dates::{parse_date_prefix, Date};
use crate::lang::LANGUAGES;
use crate::sentences::words::{ascii_lower_key, pack, KeyMap};

/// A wire dateline at the start of an article's first line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The place, title-cased (`DUSHANBE` → `Dushanbe`); none in a dateline
    /// that opens with its date (`Sept 14 (Reuters) -`).
    pub place: Option<String>,
    pub date: Option<Date>,
    pub source: Option<String>,
    /// The dateline as written, without the dash that closes it and with
    /// whitespace runs as single spaces (`BISHKEK (Reuters)`, `MOSCOW,
    /// March 23 (Reuters)`, `БИШКЕК, 17 мая — РИА Новости`).
    pub text: String,
    /// Bytes of the line taken by the dateline (up to the text after it).
    pub consumed: usize,
}

/// A country after the place (`ORAL, Kazakhstan (AP)`), in any language's
/// list.
pub(crate) fn is_country(group: &str) -> bool {
    if let Some(key) = ascii_lower_key(group.as_bytes()) {
        return COUNTRY_KEYS.get(key).is_some();
    }
    let mut buf = [0u8; 48];
    let Some(lower) = crate::lang::lower(group, &mut buf) else {
        return false;
    };
    COUNTRIES.binary_search_by(|c| c.as_str().cmp(lower)).is_ok()
}

/// The countries of [`COUNTRIES`] of sixteen bytes at most, packed: an
/// ASCII word is looked up without a search.
static COUNTRY_KEYS: LazyLock<KeyMap<()>> = LazyLock::new(|| {
    let keys: Vec<(u128, ())> = COUNTRIES.iter().filter_map(|c| Some((pack(c.as_bytes())?, ()))).collect();
    KeyMap::new(&keys, ())
});

/// Every language's countries, lower case, sorted.
static COUNTRIES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut all: Vec<String> = LANGUAGES.iter().flat_map(|l| l.countries).map(|c| c.to_lowercase()).collect();
    all.sort_unstable();
    all
});

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '―')
}

/// Title-case an upper-case place: `NUR-SULTAN` → `Nur-Sultan`.
fn title_case(s: &str) -> String {
    if s.is_ascii() {
        // The same, byte by byte.
        let mut out = s.as_bytes().to_vec();
        let mut word_start = true;
        for b in &mut out {
            if b.is_ascii_alphabetic() {
                *b = if word_start { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() };
                word_start = false;
            } else {
                word_start = true;
            }
        }
        return String::from_utf8(out).unwrap_or_default();
    }
    let mut out = String::with_capacity(s.len());
    let mut word_start = true;
    for c in s.chars() {
        if c.is_alphabetic() {
            if word_start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            word_start = false;
        } else {
            out.push(c);
            word_start = true;
        }
    }
    out
}

/// Names of outlets in capitals longer than an acronym are title-cased
/// (`KAZINFORM` → `Kazinform`; `TASS` stays; a domain such as
/// `INTERFAX.RU` too).
fn outlet(s: &str) -> String {
    let s = s.trim();
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    if letters > 5 && !s.chars().any(char::is_lowercase) && !s.contains('.') {
        title_case(s)
    } else {
        s.to_string()
    }
}

/// Words of `s` as (offset, length), split on spaces.
fn word_spans(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    // Byte by byte: words are short, a search per word costs more.
    let bytes = s.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        while bytes.get(pos) == Some(&b' ') {
            pos += 1;
        }
        let start = pos;
        while pos < bytes.len() && bytes[pos] != b' ' {
            pos += 1;
        }
        (pos > start).then_some((start, pos - start))
    })
}

/// The end of a place in capitals at the start of `t` (`NUR-SULTAN`,
/// `DUSHANBE/BISHKEK`, `SAN FRANCISCO`), or 0.
fn capitals_place(t: &str) -> usize {
    let mut place_end = 0;
    for (k, len) in word_spans(t) {
        let word = &t[k..k + len];
        let core = word.trim_end_matches([',', '.', ':']);
        let capitals = core.starts_with(char::is_uppercase)
            && core.chars().all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '’' | '/'));
        if !capitals {
            break;
        }
        place_end = k + core.len();
        if core.len() != word.len() {
            break;
        }
    }
    let place = &t[..place_end];
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 3 || !place.split([' ', '-', '/']).any(|w| w.chars().count() >= 3) {
        return 0;
    }
    place_end
}

/// The end of a place in title case (`Астана`, `Nukus`, `Ust-Kamenogorsk`,
/// `Nur Sultan`) closed by a comma or a full stop, or 0.
fn title_case_place(t: &str) -> usize {
    for (n, (k, len)) in word_spans(t).enumerate() {
        if n >= 3 {
            break;
        }
        let word = &t[k..k + len];
        let core = word.trim_end_matches([',', '.', ':']);
        let mut chars = core.chars();
        let title = chars.next().is_some_and(char::is_uppercase)
            && core.chars().count() >= 2
            && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'');
        if !title {
            break;
        }
        if core.len() != word.len() {
            return k + core.len();
        }
        // `Moscow : The toll …`: a colon set apart from the place.
        if t[k + len..].starts_with(" : ") {
            return k + len;
        }
    }
    0
}

/// `DUSHANBE, June 14, 2016, Asia-Plus – `, `ASTANA (Reuters) - `,
/// `ALMATY, January 7. /TASS/. `, `ALMATY. KAZINFORM - `,
/// `ASTANA, Kazakhstan (AP) — `, `BISHKEK: `, and their Russian kin (see
/// the module's notes).
pub fn parse_dateline(t: &str) -> Option<Dateline> {
    let mut place_end = capitals_place(t);
    // A place in title case needs a date or a colon after it.
    let mut title_place = false;
    if place_end == 0 {
        place_end = title_case_place(t);
        title_place = place_end > 0;
    }
    let mut opens_with_date = place_end == 0;
    if opens_with_date && parse_date_prefix(t).is_none() {
        return None;
    }
    if is_label(&t[..place_end]) {
        return None;
    }
    let mut place_span = (0, place_end);
    let mut pos = place_end;
    // Where the dateline's last part ended.
    let mut text_end = pos;
    let mut date = None;
    let mut source: Option<String> = None;
    let mut country = false;
    let mut parts = 0;
    let mut done = false;
    let mut dash = false;
    while parts < 6 {
        // Separators between the parts.
        let skipped = separators(&t[pos..]);
        pos += skipped;
        let rest = &t[pos..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        parts += 1;
        if is_dash(c) {
            // `--` stands for a dash in plain-text copies.
            pos += rest.len() - rest.trim_start_matches(is_dash).len();
            done = true;
            dash = true;
            // RIA's way: the agency after the dash, closed by a full stop.
            if source.is_none() {
                if let Some((name, name_end, after)) = agency_then_stop(t, pos) {
                    source = Some(outlet(name));
                    text_end = name_end;
                    pos = after;
                }
            }
            break;
        }
        if c == ':' {
            // `BISHKEK:`, `Moscow:`, `DUSHANBE, Tajikistan:`.
            pos += 1;
            done = true;
            break;
        }
        if c == '(' {
            let close = rest.find(')').filter(|&k| k <= 80)?;
            let inner = rest[1..close].trim();
            if !inner.starts_with(char::is_uppercase) {
                return None;
            }
            // `(UrduPoint News / Sputnik - 06th October, 2020)`.
            let (name, inner_date) = agency_and_date(inner);
            date = date.or(inner_date);
            source.get_or_insert_with(|| outlet(name));
            pos += close + 1;
            text_end = pos;
            // A bracket with the agency and the date ends the dateline by
            // itself (`MOSCOW (Outlet / Sputnik - 06th October, 2020) Text`).
            if inner_date.is_some() && t[pos..].trim_start().starts_with(char::is_uppercase) {
                done = true;
                break;
            }
            continue;
        }
        if c == '/' {
            let close = rest[1..].find('/').filter(|&k| k <= 40)? + 1;
            let inner = rest[1..close].trim();
            if inner.is_empty() {
                return None;
            }
            source.get_or_insert_with(|| outlet(inner));
            pos += close + 1;
            text_end = pos;
            // `/TASS/.` ends the dateline unless a dash follows.
            let after = t[pos..].trim_start_matches(['.', ' ', '\u{a0}']);
            if let Some(d) = after.chars().next().filter(|&d| is_dash(d)) {
                pos = t.len() - after.len() + d.len_utf8();
            } else {
                pos = t.len() - after.len();
            }
            done = true;
            break;
        }
        if let Some((d, used)) = parse_date_prefix(rest) {
            date = Some(d);
            pos += used;
            text_end = pos;
            continue;
        }
        if c.is_uppercase() {
            // `Алматы. 8 августа. Центр информации. Текст`: an agency closed
            // by a full stop after the place and the date.
            // A full stop before any dash, near: `Центр информации. Текст`.
            let stop_before_dash = || {
                let near = &rest.as_bytes()[..rest.len().min(80)];
                for (k, &b) in near.iter().enumerate() {
                    match b {
                        b'-' | 0xE2 => return false,
                        b'.' if near.get(k + 1) == Some(&b' ') => return true,
                        _ => {}
                    }
                }
                false
            };
            if date.is_some() && !opens_with_date && source.is_none() && stop_before_dash() {
                if let Some((name, name_end, after)) = agency_then_stop(t, pos) {
                    if !is_country(name) {
                        source = Some(outlet(name));
                        text_end = name_end;
                        pos = after;
                        done = true;
                        break;
                    }
                }
            }
            // A capitalised group of words: an outlet or a country.
            let mut end = 0;
            for (k, w) in word_spans(rest) {
                let word = &rest[k..k + w];
                if word.chars().all(is_dash) || !word.starts_with(char::is_uppercase) {
                    break;
                }
                end = k + w;
                if word.ends_with([',', ':', '/', ';']) || rest[k + w..].starts_with(" /") {
                    break;
                }
            }
            let group = rest[..end].trim_end_matches([',', '.', ':', ';']);
            if group.is_empty() || group.split_whitespace().count() > 4 {
                return None;
            }
            if is_country(group) {
                country = true;
            } else if opens_with_date && date.is_some() {
                // `6 октября, Бишкек /БЕЛТА - КАБАР/.`: the place after the date.
                place_span = (pos, pos + group.len());
                opens_with_date = false;
            } else {
                source.get_or_insert_with(|| outlet(group));
            }
            pos += group.len();
            text_end = pos;
            continue;
        }
        return None;
    }
    // A place and a colon alone: one word, not an acronym (`NATO:`).
    let colon_only = t[..pos].trim_end().ends_with(':') && date.is_none() && source.is_none() && !country;
    let one_word = !t[..place_end].contains(' ');
    let acronym = !title_place && t[..place_end].chars().filter(|c| c.is_alphabetic()).count() <= 4;
    if !done
        || (title_place && date.is_none() && !(colon_only && one_word))
        || (colon_only && (!one_word || acronym))
        || (opens_with_date && source.is_none() && !(dash && date.is_some_and(|d| d.year.is_some())))
    {
        return None;
    }
    let consumed = t.len() - t[pos..].trim_start().len();
    let after = &t[consumed..];
    if after.starts_with(char::is_lowercase) {
        return None;
    }
    let mut place = &t[place_span.0..place_span.1];
    // `AFP - Deadly clashes …`: an agency where the place stands is the
    // source, and the dateline names no place.
    if source.is_none() && date.is_none() && is_agency(place) {
        source = Some(place.to_string());
        place = "";
    }
    let place = (!place.is_empty()).then(|| title_case(place));
    let mut text = String::with_capacity(text_end);
    for w in t[..text_end].split_whitespace() {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(w);
    }
    Some(Dateline { place, date, source, text, consumed })
}

/// A news agency of any language's list (`AFP`, `Reuters`, `ТАСС`).
fn is_agency(word: &str) -> bool {
    let mut buf = [0u8; 64];
    crate::lang::lower(word, &mut buf)
        .is_some_and(|lower| LANGUAGES.iter().any(|l| l.agencies.contains(&lower)))
}

/// Bytes of separators (spaces, commas, full stops, semicolons, no-break spaces) at the
/// start of `s`.
fn separators(s: &str) -> usize {
    let b = s.as_bytes();
    let mut k = 0;
    while k < b.len() {
        match b[k] {
            b' ' | b',' | b'.' | b';' => k += 1,
            0xC2 if b.get(k + 1) == Some(&0xA0) => k += 2,
            _ => break,
        }
    }
    k
}

/// `UrduPoint News / Sputnik - 06th October, 2020`: the agency and the date
/// after its last dash, when there is one.
fn agency_and_date(inner: &str) -> (&str, Option<Date>) {
    for (k, c) in inner.char_indices().rev() {
        if is_dash(c) {
            let rest = inner[k + c.len_utf8()..].trim();
            if let Some((d, used)) = parse_date_prefix(rest) {
                if rest[used..].trim().is_empty() {
                    return (inner[..k].trim(), Some(d));
                }
            }
        }
    }
    (inner, None)
}

/// Words before a colon at the start of a line that are no places
/// (`UPDATE:`, `Фото:`), in any language's list.
fn is_label(place: &str) -> bool {
    if let Some(key) = ascii_lower_key(place.as_bytes()) {
        return LABEL_KEYS.get(key).is_some() || crate::sentences::is_opener(place);
    }
    let mut buf = [0u8; 64];
    let Some(lower) = crate::lang::lower(place, &mut buf) else {
        return false;
    };
    LINE_LABELS.binary_search(&lower).is_ok() || crate::sentences::is_opener(place)
}

/// The line labels of [`LINE_LABELS`] of sixteen bytes at most, packed.
static LABEL_KEYS: LazyLock<KeyMap<()>> = LazyLock::new(|| {
    let keys: Vec<(u128, ())> = LINE_LABELS.iter().filter_map(|l| Some((pack(l.as_bytes())?, ()))).collect();
    KeyMap::new(&keys, ())
});

/// Every language's line labels, sorted.
static LINE_LABELS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut all: Vec<&str> = LANGUAGES.iter().flat_map(|l| l.line_labels.iter().copied()).collect();
    all.sort_unstable();
    all
});

/// At `from` (after a dash, or after a place and a date): an agency of one
/// to three words, the first capitalised, closed by a full stop, before a
/// capital (`— РИА Новости. Текст`, `– Sputnik Казахстан.`, `Центр
/// информации.`). Returns the name, where it ends and where the text after
/// it starts.
fn agency_then_stop(t: &str, from: usize) -> Option<(&str, usize, usize)> {
    let rest = t[from..].trim_start();
    let start = t.len() - rest.len();
    // An agency's name is short: look for its stop near.
    let mut near = rest.len().min(80);
    while !rest.is_char_boundary(near) {
        near -= 1;
    }
    let stop = rest[..near].find(". ").or_else(|| rest[..near].strip_suffix('.').map(str::len))?;
    let name = &rest[..stop];
    let mut words = name.split_whitespace();
    let first_ok = words.next().is_some_and(|w| w.starts_with(char::is_uppercase));
    if !first_ok
        || name.split_whitespace().count() > 3
        || name.contains([',', ';', ':', '"', '«', '(', '/'])
        || name.split_whitespace().any(|w| w.chars().all(char::is_numeric))
    {
        return None;
    }
    let after = rest[stop + 1..].trim_start();
    if !after.starts_with(|c: char| c.is_uppercase() || c.is_numeric() || matches!(c, '«' | '"' | '“')) {
        return None;
    }
    Some((name, start + stop, t.len() - after.len()))
}

/// A byline glued before a dateline on one line, as copies of wire stories
/// print them (`By Jane Doe and John Roe DUSHANBE (Reuters) - …`): the name
/// and the dateline, its `consumed` counting from the line's start.
pub fn byline_then_dateline(t: &str) -> Option<(String, Dateline)> {
    if !t.starts_with("By ") {
        return None;
    }
    // The first word in capitals (three letters or more) starts the dateline.
    let k = word_spans(t).skip(1).find_map(|(k, len)| {
        let w = &t[k..k + len];
        let caps =
            w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && w.chars().all(|c| !c.is_lowercase());
        caps.then_some(k)
    })?;
    let name = crate::layout::byline(t[..k].trim())?;
    let mut d = parse_dateline(&t[k..])?;
    d.consumed += k;
    Some((name, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_agency_alone_before_the_dash_names_no_place() {
        let d = parse_dateline("AFP - Fighting went on in the town overnight.").unwrap();
        assert_eq!(d.place, None);
        assert_eq!(d.source.as_deref(), Some("AFP"));
        assert_eq!(
            &"AFP - Fighting went on in the town overnight."[d.consumed..],
            "Fighting went on in the town overnight."
        );
        // A place in capitals stays a place.
        let d = parse_dateline("OSH - Fighting went on in the town overnight.").unwrap();
        assert_eq!((d.place.as_deref(), d.source), (Some("Osh"), None));
    }

    #[test]
    fn a_place_with_a_colon_set_apart() {
        let t = "Tashkent : Two blasts shook the market on Monday.";
        let d = parse_dateline(t).unwrap();
        assert_eq!(d.place.as_deref(), Some("Tashkent"));
        assert_eq!(&t[d.consumed..], "Two blasts shook the market on Monday.");
        assert!(parse_dateline("Officials said : the toll rose.").is_none());
    }

    #[test]
    fn a_semicolon_after_the_country() {
        let t = "Osh, Kyrgyzstan; 3 April 2019 (Steppe Wire) -- Shops were burned.";
        let d = parse_dateline(t).unwrap();
        assert_eq!(d.place.as_deref(), Some("Osh"));
        assert_eq!(d.source.as_deref(), Some("Steppe Wire"));
        assert_eq!(d.date.and_then(|d| d.iso()).as_deref(), Some("2019-04-03"));
        assert_eq!(&t[d.consumed..], "Shops were burned.");
    }

    #[test]
    fn a_full_date_alone_before_a_dash() {
        let t = "2 April 2019 -- Gunmen attacked a border post at dawn.";
        let d = parse_dateline(t).unwrap();
        assert_eq!((d.place, d.source), (None, None));
        assert_eq!(d.date.and_then(|d| d.iso()).as_deref(), Some("2019-04-02"));
        assert_eq!(&t[d.consumed..], "Gunmen attacked a border post at dawn.");
        // Without a year it is no dateline.
        assert!(parse_dateline("2 April -- Gunmen attacked a border post at dawn.").is_none());
    }

    #[test]
    fn quick_paths_answer_as_the_general_ones() {
        for s in ["NUR-SULTAN", "UST-KAMENOGORSK", "O'NEIL", "A1B2 C", "", "-X-", "ZHANAOZEN/AKTAU"] {
            let general: String = {
                let mut out = String::new();
                let mut word_start = true;
                for c in s.chars() {
                    if c.is_alphabetic() {
                        out.extend(if word_start {
                            c.to_uppercase().collect::<Vec<_>>()
                        } else {
                            c.to_lowercase().collect()
                        });
                        word_start = false;
                    } else {
                        out.push(c);
                        word_start = true;
                    }
                }
                out
            };
            assert_eq!(title_case(s), general, "{s}");
        }
        assert_eq!(title_case("АЛМАТЫ-ТОО"), "Алматы-Тоо");
        for s in ["", " ", "a", " a  bc ", "MOSCOW, March 23", "  x"] {
            let spans: Vec<(usize, usize)> = word_spans(s).collect();
            let general: Vec<(usize, usize)> = s
                .split(' ')
                .scan(0, |o, w| {
                    let k = *o;
                    *o += w.len() + 1;
                    Some((k, w.len()))
                })
                .filter(|&(_, n)| n > 0)
                .collect();
            assert_eq!(spans, general, "{s:?}");
        }
        assert!(is_country("Kazakhstan") && is_country("KAZAKHSTAN") && is_country("Казахстан"));
        assert!(!is_country("Reuters") && !is_country("") && !is_country("Kazakhstan Today Agency"));
    }

    #[track_caller]
    fn parts(t: &str) -> (Option<String>, Option<String>, Option<String>, String, String) {
        let d = parse_dateline(t).unwrap_or_else(|| panic!("no dateline in {t:?}"));
        (d.place, d.date.and_then(|d| d.iso()), d.source, d.text, t[d.consumed..].to_string())
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn wire_datelines() {
        assert_eq!(
            parts("TARAZ, May 3, 2022, Steppe-News – Two men were held."),
            (
                s("Taraz"),
                s("2022-05-03"),
                s("Steppe-News"),
                "TARAZ, May 3, 2022, Steppe-News".into(),
                "Two men were held.".into()
            )
        );
        assert_eq!(
            parts("NUR-SULTAN (Reuters) - Prices rose."),
            (s("Nur-Sultan"), None, s("Reuters"), "NUR-SULTAN (Reuters)".into(), "Prices rose.".into())
        );
        let t = "AKTAU, February 9. /TASS/. Oil workers went on strike.";
        let d = parse_dateline(t).unwrap();
        assert_eq!((d.place.as_deref(), d.source.as_deref()), (Some("Aktau"), Some("TASS")));
        assert_eq!(d.date.unwrap().year, None);
        assert_eq!(d.text, "AKTAU, February 9. /TASS/");
        assert_eq!(&t[d.consumed..], "Oil workers went on strike.");

        let d = parse_dateline("SEMEY. KAZINFORM - A fire broke out.").unwrap();
        assert_eq!((d.place.as_deref(), d.source.as_deref()), (Some("Semey"), Some("Kazinform")));
        assert_eq!(d.text, "SEMEY. KAZINFORM");

        let d = parse_dateline("ORAL, Kazakhstan (AP) — Flood waters receded.").unwrap();
        assert_eq!((d.place.as_deref(), d.source.as_deref()), (Some("Oral"), Some("AP")));
        assert_eq!(d.text, "ORAL, Kazakhstan (AP)");

        let d = parse_dateline("MOSCOW, March 23 (Reuters) - Police said.").unwrap();
        assert_eq!(d.text, "MOSCOW, March 23 (Reuters)");
    }

    #[test]
    fn two_places_and_a_colon() {
        let d = parse_dateline("OSH/BATKEN (Reuters) - Gunfire was heard.").unwrap();
        assert_eq!((d.place.as_deref(), d.text.as_str()), (Some("Osh/Batken"), "OSH/BATKEN (Reuters)"));
        let t = "TERMEZ, Uzbekistan: A border guard was wounded.";
        let d = parse_dateline(t).unwrap();
        assert_eq!((d.place.as_deref(), d.source.as_deref()), (Some("Termez"), None));
        assert_eq!(&t[d.consumed..], "A border guard was wounded.");
        let t = "Khujand, Tajikistan, May 2 (AFP): Two men were held.";
        let d = parse_dateline(t).unwrap();
        assert_eq!((d.place.as_deref(), d.source.as_deref()), (Some("Khujand"), Some("AFP")));
        assert_eq!(d.text, "Khujand, Tajikistan, May 2 (AFP)");
        assert_eq!(&t[d.consumed..], "Two men were held.");
    }

    #[test]
    fn a_place_and_a_colon() {
        let t = "TARAZ: Three men were detained on Monday.";
        let d = parse_dateline(t).unwrap();
        assert_eq!((d.place.as_deref(), d.text.as_str()), (Some("Taraz"), "TARAZ"));
        assert_eq!(&t[d.consumed..], "Three men were detained on Monday.");
        let d = parse_dateline("Aktobe: Gunmen attacked a shop.").unwrap();
        assert_eq!(d.place.as_deref(), Some("Aktobe"));
        for t in [
            "UPDATE: Police said two men were held.",
            "Photo: Police at the scene.",
            "NATO: The alliance said nothing.",
            "Police: Two men were held.",
            "The demands: Free the detainees.",
            "Фото: Пресс-служба МВД",
            "Two Men: A Story of the Steppe",
        ] {
            assert_eq!(parse_dateline(t), None, "{t}");
        }
    }

    #[test]
    fn double_hyphens_and_a_long_bracket() {
        let t = "SEMEY, Kazakhstan -- Fire crews worked all night.";
        let d = parse_dateline(t).unwrap();
        assert_eq!((d.place.as_deref(), d.text.as_str()), (Some("Semey"), "SEMEY, Kazakhstan"));
        assert_eq!(&t[d.consumed..], "Fire crews worked all night.");
        let t = "ASTANA (Steppe Wire / Sputnik - 14th March, 2021) Two men were held.";
        let d = parse_dateline(t).unwrap();
        assert_eq!(d.source.as_deref(), Some("Steppe Wire / Sputnik"));
        assert_eq!(d.date.and_then(|d| d.iso()).as_deref(), Some("2021-03-14"));
        assert_eq!(&t[d.consumed..], "Two men were held.");
    }

    #[test]
    fn a_dateline_that_opens_with_its_date() {
        let t = "Sept 14 (Reuters) - A border guard was killed.";
        let d = parse_dateline(t).unwrap();
        assert_eq!(
            (d.place, d.source.as_deref(), d.text.as_str()),
            (None, Some("Reuters"), "Sept 14 (Reuters)")
        );
        assert_eq!(&t[d.consumed..], "A border guard was killed.");
        assert_eq!(parse_dateline("June 5 - the day it began."), None);
        assert_eq!(parse_dateline("June 5 - The day it began."), None, "a date alone is no dateline");
    }

    #[test]
    fn russian_datelines() {
        assert_eq!(
            parts("АЛМАТЫ, 5 июня. КазТАГ – Полиция задержала троих."),
            (
                s("Алматы"),
                None,
                s("КазТАГ"),
                "АЛМАТЫ, 5 июня. КазТАГ".into(),
                "Полиция задержала троих.".into()
            )
        );
        let t = "Астана. 14 марта. ИНТЕРФАКС-КАЗАХСТАН – Суд вынес приговор.";
        let d = parse_dateline(t).unwrap();
        assert_eq!(d.place.as_deref(), Some("Астана"));
        assert_eq!(d.source.as_deref(), Some("Интерфакс-Казахстан"));
        assert_eq!((d.date.unwrap().month, d.date.unwrap().day), (3, 14));
        assert_eq!(d.text, "Астана. 14 марта. ИНТЕРФАКС-КАЗАХСТАН");
        assert_eq!(&t[d.consumed..], "Суд вынес приговор.");

        let t = "БИШКЕК, 17 мая — РИА Новости. Число задержанных выросло.";
        let d = parse_dateline(t).unwrap();
        assert_eq!((d.place.as_deref(), d.source.as_deref()), (Some("Бишкек"), Some("РИА Новости")));
        assert_eq!(d.text, "БИШКЕК, 17 мая — РИА Новости");
        assert_eq!(&t[d.consumed..], "Число задержанных выросло.");

        let t = "Ош. 2 июня. INTERFAX.RU - Трасса перекрыта.";
        let d = parse_dateline(t).unwrap();
        assert_eq!((d.place.as_deref(), d.source.as_deref()), (Some("Ош"), Some("INTERFAX.RU")));
        assert_eq!(&t[d.consumed..], "Трасса перекрыта.");

        let t = "Бишкек. 8 апреля. INTERFAX.RU - Трасса перекрыта.";
        let d = parse_dateline(t).unwrap();
        assert_eq!((d.place.as_deref(), d.source.as_deref()), (Some("Бишкек"), Some("INTERFAX.RU")));

        let t = "НУР-СУЛТАН. КАЗИНФОРМ — Глава государства провёл совещание.";
        let d = parse_dateline(t).unwrap();
        assert_eq!((d.place.as_deref(), d.source.as_deref()), (Some("Нур-Султан"), Some("Казинформ")));

        let t = "Тараз. 9 апреля. Отдел новостей. Ночью задержаны двое.";
        let d = parse_dateline(t).unwrap();
        assert_eq!((d.place.as_deref(), d.source.as_deref()), (Some("Тараз"), Some("Отдел новостей")));
        assert_eq!(d.text, "Тараз. 9 апреля. Отдел новостей");
        assert_eq!(&t[d.consumed..], "Ночью задержаны двое.");

        let t = "12 марта, Шымкент /Степь-Пресс/. Суд отложил заседание.";
        let d = parse_dateline(t).unwrap();
        assert_eq!((d.place.as_deref(), d.source.as_deref()), (Some("Шымкент"), Some("Степь-Пресс")));
        assert_eq!(&t[d.consumed..], "Суд отложил заседание.");

        let t = "МОСКВА, 3 января. /ТАСС/. Рейс задержан.";
        let d = parse_dateline(t).unwrap();
        assert_eq!((d.place.as_deref(), d.source.as_deref()), (Some("Москва"), Some("ТАСС")));
        assert_eq!(&t[d.consumed..], "Рейс задержан.");
    }

    #[test]
    fn capitals_in_a_sentence_are_not_a_dateline() {
        for t in [
            "NSC officers detained the suspects.",
            "NATO, the EU and Russia – all issued statements.",
            "A group of men attacked the post.",
            "KNB - the security service - said nothing.",
            "I - for one - disagree.",
            "UPDATE: Police said two men were held.",
            "Police, Monday – Nothing happened.",
            "Алматы – крупнейший город страны.",
            "Полиция задержала троих. Суд – в мае.",
            "МВД – главное ведомство.",
            "Nukus, the capital – A city.",
        ] {
            assert_eq!(parse_dateline(t), None, "{t}");
        }
    }

    #[test]
    fn a_byline_glued_before_a_dateline() {
        let t = "By Aliya Bekova and Sam Roe ALMATY/TARAZ (Reuters) - Two men were held.";
        let (name, d) = byline_then_dateline(t).unwrap();
        assert_eq!(name, "Aliya Bekova and Sam Roe");
        assert_eq!(d.place.as_deref(), Some("Almaty/Taraz"));
        assert_eq!(&t[d.consumed..], "Two men were held.");
        assert_eq!(byline_then_dateline("By Monday NSC officers had left - nobody knew."), None);
    }
}
