//! Russian: the morphology of names ([`morph`]), transliteration to Latin
//! letters ([`translit`]), closed word lists ([`words`]), English names for
//! bodies ([`bodies`]), and the rules that find and type the names no list
//! has from their Russian context:
//!
//! - a person: initials before a surname (`Ж. Бусурманкулов`), two or three
//!   capitalised words ending in a surname (`-ов`, `-ева`, `-ский`… in any
//!   case), with a patronymic, or opening with a known given name; a role
//!   before the name, even with its complement between (`министр внутренних
//!   дел Бакирдин Субанбеков`, `пресс-секретарь главы области Рахмон
//!   Гульзор`); a verb of saying beside it; a surname alone;
//! - a place: an adjective with a designator (`Ошской области` → `Osh
//!   Region`, `Кызылжарского района` → `Kyzylzhar District`), a designator before
//!   the name (`город`, `село`, `столица`), a preposition (`в Оше`, `из
//!   Хорога`);
//! - a facility: `улица`, `проспект`, `площадь`, `аэропорт` and the like
//!   before the name (`улице Ферганская` → `Ferganskaya Street`);
//! - an organisation: a word such as `партия`, `телеканал`, `агентство`
//!   before a name, quoted or not (`партии "Мекен Туу"`); a body's name
//!   from its head noun (`Управления внутренних дел Ошской области` →
//!   `Department of Internal Affairs of Osh Region`).
//!
//! The canonical `name` is English: the gazetteer's name when it knows the
//! word in any of its forms, otherwise the nominative in BGN/PCGN letters.

pub mod bodies;
pub mod cache;
pub mod morph;
pub mod translit;
pub mod words;

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::gazetteer::Kind;
use crate::recognize::{surface, title_case, unknown, Recognizer, Remembered, Span, UNCOVERED};
use crate::skeleton::Skeletons;
use crate::tokens::{tokenize, Sep, Token};
use morph::{
    adjective_bases, for_each_lemma, given_name, given_name_any_case, is_patronymic, is_place_adjective,
    is_surname_form, lower, person_lemma, person_lemma_in, place_lemma, Forms, Gender,
};
use translit::to_latin;
use words::{
    AT_BUILDING, CAPITALS, COUNTRY_ADJECTIVES, DESIGNATORS, FAC_WORDS, NEVER, ORG_WORDS, PEOPLES,
    PEOPLE_ENDINGS, PLACE_PREPOSITIONS, PLACE_WORDS, PLURAL_DESIGNATORS, ROLES, SAYS, STARTERS,
};

/// The first two letters of the nouns of [`PEOPLES`] ([`first_two`]),
/// sorted for a binary search.
static PEOPLE_STARTS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut starts: Vec<u64> = PEOPLES
        .iter()
        .map(|(stem, _)| {
            let mut c = stem.chars();
            pair(c.next().unwrap_or(' '), c.next().unwrap_or(' '))
        })
        .collect();
    starts.sort_unstable();
    starts.dedup();
    starts
});

fn pair(a: char, b: char) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// The first two letters of the first two of `word` in lower case (a
/// space for each one missing).
fn first_two(word: &str) -> u64 {
    let mut out = [' ', ' '];
    let mut n = 0;
    for c in word.chars().take(2) {
        morph::lower_char(c, |l| {
            if n < 2 {
                out[n] = l;
                n += 1;
            }
        });
    }
    pair(out[0], out[1])
}

/// Words for a street or a square, whose name after them may be a
/// person's (`проспект Назарбаева`), as written and abbreviated.
const STREET_WORDS: &[&str] = &["ул", "пр", "пр-т", "просп", "пл", "б-р", "пер", "мкр"];
static STREET_SET: std::sync::LazyLock<HashSet<&'static str>> = std::sync::LazyLock::new(|| {
    ["улица", "проспект", "бульвар", "переулок", "площадь", "шоссе", "микрорайон", "набережная"]
        .into_iter()
        .collect()
});

/// The feasts Orthodox churches are named after (`Свято-Троицкий`), in the
/// English their names use.
const FEASTS: &[(&str, &str)] = &[
    ("успенский", "Holy Dormition"),
    ("троицкий", "Holy Trinity"),
    ("покровский", "Holy Intercession"),
    ("вознесенский", "Holy Ascension"),
    ("воскресенский", "Holy Resurrection"),
    ("преображенский", "Holy Transfiguration"),
    ("благовещенский", "Holy Annunciation"),
    ("никольский", "St. Nicholas"),
    ("георгиевский", "St. George's"),
];

/// `республики`, `страны`: the country the document is about.
static COUNTRY_WORDS: std::sync::LazyLock<HashSet<&'static str>> =
    std::sync::LazyLock::new(|| ["республика", "страна"].into_iter().collect());

/// The lists asked about a word in any of its case forms, by the forms
/// (see [`Forms`]).
static NEVER_FORMS: LazyLock<Forms<()>> = LazyLock::new(|| Forms::set(NEVER.iter().copied()));
static ROLE_FORMS: LazyLock<Forms<()>> = LazyLock::new(|| Forms::set(ROLES.iter().copied()));
static STARTER_FORMS: LazyLock<Forms<()>> = LazyLock::new(|| Forms::set(STARTERS.iter().copied()));
static PLACE_WORD_FORMS: LazyLock<Forms<()>> = LazyLock::new(|| Forms::set(PLACE_WORDS.iter().copied()));
static ORG_WORD_FORMS: LazyLock<Forms<()>> = LazyLock::new(|| Forms::set(ORG_WORDS.iter().copied()));
static STREET_FORMS: LazyLock<Forms<()>> = LazyLock::new(|| Forms::set(STREET_SET.iter().copied()));
static COUNTRY_WORD_FORMS: LazyLock<Forms<()>> = LazyLock::new(|| Forms::set(COUNTRY_WORDS.iter().copied()));
static FAC_FORMS: LazyLock<Forms<&'static str>> = LazyLock::new(|| Forms::pairs(FAC_WORDS));
static DESIGNATOR_FORMS: LazyLock<Forms<&'static str>> = LazyLock::new(|| Forms::pairs(DESIGNATORS));

/// The word or one of its nominatives is in the list (any case).
fn in_set(word: &str, forms: &Forms<()>) -> bool {
    forms.contains(word)
}

/// The English word paired with the word or one of its nominatives.
fn in_pairs(word: &str, forms: &Forms<&'static str>) -> Option<&'static str> {
    forms.get(word)
}

/// A capitalised word written as a name (`Оше`, `Джалал`), not in capitals.
fn title_word(text: &str, t: &Token) -> bool {
    t.cap && !t.upper && !in_set(t.text(text), &NEVER_FORMS)
}

/// An initial: one capital letter and a full stop (`Ж.`).
fn initial_at(text: &str, tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    t.cap && t.text(text).chars().nth(1).is_none() && text[t.end..].starts_with('.')
}

/// Word `k` begins a place named by an adjective and a designator
/// (`Кызылжарского района`, `Ошской и Джалал-Абадской областей`), which a
/// run of names stops before.
fn region_phrase_at(text: &str, tokens: &[Token], k: usize) -> bool {
    is_place_adjective(tokens[k].text(text))
        && tokens.get(k + 1).is_some_and(|d| {
            let w = d.text(text);
            d.sep == Sep::Space
                && (lower(w).starts_with("автономн") || designator_at(text, tokens, k + 1).is_some())
                || coordinated_designator(text, tokens, k + 1).is_some()
        })
}

/// The English designator of word `k` (`области`, `районах` → `Region`,
/// `District`), singular or plural.
fn designator_at(text: &str, tokens: &[Token], k: usize) -> Option<&'static str> {
    let w = tokens[k].text(text);
    in_pairs(w, &DESIGNATOR_FORMS).or_else(|| {
        let lower = lower(w);
        PLURAL_DESIGNATORS.iter().find(|(ru, _)| *ru == lower).map(|(_, en)| *en)
    })
}

/// After a place adjective, before word `k`: more capitalised place
/// adjectives joined by `и`, `или` or commas, then a designator, mostly
/// plural (`… и Джалал-Абадской областях`, `…, Баткенской и Чуйской
/// областей`): the designator's index.
fn coordinated_designator(text: &str, tokens: &[Token], mut k: usize) -> Option<usize> {
    let n = tokens.len();
    let mut joined = false;
    for _ in 0..6 {
        let t = tokens.get(k)?;
        let between = text[tokens[k - 1].end..t.start].trim();
        if t.sep == Sep::Space && !t.cap && matches!(t.text(text), "и" | "или") && between.is_empty() {
            k += 1;
            let next = tokens.get(k)?;
            if next.sep != Sep::Space {
                return None;
            }
        } else if between != "," || !t.cap {
            // The designator after the last adjective.
            return (joined && t.sep == Sep::Space && designator_at(text, tokens, k).is_some()).then_some(k);
        }
        // A (hyphenated) capitalised place adjective.
        if !tokens[k].cap {
            return None;
        }
        while k + 1 < n && tokens[k + 1].sep == Sep::Hyphen {
            k += 1;
        }
        if !is_place_adjective(tokens[k].text(text)) {
            return None;
        }
        joined = true;
        k += 1;
    }
    None
}

/// The word before token `a`, when only spaces or an abbreviation's full
/// stop stand between (`г. Ош`), and it is not capitalised.
fn word_before<'t>(text: &'t str, tokens: &[Token], a: usize) -> Option<&'t str> {
    if a == 0 {
        return None;
    }
    let p = &tokens[a - 1];
    let between = &text[p.end..tokens[a].start];
    let ok = tokens[a].sep == Sep::Space || between.trim() == ".";
    // Capitalised only as the first word of a sentence (`Город Бесоба`).
    (ok && (!p.cap || p.initial && !p.upper)).then(|| p.text(text))
}

/// A past-tense verb or short participle (`Допрошен`, `Заявил`, `Задержана`).
fn verb_form(w: &str) -> bool {
    // Men's short participles end as given names do (`Задержан`, `Ержан`):
    // these are known by name.
    const PARTICIPLES: &[&str] = &[
        "задержан",
        "арестован",
        "осужден",
        "осуждён",
        "приговорен",
        "приговорён",
        "допрошен",
        "ранен",
        "ликвидирован",
        "обезврежен",
        "похищен",
        "освобожден",
        "освобождён",
        "найден",
        "застрелен",
        "уволен",
        "назначен",
    ];
    let lower = lower(w);
    if PARTICIPLES.contains(&lower.as_str()) {
        return true;
    }
    [
        "ена", "ана", "ены", "аны", "ено", "ано", "ил", "ал", "ел", "ила", "ала", "ела", "или", "али", "ели",
        "ся", "сь", "ет", "ит", "ют", "ят",
    ]
    .iter()
    .any(|e| lower.ends_with(e))
}

/// A short participle of the kind a page's date line writes after a
/// byline (`Иван Петров Опубликовано …`, `Обновлена`, `Изменено`): never
/// part of a name.
fn short_participle(w: &str) -> bool {
    const ENDS: &[&str] = &["ован", "ована", "овано", "ованы", "влено", "влена", "енено", "енена"];
    // (A capitalised word ends in lower case: no copy needed.)
    w.len() >= 14 && ENDS.iter().any(|e| w.ends_with(e))
}

/// `в X`, `город X`, `г. X`: a weak known place needs one of these.
pub fn place_cue_ru(text: &str, tokens: &[Token], a: usize) -> bool {
    word_before(text, tokens, a).is_some_and(|w| {
        let lower = lower(w);
        PLACE_PREPOSITIONS.contains(&lower.as_str()) || in_set(w, &PLACE_WORD_FORMS)
    })
}

/// A verb in the feminine past (`сообщила`, `была`) among the three words
/// after token `b - 1`.
fn feminine_verb_after(text: &str, tokens: &[Token], b: usize) -> bool {
    let feminine = |t: &Token| {
        let w = t.text(text);
        !t.cap && t.cyr && w.chars().count() >= 4 && w.ends_with("ла")
    };
    tokens.iter().skip(b).take(3).take_while(|t| t.sep == Sep::Space).any(feminine)
}

/// The same before the name `a..`: `сообщила Ализа Солтонбекова`.
fn feminine_verb_around(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    let before = a > 0 && tokens[a].sep == Sep::Space && {
        let t = &tokens[a - 1];
        let w = t.text(text);
        !t.cap && t.cyr && w.chars().count() >= 4 && w.ends_with("ла")
    };
    before || feminine_verb_after(text, tokens, b)
}

/// A verb in the feminine past (`сообщила`, `была`), not a noun that ends
/// alike (`дела`, `села`, `посла`).
fn feminine_verb(t: &Token, text: &str) -> bool {
    const NOUNS: &[&str] = &["дела", "села", "тела", "посла", "числа", "угла", "стола", "зала", "стекла"];
    let w = t.text(text);
    !t.cap && t.cyr && w.chars().count() >= 4 && w.ends_with("ла") && !NOUNS.contains(&w)
}

/// A name that may be in the genitive by what stands right before it: a
/// preposition that takes the genitive, an adjective or participle in the
/// genitive (`погибшего`), or a comma after a word in the genitive
/// (`фигуранта дела, Диловара Исломова`).
fn genitive_before(text: &str, tokens: &[Token], a: usize) -> bool {
    // Prepositions, and kinship nouns in the genitive (`отца Диловара`).
    const CUES: &[&str] = &[
        "у",
        "от",
        "из",
        "для",
        "без",
        "до",
        "около",
        "возле",
        "против",
        "после",
        "среди",
        "кроме",
        "вместо",
        "ради",
        "отца",
        "сына",
        "брата",
        "мужа",
    ];
    if a == 0 {
        return false;
    }
    let p = &tokens[a - 1];
    let w = lower(p.text(text));
    let between = text[p.end..tokens[a].start].trim();
    match between {
        "" => !p.cap && (CUES.contains(&w.as_str()) || w.ends_with("ого") || w.ends_with("его")),
        "," => !p.cap && ["а", "я", "ого", "его", "ов", "ей"].iter().any(|e| w.ends_with(e)),
        _ => false,
    }
}

/// A feminine verb before the name at `a`, across the role and its
/// complement (`сообщила первый заместитель министра здравоохранения …`):
/// the role between tells the name is its holder, not the verb's object.
fn feminine_verb_before(text: &str, tokens: &[Token], a: usize) -> bool {
    let mut k = a;
    let mut role = false;
    while k > 0 && a - k < 8 && tokens[k].sep == Sep::Space {
        k -= 1;
        let t = &tokens[k];
        if feminine_verb(t, text) {
            return role;
        }
        if !t.cyr || t.digit {
            return false;
        }
        role |= !t.cap && in_set(t.text(text), &ROLE_FORMS);
    }
    false
}

/// A given name in `-а` whose stem is a man's name: one of the list
/// (`Мисира`) or built as men's are (`Жанболата`, `Нурлыбека`): a man's name
/// in the genitive, whatever verb stands near.
fn man_by_given_name(words: &[String]) -> bool {
    // (Turkic and Persian men's names: Нурлыбек, Жанболат, Мурат, Алихан,
    // Нурбол, Даулет, Галым, Рашид, Сайфиддин, Абдужон, Нематулло.)
    const MEN: &[&str] = &["бек", "бай", "дин", "жон", "улло", "илло", "ат", "хан", "бол", "лет", "ым", "ид"];
    let Some(first) = words.first().filter(|_| words.len() >= 2) else { return false };
    let first = lower(first);
    let Some(stem) = first.strip_suffix('а') else { return false };
    given_name(&first).is_none()
        && (given_name(stem) == Some(Gender::Male) || MEN.iter().any(|e| stem.ends_with(e)))
}

/// `Ализа Солтонбекова`: a given name no list has that ends in `-а`, whose
/// stem is no man's name ([`man_by_given_name`]), before a surname in
/// `-ова`, `-ева`, `-ина`: a woman's name in the nominative.
fn woman_by_given_name(words: &[String]) -> bool {
    if words.len() < 2 {
        return false;
    }
    let first = lower(&words[0]);
    let last = lower(&words[words.len() - 1]);
    first.strip_suffix('а').is_some_and(|stem| stem.chars().count() >= 2)
        && given_name_any_case(&words[0]).is_none()
        && !man_by_given_name(words)
        && ["ова", "ева", "ёва", "ина", "ына"].iter().any(|e| last.ends_with(e))
}

/// A body's or outlet's name in Latin letters: an acronym (one word of two
/// to five capitals) letter by letter, each letter's Latin form capitalised
/// (`НТК` → `NTK`, `МЧС` → `MChS`, `АЖК` → `AZhK`, as English writes them);
/// other names in title case.
pub(crate) fn org_latin(cyrillic: &str) -> String {
    let letters = cyrillic.chars().count();
    let acronym =
        (2..=5).contains(&letters) && cyrillic.chars().all(|c| c.is_uppercase() && c.is_alphabetic());
    if !acronym {
        return latin_name(cyrillic);
    }
    let mut out = String::with_capacity(cyrillic.len() * 2);
    let mut buf = [0u8; 4];
    for c in cyrillic.chars() {
        let latin = to_latin(c.encode_utf8(&mut buf));
        let mut it = latin.chars();
        if let Some(first) = it.next() {
            out.extend(first.to_uppercase());
            out.extend(it.flat_map(char::to_lowercase));
        }
    }
    out
}

/// Letters of a transliterated name in title case (`АШЫРКУЛОВ` → `Ashyrkulov`).
fn latin_name(cyrillic: &str) -> String {
    title_case(&to_latin(cyrillic))
}

impl Recognizer {
    /// Known names refined by their Russian context: a Kazakh body followed
    /// by another country in the genitive is that country's (`МВД
    /// Кыргызстана`); a known surname after another given name is another
    /// person; a foreign or small place before a surname is a given name.
    pub(crate) fn refine_known_ru(&mut self, text: &str, tokens: &[Token]) {
        for s in 0..self.spans.len() {
            let span = self.spans[s].clone();
            if !span.live {
                continue;
            }
            let Some(entry) = span.entry else { continue };
            let e = self.gazetteer.entry(entry).clone();
            if span.last - span.first != 1 {
                continue;
            }
            // An adjective before its noun (`Центрального рынка`) is no place
            // named like it (`Центральное`).
            let next_lower = tokens.get(span.last).is_some_and(|t| t.sep == Sep::Space && !t.cap && t.cyr);
            if e.kind.is_place() && next_lower && plainly_adjective(tokens[span.first].text(text)) {
                self.drop_span(s as u32);
                continue;
            }
            // A month's name (`Апрель`, also a TV channel's) is the month
            // opening a sentence or beside a number.
            let first = &tokens[span.first];
            if kz_shared::words::ru::month_number(first.text(text)).is_some() {
                let digit_near = (span.first > 0 && tokens[span.first - 1].digit)
                    || tokens.get(span.last).is_some_and(|t| t.digit);
                if first.initial || digit_near {
                    self.drop_span(s as u32);
                    continue;
                }
            }
            // A word opening the sentence that spells a place alike (`Ряд` and Riyadh).
            if first.initial && e.kind.is_place() && in_set(first.text(text), &STARTER_FORMS) {
                self.drop_span(s as u32);
                continue;
            }
            // `проспект Назарбаева`, `пр. Абая`: a street named after the
            // person, not the person (the facility rule takes it).
            if e.kind == Kind::Person
                && word_before(text, tokens, span.first)
                    .is_some_and(|b| STREET_WORDS.contains(&lower(b).as_str()) || in_set(b, &STREET_FORMS))
            {
                self.drop_span(s as u32);
                continue;
            }
            // `Айдар Токаев` is not the president.
            if e.kind == Kind::Person && span.first > 0 && tokens[span.first].sep == Sep::Space {
                let p = span.first - 1;
                let before = tokens[p].text(text);
                if self.covered[p] == UNCOVERED
                    && title_word(text, &tokens[p])
                    && tokens[p].cyr
                    && !(tokens[p].initial && in_set(before, &STARTER_FORMS))
                    && !in_set(before, &ROLE_FORMS)
                    && (given_name_any_case(before).is_some()
                        || !(tokens[p].initial
                            || is_place_adjective(before)
                            || verb_form(before)
                            || is_adjective_form(before)))
                {
                    self.drop_span(s as u32);
                    continue;
                }
            }
            // `Мадина Сейтова`: a given name, not the city of Medina.
            let foreign_or_weak = e.kind == Kind::Gpe && (e.weak || e.country.as_deref() != Some("KZ"));
            if foreign_or_weak {
                if let Some(t) = tokens.get(span.last) {
                    if t.sep == Sep::Space
                        && self.covered[span.last] == UNCOVERED
                        && title_word(text, t)
                        && is_surname_form(t.text(text))
                        && given_name_any_case(tokens[span.first].text(text)).is_some()
                    {
                        self.drop_span(s as u32);
                    }
                }
            }
        }
    }

    /// Names no list has, typed from their Russian context (see the
    /// module's notes). A headline gives only short forms of names the
    /// document has given in full.
    pub(crate) fn unknown_names_ru(&mut self, text: &str, tokens: &[Token], headline: bool) {
        if !headline {
            self.quoted_names_ru(text, tokens);
        }
        let n = tokens.len();
        let mut i = 0;
        while i < n {
            if self.covered[i] != UNCOVERED || !tokens[i].cap {
                i += 1;
                continue;
            }
            i = self.rules_at(text, tokens, i, headline).max(i + 1);
        }
        self.bodies_with_places_ru(text, tokens);
        self.peoples_ru(text, tokens);
        self.buildings_ru(text, tokens);
        self.airports_ru(text, tokens);
    }

    /// `аэропорт Алматы`, `в аэропорту Бишкека`, `вокзал Шымкента`: the
    /// airport or station of a known city (FAC).
    fn airports_ru(&mut self, text: &str, tokens: &[Token]) {
        for k in 1..tokens.len() {
            let c = self.covered[k];
            if c == UNCOVERED || tokens[k].sep != Sep::Space || self.covered[k - 1] != UNCOVERED {
                continue;
            }
            let head = tokens[k - 1].text(text);
            let en = match in_pairs(head, &FAC_FORMS) {
                Some(en @ ("Airport" | "Station")) if !tokens[k - 1].cap || tokens[k - 1].initial => en,
                _ => continue,
            };
            let span = self.spans[c as usize].clone();
            let Some(e) = span.entry.filter(|_| span.first == k && span.kind == Kind::Gpe) else { continue };
            let e = self.gazetteer.entry(e);
            if e.lat.is_none() {
                continue;
            }
            let name = format!("{} {en}", e.name);
            self.drop_span(c);
            self.push(unknown(k - 1, span.last, Kind::Fac, name));
        }
    }

    /// Nouns for peoples and faiths in lower case: `россиянам` → `Russian`.
    fn peoples_ru(&mut self, text: &str, tokens: &[Token]) {
        for (k, t) in tokens.iter().enumerate() {
            if !t.cyr || self.covered[k] != UNCOVERED {
                continue;
            }
            if t.cap && !t.initial {
                continue;
            }
            // (Most words begin with letters no people's noun begins with.)
            let word = t.text(text);
            if PEOPLE_STARTS.binary_search(&first_two(word)).is_err() {
                continue;
            }
            let lower = lower(word);
            let found = PEOPLES.iter().find(|(stem, _)| {
                lower.strip_prefix(stem).is_some_and(|rest| PEOPLE_ENDINGS.contains(&rest))
            });
            if let Some((_, name)) = found {
                self.push(unknown(k, k + 1, Kind::Norp, (*name).to_string()));
            }
        }
    }

    /// A seat of power named by its building is the building (FAC) where the
    /// text places something at it: `у Белого дома`, `штурм Кремля`.
    fn buildings_ru(&mut self, text: &str, tokens: &[Token]) {
        for span in self.spans.iter_mut().filter(|s| s.live && s.first > 0) {
            let Some(e) = span.entry.map(|e| self.gazetteer.entry(e)) else { continue };
            if e.building {
                let before = lower(tokens[span.first - 1].text(text));
                if AT_BUILDING.contains(&before.as_str()) {
                    span.kind = Kind::Fac;
                }
            }
        }
    }

    /// A known body, then the place it serves in the genitive: `МВД
    /// Кыргызстана` (a Kazakh body named with another country is that
    /// country's), `ГКНБ Киргизии`, `ГУВД Чуйской области` (a body several
    /// countries have takes the place into its name).
    fn bodies_with_places_ru(&mut self, text: &str, tokens: &[Token]) {
        for s in 0..self.spans.len() {
            let span = self.spans[s].clone();
            let Some(entry) = span.entry.filter(|_| span.live) else { continue };
            let e = self.gazetteer.entry(entry);
            if e.kind != Kind::Org {
                continue;
            }
            // Another body with its own country after it keeps its name and
            // takes the country into the mention (`Следственный комитет РФ`).
            if !(e.kazakh_body || e.state_body) {
                let own = e.country.clone();
                let Some(g) = self.covered.get(span.last).copied().filter(|&c| c != UNCOVERED) else {
                    continue;
                };
                let other = self.spans[g as usize].clone();
                let same = other.first == span.last
                    && tokens[span.last].sep == Sep::Space
                    && other.entry.is_some_and(|o| {
                        let o = self.gazetteer.entry(o);
                        o.kind == Kind::Gpe && o.lat.is_none() && o.country.is_some() && o.country == own
                    });
                if same {
                    self.drop_span(g);
                    self.drop_span(s as u32);
                    self.push(Span { last: other.last, live: true, ..span });
                }
                continue;
            }
            let body_of =
                |e: &crate::gazetteer::Entry, place: &str| match e.name.strip_suffix(" of Kazakhstan") {
                    Some(body) => format!("{body} of {place}"),
                    None => format!("{} of {place}", e.name),
                };
            // `киргизский Минздрав`: an adjective of a country before the body.
            if let Some(code) = self.country_adjective_before(text, tokens, span.first) {
                if let Some(country) = self.gazetteer.country_name(code) {
                    let e = self.gazetteer.entry(entry);
                    let name =
                        if e.kazakh_body || e.state_body { body_of(e, country) } else { e.name.clone() };
                    let live = &mut self.spans[s];
                    (live.entry, live.name, live.id) = (None, Some(name), None);
                    continue;
                }
            }
            // `Минздрав республики`, `ГКНБ страны`: the document's country.
            let next_word = tokens.get(span.last).filter(|t| t.sep == Sep::Space && !t.cap && t.cyr);
            // `ГУВД столицы Киргизии`: the country's capital.
            if next_word.is_some_and(|t| lower(t.text(text)).starts_with("столиц"))
                && self.covered[span.last] == UNCOVERED
            {
                if let Some((last, capital)) = self.capital_at(tokens, span.last + 1) {
                    let name = body_of(self.gazetteer.entry(entry), capital);
                    let g = self.covered[span.last + 1];
                    self.drop_span(g);
                    self.drop_span(s as u32);
                    self.push(unknown(span.first, last, Kind::Org, name));
                    continue;
                }
            }
            if next_word.is_some_and(|t| in_set(t.text(text), &COUNTRY_WORD_FORMS))
                && self.covered[span.last] == UNCOVERED
            {
                if let Some(country) = self.document_country() {
                    let e = self.gazetteer.entry(entry);
                    let name = match e.name.strip_suffix(" of Kazakhstan") {
                        Some(body) => format!("{body} of {country}"),
                        None if e.state_body => format!("{} of {country}", e.name),
                        None => e.name.clone(),
                    };
                    self.drop_span(s as u32);
                    self.push(Span {
                        first: span.first,
                        last: span.last + 1,
                        kind: Kind::Org,
                        entry: None,
                        name: Some(name),
                        id: None,
                        live: true,
                    });
                }
                continue;
            }
            let Some(g) = self.covered.get(span.last).copied().filter(|&c| c != UNCOVERED) else { continue };
            let other = self.spans[g as usize].clone();
            if tokens[span.last].sep != Sep::Space || other.first != span.last || other.kind != Kind::Gpe {
                continue;
            }
            let (place, country) = match other.entry {
                Some(o) => {
                    let p = self.gazetteer.entry(o);
                    (p.name.clone(), p.country.clone())
                }
                None => (other.name.clone().unwrap_or_default(), None),
            };
            let e = self.gazetteer.entry(entry);
            let name = if e.kazakh_body {
                // A Kazakh body with a place of its own country keeps its name.
                if country.as_deref() == Some("KZ") || country.is_none() {
                    continue;
                }
                match e.name.strip_suffix(" of Kazakhstan") {
                    Some(body) => format!("{body} of {place}"),
                    None => format!("{} of {place}", e.name),
                }
            } else {
                format!("{} of {place}", e.name)
            };
            self.drop_span(s as u32);
            self.drop_span(g);
            self.push(Span {
                first: span.first,
                last: other.last,
                kind: Kind::Org,
                entry: None,
                name: Some(name),
                id: None,
                live: true,
            });
        }
    }

    /// The country whose lower-case adjective stands right before word `k`
    /// (`киргизский`, `таджикской`).
    fn country_adjective_before(&self, text: &str, tokens: &[Token], k: usize) -> Option<&'static str> {
        if k == 0 || tokens[k].sep != Sep::Space {
            return None;
        }
        let p = &tokens[k - 1];
        if !p.cyr
            || (p.cap && !p.initial)
            || !plainly_adjective(p.text(text)) && !is_adjective_form(p.text(text))
        {
            return None;
        }
        let lower = lower(p.text(text));
        COUNTRY_ADJECTIVES.iter().find(|(stem, _)| lower.starts_with(stem)).map(|(_, code)| *code)
    }

    /// A country named at word `k` (`Киргизии`) whose capital the list
    /// knows: the end of its span and the capital's English name.
    fn capital_at(&self, tokens: &[Token], k: usize) -> Option<(usize, &'static str)> {
        if tokens.get(k)?.sep != Sep::Space {
            return None;
        }
        let c = self.covered[k];
        let span =
            self.spans.get(c as usize).filter(|sp| sp.live && sp.first == k && sp.kind == Kind::Gpe)?;
        let e = self.gazetteer.entry(span.entry?);
        let code = e.country.as_deref().filter(|_| e.lat.is_none())?;
        CAPITALS.iter().find(|(cc, _)| *cc == code).map(|(_, capital)| (span.last, *capital))
    }

    /// `партии "Мекен Туу"`, `агентство «АКИpress»`, `аэропорт "Манас"`:
    /// a quoted name after a word for a body or a facility.
    fn quoted_names_ru(&mut self, text: &str, tokens: &[Token]) {
        let n = tokens.len();
        let mut i = 1;
        while i < n {
            let open = &text[tokens[i - 1].end..tokens[i].start];
            let opens =
                open.trim_start().starts_with(['«', '"', '„', '“']) && open.trim().chars().count() == 1;
            if !opens || !tokens[i - 1].cyr {
                i += 1;
                continue;
            }
            let word = tokens[i - 1].text(text);
            let kind = if in_set(word, &ORG_WORD_FORMS) {
                Some((Kind::Org, None))
            } else {
                in_pairs(word, &FAC_FORMS).map(|en| (Kind::Fac, Some(en)))
            };
            let Some((kind, fac)) = kind else {
                i += 1;
                continue;
            };
            // The quoted words, up to the closing mark.
            let mut b = i + 1;
            while b < n
                && b - i < 6
                && !text[tokens[b - 1].end..tokens[b].start].contains(['»', '"', '“', '”'])
            {
                b += 1;
            }
            let closes = text[tokens[b - 1].end..].trim_start().starts_with(['»', '"', '“', '”']);
            if !closes || (i..b).any(|k| self.covered[k] != UNCOVERED && !self.is_whole_span(k, i, b)) {
                i = b;
                continue;
            }
            // A known name inside the quotes keeps its entry.
            if (i..b).all(|k| self.covered[k] != UNCOVERED) {
                i = b;
                continue;
            }
            let inner = surface(text, tokens, i, b);
            let latin = if tokens[i].cyr { org_latin(&inner) } else { inner.clone() };
            let name = match fac {
                Some(en) => format!("{latin} {en}"),
                None => latin,
            };
            let remembered = Remembered { kind, name: name.clone(), id: None };
            self.push(unknown(i, b, kind, name));
            if kind == Kind::Org {
                self.remember_acronym(text, tokens, b, remembered);
            }
            i = b;
        }
    }

    /// Whether the span covering token `k` lies inside words `a..b`.
    fn is_whole_span(&self, k: usize, a: usize, b: usize) -> bool {
        let s = &self.spans[self.covered[k] as usize];
        s.first >= a && s.last <= b
    }

    /// The rules at the capitalised word `i`, in order; returns the index
    /// after the words taken.
    fn rules_at(&mut self, text: &str, tokens: &[Token], i: usize, headline: bool) -> usize {
        let n = tokens.len();
        let t = tokens[i];
        let w = t.text(text);
        // Consecutive capitalised words no list has (a hyphen joins them too).
        let mut r = i + 1;
        while r < n
            && r - i < 5
            && self.covered[r] == UNCOVERED
            && matches!(tokens[r].sep, Sep::Space | Sep::Hyphen)
            && title_word(text, &tokens[r])
            && tokens[r].cyr == t.cyr
            && !initial_at(text, tokens, r)
            && !(tokens[r].sep == Sep::Space && region_phrase_at(text, tokens, r))
            && !short_participle(tokens[r].text(text))
        {
            r += 1;
        }
        if r - i == 1
            && (self.short_form(tokens, i, r) || (!self.given.is_empty() && self.given_form(tokens, i)))
        {
            return r;
        }
        if headline || in_set(w, &NEVER_FORMS) {
            return i + 1;
        }
        let before = word_before(text, tokens, i);
        if t.cyr {
            if let Some((end, name)) = self.region_adjective(text, tokens, i) {
                self.push_region(i, end, name);
                return end;
            }
        }
        // A person's name after such a word is the person (`группировки
        // Алима Шерзамонова`: the gang of Alim Sherzamonov).
        let person_like = t.cyr && r - i >= 2 && {
            let last = tokens[r - 1].text(text);
            is_surname_form(last) || given_name_any_case(w).is_some()
        };
        // An organisation word before the name: `телеканал КТК`, `портал Pamir Daily News`.
        if before.is_some_and(|b| in_set(b, &ORG_WORD_FORMS)) && !person_like && !t.initial {
            let mut e = i + 1;
            while e < n
                && e - i < 4
                && self.covered[e] == UNCOVERED
                && matches!(tokens[e].sep, Sep::Space | Sep::Hyphen | Sep::Joiner)
                && (tokens[e].cap || tokens[e].digit)
            {
                e += 1;
            }
            let s = surface(text, tokens, i, e);
            let name = if t.cyr { org_latin(&s) } else { s };
            self.push(unknown(i, e, Kind::Org, name));
            return e;
        }
        if t.upper {
            return i + 1; // an acronym no list has
        }
        if !t.cyr {
            return r; // Latin words in Russian text: only known or with a word for a body
        }
        if let Some(end) = self.initials_ru(text, tokens, i) {
            return end;
        }
        // A word opening the sentence, or a role or other context word there
        // (`Аким Тасжарган`, `Город Бесоба`): the name, if any, comes after it.
        if t.initial
            && (in_set(w, &STARTER_FORMS)
                || in_set(w, &ROLE_FORMS)
                || in_set(w, &PLACE_WORD_FORMS)
                || in_set(w, &ORG_WORD_FORMS)
                || in_pairs(w, &FAC_FORMS).is_some())
        {
            return i + 1;
        }
        // A verb or participle opening the sentence before a name
        // (`Допрошен Ерболат Касенов`).
        if t.initial && r - i >= 2 && given_name_any_case(w).is_none() && verb_form(w) {
            return i + 1;
        }
        if let Some((end, name)) = self.region_adjective(text, tokens, i) {
            self.push_region(i, end, name);
            return end;
        }
        // A facility word before the name: `улице Ферганская`, `проспекте Абая`.
        if let Some(en) = before.and_then(|b| in_pairs(b, &FAC_FORMS)) {
            let words: Vec<&str> = (i..r).map(|k| tokens[k].text(text)).collect();
            let base = if words.len() == 1 { street_lemma(words[0]) } else { surface(text, tokens, i, r) };
            self.push(unknown(i - 1, r, Kind::Fac, format!("{} {en}", latin_name(&base))));
            return r;
        }
        // A settlement word before the name: `город Ош`, `в селе Чек-Абад`.
        if before.is_some_and(|b| in_set(b, &PLACE_WORD_FORMS)) && r - i <= 3 {
            let name = latin_name(&surface(text, tokens, i, r));
            self.push(unknown(i, r, Kind::Gpe, name));
            return r;
        }
        if let Some(end) = self.body_ru(text, tokens, i) {
            return end;
        }
        if let Some(end) = self.facility_ru(text, tokens, i, r) {
            return end;
        }
        if let Some(end) = self.person_ru(text, tokens, i, r) {
            return end;
        }
        // A preposition before a place: `в Оше`, `из Хорога`, `на Памире`.
        if let Some(prep) = before.map(str::to_lowercase).filter(|b| PLACE_PREPOSITIONS.contains(&b.as_str()))
        {
            let lower = lower(w);
            let prepositional = lower.ends_with('е') || lower.ends_with('и');
            let surname_like = is_surname_form(w)
                && !(["ове", "еве", "ине", "ыне"].iter().any(|e| lower.ends_with(e))
                    && prep.starts_with('в'));
            if r - i <= 2 && !surname_like && (prep != "на" || prepositional) {
                // Only the last word declines (`Кой-Таша` → `Кой-Таш`).
                let mut lemma = if r - i > 1 { surface(text, tokens, i, r - 1) } else { String::new() };
                if r - i > 1 {
                    lemma.push(if tokens[r - 1].sep == Sep::Hyphen { '-' } else { ' ' });
                }
                lemma.push_str(&place_lemma(tokens[r - 1].text(text)));
                let name = latin_name(&lemma);
                self.push(unknown(i, r, Kind::Gpe, name));
                return r;
            }
        }
        r
    }

    /// `Ж. Бусурманкулов`, `М.Ашыркулова`, `Н. А. Назарбаев`.
    fn initials_ru(&mut self, text: &str, tokens: &[Token], i: usize) -> Option<usize> {
        let single = |k: usize| tokens[k].cap && tokens[k].text(text).chars().count() == 1;
        let mut k = i;
        while k + 1 < tokens.len() && single(k) && text[tokens[k].end..tokens[k + 1].start].trim() == "." {
            k += 1;
        }
        if k == i
            || self.covered[k] != UNCOVERED
            || !tokens[k].cap
            || tokens[k].text(text).chars().count() < 3
        {
            return None;
        }
        let initials: String = (i..k).map(|j| format!("{}. ", to_latin(tokens[j].text(text)))).collect();
        let surname = tokens[k].text(text);
        if let Some(entry) =
            self.gazetteer.word_entry(std::iter::once(tokens[k].hash).chain(self.alts.of(k).iter().copied()))
        {
            if self.gazetteer.entry(entry).kind == Kind::Person {
                self.push(Span {
                    first: i,
                    last: k + 1,
                    kind: Kind::Person,
                    entry: Some(entry),
                    name: None,
                    id: None,
                    live: true,
                });
                return Some(k + 1);
            }
        }
        let (lemma, _) = person_lemma(&[surname], feminine_verb_after(text, tokens, k + 1));
        let name = format!("{initials}{}", latin_name(&lemma.join(" ")));
        self.remember(tokens, k, Remembered { kind: Kind::Person, name: name.clone(), id: None });
        self.push(unknown(i, k + 1, Kind::Person, name));
        Some(k + 1)
    }

    /// `Ошской области`, `Горно-Бадахшанской автономной области`,
    /// `Рушанского района`: the end of the place and its English name.
    fn region_adjective(&mut self, text: &str, tokens: &[Token], i: usize) -> Option<(usize, String)> {
        let n = tokens.len();
        let mut a = i;
        while a + 1 < n && tokens[a + 1].sep == Sep::Hyphen && self.covered[a + 1] == UNCOVERED {
            a += 1;
        }
        let adjective = tokens[a].text(text);
        if !is_place_adjective(adjective) {
            return None;
        }
        let mut d = a + 1;
        let mut autonomous = false;
        if d < n && tokens[d].sep == Sep::Space && lower(tokens[d].text(text)).starts_with("автономн")
        {
            autonomous = true;
            d += 1;
        }
        if d >= n {
            return None;
        }
        let mut end = d + 1;
        let designator = if tokens[d].sep == Sep::Space
            || tokens[d].sep == Sep::Punct && text[tokens[d - 1].end..tokens[d].start].trim() == "."
        {
            designator_at(text, tokens, d)
        } else {
            None
        };
        let designator = match designator {
            Some(designator) => designator,
            None if !autonomous => {
                // `Ошской и Джалал-Абадской областях`: adjectives joined by
                // `и` or commas share the plural designator after the last;
                // this one's mention is the adjective alone.
                let shared = coordinated_designator(text, tokens, d)?;
                end = d;
                d = shared;
                designator_at(text, tokens, d)?
            }
            None => return None,
        };
        // (A designator the next adjective's region has taken is shared.)
        if self.covered[d] != UNCOVERED && end == d + 1 {
            return None;
        }
        let prefix = if a > i { format!("{}-", surface(text, tokens, i, a)) } else { String::new() };
        let bases = adjective_bases(adjective);
        // A place the gazetteer knows by that very name (`Ош` → `Osh`; not
        // `Кызылжар`, an old name of Petropavl, for the Kyzylzhar district).
        let known = bases.iter().find_map(|b| {
            let phrase = format!("{prefix}{b}");
            let entry = self.lookup_phrase(&phrase)?;
            let e = self.gazetteer.entry(entry);
            let same = skeleton_key(&to_latin(&phrase)) == skeleton_key(&e.name);
            (e.kind == Kind::Gpe && same).then(|| e.name.clone())
        });
        let base = match known {
            Some(name) => name,
            None => {
                let first = &bases[0];
                // A district named with a Russian word keeps the adjective (`Oktyabrskiy`).
                let adjectival = first.ends_with('ь') || first.ends_with("ин") || first.ends_with("ов");
                if adjectival && prefix.is_empty() {
                    let mut lemma = String::new();
                    for_each_lemma(adjective, |l| {
                        if lemma.is_empty() && (l.ends_with("ий") || l.ends_with("ой")) {
                            lemma = l.to_string();
                        }
                    });
                    latin_name(&capitalise(&lemma))
                } else {
                    latin_name(&capitalise(&format!("{prefix}{first}")))
                }
            }
        };
        let designator = if autonomous && designator == "Region" { "Autonomous Region" } else { designator };
        Some((end, format!("{base} {designator}")))
    }

    /// A region `region_adjective` found: the gazetteer's entry when it
    /// has one by that name (`Osh Region` of `Ошской и …`, `Kurgan Oblast`
    /// of `Курганской и …`: its id and country), else a name of its own.
    fn push_region(&mut self, i: usize, end: usize, name: String) {
        let known = |phrase: &str| {
            self.lookup_phrase(phrase).filter(|&x| {
                let e = self.gazetteer.entry(x);
                e.kind == Kind::Gpe && e.name == phrase
            })
        };
        // (Russia's regions are oblasts: `Kurgan Oblast`.)
        let entry = known(&name).or_else(|| {
            let base = name.strip_suffix(" Region")?;
            known(&format!("{base} Oblast"))
        });
        match entry {
            Some(entry) => self.push(Span {
                first: i,
                last: end,
                kind: Kind::Gpe,
                entry: Some(entry),
                name: None,
                id: None,
                live: true,
            }),
            None => self.push(unknown(i, end, Kind::Gpe, name)),
        }
    }

    /// The gazetteer entry that `phrase` names in full, if any.
    pub(crate) fn lookup_phrase(&self, phrase: &str) -> Option<u32> {
        let mut toks = Vec::new();
        tokenize(phrase, &mut toks, &mut Skeletons::uncached());
        let m = self.gazetteer.longest_at(phrase, &toks, 0)?;
        (m.last == toks.len()).then_some(m.entry)
    }

    /// A body named by its head noun, with its complements and the place
    /// it serves: `Управления внутренних дел Ошской области`,
    /// `Государственный комитет ... Киргизии`, `Октябрьский районный суд Бишкека`.
    fn body_ru(&mut self, text: &str, tokens: &[Token], i: usize) -> Option<usize> {
        let n = tokens.len();
        let head = (i..(i + 3).min(n))
            .take_while(|&k| k == i || tokens[k].sep == Sep::Space)
            .find(|&k| self.covered[k] == UNCOVERED && bodies::is_head(tokens[k].text(text)))?;
        // Words before the head must be adjectives of a body's name.
        if (i..head).any(|k| {
            let w = tokens[k].text(text);
            !(bodies::is_body_adjective(w) || tokens[k].cap && is_adjective_form(w))
        }) {
            return None;
        }
        let mut e = head + 1;
        while e < n
            && e - head <= 6
            && tokens[e].sep == Sep::Space
            && self.covered[e] == UNCOVERED
            && tokens[e].cyr
            && !tokens[e].cap
            && complement_word(tokens[e].text(text))
        {
            e += 1;
        }
        // `и` only between two words of the name.
        while e > head + 1 && tokens[e - 1].text(text) == "и" {
            e -= 1;
        }
        if e - i < 2 {
            return None;
        }
        // The place it serves, in the genitive.
        let mut place = None;
        let mut end = e;
        if e < n && tokens[e].sep == Sep::Space {
            let c = self.covered[e];
            if c != UNCOVERED {
                let s = self.spans[c as usize].clone();
                if s.first == e && s.kind == Kind::Gpe {
                    place = Some(match s.entry {
                        Some(x) => self.gazetteer.entry(x).name.clone(),
                        None => s.name.clone().unwrap_or_default(),
                    });
                    end = s.last;
                    self.drop_span(c);
                }
            } else if let Some((r_end, name)) = self.region_adjective(text, tokens, e) {
                place = Some(name);
                end = r_end;
            }
        }
        let words: Vec<&str> = (i..e).map(|k| tokens[k].text(text)).collect();
        let name = bodies::english_name(&words, place.as_deref()).unwrap_or_else(|| {
            let mut s = latin_name(&surface(text, tokens, i, e));
            if let Some(p) = &place {
                s.push_str(" of ");
                s.push_str(p);
            }
            s
        });
        let remembered = Remembered { kind: Kind::Org, name: name.clone(), id: None };
        self.push(unknown(i, end, Kind::Org, name));
        self.remember_acronym(text, tokens, end, remembered);
        Some(end)
    }

    /// `Покровский храм`, `Свято-Успенский собор`: a capitalised adjective
    /// and a facility's head noun; `Крокус Сити Холле`: a name ending in a
    /// word for a hall or mall.
    fn facility_ru(&mut self, text: &str, tokens: &[Token], i: usize, r: usize) -> Option<usize> {
        static HALLS: LazyLock<Forms<&'static str>> = LazyLock::new(|| {
            Forms::pairs(&[("холл", "Hall"), ("молл", "Mall"), ("плаза", "Plaza"), ("арена", "Arena")])
        });
        let last = tokens[r - 1].text(text);
        if r - i >= 2 {
            if let Some(en) = in_pairs(last, &HALLS) {
                let words: Vec<String> = (i..r - 1).map(|k| latin_name(tokens[k].text(text))).collect();
                self.push(unknown(i, r, Kind::Fac, format!("{} {en}", words.join(" "))));
                return Some(r);
            }
        }
        // The adjective, then (after at most one more lower-case adjective) the head.
        let a = r - 1;
        if !is_adjective_form(tokens[a].text(text)) {
            return None;
        }
        let mut h = r;
        if tokens.get(h).is_some_and(|t| t.sep == Sep::Space && !t.cap && is_adjective_form(t.text(text))) {
            h += 1;
        }
        let head = tokens.get(h).filter(|t| t.sep == Sep::Space && !t.cap)?;
        let en = in_pairs(head.text(text), &FAC_FORMS)?;
        let mut lemma = String::new();
        for_each_lemma(tokens[a].text(text), |l| {
            if lemma.is_empty() && ["ий", "ый", "ой", "ая", "яя", "ое"].iter().any(|e| l.ends_with(e))
            {
                lemma = l.to_string();
            }
        });
        if lemma.is_empty() {
            lemma = lower(tokens[a].text(text));
        }
        let prefix = if a > i { format!("{}-", surface(text, tokens, i, a)) } else { String::new() };
        // `Свято-Успенский собор` → `Holy Dormition Cathedral`: a church's
        // feast in English, as its English name has it.
        let holy = lower(&prefix) == "свято-";
        // (The lemma's ending may be any adjective's: `троицкый`.)
        let stem = |w: &str| w.char_indices().rev().nth(1).map_or(w.len(), |(k, _)| k);
        let feast = FEASTS.iter().find(|(ru, _)| ru[..stem(ru)] == lemma[..stem(&lemma)]);
        let name = match feast.filter(|_| holy) {
            Some((_, feast)) => format!("{feast} {en}"),
            None => format!("{} {en}", latin_name(&capitalise(&format!("{prefix}{lemma}")))),
        };
        self.push(unknown(i, h + 1, Kind::Fac, name));
        Some(h + 1)
    }

    /// A person's name over words `i..r` (see the module's notes).
    fn person_ru(&mut self, text: &str, tokens: &[Token], i: usize, r: usize) -> Option<usize> {
        let w = tokens[i].text(text);
        // Words of the name: hyphenated parts joined (`Касым-Жомарт`).
        let mut words: Vec<String> = Vec::new();
        for t in &tokens[i..r] {
            let part = t.text(text);
            match words.last_mut() {
                Some(last) if t.sep == Sep::Hyphen => {
                    last.push('-');
                    last.push_str(part);
                }
                _ => words.push(part.to_string()),
            }
        }
        let mut nw = words.len();
        // Two people side by side (`адвокат Тимура Исаева Гульнара
        // Садыкова`): each pair on its own.
        if nw == 4
            && r - i == 4
            && is_surname_form(&words[1])
            && is_surname_form(&words[3])
            && !is_surname_form(&words[0])
            && (given_name_any_case(&words[2]).is_some() || !is_surname_form(&words[2]))
            && self.person_ru(text, tokens, i, i + 2).is_some()
        {
            return self.person_ru(text, tokens, i + 2, r).or(Some(i + 2));
        }
        if nw > 3 {
            return None;
        }
        // The surname first, as court and police reports write it
        // (`Маматов Баходир`, `Маматова Баходира Ильхомовича`): taken in
        // the usual order.
        let surname_first = nw >= 2
            && is_surname_form(&words[0])
            && given_name_any_case(&words[0]).is_none()
            && given_name_any_case(&words[1]).is_some()
            && (nw == 2 || is_patronymic(&words[2]));
        if surname_first {
            let surname = words.remove(0);
            words.push(surname);
        }
        nw = words.len();
        let last = words[nw - 1].as_str();
        let says = |k: usize| tokens.get(k).is_some_and(|t| !t.cap && SAYS.contains(t.text(text)));
        let says_after = r < tokens.len() && tokens[r].sep == Sep::Space && says(r);
        let says_before = i > 0 && tokens[i].sep == Sep::Space && says(i - 1);
        let role = self.role_before(text, tokens, i);
        // A plural noun opening the name (`Коктейли Молотова`) is not a
        // given name; an adjectival surname before a lower-case word is an
        // adjective (`Чуйскую областную`, `Покровский храм`).
        // (Not before a man's surname in the nominative, which no plural
        // noun takes, nor when hyphenated: `Махмуд-Али Калиматов`.)
        let plural_first = nw >= 2
            && !role
            && words[0].ends_with(['ы', 'и'])
            && !words[0].contains('-')
            && given_name_any_case(&words[0]).is_none()
            && !last.ends_with("ой")
            && !["ов", "ев", "ёв", "ин", "ын"].iter().any(|e| last.ends_with(e));
        let adjective_before_noun = nw == 1
            && is_adjective_form(w)
            && tokens.get(r).is_some_and(|t| t.sep == Sep::Space && !t.cap && t.cyr);
        if plural_first || adjective_before_noun {
            return None;
        }
        // Tajik surnames in `-зода`/`-заде` do not decline (`Фарход Назарзода`).
        let tajik_surname = last.len() >= 12 && (last.ends_with("зода") || last.ends_with("заде"));
        let person = if nw >= 2 {
            is_surname_form(last)
                || tajik_surname
                || words[1..nw - 1].iter().any(|m| is_patronymic(m))
                || is_patronymic(last)
                || given_name_any_case(&words[0]).is_some()
                || role
                || says_after
                || says_before
        } else {
            let lower = lower(w);
            let after_in = word_before(text, tokens, i).is_some_and(|b| matches!(b, "в" | "во" | "на"))
                && ["ове", "еве", "ине", "ыне"].iter().any(|e| lower.ends_with(e));
            role || (is_surname_form(w) && !after_in && (!tokens[i].initial || says_after))
        };
        if !person {
            return None;
        }
        // A known person with the patronymic left out.
        // (After a lower-case noun the name may be its complement in the
        // genitive, `организации Алима Шерзамонова`; after a role in the
        // nominative it is not, `министр Ализа Солтонбекова`.)
        let noun_before = i > 0 && tokens[i].sep == Sep::Space && {
            let p = &tokens[i - 1];
            p.cyr && !p.cap && !ROLES.contains(lower(p.text(text)).as_str())
        };
        let hint = !man_by_given_name(&words)
            && (feminine_verb_around(text, tokens, i, r)
                || !genitive_before(text, tokens, i)
                    && (woman_by_given_name(&words) && !noun_before
                        || nw >= 2 && feminine_verb_before(text, tokens, i)));
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let genitive = nw >= 2
            && !hint
            && (genitive_before(text, tokens, i) || self.genitive_role_before(text, tokens, i));
        let (lemma, _) = person_lemma_in(&refs, hint, genitive);
        if nw == 3 && is_patronymic(refs[1]) {
            if let Some(entry) = self.lookup_phrase(&format!("{} {}", lemma[0], lemma[2])) {
                if self.gazetteer.entry(entry).kind == Kind::Person {
                    let e = self.gazetteer.entry(entry);
                    let rem = Remembered { kind: Kind::Person, name: e.name.clone(), id: e.id.clone() };
                    self.remember(tokens, r - 1, rem);
                    self.push(Span {
                        first: i,
                        last: r,
                        kind: Kind::Person,
                        entry: Some(entry),
                        name: None,
                        id: None,
                        live: true,
                    });
                    return Some(r);
                }
            }
        }
        // Given name and surname, the patronymic left out (as a known
        // person's name is given).
        let name = if nw == 3 && is_patronymic(refs[1]) {
            latin_name(&format!("{} {}", lemma[0], lemma[2]))
        } else {
            latin_name(&lemma.join(" "))
        };
        if nw >= 2 {
            let (surname_at, given_at) = if surname_first { (i, i + 1) } else { (r - 1, i) };
            let r_ = Remembered { kind: Kind::Person, name: name.clone(), id: None };
            self.remember(tokens, surname_at, r_.clone());
            for &h in std::iter::once(&tokens[given_at].hash).chain(self.alts.of(given_at)) {
                self.given.insert(h, r_.clone());
            }
        }
        self.push(unknown(i, r, Kind::Person, name));
        Some(r)
    }

    /// The name at `i` stands in the genitive or accusative by the words
    /// before it: a role in an oblique case (`министра`, `начальника`), or
    /// `по данным`, `по словам` before a role and its complement (`по данным
    /// замглавы МВД Ингушетии …`).
    fn genitive_role_before(&self, text: &str, tokens: &[Token], i: usize) -> bool {
        const CUES: &[&str] = &["данным", "словам", "мнению", "заявлению", "сообщению", "информации"];
        let mut k = i;
        let mut steps = 0;
        while k > 0 && steps < 10 {
            if !matches!(tokens[k].sep, Sep::Space | Sep::Hyphen) {
                return false;
            }
            k -= 1;
            steps += 1;
            let t = &tokens[k];
            let w = t.text(text);
            if !t.cap && CUES.contains(&w) {
                return true;
            }
            if !t.cap && in_set(w, &ROLE_FORMS) {
                let l = lower(w);
                // `замглавы`, `замминистра` do not show their case.
                if l.starts_with("зам") && ROLES.contains(l.as_str()) {
                    continue;
                }
                return !ROLES.contains(l.as_str()) && l.ends_with(['а', 'я', 'ы', 'и']);
            }
            if !self.in_role_complement(text, tokens, k, steps) {
                return false;
            }
        }
        false
    }

    /// Token `k`, `steps` words back, can belong to a role's complement
    /// (`министр внутренних дел`, `начальник УВД города Оша`): a word found
    /// already, an acronym, a lower-case complement word, or a capitalised
    /// Cyrillic word further back than the word just before the name.
    fn in_role_complement(&self, text: &str, tokens: &[Token], k: usize, steps: usize) -> bool {
        let t = &tokens[k];
        self.covered[k] != UNCOVERED
            || t.upper
            || (!t.cap && t.cyr && complement_word(t.text(text)))
            || (t.cap && steps > 1 && t.cyr)
    }

    /// A role word before token `i`, directly or across its complement
    /// (lower-case words, acronyms, known bodies and places):
    /// `министр внутренних дел`, `начальник УВД города Оша`.
    fn role_before(&self, text: &str, tokens: &[Token], i: usize) -> bool {
        let mut k = i;
        let mut steps = 0;
        while k > 0 && steps < 8 {
            if !matches!(tokens[k].sep, Sep::Space | Sep::Hyphen) {
                return false;
            }
            k -= 1;
            steps += 1;
            let t = &tokens[k];
            let w = t.text(text);
            if in_set(w, &ROLE_FORMS) {
                return true;
            }
            if !self.in_role_complement(text, tokens, k, steps) {
                return false;
            }
        }
        false
    }
}

/// The skeletons of the words of `name`, run together.
fn skeleton_key(name: &str) -> String {
    let mut out = String::new();
    let mut buf = Vec::new();
    for word in name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        crate::skeleton::skeleton_into(word, &mut buf);
        out.push_str(&String::from_utf8_lossy(&buf));
    }
    out
}

/// A lower-case word that can be part of a body's name or a role's
/// complement: not a verb, not a preposition other than `по`.
fn complement_word(w: &str) -> bool {
    const STOP: &[&str] = &[
        "в",
        "во",
        "на",
        "с",
        "со",
        "к",
        "ко",
        "у",
        "из",
        "за",
        "для",
        "до",
        "от",
        "при",
        "о",
        "об",
        "что",
        "как",
        "не",
        "а",
        "но",
        "или",
        "же",
        "ли",
        "бы",
        "это",
        "который",
        "которая",
        "которые",
        "которого",
        "года",
        "году",
        "год",
        "лет",
        "также",
        "уже",
        "еще",
        "ещё",
    ];
    let lower = lower(w);
    if STOP.contains(&lower.as_str()) {
        return false;
    }
    let verb = ["л", "ла", "ли", "ло", "ет", "ют", "ит", "ят", "ся", "сь", "ть", "ат"]
        .iter()
        .any(|e| lower.ends_with(e))
        && !["дел", "сил", "ет"].contains(&lower.as_str());
    !verb
}

/// A word in a form only an adjective has (`Центрального`, `Октябрьский`;
/// not `-ом`, `-ой`, which nouns share: `Таджикистаном`, `Астаной`).
fn plainly_adjective(w: &str) -> bool {
    let lower = lower(w);
    ["ого", "ому", "ую", "ая", "ый", "ий", "ое", "ых", "их", "ые", "ие", "ым"]
        .iter()
        .any(|e| lower.ends_with(e))
}

/// A word in an adjective's form (`Октябрьский`, `Алмалинского`).
fn is_adjective_form(w: &str) -> bool {
    let lower = lower(w);
    ["ий", "ый", "ой", "ая", "ого", "ому", "ую", "ое", "ом", "им", "ым"].iter().any(|e| lower.ends_with(e))
}

/// `Абая` → `Абай`, `Гоголя` → `Гоголь`, `Жандосова` → `Жандосов`: the
/// person a street is named after, in the nominative.
fn street_lemma(word: &str) -> String {
    let lower = lower(word);
    if is_surname_form(word) {
        return person_lemma(&[word], false).0.join(" ");
    }
    if let Some(stem) = lower.strip_suffix('я') {
        let vowel = stem.ends_with(|c: char| "аеёиоуыэюя".contains(c));
        return capitalise(&format!("{stem}{}", if vowel { "й" } else { "ь" }));
    }
    word.to_string()
}

/// The first letter and each letter after a hyphen in upper case.
fn capitalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut up = true;
    for c in s.chars() {
        if up {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        up = c == '-' || c == ' ';
    }
    out
}
