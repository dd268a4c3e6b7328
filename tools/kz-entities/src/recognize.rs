//! Finding the mentions in one text: first every name the gazetteer knows,
//! then capitalised sequences it does not know, typed from their context.
//! Within one document, a short form takes the canonical name of the full
//! form seen earlier.

use crate::gazetteer::{FastMap, Gazetteer, Kind};
use kz_shared::lang::{detect, Lang};

use crate::gazetteer::Alternatives;
use crate::lang::en::{looks_like_headline, place_cue, MONTHS_AND_DAYS, REGION_AFTER_KEPT};
use crate::lang::ru::cache::LemmaHashes;
use crate::lang::ru::place_cue_ru;
use crate::skeleton::Skeletons;
use crate::tokens::{tokenize, Sep, Token};
pub(crate) use crate::wordset::{is, WordSet};

/// One mention, with byte offsets into the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub name: String,
    pub id: Option<String>,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// The gazetteer entry whose name, id, country and coordinates the
    /// mention carries unchanged (none once any of them is changed): its
    /// JSON is then written once and copied (see `annotate`).
    pub entry: Option<u32>,
}

/// What a document's earlier full name tells about a later short form.
#[derive(Debug, Clone)]
pub(crate) struct Remembered {
    pub(crate) kind: Kind,
    pub(crate) name: String,
    pub(crate) id: Option<String>,
}

/// A candidate span over words `first..last`.
#[derive(Debug, Clone)]
pub(crate) struct Span {
    pub(crate) first: usize,
    pub(crate) last: usize,
    pub(crate) kind: Kind,
    /// The gazetteer entry, when the span is a known name.
    pub(crate) entry: Option<u32>,
    /// The canonical name when it is not the entry's (unknown names, short
    /// forms, derived regions; with an entry: the entry renamed by its
    /// context, keeping its country).
    pub(crate) name: Option<String>,
    pub(crate) id: Option<String>,
    /// Dropped spans stay in the list (indexes are kept stable).
    pub(crate) live: bool,
}

pub struct Recognizer {
    pub(crate) gazetteer: Gazetteer,
    pub(crate) tokens: Vec<Token>,
    pub(crate) skeletons: Skeletons,
    pub(crate) spans: Vec<Span>,
    pub(crate) covered: Vec<u32>,
    pub(crate) memory: FastMap<Remembered>,
    /// People of the document by the given name of their full name.
    pub(crate) given: FastMap<Remembered>,
    /// Nominatives of the declined Cyrillic words of the text at hand.
    pub(crate) alts: Alternatives,
    /// The nominatives of Cyrillic words seen before.
    lemmas: LemmaHashes,
    /// The text at hand has a lower-case word that ends a body's name
    /// (`Token::head`).
    pub(crate) body_heads: bool,
    /// The text at hand has a site's name (`Token::domain`) or a word in
    /// capitals (an acronym, perhaps in brackets).
    domains: bool,
    acronyms: bool,
    /// Places the document has named so far, by country code: which
    /// country's a body named without one is (`the Interior Ministry` of a
    /// report on Kyrgyzstan is Kyrgyzstan's).
    pub(crate) countries: Vec<([u8; 2], u32)>,
    /// Which mentions of the text at hand are Kazakh bodies (1) or bodies
    /// several countries have (2) (reused).
    kazakh_bodies: Vec<u8>,
    /// The live spans in text order (reused).
    order: Vec<usize>,
}

pub(crate) const UNCOVERED: u32 = u32::MAX;

impl Recognizer {
    pub fn new(gazetteer: Gazetteer) -> Self {
        Recognizer {
            gazetteer,
            tokens: Vec::new(),
            skeletons: Skeletons::default(),
            spans: Vec::new(),
            covered: Vec::new(),
            memory: FastMap::default(),
            given: FastMap::default(),
            alts: Alternatives::default(),
            lemmas: LemmaHashes::default(),
            body_heads: false,
            domains: false,
            acronyms: false,
            countries: Vec::new(),
            kazakh_bodies: Vec::new(),
            order: Vec::new(),
        }
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Forget the names of the previous document.
    pub fn new_document(&mut self) {
        self.memory.clear();
        self.given.clear();
        self.countries.clear();
    }

    /// The mentions of `text`, in text order, by the rules of the language
    /// [`detect`] finds. A headline (title case) gives only the names the
    /// gazetteer or the document already knows.
    pub fn find(&mut self, text: &str, headline: bool) -> Vec<Mention> {
        self.find_in(text, headline, detect(text))
    }

    /// The mentions of `text`, in text order, by the rules of `lang` (the
    /// record's `lang` field): names no list has are typed from English or
    /// Russian context words; known names, and the declined forms of
    /// Cyrillic ones, are found in either. Kazakh text takes the Russian
    /// rules; for a text too short to tell, its script decides.
    pub fn find_in(&mut self, text: &str, headline: bool, lang: Lang) -> Vec<Mention> {
        let mut mentions = self.find_in_sparse(text, headline, lang);
        for m in &mut mentions {
            self.fill(m);
        }
        mentions
    }

    /// [`Recognizer::find_in`], but a mention of a gazetteer entry (one with
    /// `entry`) comes without the entry's name, id, country and coordinates
    /// (see [`Recognizer::fill`]): the annotator writes them from the JSON it
    /// keeps by entry, and copying them into each mention cost more than the
    /// rest of the mention.
    pub(crate) fn find_in_sparse(&mut self, text: &str, headline: bool, lang: Lang) -> Vec<Mention> {
        let mut tokens = std::mem::take(&mut self.tokens);
        tokenize(text, &mut tokens, &mut self.skeletons);
        let russian = match lang {
            Lang::Ru | Lang::Kk => true,
            Lang::En => false,
            Lang::Unknown => tokens.iter().filter(|t| t.cyr).count() * 2 > tokens.len(),
        };
        self.alternatives(text, &tokens);
        let headline = headline || (!russian && looks_like_headline(text, &tokens));
        self.spans.clear();
        self.covered.clear();
        self.covered.resize(tokens.len(), UNCOVERED);
        self.known_names(text, &tokens, russian);
        if russian {
            self.unknown_names_ru(text, &tokens, headline);
        } else {
            self.unknown_names(text, &tokens, headline);
        }
        if self.domains {
            self.domain_names(text, &tokens);
        }
        if self.acronyms {
            self.acronyms_in_brackets(text, &tokens);
        }
        let mentions = self.mentions(text, &tokens, true, true);
        self.tokens = tokens;
        mentions
    }

    /// Gives a mention of a gazetteer entry that [`Recognizer::find_in_sparse`]
    /// left without them the entry's name, id, country (of a place) and
    /// coordinates; other mentions are left as they are.
    pub(crate) fn fill(&self, m: &mut Mention) {
        if let Some(entry) = m.entry {
            let e = self.gazetteer.entry(entry);
            m.name.clone_from(&e.name);
            m.id.clone_from(&e.id);
            m.country = e.country.clone().filter(|_| e.kind.is_place());
            m.lat = e.lat;
            m.lon = e.lon;
        }
    }

    /// A site's name no list has (`78.ru`, `Kaktus.media`): an outlet.
    #[inline(never)]
    fn domain_names(&mut self, text: &str, tokens: &[Token]) {
        for (k, t) in tokens.iter().enumerate().filter(|(_, t)| t.domain) {
            // Not a web address (`pic.twitter.com/…`, `https://…`) nor a handle.
            let in_address = text[..t.start].ends_with(['/', '.', '@']) || text[t.end..].starts_with('/');
            if t.domain && self.covered[k] == UNCOVERED && !in_address && is_domain_name(t.text(text)) {
                self.push(unknown(k, k + 1, Kind::Org, t.text(text).to_string()));
            }
        }
    }

    /// `(CPJ)`, `(ГКНБ)`: an acronym in brackets no list has names the
    /// body of the same sentence before it whose words it abbreviates,
    /// even with other words between (`the Association for Human Rights in
    /// Central Asia, a group based in Paris (AHRCA)`).
    #[inline(never)]
    fn acronyms_in_brackets(&mut self, text: &str, tokens: &[Token]) {
        if !text.contains('(') {
            return;
        }
        for k in 1..tokens.len() {
            let t = &tokens[k];
            if !t.upper || self.covered[k] != UNCOVERED {
                continue;
            }
            let open = text[tokens[k - 1].end..t.start].trim_end().ends_with('(');
            if !open || !text[t.end..].starts_with(')') {
                continue;
            }
            let acronym: Vec<char> = t.text(text).chars().flat_map(char::to_lowercase).collect();
            // The nearest body before it in the sentence whose initials hold the acronym.
            let mut j = k;
            let mut found = None;
            while j > 0 && found.is_none() {
                j -= 1;
                if tokens[j + 1].initial {
                    break;
                }
                let c = self.covered[j];
                if c == UNCOVERED {
                    continue;
                }
                let span = &self.spans[c as usize];
                if span.kind != Kind::Org {
                    continue;
                }
                let initials: Vec<char> = (span.first..span.last)
                    .filter(|&w| tokens[w].cap)
                    .filter_map(|w| tokens[w].text(text).chars().next())
                    .flat_map(char::to_lowercase)
                    .collect();
                if abbreviates(&acronym, &initials) {
                    found = Some(c);
                }
                j = span.first;
            }
            let Some(c) = found else { continue };
            let span = self.spans[c as usize].clone();
            let (name, id) = match span.entry {
                Some(e) => {
                    let e = self.gazetteer.entry(e);
                    (e.name.clone(), e.id.clone())
                }
                None => (span.name.clone().unwrap_or_default(), span.id.clone()),
            };
            let r = Remembered { kind: Kind::Org, name: name.clone(), id: id.clone() };
            self.memory.insert(t.hash, r);
            self.push(Span {
                first: k,
                last: k + 1,
                kind: Kind::Org,
                entry: None,
                name: Some(name),
                id,
                live: true,
            });
        }
    }

    /// The nominatives each declined Cyrillic word may stand for.
    fn alternatives(&mut self, text: &str, tokens: &[Token]) {
        self.alts.clear();
        let (mut cyr, mut head, mut domain, mut upper) = (false, false, false, false);
        for t in tokens {
            cyr |= t.cyr;
            head |= t.head;
            domain |= t.domain;
            upper |= t.upper;
        }
        self.body_heads = head;
        self.domains = domain;
        self.acronyms = upper;
        if !cyr {
            return;
        }
        let (alts, skeletons, lemmas) = (&mut self.alts, &mut self.skeletons, &mut self.lemmas);
        for t in tokens {
            alts.next_token();
            if t.cyr {
                lemmas.for_each(t.text(text), skeletons, |h| alts.push(h));
            }
        }
    }

    /// The mentions of a wire dateline (`BISHKEK (Reuters) -`, `Almaty`,
    /// `АЛМАТЫ, 5 июня. КазТАГ –`): its known names, and for the rest, the
    /// first capitalised run is the place it was filed from (GPE, its name
    /// in title case) and any later run the agency (ORG). Words in capitals
    /// count as capitalised here. The document's memory is left alone.
    pub fn find_dateline(&mut self, text: &str) -> Vec<Mention> {
        self.find_metadata(text, true)
    }

    /// The mentions of a `source` field (`Reuters`, `The Moscow Times`,
    /// `By Joanna Smith for Eurasianet`, the agency a wire dateline gave):
    /// known names, and the rest an outlet (ORG), or the writer (PERSON)
    /// for a name of two or three words after `By`.
    pub fn find_source(&mut self, text: &str) -> Vec<Mention> {
        self.find_metadata(text, false)
    }

    #[inline(never)]
    fn find_metadata(&mut self, text: &str, place_first: bool) -> Vec<Mention> {
        let mut tokens = std::mem::take(&mut self.tokens);
        tokenize(text, &mut tokens, &mut self.skeletons);
        self.spans.clear();
        self.covered.clear();
        self.covered.resize(tokens.len(), UNCOVERED);
        let memory = std::mem::take(&mut self.memory);
        let russian = tokens.iter().any(|t| t.cyr);
        self.alternatives(text, &tokens);
        self.known_names(text, &tokens, russian);
        self.memory = memory;
        let n = tokens.len();
        let mut place_given = false;
        let mut i = 0;
        while i < n {
            let t = &tokens[i];
            let word = t.text(text);
            let function_word = word.eq_ignore_ascii_case("by") || word.eq_ignore_ascii_case("for");
            if self.covered[i] != UNCOVERED || !t.cap || function_word || MONTHS_AND_DAYS.contains(word) {
                i += 1;
                continue;
            }
            let mut b = i + 1;
            while b < n
                && self.covered[b] == UNCOVERED
                && matches!(tokens[b].sep, Sep::Space | Sep::Hyphen | Sep::Joiner)
                && (tokens[b].cap || tokens[b].digit)
                && !tokens[b].text(text).eq_ignore_ascii_case("for")
            {
                b += 1;
            }
            let surface = surface(text, &tokens, i, b);
            // An acronym the list has in capitals, written as a word
            // (`/БЕЛТА/` comes as the source `Белта`).
            if b - i == 1 && !t.upper {
                let upper = surface.to_uppercase();
                if let Some(entry) = self.lookup_phrase(&upper) {
                    let kind = self.gazetteer.entry(entry).kind;
                    self.push(Span {
                        first: i,
                        last: b,
                        kind,
                        entry: Some(entry),
                        name: None,
                        id: None,
                        live: true,
                    });
                    i = b;
                    continue;
                }
            }
            // Names no list has are written in Latin letters (an agency's
            // acronym in capitals: `НИАТ` → `NIAT`).
            let (surface, org_name) = if t.cyr {
                let org = crate::lang::ru::org_latin(&surface);
                (title_case(&crate::lang::ru::translit::to_latin(&surface)), org)
            } else {
                (surface.clone(), surface)
            };
            // A place comes first, before any bracket or slash.
            let bracketed = text[..t.start].contains(['(', '/']);
            place_given |= self.spans.iter().any(|s| s.live && s.kind.is_place() && s.first < i);
            let by = i > 0 && tokens[i - 1].text(text).eq_ignore_ascii_case("by");
            let span = if place_first && !place_given && !bracketed {
                place_given = true;
                unknown(i, b, Kind::Gpe, title_case(&surface))
            } else if !place_first
                && (2..=3).contains(&(b - i))
                && title_case_run(text, &tokens, i, b)
                && (by || !(i..b).any(|k| is(tokens[k].text(text), OUTLET_WORDS)))
            {
                // A byline: `By Joanna Smith`, or a name without an outlet's word.
                unknown(i, b, Kind::Person, surface)
            } else {
                unknown(i, b, Kind::Org, org_name)
            };
            self.push(span);
            i = b;
        }
        let mentions = self.mentions(text, &tokens, false, false);
        self.tokens = tokens;
        mentions
    }

    pub(crate) fn push(&mut self, span: Span) {
        let index = self.spans.len() as u32;
        for i in span.first..span.last {
            self.covered[i] = index;
        }
        self.spans.push(span);
    }

    pub(crate) fn drop_span(&mut self, index: u32) {
        let span = &mut self.spans[index as usize];
        span.live = false;
        for i in span.first..span.last {
            self.covered[i] = UNCOVERED;
        }
    }

    /// Pass 1: the longest gazetteer alias at each capitalised word.
    fn known_names(&mut self, text: &str, tokens: &[Token], russian: bool) {
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            // Russian writes some bodies in lower case (`министерство обороны`).
            let lower_start = t.cyr
                && !t.cap
                && std::iter::once(t.hash)
                    .chain(self.alts.of(i).iter().copied())
                    .any(|h| self.gazetteer.lower_start(h));
            // A number begins a known name only as a site or before a
            // capitalised word (`24.kg`, `31 Kanal`).
            let digit_start =
                t.digit && (t.domain || tokens.get(i + 1).is_some_and(|n| n.cap && n.sep == Sep::Space));
            // Arabic names open with a lower-case article (`al-Qaida`).
            let article_start = !t.cap
                && tokens.get(i + 1).is_some_and(|n| n.sep == Sep::Hyphen && n.cap)
                && !t.cyr
                && matches!(t.text(text), "al" | "el" | "ad" | "an" | "ar" | "as" | "ash" | "at" | "az");
            if (t.cap && !MONTHS_AND_DAYS.has(t, text)) || lower_start || digit_start || article_start {
                let longest = |upto: usize| {
                    if self.alts.is_empty() {
                        self.gazetteer.longest_at(text, &tokens[..upto], i)
                    } else {
                        self.gazetteer.longest_at_alts(text, &tokens[..upto], i, &self.alts)
                    }
                };
                let mut found = longest(tokens.len());
                // `an Islamic state`, `RIA news`: a known name whose last
                // word is written in lower case is the common noun (or
                // the shorter name before it), unless the name is a body's
                // (`the Interior ministry`).
                let lower_tail = |m: &crate::gazetteer::Match| {
                    !russian
                        && m.last - m.first >= 2
                        && !tokens[m.last - 1].cap
                        && !tokens[m.last - 1].digit
                        && {
                            let e = self.gazetteer.entry(m.entry);
                            e.kind == Kind::Org
                                && !e.kazakh_body
                                && !e.state_body
                                && e.name
                                    .rsplit(' ')
                                    .next()
                                    .is_some_and(|w| w.starts_with(char::is_uppercase))
                        }
                };
                if let Some(m) = found.as_ref().filter(|m| lower_tail(m)) {
                    let upto = m.last - 1;
                    found = longest(upto).filter(|m| !lower_tail(m));
                }
                let found = found.filter(|m| !article_start || m.last - m.first >= 2);
                // A short acronym inside a line in capitals is a word of it
                // (`WHAT IS KNOWN`), not the acronym (`IS`).
                let found = found.filter(|m| {
                    m.last - m.first > 1 || !t.upper || t.cyr || !self.in_capitals(text, tokens, m.first)
                });
                let found = found.filter(|m| {
                    !lower_start
                        || (m.last - m.first >= 2
                            && matches!(
                                self.gazetteer.entry(m.entry).kind,
                                Kind::Org | Kind::Fac | Kind::Loc
                            ))
                });
                if let Some(m) = found {
                    let entry = self.gazetteer.entry(m.entry);
                    // Not a piece of a longer hyphenated name (`Sary-Arka`).
                    let joined = |k: usize| tokens[k].sep == Sep::Hyphen && tokens[k - 1].cap;
                    let piece = (m.first > 0 && joined(m.first))
                        || tokens.get(m.last).is_some_and(|t| t.sep == Sep::Hyphen && (t.cap || t.digit));
                    // (The cue is looked for only for a weak place.)
                    let cue = || {
                        if russian {
                            place_cue_ru(text, tokens, m.first)
                        } else {
                            place_cue(text, tokens, m.first, m.last)
                        }
                    };
                    if !piece && (!entry.weak || cue()) {
                        let kind = entry.kind;
                        // `The Moscow Post`, `Kyiv Post`: a place before a
                        // newspaper's word is the newspaper, not the place.
                        if kind == Kind::Gpe {
                            if let Some((first, last)) = newspaper_around(text, tokens, m.first, m.last) {
                                let name = surface(text, tokens, first, last);
                                self.push(unknown(first, last, Kind::Org, name));
                                i = last;
                                continue;
                            }
                        }
                        // A lone surname the document has already given
                        // with another person's given name is that person
                        // (`Rashid Kadyrov … Kadyrov said`), not the known
                        // bearer of the surname.
                        if kind == Kind::Person && m.last - m.first == 1 {
                            if let Some(r) = self.other_person(tokens, m.first, &entry.name) {
                                self.push(Span {
                                    first: m.first,
                                    last: m.last,
                                    kind,
                                    entry: None,
                                    name: Some(r.name),
                                    id: r.id,
                                    live: true,
                                });
                                i = m.last;
                                continue;
                            }
                        }
                        self.push(Span {
                            first: m.first,
                            last: m.last,
                            kind,
                            entry: Some(m.entry),
                            name: None,
                            id: None,
                            live: true,
                        });
                        i = m.last;
                        continue;
                    }
                }
            }
            i += 1;
        }
        if russian {
            self.refine_known_ru(text, tokens);
        } else {
            self.refine_known_en(text, tokens);
        }
        // Remember full names and acronyms in brackets for later short forms.
        for s in 0..self.spans.len() {
            let span = &self.spans[s];
            if !span.live {
                continue;
            }
            let Some(entry) = span.entry else { continue };
            let (first, last, kind) = (span.first, span.last, span.kind);
            let person = kind == Kind::Person && last - first >= 2;
            if !person && kind != Kind::Org {
                continue;
            }
            // (The name is copied only when it is remembered: most bodies
            // have no acronym after them.)
            let acronym = if person { None } else { bracketed_acronym(text, tokens, last) };
            if !person && acronym.is_none() {
                continue;
            }
            let e = self.gazetteer.entry(entry);
            let remembered = Remembered { kind: e.kind, name: e.name.clone(), id: e.id.clone() };
            match acronym {
                Some(h) => {
                    self.memory.insert(h, remembered);
                }
                None => self.remember(tokens, last - 1, remembered),
            }
        }
    }

    /// `… of Kazakhstan (NSC)`: the bracketed acronym names the same body.
    pub(crate) fn remember_acronym(&mut self, text: &str, tokens: &[Token], last: usize, r: Remembered) {
        if let Some(h) = bracketed_acronym(text, tokens, last) {
            self.memory.insert(h, r);
        }
    }

    /// A one-word run that is a short form of a name the document has
    /// already given in full takes that name. True when it did.
    /// The place (name, country) of the span ending at word `k`, if it is a
    /// known place or people.
    pub(crate) fn place_at(&self, k: usize) -> Option<(String, Option<String>)> {
        let c = self.covered[k];
        if c == UNCOVERED {
            return None;
        }
        let span = &self.spans[c as usize];
        let e = self.gazetteer.entry(span.entry?);
        match e.kind {
            Kind::Gpe => Some((e.name.clone(), e.country.clone())),
            Kind::Norp => {
                let code = e.country.clone()?;
                Some((self.gazetteer.country_name(&code)?.to_string(), Some(code)))
            }
            _ => None,
        }
    }

    /// The spelling a known person gives the surname with hash `h`.
    pub(crate) fn known_surname(&self, h: u64) -> Option<String> {
        let entry = self.gazetteer.word_entry(std::iter::once(h))?;
        let e = self.gazetteer.entry(entry);
        (e.kind == Kind::Person).then(|| e.name.rsplit(' ').next().unwrap_or(&e.name).to_string())
    }

    /// Whether word `k`, in capitals, stands among words in capitals: both
    /// its neighbours, or one of five letters or more.
    fn in_capitals(&self, text: &str, tokens: &[Token], k: usize) -> bool {
        let caps = |j: usize| {
            let t = &tokens[j];
            t.upper && !t.cyr && t.text(text).len() >= 2
        };
        let before = k > 0 && tokens[k].sep == Sep::Space && caps(k - 1);
        let after = tokens.get(k + 1).is_some_and(|t| t.sep == Sep::Space) && caps(k + 1);
        let long = |j: usize| tokens[j].text(text).len() >= 5;
        (before && (after || long(k - 1))) || (after && long(k + 1))
    }

    /// The person the document named in full by the surname at word `k`,
    /// when that is someone other than the known person `known`.
    fn other_person(&self, tokens: &[Token], k: usize, known: &str) -> Option<Remembered> {
        if self.memory.is_empty() {
            return None;
        }
        let hashes = std::iter::once(tokens[k].hash).chain(self.alts.of(k).iter().copied());
        let r = hashes.filter_map(|h| self.memory.get(&h)).next()?;
        (r.kind == Kind::Person && r.name != known).then(|| r.clone())
    }

    /// Remembers a person by the given name of a full name given earlier
    /// (`Nikolai` after `Nikolai Kotelnikov`).
    pub(crate) fn remember_given(&mut self, h: u64, r: Remembered) {
        self.given.insert(h, r);
    }

    /// The person a document named in full by this given name.
    pub(crate) fn given_form(&mut self, tokens: &[Token], a: usize) -> bool {
        let hashes = std::iter::once(tokens[a].hash).chain(self.alts.of(a).iter().copied());
        let Some(r) = hashes.filter_map(|h| self.given.get(&h)).next().cloned() else {
            return false;
        };
        self.push(Span {
            first: a,
            last: a + 1,
            kind: r.kind,
            entry: None,
            name: Some(r.name),
            id: r.id,
            live: true,
        });
        true
    }

    /// Remembers `r` for the word `k` as written and in its nominatives.
    pub(crate) fn remember(&mut self, tokens: &[Token], k: usize, r: Remembered) {
        for &h in self.alts.of(k) {
            self.memory.insert(h, r.clone());
        }
        self.memory.insert(tokens[k].hash, r);
    }

    pub(crate) fn short_form(&mut self, tokens: &[Token], a: usize, b: usize) -> bool {
        if b - a != 1 {
            return false;
        }
        let hashes = std::iter::once(tokens[a].hash).chain(self.alts.of(a).iter().copied());
        let Some(r) = hashes.filter_map(|h| self.memory.get(&h)).next().cloned() else {
            return false;
        };
        self.push(Span {
            first: a,
            last: b,
            kind: r.kind,
            entry: None,
            name: Some(r.name),
            id: r.id,
            live: true,
        });
        true
    }

    /// The country a Kazakh body named without one belongs to in this
    /// document: another country when the document has named its places and
    /// no Kazakh one (the place a dateline gives is left out: reporters file
    /// from Moscow about Kazakhstan).
    fn foreign_country(&self) -> Option<&str> {
        if self.countries.iter().any(|(c, _)| c == b"KZ") {
            return None;
        }
        self.countries.iter().max_by_key(|(_, n)| *n).and_then(|(c, _)| std::str::from_utf8(c).ok())
    }

    /// Countries the address of the document names in its words (a
    /// Russian outlet's `…/v-kirgiztane-postradali-52-cheloveka/`, an
    /// English one's `…/tajikistan-border-clash`): counted as one place
    /// each, before the text, so that a body the first sentences name
    /// without a country is the right country's.
    pub fn document_address(&mut self, url: &str) {
        let path = url.split_once("://").map_or(url, |(_, rest)| rest);
        let path = path.split_once('/').map_or("", |(_, p)| p);
        let mut seen: Vec<&str> = Vec::new();
        for word in path.split(|c: char| !c.is_ascii_alphabetic()) {
            if word.len() < 4 {
                continue;
            }
            let lower = word.to_ascii_lowercase();
            let code = ADDRESS_STEMS.iter().find(|(stem, _)| lower.starts_with(stem)).map(|(_, c)| *c);
            if let Some(code) = code.filter(|c| !seen.contains(c)) {
                seen.push(code);
                count_country(&mut self.countries, code);
            }
        }
    }

    /// The country the document is about: Kazakhstan once it has named a
    /// Kazakh place, else the foreign country it names most.
    pub(crate) fn document_country(&self) -> Option<String> {
        let code =
            if self.countries.iter().any(|(c, _)| c == b"KZ") { "KZ" } else { self.foreign_country()? };
        self.gazetteer.country_name(code).map(str::to_string)
    }

    /// A town whose name another country's town shares (`Jalalabad`, in
    /// Afghanistan and in Kyrgyzstan) is the other one when the document's
    /// other places (those before and those of the text at hand) name the
    /// other country more often than the town's own.
    fn resolve_homonyms(&mut self) {
        let g = &self.gazetteer;
        let mut here: Vec<([u8; 2], u32)> = Vec::new();
        let mut ambiguous = false;
        for s in self.spans.iter().filter(|s| s.live && s.name.is_none()) {
            let Some(e) = s.entry.map(|e| g.entry(e)) else { continue };
            if e.homonym.is_some() {
                ambiguous = true;
            } else if e.kind.is_place() {
                if let Some(c) = &e.country {
                    count_country(&mut here, c);
                }
            }
        }
        if !ambiguous {
            return;
        }
        let count = |code: Option<&String>| -> u32 {
            let Some(code) = code.and_then(|c| <[u8; 2]>::try_from(c.as_bytes()).ok()) else { return 0 };
            self.countries.iter().chain(&here).filter(|(c, _)| *c == code).map(|(_, n)| *n).sum()
        };
        let mut swaps: Vec<(usize, u32)> = Vec::new();
        for (i, s) in self.spans.iter().enumerate().filter(|(_, s)| s.live && s.name.is_none()) {
            let Some(entry) = s.entry else { continue };
            let e = g.entry(entry);
            let Some(other) = e.homonym else { continue };
            if count(g.entry(other).country.as_ref()) > count(e.country.as_ref()) {
                swaps.push((i, other));
            }
        }
        for (i, other) in swaps {
            self.spans[i].entry = Some(other);
        }
    }

    /// Pass 3: spans to mentions, in text order (`count`: the places count
    /// towards the document's countries; `sparse`: a mention of an entry
    /// left without the entry's fields, see [`Recognizer::find_in_sparse`]).
    fn mentions(&mut self, text: &str, tokens: &[Token], count: bool, sparse: bool) -> Vec<Mention> {
        if self.gazetteer.has_homonyms() {
            self.resolve_homonyms();
        }
        // The live spans by their first word (a stable sort: spans at one
        // word keep the order they were found in).
        let mut order = std::mem::take(&mut self.order);
        order.clear();
        order.extend((0..self.spans.len()).filter(|&i| self.spans[i].live));
        order.sort_by_key(|&i| self.spans[i].first);
        let mut out = Vec::with_capacity(order.len());
        let mut kazakh_bodies = std::mem::take(&mut self.kazakh_bodies);
        kazakh_bodies.clear();
        for &i in &order {
            let s = &self.spans[i];
            let mut end = tokens[s.last - 1].end;
            let start = tokens[s.first].start;
            let mut flags = 0u8;
            let mention = match s.entry {
                // A known name renamed by its context (`Bryansk` of `the
                // Bryansk region` → `Bryansk Oblast`): the entry's country
                // stays, its id, coordinates and body flags go.
                Some(e) if s.name.is_some() => {
                    let e = self.gazetteer.entry(e);
                    Mention {
                        start,
                        end,
                        kind: s.kind,
                        name: s.name.clone().unwrap_or_default(),
                        id: None,
                        country: e.country.clone().filter(|_| s.kind.is_place()),
                        lat: None,
                        lon: None,
                        entry: None,
                    }
                }
                Some(entry) => {
                    let e = self.gazetteer.entry(entry);
                    flags = u8::from(e.kazakh_body) | (u8::from(e.state_body) << 1);
                    // A known city followed by "oblast" is its region.
                    let oblast = tokens.get(s.last).filter(|t| {
                        t.sep == Sep::Space
                            && !tokens[s.last - 1].possessive
                            && is(t.text(text), REGION_AFTER_KEPT)
                    });
                    match oblast {
                        Some(t) if e.kind == Kind::Gpe && !e.name.ends_with("Region") => {
                            end = t.end;
                            Mention {
                                start,
                                end,
                                kind: Kind::Gpe,
                                name: format!("{} Oblast", e.name),
                                id: None,
                                country: e.country.clone(),
                                lat: None,
                                lon: None,
                                entry: None,
                            }
                        }
                        _ if sparse => Mention {
                            start,
                            end,
                            kind: s.kind,
                            name: String::new(),
                            id: None,
                            country: None,
                            lat: None,
                            lon: None,
                            entry: Some(entry),
                        },
                        _ => Mention {
                            start,
                            end,
                            kind: s.kind,
                            name: e.name.clone(),
                            id: e.id.clone(),
                            country: e.country.clone().filter(|_| e.kind.is_place()),
                            lat: e.lat,
                            lon: e.lon,
                            entry: Some(entry),
                        },
                    }
                }
                None => Mention {
                    start,
                    end,
                    kind: s.kind,
                    name: s.name.clone().unwrap_or_else(|| text[start..end].to_string()),
                    id: s.id.clone(),
                    country: None,
                    lat: None,
                    lon: None,
                    entry: None,
                },
            };
            kazakh_bodies.push(flags);
            out.push(mention);
        }
        if count {
            // The text's own places count before its bodies are named: a
            // headline or a first sentence may name the body before the
            // place (`МЧС … в «Крокусе»`).
            for m in &out {
                // (A sparse mention's name and country are its entry's.)
                let (name, country) = match m.entry {
                    Some(entry) if sparse => {
                        let e = self.gazetteer.entry(entry);
                        (&e.name, e.country.as_ref().filter(|_| e.kind.is_place()))
                    }
                    _ => (&m.name, m.country.as_ref()),
                };
                if m.kind == Kind::Norp && name == "Kazakh" {
                    count_country(&mut self.countries, "KZ");
                } else if m.kind.is_place() {
                    // (A town another country's shares a name with tells no country.)
                    let ambiguous = m.entry.is_some_and(|e| self.gazetteer.entry(e).homonym.is_some());
                    if let Some(code) = country.filter(|_| !ambiguous) {
                        count_country(&mut self.countries, code);
                    }
                } else if m.kind == Kind::Org && m.entry.is_none() {
                    // A body the text names with its country (`ГКНБ
                    // Кыргызстана`, `Kyrgyzstan's Ministry of Health`) tells
                    // the document's country too, so that a body named
                    // beside it without one is the same country's.
                    if let Some((_, place)) = name.rsplit_once(" of ") {
                        if let Some(code) = self.gazetteer.country_of_place(place) {
                            let code = code.to_string();
                            count_country(&mut self.countries, &code);
                        }
                    }
                }
            }
            for (m, &flags) in out.iter_mut().zip(&kazakh_bodies) {
                let (mut kazakh_body, state_body) = (flags & 1 != 0, flags & 2 != 0);
                // A body the text itself calls Kazakh stays Kazakhstan's
                // (`the Kazakh Senate` beside `the Russian Interior Ministry`).
                if kazakh_body {
                    let written = &text[m.start..m.end];
                    kazakh_body = !(written.contains("Kazakh") || written.contains("Казах"));
                }
                // A body that may be renamed below (when the document is
                // about another country) is given its entry's fields first
                // (only a mention of an entry has flags).
                if sparse
                    && (kazakh_body || state_body)
                    && self.foreign_country().and_then(|c| self.gazetteer.country_name(c)).is_some()
                {
                    self.fill(m);
                }
                if state_body {
                    if let Some(country) = self.foreign_country().and_then(|c| self.gazetteer.country_name(c))
                    {
                        m.name = format!("{} of {country}", m.name);
                        m.id = None;
                        m.entry = None;
                    }
                }
                if kazakh_body && m.name.ends_with(" of Kazakhstan") {
                    let foreign = self.foreign_country().and_then(|c| self.gazetteer.country_name(c));
                    if let Some(country) = foreign {
                        let body = &m.name[..m.name.len() - " of Kazakhstan".len()];
                        m.name = format!("{body} of {country}");
                        m.id = None;
                        m.entry = None;
                    }
                }
            }
        }
        self.kazakh_bodies = kazakh_bodies;
        self.order = order;
        out
    }
}

/// The hash of the acronym in brackets right after the name that ends
/// before word `last` (`… of Kazakhstan (NSC)`), if there is one.
fn bracketed_acronym(text: &str, tokens: &[Token], last: usize) -> Option<u64> {
    let t = tokens.get(last)?;
    let between = &text[tokens[last - 1].end..t.start];
    let closed = text[t.end..].starts_with(')');
    (between.trim() == "(" && t.upper && closed).then_some(t.hash)
}

/// Whether the letters of `acronym` are initials of the name, in order,
/// the first one first (`cpj` in `c t p j`, `ahrca` in `a h r c a`).
fn abbreviates(acronym: &[char], initials: &[char]) -> bool {
    if acronym.len() < 2 || initials.first() != acronym.first() {
        return false;
    }
    let mut it = initials.iter();
    acronym.iter().all(|a| it.any(|i| i == a))
}

/// `78.ru`, `Kaktus.media`, `AKIPRESS.COM`: a word that ends in a domain.
pub(crate) fn is_domain_name(word: &str) -> bool {
    let Some((name, domain)) = word.rsplit_once('.') else { return false };
    !name.is_empty() && crate::tokens::is_domain(domain)
}

fn count_country(countries: &mut Vec<([u8; 2], u32)>, code: &str) {
    let Ok(code) = <[u8; 2]>::try_from(code.as_bytes()) else { return };
    match countries.iter_mut().find(|(c, _)| *c == code) {
        Some((_, n)) => *n += 1,
        None => countries.push((code, 1)),
    }
}

/// Beginnings of words in a document's address (transliterated Russian
/// or English) that name a country or its capital.
const ADDRESS_STEMS: &[(&str, &str)] = &[
    ("kazakhstan", "KZ"),
    ("kazahstan", "KZ"),
    ("qazaqstan", "KZ"),
    ("almaty", "KZ"),
    ("astana", "KZ"),
    ("kyrgyz", "KG"),
    ("kirgiz", "KG"),
    ("bishkek", "KG"),
    ("tajik", "TJ"),
    ("tadzhik", "TJ"),
    ("tadjik", "TJ"),
    ("dushanbe", "TJ"),
    ("uzbek", "UZ"),
    ("tashkent", "UZ"),
    ("karakalpak", "UZ"),
    ("russia", "RU"),
    ("rossii", "RU"),
    ("rossiya", "RU"),
    ("moskv", "RU"),
    ("moscow", "RU"),
    ("podmoskov", "RU"),
    ("turkmen", "TM"),
    ("afghan", "AF"),
    ("afganistan", "AF"),
];

/// Words that end a newspaper's name after a place (`Kyiv Post`).
const NEWSPAPER_HEADS: &[&str] =
    &["post", "times", "herald", "tribune", "gazette", "telegraph", "courier", "chronicle", "inquirer"];
/// Such words that make a newspaper only after `The` (`The Astana News`;
/// not `Almaty News` in a title-case headline).
const NEWSPAPER_HEADS_AFTER_THE: &[&str] =
    &["news", "daily", "journal", "express", "observer", "mirror", "standard", "monitor", "star", "today"];

/// The words of a newspaper named by the place at words `first..last` and
/// a capitalised newspaper word after it (`Kyiv Post`, `The Moscow Post`,
/// `The Astana Daily News`), `The` included.
fn newspaper_around(text: &str, tokens: &[Token], first: usize, last: usize) -> Option<(usize, usize)> {
    let article = |w: &str| first > 0 && tokens[first].sep == Sep::Space && tokens[first - 1].text(text) == w;
    let the = article("The") || article("the");
    let mut end = last;
    while let Some(t) = tokens.get(end).filter(|t| t.sep == Sep::Space && t.cap && !t.upper && !t.cyr) {
        let w = t.text(text);
        if !(is(w, NEWSPAPER_HEADS) || (the && is(w, NEWSPAPER_HEADS_AFTER_THE))) || end - last == 2 {
            break;
        }
        end += 1;
    }
    // (A lower-case `the` is left out of the name.)
    (end > last).then_some((if article("The") { first - 1 } else { first }, end))
}

/// Words in the names of outlets, which a writer's name lacks.
const OUTLET_WORDS: &[&str] = &[
    "news",
    "times",
    "post",
    "press",
    "agency",
    "tv",
    "radio",
    "daily",
    "media",
    "wire",
    "service",
    "journal",
    "gazette",
    "herald",
    "today",
    "online",
    "network",
    "channel",
    "info",
    "review",
    "observer",
    "monitor",
    "express",
    "world",
    "weekly",
    "tribune",
    "telegraph",
    "insider",
    "report",
    "reports",
];

/// `DUSHANBE` → `Dushanbe`, `UST-KAMENOGORSK` → `Ust-Kamenogorsk`; a word
/// already in mixed case (`KazTAG`, `Almaty`) is left as it is.
pub(crate) fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split_inclusive([' ', '-']) {
        if word.chars().any(char::is_lowercase) {
            out.push_str(word);
            continue;
        }
        let mut first = true;
        for c in word.chars() {
            if first && c.is_alphabetic() {
                out.extend(c.to_uppercase());
                first = false;
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
    out
}

pub(crate) fn unknown(first: usize, last: usize, kind: Kind, name: String) -> Span {
    Span { first, last, kind, entry: None, name: Some(name), id: None, live: true }
}

/// Every word written as a name is (`Orenburg`, not `APCs` or `NSC`).
pub(crate) fn title_case_run(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    (a..b).all(|k| {
        let w = tokens[k].text(text);
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| c.is_lowercase() || c == '\'' || c == '’')
    })
}

/// The words `a..b` as one name: spaces normalised, hyphens kept.
pub(crate) fn surface(text: &str, tokens: &[Token], a: usize, b: usize) -> String {
    // (Sized once: the words and one separator between each two.)
    let span = if a < b { tokens[b - 1].end - tokens[a].start + (b - a) } else { 0 };
    let mut s = String::with_capacity(span);
    for (k, t) in tokens.iter().enumerate().take(b).skip(a) {
        if k > a {
            s.push(if t.sep == Sep::Hyphen { '-' } else { ' ' });
        }
        s.push_str(t.text(text));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(texts: &[&str]) -> Vec<(String, &'static str, String)> {
        let mut r = Recognizer::new(Gazetteer::builtin());
        let mut out = Vec::new();
        for text in texts {
            for m in r.find(text, false) {
                out.push((text[m.start..m.end].to_string(), m.kind.label(), m.name.clone()));
            }
        }
        out
    }

    fn has(found: &[(String, &str, String)], text: &str, kind: &str, name: &str) {
        assert!(
            found.iter().any(|(t, k, n)| t == text && *k == kind && n == name),
            "{text} {kind} {name} not in {found:?}"
        );
    }

    #[test]
    fn a_dateline_gives_its_place_then_its_agency() {
        let mut r = Recognizer::new(Gazetteer::builtin());
        let found = |r: &mut Recognizer, d: &str| -> Vec<(String, &'static str, String)> {
            r.find_dateline(d)
                .iter()
                .map(|m| (d[m.start..m.end].to_string(), m.kind.label(), m.name.clone()))
                .collect()
        };
        assert_eq!(
            found(&mut r, "KARA-SUU, Kyrgyzstan -- "),
            [
                ("KARA-SUU".into(), "GPE", "Kara-Suu".into()),
                ("Kyrgyzstan".into(), "GPE", "Kyrgyzstan".into())
            ]
        );
        assert_eq!(found(&mut r, "(Steppe Post) - "), [("Steppe Post".into(), "ORG", "Steppe Post".into())]);
        assert_eq!(found(&mut r, "Dushanbe"), [("Dushanbe".into(), "GPE", "Dushanbe".into())]);
        assert_eq!(title_case("UST-KAMENOGORSK NEWS"), "Ust-Kamenogorsk News");
        assert_eq!(title_case("KazTAG"), "KazTAG");
    }

    #[test]
    fn titles_mark_people_and_are_left_out() {
        let f = find(&["Deputy Prosecutor General Arman Zhakenov visited the site."]);
        has(&f, "Arman Zhakenov", "PERSON", "Arman Zhakenov");
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn short_forms_take_the_full_name_within_a_document() {
        let f = find(&[
            "Businessman Yerbol Toktarov, the head of a local firm, was detained.",
            "Toktarov denied the charges.",
        ]);
        has(&f, "Toktarov", "PERSON", "Yerbol Toktarov");
    }

    #[test]
    fn unknown_bodies_are_organisations() {
        let f = find(&["A group calling itself the Steppe Liberation Front claimed it."]);
        has(&f, "Steppe Liberation Front", "ORG", "Steppe Liberation Front");
    }

    #[test]
    fn months_weekdays_and_sentence_starts_are_not_names() {
        let f = find(&["Officers Arrived On Friday. Heavy rain fell in May and March."]);
        assert!(f.is_empty(), "{f:?}");
    }
}
