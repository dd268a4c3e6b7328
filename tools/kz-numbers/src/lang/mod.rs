//! What kz-numbers knows of each language, behind one trait.
//!
//! The engine ([`crate::read`] reads numbers, [`crate::around`] and
//! [`crate::claims`] find who was counted and what happened to them) asks
//! questions of a `Lexicon`: is this word a verb of harm, a noun of
//! people, a qualifier, a unit; how are number words read. Each language
//! answers in its own module: [`en`] for English (`en/mod.rs`, the ways of
//! writing numbers; `en/words.rs`, the word lists), [`ru`] for Russian
//! (`ru/mod.rs`; `ru/table.rs`, the inflected words generated from stems and
//! endings). Kazakh is a new module beside them, implementing the same
//! trait, and a line in [`crate::extract::rules_for`]; the engine does not
//! change.
//!
//! The engine is generic over the lexicon (`Ctx<L>`), so each language gets
//! its own compiled copy and every question is an inlined `match`.

pub mod en;
pub mod ru;

use crate::extract::{Ctx, Kind, Qualifier, Raw};

/// What happened to the people counted. The output's `event` is one of six
/// classes ([`Event::as_str`]); the finer words a report uses are kept as
/// `event_detail` ([`Event::detail`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    Killed,
    /// Killed, by beheading.
    Beheaded,
    Injured,
    /// Injured, and taken to or kept in hospital, or treated by doctors.
    Hospitalized,
    Detained,
    /// Detained, by arrest (a court's or an investigator's order).
    Arrested,
    Missing,
    /// Present, taking part: crowds, participants, forces sent in.
    Involved,
    /// A fate that is neither harm nor presence.
    Other,
    /// Other: evacuated.
    Evacuated,
    /// Other: sentenced, convicted, given terms.
    Sentenced,
    /// Other: fined.
    Fined,
    /// Other: released, freed, let go.
    Released,
    /// Other: still at large, wanted, fled.
    AtLarge,
    /// Other: charged, prosecuted, facing charges.
    Charged,
    /// Other: taken or held hostage.
    Hostage,
    /// Injured: "casualties", killed and injured together.
    Casualties,
}

impl Event {
    /// The class written as `event`: killed, injured, detained, missing,
    /// involved or other.
    pub fn as_str(self) -> &'static str {
        match self.class() {
            Event::Killed => "killed",
            Event::Injured => "injured",
            Event::Detained => "detained",
            Event::Missing => "missing",
            Event::Involved => "involved",
            _ => "other",
        }
    }

    /// The class this event belongs to.
    pub fn class(self) -> Event {
        match self {
            Event::Killed | Event::Beheaded => Event::Killed,
            Event::Injured | Event::Hospitalized | Event::Casualties => Event::Injured,
            Event::Detained | Event::Arrested => Event::Detained,
            Event::Missing => Event::Missing,
            Event::Involved => Event::Involved,
            _ => Event::Other,
        }
    }

    /// The finer word written as `event_detail`, if any.
    pub fn detail(self) -> Option<&'static str> {
        Some(match self {
            Event::Beheaded => "beheaded",
            Event::Hospitalized => "hospitalized",
            Event::Arrested => "arrested",
            Event::Evacuated => "evacuated",
            Event::Sentenced => "sentenced",
            Event::Fined => "fined",
            Event::Released => "released",
            Event::AtLarge => "at_large",
            Event::Charged => "charged",
            Event::Hostage => "hostage",
            Event::Casualties => "casualties",
            _ => return None,
        })
    }

    /// Harm or arrest: what "a", "an" may count one of, what vouches for a
    /// noun not in the table being people.
    pub fn is_harm(self) -> bool {
        matches!(self.class(), Event::Killed | Event::Injured | Event::Detained | Event::Missing)
    }
}

/// Who the people counted are, in the coarse classes event data uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WhoClass {
    Civilians,
    SecurityForces,
    Militants,
    Protesters,
    People,
}

impl WhoClass {
    pub fn as_str(self) -> &'static str {
        match self {
            WhoClass::Civilians => "civilians",
            WhoClass::SecurityForces => "security_forces",
            WhoClass::Militants => "militants",
            WhoClass::Protesters => "protesters",
            WhoClass::People => "people",
        }
    }
}

/// A qualifier as read; `Nearly` is written `about` with an upper bound,
/// `Between` becomes a range when a second number follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qual {
    AtLeast,
    MoreThan,
    LessThan,
    UpTo,
    About,
    Nearly,
    Between,
}

/// Everything the engine asks of a language. Words are given in lower case
/// (for Cyrillic, with `ё` as `е`); `cx` gives the tokens around for the
/// questions that need them.
pub(crate) trait Lexicon: Sized + 'static {
    // ----- reading the text ---------------------------------------------------

    /// True when the text may hold a number in this language: a cheap test
    /// before any tokenizing.
    fn may_have_numbers(text: &str) -> bool;

    /// `text` in lower case into `out`, byte for byte the same length.
    fn lowercase(text: &str, out: &mut String);

    /// A comma before one or two digits is a decimal point ("1,5 млн").
    const DECIMAL_COMMA: bool;

    /// Word order is free: a verb with an object after a count that has
    /// none may take the count as its object ("150 из них
    /// госпитализировали").
    const FREE_ORDER: bool;

    /// Tokens ending at `p` that stand between a verb and its count without
    /// changing it ("в общей сложности"): how many.
    fn filler_before(cx: &Ctx<Self>, p: usize) -> usize;

    /// A partitive names its whole with a determiner ("two of the
    /// guards"); without one ("двое из пострадавших") when false.
    const PARTITIVE_NEEDS_DETERMINER: bool;

    /// The digits at token `i`, before a dot and two digits, are a clock
    /// time ("в 20.30").
    fn dot_clock(cx: &Ctx<Self>, i: usize) -> bool;

    /// The qualifier starting at token `start` is one here ("до" is not
    /// "up to" in "возросло до 13" or "с 60 до 120").
    fn qualifier_ok(cx: &Ctx<Self>, start: usize) -> bool;

    /// Abbreviations after which a full stop does not end a sentence.
    fn abbreviation(w: &str) -> bool;

    // ----- numbers --------------------------------------------------------------

    /// The word `w` may start a number: a quick test, true of every word
    /// [`Lexicon::read_words`] reads, made before it is called.
    fn may_start_number(w: &str) -> bool;

    /// The number (or vague amount, zero, article counting one) that
    /// starts with the word at token `i`.
    fn read_words(cx: &Ctx<Self>, i: usize) -> Option<Raw>;

    /// The value of number words from token `i` and the token after them.
    fn number_words(cx: &Ctx<Self>, i: usize) -> Option<(f64, usize)>;

    /// Words that multiply what comes before: "hundred", "million", "тыс".
    fn multiplier_word(w: &str) -> Option<f64>;

    /// A unit after token `j` (words, signs, a hyphenated compound): its
    /// normal form, kind, and the token after it.
    fn unit_words(cx: &Ctx<Self>, j: usize) -> Option<(&'static str, Kind, usize)>;

    /// A unit glued to digits ("5km", "40км"): its normal form and kind.
    fn unit_after(w: &str) -> Option<(&'static str, &'static str)>;

    /// "per liter" after a price: the token after, when there.
    fn per_liter(cx: &Ctx<Self>, j: usize) -> Option<usize>;

    /// A currency code written before a number: "USD 39 billion".
    fn currency_code(w: &str) -> Option<&'static str>;

    /// A suffix glued to digits that makes an ordinal: "8th".
    fn ordinal_suffix(w: &str) -> bool;

    /// A suffix glued to four digits that makes a decade: "1990s".
    fn decade_suffix(w: &str) -> bool;

    /// A suffix glued to digits that makes a clock hour: "3pm".
    fn meridiem_suffix(w: &str) -> bool;

    /// A suffix glued to digits meaning thousands: "5k".
    fn thousand_suffix(w: &str) -> bool;

    /// A clock hour's marker at token `j` ("p.m.", "o'clock"): the hour on a
    /// 24-hour clock and the token after (`j` when there is none).
    fn meridiem(cx: &Ctx<Self>, h: u32, j: usize) -> (u32, usize);

    /// The hour `h` on a 24-hour clock after "am"/"pm".
    fn meridiem_hour(h: u32, w: &str) -> u32;

    /// Token `k` is a month name (for "June 14", "5 июня").
    fn is_month(cx: &Ctx<Self>, k: usize) -> bool;

    /// A word before a number that makes it an age: "aged 25".
    fn age_before(w: &str) -> bool;

    /// Words before a number that make it a label: "article 272", "ст. 264".
    fn label_word(w: &str) -> bool;

    /// Words for a person by office, before an age between commas.
    fn person_title(w: &str) -> bool;

    /// A word this tool knows as something other than a name (for "Khabar
    /// 24": a number after a name is part of it).
    fn known_word(w: &str) -> bool;

    /// The word before a second count that makes a ratio: "one in five".
    fn ratio_link(w: &str) -> bool;

    /// "from" and "to" of "from 60 to 120 tenge".
    fn change_from(w: &str) -> bool;
    fn change_to(w: &str) -> bool;

    /// Qualifiers before a number, longest first within each group.
    const QUALIFIERS: &'static [(&'static [&'static str], Qual)];

    /// The last word of some qualifier or additive phrase (a quick test
    /// before the tables are searched).
    fn qualifier_end(w: &str) -> bool;

    /// Words that add to a count already given: "a further two", "ещё 17".
    const ADDITIVE: &'static [&'static [&'static str]];

    /// "more" after a count: "five more".
    fn more_after(cx: &Ctx<Self>, j: usize) -> bool;

    /// A qualifier after a count ("or more", "or so"; "с лишним"): the
    /// qualifier and the token after it.
    fn after_qualifier(cx: &Ctx<Self>, j: usize) -> Option<(Qualifier, usize)>;

    /// The link of a range at token `j`: "and" after "between", "to", "or",
    /// a dash. `between`: the count has the qualifier "between" ("от").
    fn range_link(cx: &Ctx<Self>, raw: &Raw, j: usize, between: bool) -> bool;

    // ----- who and what happened --------------------------------------------

    /// Verbs before the people counted that say what happened to them
    /// ("killed three soldiers"; in Russian also "погибли 17 человек").
    fn active_verb(w: &str) -> Option<Event>;

    /// Verbs before a number that vouch for a noun not in the table being people.
    fn strong_verb(w: &str) -> bool;

    /// Verbs that take the people as their object ("killed three guards"):
    /// after a count, its people did the harm.
    fn takes_object(w: &str) -> bool;

    /// Words after the people counted that say what happened to them.
    fn event_word(w: &str) -> Option<Event>;

    /// A multi-word phrase at token `j` that says what happened: the event
    /// and the token after it.
    fn event_phrase(cx: &Ctx<Self>, j: usize) -> Option<(Event, usize)>;

    /// The group named in "Among the dead were", "Среди погибших".
    fn group_event(w: &str) -> Option<Event>;

    /// Nouns that are themselves the event: "17 deaths", "24 погибших".
    fn event_noun(w: &str) -> Option<Event>;

    /// Participles that name people after a partitive: "four of the injured".
    fn partitive_participle(w: &str) -> bool;

    /// The class of a noun that names people.
    fn people_noun(w: &str) -> Option<WhoClass>;

    /// A people noun that is often a modifier: "police cars".
    fn attributive_noun(w: &str) -> bool;

    /// A generic noun of people whose class its complement tells:
    /// "members", "сотрудники".
    fn generic_noun(w: &str) -> bool;

    /// The class a complement gives a generic noun: "(members of the)
    /// security forces", "(сотрудники) полиции".
    fn complement_class(w: &str) -> Option<WhoClass>;

    /// "armed" before a noun of people: militants.
    fn armed_word(w: &str) -> bool;

    /// Auxiliaries and adverbs between the people counted and their verb.
    fn aux_word(w: &str) -> bool;

    /// Copulas: "were", "was", "are", "is"; "были".
    fn copula(w: &str) -> bool;

    /// A copula or auxiliary of the perfect: also "have", "had".
    fn auxiliary(w: &str) -> bool;

    /// A singular auxiliary: "was", "is", "has" (English numbers agree
    /// with their verb; Russian ones often take the singular).
    fn singular_aux(w: &str) -> bool;

    /// Auxiliaries of the passive: "were", "been".
    fn passive_aux(w: &str) -> bool;

    /// Verbs that are an event only in the passive: "were held".
    fn passive_event(w: &str) -> Option<Event>;

    /// Words ending at token `p`, before a count, that say what happened:
    /// "shot dead", "looking for", "жертвами стали".
    fn phrase_before(cx: &Ctx<Self>, p: usize) -> Option<Event>;

    /// A participle that may open a phrase before the clause's own verb:
    /// "(five gunmen) involved (in the attacks … have been killed)",
    /// "(nine people,) detained (in Vahdat)".
    fn participle(w: &str) -> bool;

    /// A participle of no event that may do the same: "suspected", "armed".
    fn modifier_participle(w: &str) -> bool;

    /// Verbs of saying: "it said were killed".
    fn report_verb(w: &str) -> bool;

    /// An object of a verb starts at token `k` (a number, an article, a
    /// noun of people): "killed three guards".
    fn object_start(cx: &Ctx<Self>, k: usize) -> bool;

    /// Verbs that count as killing only for a noun of people: "destroyed".
    fn weak_event(w: &str) -> Option<Event>;

    /// "with" of "94 with gunshot wounds".
    fn with_word(w: &str) -> bool;

    /// "fatal" of "received fatal wounds".
    fn fatal_word(w: &str) -> bool;

    /// Nouns of an event before their people: "the deaths of", "гибели".
    fn event_noun_of(w: &str) -> Option<Event>;

    /// The link after such a noun: "of", "to".
    fn noun_link(w: &str) -> bool;

    /// Nouns of a crowd: "a crowd of 300".
    fn crowd_noun(w: &str) -> bool;

    /// Nouns of people that take part: "participants".
    fn participant_noun(w: &str) -> bool;

    /// "lives" of "claimed 140 lives", "жизни".
    fn life_noun(w: &str) -> bool;

    /// The verbs that take lives: "claimed", "took", "унесла".
    fn life_verb(w: &str) -> bool;

    /// "included" of "The dead included six".
    fn include_verb(w: &str) -> bool;

    /// The link of a count to the one before it as the next object of its
    /// verb ("and", a comma in a list) or as its company ("along with"),
    /// ending just before `first`: the token where the link starts, and
    /// `true` for company (the count before may be anywhere in the sentence).
    fn conjunct_link(cx: &Ctx<Self>, first: usize) -> Option<(usize, bool)>;

    /// A word that looks like a verb, not a noun, after a count: "(2,000)
    /// filled (the square)".
    fn verb_like(w: &str) -> bool;

    /// A noun of population: "population", "населением" (the count after it
    /// is no count of people in an incident).
    fn population_word(w: &str) -> bool;

    /// "total" of "a total of 37": not a noun the count is a complement of.
    fn total_noun(w: &str) -> bool;

    /// Verbs that revise a figure: "revised", "raised" (… from 10).
    fn revise_verb(w: &str) -> bool;

    /// Words that mark a figure as an earlier one: "earlier", "previously",
    /// "ранее".
    fn earlier_word(w: &str) -> bool;

    /// Words after "earlier" that make it a time, not a revision: "earlier
    /// this week".
    fn time_after_earlier(w: &str) -> bool;

    /// Nouns of figures after a word of earlier: "earlier reports",
    /// "the previous toll", "прежние данные".
    fn figure_noun(w: &str) -> bool;

    /// Words that withdraw a figure: "retracted", "опроверг".
    fn retract_word(w: &str) -> bool;

    /// `w` may be a word of `Lexicon::earlier_word` or
    /// `Lexicon::retract_word`, by its first letter (a quick test).
    fn supersede_initial(w: &str) -> bool;

    /// The link of "Among the victims were": "were", "included".
    fn among_link(w: &str) -> bool;

    /// "number of" at token `k`: the token after it ("the number of
    /// people killed rose to 41").
    fn number_of(cx: &Ctx<Self>, k: usize) -> Option<usize>;

    /// Prepositions of place after a count: "hundreds more in Taraz".
    fn locative(w: &str) -> bool;

    /// A preposition of place or origin: "на", "из".
    fn locative_or_origin(w: &str) -> bool {
        Self::locative(w) || Self::origin_prep(w)
    }

    /// A phrase of fate at token `j` ("brought to responsibility",
    /// "received suspended terms"): `Some` when the word opens one, with
    /// what it decided.
    fn fate_phrase(cx: &Ctx<Self>, j: usize) -> Option<Option<Event>>;

    /// A verb in the past, before "a"/"an" counting one.
    fn past_verb(w: &str) -> bool;

    /// Words that end the noun after a number.
    fn stop_word(w: &str) -> bool;

    /// Verbs of fate that is no harm: "sentenced", "fined", "released".
    fn fate_verb(w: &str) -> Option<Event>;

    /// Words just before a toll's figure: "(has risen) to", "reached".
    fn toll_verb(w: &str) -> bool;

    /// Verbs that put the figure after them as a floor: "exceeded", "topped".
    fn exceed_verb(w: &str) -> bool;

    /// A figure that may be reached, not one that is: "could reach",
    /// "may rise to", "может достигать". `i` is the token just before the
    /// number (the reach verb or its "to").
    fn modal_reach(cx: &Ctx<Self>, i: usize) -> bool;

    /// The noun of a toll: "toll", "число", "количество".
    fn toll_noun(w: &str) -> bool;

    /// The event of a toll noun that names none ("the toll": killed;
    /// "число": none, the noun after it says).
    fn toll_default(w: &str) -> Option<Event>;

    /// "of" of a partitive: "two of them", "из них".
    fn partitive_prep(w: &str) -> bool;

    /// The words between a part and the count of its whole at token `j`:
    /// "of", "out of", "of the"; "из". The token after them.
    fn partitive_link(cx: &Ctx<Self>, j: usize) -> Option<usize>;

    /// Pronouns after a partitive: "them", "whom"; "них", "которых".
    fn partitive_pronoun(w: &str) -> bool;

    /// Determiners after a partitive: "the", "their" ("two of the
    /// guards"); after a vague amount, the ones that may stand between it
    /// and its noun ("dozens of the").
    fn determiner(w: &str, after_vague: bool) -> bool;

    /// The definite article, where the language has one.
    fn article(w: &str) -> bool;

    /// "those" of "among those detained", "Of those detained".
    fn demonstrative(w: &str) -> bool;

    /// Words before a noun that do not change it: "other", "more".
    fn noun_prefix(w: &str) -> bool;

    /// "and", "or".
    fn conjunction(w: &str) -> bool;

    /// "not", "never", "no".
    fn negation(w: &str) -> bool;

    /// "who" of a relative clause.
    fn relative(w: &str) -> bool;

    /// "among" of "were among the dead".
    fn among(w: &str) -> bool;

    /// Words that open an aside between commas: "including", "aged".
    fn aside_opener(w: &str) -> bool;

    /// "of", "from" of "citizens of Georgia".
    fn origin_prep(w: &str) -> bool;

    /// Verbs that take wounds: "suffered", "received"; "получили".
    fn light_verb(w: &str) -> bool;

    /// Nouns of wounds after them: "wounds", "ранения".
    fn wound_noun(w: &str) -> bool;

    /// Words that end a clause after a noun ("in", "at", "during").
    fn clause_end(w: &str) -> bool;

    /// "including 11 attackers", "в том числе 8": the count at `first` is
    /// worded as part of a total.
    fn subtotal_before(cx: &Ctx<Self>, first: usize) -> bool;

    /// Words before a verb of harm that skip to it: "reportedly".
    fn verb_adverb(w: &str) -> bool;

    /// Words before a count that may stand between it and its verb: "the",
    /// "reportedly", "уже".
    fn before_skip(w: &str) -> bool;
}
