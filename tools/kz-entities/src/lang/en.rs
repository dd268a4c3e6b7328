//! English: the word lists and the rules that find and type the names no
//! list has from their English context (titles, roles, head words such as
//! Ministry or Square, `in X`, `the city of X`).

use std::sync::LazyLock;

use crate::gazetteer::Kind;
use crate::recognize::{
    is, surface, title_case_run, unknown, Recognizer, Remembered, Span, WordSet, UNCOVERED,
};
use crate::skeleton::Skeletons;
use crate::tokens::{tokenize, Sep, Token};

pub(crate) static MONTHS_AND_DAYS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ])
});

/// Capitalised words that never name anything by themselves.
pub(crate) static NEVER: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "tv", "i", "internet", "ok", "am", "pm", "gmt", "utc", "kzt", "usd", "eur", "rub", "covid", "sms",
        "gps", "id", "ps", "url", "http", "https", "www", "god",
        // Languages ("in English") are not places.
        "english", "french", "spanish", "arabic", "persian", "latin", "german", "chinese", "turkish",
    ])
});

/// Common words that start sentences; stripped from the front of a run.
pub(crate) static STARTERS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "after",
        "before",
        "during",
        "among",
        "according",
        "as",
        "but",
        "and",
        "or",
        "if",
        "when",
        "while",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "you",
        "our",
        "their",
        "his",
        "her",
        "there",
        "here",
        "some",
        "many",
        "most",
        "all",
        "several",
        "dozens",
        "hundreds",
        "thousands",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "meanwhile",
        "however",
        "also",
        "earlier",
        "later",
        "then",
        "now",
        "today",
        "yesterday",
        "since",
        "despite",
        "for",
        "from",
        "with",
        "without",
        "by",
        "to",
        "of",
        "under",
        "over",
        "both",
        "each",
        "every",
        "no",
        "not",
        "only",
        "police",
        "authorities",
        "officials",
        "investigators",
        "witnesses",
        "protesters",
        "residents",
        "local",
        "foreign",
        "public",
        "social",
        "read",
        "please",
        "source",
        "who",
        "what",
        "where",
        "why",
        "how",
        "such",
        "other",
        "another",
        "last",
        "next",
        "so",
        "yet",
        "thus",
        "still",
        "even",
        "just",
        "nearly",
        "about",
        "around",
        "more",
        "less",
        "further",
        "near",
        "outside",
        "between",
        "unlike",
        "like",
        "regional",
        "unknown",
        "armed",
        "share",
        "subscribe",
        "follow",
        "photo",
        "video",
        "updated",
        "breaking",
        "exclusive",
        "do",
        "did",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "should",
        "must",
        "let",
        "see",
        "via",
        "why",
        "yes",
        "those",
        "thanks",
        "thank",
    ])
});

/// Capitalised function words that start no name (`The`, `In`).
pub(crate) static FUNCTION_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "of",
        "for",
        "by",
        "to",
        "as",
        "and",
        "or",
        "but",
        "from",
        "with",
        "after",
        "before",
        "during",
        "since",
        "near",
        "among",
        "according",
        "this",
        "that",
        "these",
        "those",
    ])
});

/// Titles and roles inside a capitalised run: what follows them is a person.
pub(crate) static TITLES: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "president",
        "minister",
        "premier",
        "prime",
        "chairman",
        "chairwoman",
        "chair",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "head",
        "deputy",
        "director",
        "chief",
        "secretary",
        "ambassador",
        "governor",
        "mayor",
        "akim",
        "commander",
        "general",
        "gen",
        "colonel",
        "col",
        "major",
        "maj",
        "lieutenant",
        "lt",
        "captain",
        "capt",
        "sergeant",
        "sgt",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "professor",
        "prosecutor",
        "judge",
        "senator",
        "speaker",
        "envoy",
        "sheikh",
        "imam",
        "mufti",
        "king",
        "queen",
        "prince",
        "pope",
        "patriarch",
        "vice",
        "first",
        "acting",
        "former",
        "ex",
        "interior",
        "defense",
        "defence",
        "foreign",
        "justice",
        "health",
        "finance",
        "energy",
        "education",
        "information",
        "emergency",
        "emergencies",
        "economy",
        "state",
        "agriculture",
        "officer",
        "inspector",
        "investigator",
        "attorney",
        "leader",
        "editor",
        "correspondent",
        "activist",
        "lawyer",
        "businessman",
        "businesswoman",
    ])
});

/// Lower-case words just before a name that make it a person.
pub(crate) static ROLES: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "businessman",
        "businesswoman",
        "president",
        "minister",
        "chairman",
        "chairwoman",
        "head",
        "deputy",
        "director",
        "representative",
        "journalist",
        "activist",
        "lawyer",
        "blogger",
        "leader",
        "commander",
        "officer",
        "colonel",
        "general",
        "akim",
        "mayor",
        "governor",
        "prosecutor",
        "judge",
        "resident",
        "citizen",
        "singer",
        "poet",
        "writer",
        "analyst",
        "expert",
        "senator",
        "ambassador",
        "envoy",
        "correspondent",
        "editor",
        "founder",
        "oligarch",
        "tycoon",
        "banker",
        "politician",
        "official",
        "chief",
        "secretary",
        "investigator",
        "advocate",
        "imam",
        "priest",
        "student",
        "teacher",
        "doctor",
        "driver",
        "worker",
        "miner",
        "pensioner",
        "suspect",
        "defendant",
        "victim",
        "witness",
        "named",
        "sergeant",
        "lieutenant",
        "captain",
        "major",
        "mp",
        "aide",
        "adviser",
        "advisor",
        "economist",
        "defender",
        "dissident",
        // kin and allies: `X, the nephew of Y,`
        "nephew",
        "niece",
        "son",
        "daughter",
        "brother",
        "sister",
        "wife",
        "husband",
        "widow",
        "father",
        "mother",
        "cousin",
        "grandson",
        "granddaughter",
        "ally",
        "associate",
        "supporter",
        "photographer",
        "cameraman",
        "reporter",
        "researcher",
        "professor",
        "scientist",
        "mr",
        "mrs",
        "ms",
        "dr",
    ])
});

/// Verbs of saying after a name of two words or more.
pub(crate) const SAYS: &[&str] =
    &["said", "says", "told", "added", "stated", "noted", "explained", "stressed", "recalled"];

/// Words that make a capitalised run an organisation.
pub(crate) static ORG_HEADS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "ministry",
        "committee",
        "council",
        "agency",
        "army",
        "front",
        "party",
        "service",
        "services",
        "department",
        "directorate",
        "bureau",
        "commission",
        "court",
        "guard",
        "guards",
        "forces",
        "force",
        "secretariat",
        "organization",
        "organisation",
        "movement",
        "brigade",
        "battalion",
        "regiment",
        "corps",
        "akimat",
        "parliament",
        "assembly",
        "bank",
        "company",
        "corporation",
        "university",
        "academy",
        "institute",
        "association",
        "foundation",
        "fund",
        "newspaper",
        "radio",
        "jamaat",
        "brotherhood",
        "network",
        "alliance",
        "coalition",
        "club",
        "authority",
        "inspectorate",
        "union",
        "federation",
        "group",
        "inc",
        "ltd",
        "llc",
        "jsc",
        "office",
        "administration",
        "police",
        "troops",
    ])
});

/// Last words that make a capitalised run a building or other facility.
pub(crate) static FAC_HEADS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "square",
        "street",
        "avenue",
        "prospekt",
        "prospect",
        "boulevard",
        "highway",
        "road",
        "airport",
        "hospital",
        "clinic",
        "mosque",
        "church",
        "cathedral",
        "stadium",
        "arena",
        "palace",
        "station",
        "prison",
        "colony",
        "market",
        "bazaar",
        "bridge",
        "park",
        "plaza",
        "hotel",
        "tower",
        "mall",
        "embassy",
        "consulate",
        "checkpoint",
        "cosmodrome",
        "terminal",
        "cemetery",
        "monument",
        "museum",
        "theatre",
        "theater",
    ])
});

/// Words after a run that make it an organisation (`MIR TV channel`).
pub(crate) static ORG_AFTER: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "channel",
        "agency",
        "newspaper",
        "portal",
        "website",
        "outlet",
        "broadcaster",
        "party",
        "movement",
        "group",
        "organization",
        "organisation",
        "company",
        "bank",
        "newswire",
    ])
});

/// Words after a run that make it a region; kept in the mention.
pub(crate) const REGION_AFTER_KEPT: &[&str] = &["oblast", "oblysy", "krai", "kray"];
/// Words after a run that make it a region or place; left out of the mention.
pub(crate) const PLACE_AFTER: &[&str] =
    &["region", "district", "province", "city", "town", "village", "settlement", "raion", "rayon", "county"];
/// Words before a run that make it a place (`in X`, `near X`).
pub(crate) const PLACE_BEFORE: &[&str] = &["in", "near", "outside"];
/// Nouns that, followed by `of`, make what comes next a place (`the city of X`).
pub(crate) const PLACE_OF: &[&str] = &["city", "town", "village", "settlement", "district", "region"];

/// Endings of Kazakh, Russian, Armenian and Ukrainian surnames.
pub(crate) const SURNAME_ENDINGS: &[&str] = &[
    "ov", "ev", "ova", "eva", "uly", "kyzy", "qyzy", "yan", "ian", "enko", "bek", "bekov", "ovich", "evich",
    "ovna", "evna", "sky", "skiy", "skaya", "in", "ina",
];

impl Recognizer {
    /// Known names refined by their English context.
    pub(crate) fn refine_known_en(&mut self, text: &str, tokens: &[Token]) {
        // A known body or square preceded by capitalised words no list has
        // is part of a longer name (`Collective Security Council`); a Kazakh
        // body named with another country is that country's (`US Senate`).
        for s in 0..self.spans.len() {
            let span = self.spans[s].clone();
            // `Aidar Kassymov` is not Kalmukhanbet Kassymov; `Madina Seitova`
            // is a person, not the city of Medina.
            if span.last - span.first == 1 && matches!(span.kind, Kind::Person | Kind::Gpe) {
                let before_name = span.first > 0
                    && tokens[span.first].sep == Sep::Space
                    && !tokens[span.first - 1].possessive
                    && self.covered[span.first - 1] == UNCOVERED
                    && title_case_run(text, tokens, span.first - 1, span.first)
                    && !STARTERS.contains(tokens[span.first - 1].text(text))
                    && !TITLES.contains(tokens[span.first - 1].text(text))
                    && !MONTHS_AND_DAYS.contains(tokens[span.first - 1].text(text));
                let after_surname = tokens.get(span.last).is_some_and(|t| {
                    t.sep == Sep::Space
                        && !tokens[span.last - 1].possessive
                        && self.covered[span.last] == UNCOVERED
                        && title_case_run(text, tokens, span.last, span.last + 1)
                        && (has_surname_ending(t.text(text)) || role_after(text, tokens, span.last + 1))
                });
                let foreign_or_weak = span.entry.is_some_and(|e| {
                    let e = self.gazetteer.entry(e);
                    e.kind == Kind::Gpe && (e.weak || e.country.as_deref() != Some("KZ"))
                });
                if (span.kind == Kind::Person && before_name) || (foreign_or_weak && after_surname) {
                    self.drop_span(s as u32);
                    continue;
                }
            }
            if !matches!(span.kind, Kind::Org | Kind::Fac) || span.first == 0 {
                continue;
            }
            let p = span.first - 1;
            if tokens[span.first].sep != Sep::Space || tokens[p].possessive {
                continue;
            }
            let before = tokens[p].text(text);
            if self.covered[p] == UNCOVERED {
                if name_word(text, &tokens[p]) && !STARTERS.contains(before) && !TITLES.contains(before) {
                    self.drop_span(s as u32);
                }
            } else if let Some(entry) = span.entry {
                let other = &self.spans[self.covered[p] as usize];
                let foreign = other.entry.is_some_and(|o| {
                    let o = self.gazetteer.entry(o);
                    (o.kind == Kind::Gpe && o.country.as_deref().is_some_and(|c| c != "KZ"))
                        || (o.kind == Kind::Norp && o.name != "Kazakh")
                });
                if self.gazetteer.entry(entry).kazakh_body && foreign && other.last == span.first {
                    let first = other.first;
                    let other_index = self.covered[p];
                    self.drop_span(other_index);
                    self.drop_span(s as u32);
                    let name = surface(text, tokens, first, span.last);
                    self.push(Span {
                        first,
                        last: span.last,
                        kind: Kind::Org,
                        entry: None,
                        name: Some(name),
                        id: None,
                        live: true,
                    });
                }
            }
        }
    }

    /// Pass 2: capitalised runs that no list has, typed from their context.
    pub(crate) fn unknown_names(&mut self, text: &str, tokens: &[Token], headline: bool) {
        let n = tokens.len();
        let mut i = 0;
        while i < n {
            if self.covered[i] != UNCOVERED || !name_word(text, &tokens[i]) {
                i += 1;
                continue;
            }
            let mut b = i + 1;
            while b < n
                && self.covered[b] == UNCOVERED
                && matches!(tokens[b].sep, Sep::Space | Sep::Hyphen)
                && !tokens[b - 1].possessive
                && name_word(text, &tokens[b])
                && !FUNCTION_WORDS.contains(tokens[b].text(text))
            {
                b += 1;
            }
            self.unknown_run(text, tokens, i, b, headline);
            i = b;
        }
    }

    fn unknown_run(&mut self, text: &str, tokens: &[Token], a: usize, b: usize, headline: bool) {
        let mut a = a;
        if self.short_form(tokens, a, b) {
            return;
        }
        if headline {
            return;
        }
        // Sentence starters at the start of a sentence, articles and
        // prepositions anywhere (`The`, `In` of `In Almaty`).
        while a < b
            && ((tokens[a].initial && STARTERS.contains(tokens[a].text(text)))
                || (a + 1 < b && FUNCTION_WORDS.contains(tokens[a].text(text))))
        {
            a += 1;
        }
        // A title before the name (`Interior Minister X`) unless an
        // organisation word comes after it (`Jambyl Defence Front`).
        let mut titled = false;
        let last_head = (a..b).rev().find(|&k| ORG_HEADS.contains(tokens[k].text(text)));
        // A role word opening a sentence is a title too (`Journalist X was
        // detained`, `Activists X and Y left`).
        // A plural only before a name with a surname ending (not `Doctors
        // Without Borders`).
        let opening_role = |t: usize| {
            let w = tokens[t].text(text);
            t == a
                && tokens[t].initial
                && (ROLES.contains(w) || (role_word(w) && has_surname_ending(tokens[b - 1].text(text))))
        };
        if let Some(t) = (a..b).rev().find(|&t| TITLES.contains(tokens[t].text(text)) || opening_role(t)) {
            if !matches!(last_head, Some(h) if h > t) {
                titled = true;
                a = t + 1;
            }
        }
        if a >= b {
            return;
        }
        if self.short_form(tokens, a, b) {
            return;
        }
        let lone_initial = b - a == 1 && tokens[a].initial;
        let words = |from: usize, to: usize| (from..to).map(|k| tokens[k].text(text));
        let has_org_head = words(a, b).any(|w| ORG_HEADS.contains(w));
        let fac_head = FAC_HEADS.contains(tokens[b - 1].text(text));
        let next = |k: usize| tokens.get(k).filter(|t| t.sep == Sep::Space && !tokens[k - 1].possessive);
        let next_word = |k: usize| next(k).map(|t| t.text(text)).unwrap_or("");

        if has_org_head && !titled {
            let (first, last, absorbed) = self.extend_org(text, tokens, a, b);
            if last - first == 1 {
                return; // a lone `Office` or `Department` names nothing
            }
            let (name, id) = match absorbed {
                Some(r) => (r.name, r.id),
                None => (surface(text, tokens, first, last), None),
            };
            let remembered = Remembered { kind: Kind::Org, name: name.clone(), id: id.clone() };
            self.push(Span { first, last, kind: Kind::Org, entry: None, name: Some(name), id, live: true });
            self.remember_acronym(text, tokens, last, remembered);
            return;
        }
        if fac_head && !titled {
            let first = self.absorb_left(tokens, a, &[Kind::Gpe, Kind::Norp, Kind::Person]);
            if b - first == 1 {
                return; // a lone `Embassy` or `Square` names nothing
            }
            let name = surface(text, tokens, first, b);
            self.push(unknown(first, b, Kind::Fac, name));
            return;
        }
        // X oblast (kept), X region (left out).
        if is(next_word(b), REGION_AFTER_KEPT) && title_case_run(text, tokens, a, b) {
            let name = format!("{} Oblast", surface(text, tokens, a, b));
            self.push(unknown(a, b + 1, Kind::Gpe, name));
            return;
        }
        if is(next_word(b), PLACE_AFTER) && title_case_run(text, tokens, a, b) {
            let name = surface(text, tokens, a, b);
            self.push(unknown(a, b, Kind::Gpe, name));
            return;
        }
        // MIR TV channel, Steppe news agency.
        let mut k = b;
        if next_word(k).eq_ignore_ascii_case("tv") || next_word(k).eq_ignore_ascii_case("news") {
            k += 1;
        }
        if k < tokens.len() && ORG_AFTER.contains(next_word(k)) {
            let name = surface(text, tokens, a, b);
            self.push(unknown(a, b, Kind::Org, name));
            return;
        }
        if !title_case_run(text, tokens, a, b) || b - a > 4 {
            return;
        }
        let role_before = a > 0
            && !titled
            && tokens[a].sep == Sep::Space
            && role_word(tokens[a - 1].text(text))
            && !tokens[a - 1].cap;
        let says_after = b - a >= 2 && is(next_word(b), SAYS);
        // `Askar Uzakbayuly Mamin`, `Serik Kairatovich Bolatov`: a patronymic
        // between two names.
        let patronymic = b - a >= 3 && (a + 1..b - 1).any(|k| is_patronymic(tokens[k].text(text)));
        let person = titled || role_before || says_after || patronymic || role_after(text, tokens, b);
        if person && !(lone_initial && !titled && !role_after(text, tokens, b)) {
            self.push_person(text, tokens, a, b);
            return;
        }
        if lone_initial {
            return;
        }
        if place_cue(text, tokens, a, b) && b - a <= 3 {
            let name = surface(text, tokens, a, b);
            self.push(unknown(a, b, Kind::Gpe, name));
            return;
        }
        if (2..=3).contains(&(b - a)) && has_surname_ending(tokens[b - 1].text(text)) {
            self.push_person(text, tokens, a, b);
        }
    }

    /// A person not in the gazetteer as written; remembered by surname. With
    /// a patronymic left out, the name may be a known person's
    /// (`Kassym-Jomart Kemeluly Tokayev`).
    fn push_person(&mut self, text: &str, tokens: &[Token], a: usize, b: usize) {
        if let Some(entry) = self.known_without_patronymic(text, tokens, a, b) {
            let e = self.gazetteer.entry(entry);
            let r = Remembered { kind: Kind::Person, name: e.name.clone(), id: e.id.clone() };
            self.memory.insert(tokens[b - 1].hash, r);
            self.push(Span {
                first: a,
                last: b,
                kind: Kind::Person,
                entry: Some(entry),
                name: None,
                id: None,
                live: true,
            });
            return;
        }
        let name = surface(text, tokens, a, b);
        if b - a >= 2 {
            self.memory
                .insert(tokens[b - 1].hash, Remembered { kind: Kind::Person, name: name.clone(), id: None });
        }
        self.push(unknown(a, b, Kind::Person, name));
    }

    /// The known person named by words `a..b` without their patronymic.
    fn known_without_patronymic(&self, text: &str, tokens: &[Token], a: usize, b: usize) -> Option<u32> {
        let k = (a + 1..b.checked_sub(1)?).find(|&k| is_patronymic(tokens[k].text(text)))?;
        // Rare: a patronymic in an unknown name. The allocations are fine here.
        let reduced = format!("{} {}", surface(text, tokens, a, k), surface(text, tokens, k + 1, b));
        let mut toks = Vec::new();
        tokenize(&reduced, &mut toks, &mut Skeletons::uncached());
        let m = self.gazetteer.longest_at(&reduced, &toks, 0)?;
        (m.last == toks.len() && self.gazetteer.entry(m.entry).kind == Kind::Person).then_some(m.entry)
    }

    /// An organisation run takes `of`/`for (the)` and the names after it
    /// (`Army for the Liberation of Kazakhstan`), and a country, group or
    /// body just before it (`Russian Air Force`, `CSTO Secretariat`).
    fn extend_org(
        &mut self,
        text: &str,
        tokens: &[Token],
        a: usize,
        b: usize,
    ) -> (usize, usize, Option<Remembered>) {
        let mut last = b;
        while let Some(c) = tokens.get(last) {
            if tokens[last - 1].possessive || c.sep != Sep::Space || !is(c.text(text), &["of", "for", "on"]) {
                break;
            }
            let mut k = last + 1;
            if tokens.get(k).is_some_and(|t| t.sep == Sep::Space && t.text(text) == "the") {
                k += 1;
            }
            let Some(t) = tokens.get(k) else { break };
            if t.sep != Sep::Space || !t.cap {
                break;
            }
            let cover = self.covered[k];
            if cover != UNCOVERED {
                let span = &self.spans[cover as usize];
                if span.first != k || !matches!(span.kind, Kind::Gpe | Kind::Loc | Kind::Org) {
                    break;
                }
                last = span.last;
                self.drop_span(cover);
            } else if name_word(text, t) {
                let mut e = k + 1;
                while e < tokens.len()
                    && self.covered[e] == UNCOVERED
                    && tokens[e].sep == Sep::Space
                    && !tokens[e - 1].possessive
                    && name_word(text, &tokens[e])
                {
                    e += 1;
                }
                last = e;
            } else {
                break;
            }
        }
        let mut absorbed = None;
        let first = if a > 0
            && tokens[a].sep == Sep::Space
            && !tokens[a - 1].possessive
            && self.covered[a - 1] != UNCOVERED
        {
            let s = self.covered[a - 1];
            let span = self.spans[s as usize].clone();
            if span.last == a && matches!(span.kind, Kind::Norp | Kind::Gpe | Kind::Org | Kind::Person) {
                if span.kind == Kind::Org {
                    absorbed = span.entry.map(|e| {
                        let e = self.gazetteer.entry(e);
                        Remembered { kind: Kind::Org, name: e.name.clone(), id: e.id.clone() }
                    });
                }
                self.drop_span(s);
                span.first
            } else {
                a
            }
        } else {
            a
        };
        (first, last, absorbed)
    }

    fn absorb_left(&mut self, tokens: &[Token], a: usize, kinds: &[Kind]) -> usize {
        if a == 0 || tokens[a].sep != Sep::Space || tokens[a - 1].possessive {
            return a;
        }
        let s = self.covered[a - 1];
        if s == UNCOVERED {
            return a;
        }
        let span = &self.spans[s as usize];
        if span.last == a && kinds.contains(&span.kind) {
            let first = span.first;
            self.drop_span(s);
            first
        } else {
            a
        }
    }
}

/// `Zhaksybekov`, `Seitova`, `Pashinyan`, `Kaliyev`.
/// A Kazakh or Russian patronymic: `Kemeluly`, `Abishevich`, `Nurlanovna`, `Serikkyzy`.
pub(crate) fn is_patronymic(word: &str) -> bool {
    let w = word.as_bytes();
    let ends = |suffix: &str| {
        w.len() > suffix.len() + 2 && w[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
    ends("uly")
        || ends("ulu")
        || ends("kyzy")
        || ends("qyzy")
        || ends("ovich")
        || ends("evich")
        || ends("ovna")
        || ends("evna")
}

/// A word of [`ROLES`], or its plural (`activists X and Y`).
pub(crate) fn role_word(word: &str) -> bool {
    ROLES.contains(word) || (word.len() > 3 && word.ends_with('s') && ROLES.contains(&word[..word.len() - 1]))
}

pub(crate) fn has_surname_ending(word: &str) -> bool {
    let last = word.to_lowercase();
    SURNAME_ENDINGS.iter().any(|e| last.ends_with(e) && last.len() > e.len() + 2)
}

/// A word that can be part of a name: capitalised, not a month, weekday or
/// one of the words that never name anything.
pub(crate) fn name_word(text: &str, t: &Token) -> bool {
    let w = t.text(text);
    t.cap && !MONTHS_AND_DAYS.contains(w) && !NEVER.contains(w)
}

/// `in X`, `near X`, `the city of X`, `X district`.
pub(crate) fn place_cue(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    let before = |k: usize| tokens.get(k).filter(|t| !t.cap && !t.possessive).map(|t| t.text(text));
    let direct = a > 0 && tokens[a].sep == Sep::Space;
    if direct {
        if before(a - 1).is_some_and(|w| is(w, PLACE_BEFORE)) {
            return true;
        }
        if a > 1
            && before(a - 1) == Some("of")
            && tokens[a - 1].sep == Sep::Space
            && before(a - 2).is_some_and(|w| is(w, PLACE_OF))
        {
            return true;
        }
    }
    tokens.get(b).is_some_and(|t| {
        t.sep == Sep::Space && !tokens[b - 1].possessive && !t.cap && is(t.text(text), PLACE_AFTER)
    })
}

/// `X, the deputy head of …`, `X, an official representative`.
pub(crate) fn role_after(text: &str, tokens: &[Token], b: usize) -> bool {
    let Some(t) = tokens.get(b) else {
        return false;
    };
    let between = &text[tokens[b - 1].end..t.start];
    if between.trim() != "," {
        return false;
    }
    for (k, t) in tokens.iter().enumerate().skip(b).take(5) {
        if k > b && t.sep != Sep::Space {
            return false;
        }
        let w = t.text(text);
        if ROLES.contains(w) {
            return true;
        }
        if t.cap && !TITLES.contains(w) {
            return false;
        }
    }
    false
}

/// A short line in title case (`Gunmen Attack Police Post Near Shymkent`).
pub(crate) fn looks_like_headline(text: &str, tokens: &[Token]) -> bool {
    if tokens.len() < 3 || tokens.len() > 20 || text.trim_end().ends_with(['.', '”', '"']) {
        return false;
    }
    let long: Vec<&Token> = tokens.iter().filter(|t| t.end - t.start > 3 && !t.digit).collect();
    long.len() >= 3 && long.iter().filter(|t| t.cap).count() * 10 >= long.len() * 8
}
