//! The word lists kz-numbers reads news with: number words, reporting verbs,
//! the nouns that name people and the class they belong to, units.
//!
//! Every function takes a lowercase word (ASCII-lowercased; the text's
//! other characters are unchanged) and answers with a `match`, which the
//! compiler turns into length-and-bytes comparisons: no hashing, no allocation.

/// What happened to the people counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    Killed,
    Injured,
    Detained,
    Arrested,
    Missing,
    Evacuated,
    Hospitalized,
    Involved,
    Other,
}

impl Event {
    pub fn as_str(self) -> &'static str {
        match self {
            Event::Killed => "killed",
            Event::Injured => "injured",
            Event::Detained => "detained",
            Event::Arrested => "arrested",
            Event::Missing => "missing",
            Event::Evacuated => "evacuated",
            Event::Hospitalized => "hospitalized",
            Event::Involved => "involved",
            Event::Other => "other",
        }
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

/// Words that multiply what comes before: "two hundred", "1.5 million".
pub fn multiplier_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 100.0,
        "thousand" => 1e3,
        "million" | "mln" => 1e6,
        "billion" | "bln" => 1e9,
        _ => return None,
    })
}

pub fn ordinal_word(w: &str) -> Option<u32> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "twentieth" => 20,
        "hundredth" => 100,
        _ => return None,
    })
}

/// Vague amounts and the low bound that is standard for them, if any
/// ("dozens" means at least two dozen).
pub fn vague_word(w: &str) -> Option<Option<f64>> {
    Some(match w {
        "dozens" => Some(24.0),
        "hundreds" => Some(200.0),
        "thousands" => Some(2000.0),
        "millions" => Some(2e6),
        "several" => None,
        _ => return None,
    })
}

/// Verbs that take the people counted as their object when they come just
/// before the number: "killed three soldiers", "detained more than 3,000".
pub fn active_verb(w: &str) -> Option<Event> {
    Some(match w {
        "killed" | "killing" | "kill" | "kills" | "murdered" | "executed" | "beheaded" | "slew" | "slain"
        | "lost" | "liquidated" | "eliminated" => Event::Killed,
        "wounded" | "wounding" | "wound" | "wounds" | "injured" | "injuring" | "injure" | "injures"
        | "hurt" | "hurting" => Event::Injured,
        "detained" | "detaining" | "detain" | "detains" | "apprehended" | "captured" => Event::Detained,
        "arrested" | "arresting" | "arrest" | "arrests" => Event::Arrested,
        "evacuated" | "evacuating" | "evacuate" | "evacuates" => Event::Evacuated,
        "hospitalized" | "hospitalised" => Event::Hospitalized,
        "involving" | "involved" => Event::Involved,
        _ => return None,
    })
}

/// Verbs before a number that vouch for a noun not in the table being
/// people: "killed two shepherds"; not "lost 7 tanks", "captured 3 trucks".
pub fn strong_verb(w: &str) -> bool {
    matches!(
        w,
        "killed"
            | "killing"
            | "wounded"
            | "wounding"
            | "injured"
            | "injuring"
            | "detained"
            | "detaining"
            | "arrested"
            | "arresting"
            | "murdered"
            | "executed"
            | "beheaded"
            | "liquidated"
    )
}

/// Words that say what happened when they follow the people counted:
/// "six people were killed", "seven have been detained", "nine injured".
pub fn event_word(w: &str) -> Option<Event> {
    Some(match w {
        "killed" | "died" | "dead" | "perished" | "beheaded" | "slain" | "murdered" | "executed"
        | "deceased" | "die" | "liquidated" | "eliminated" => Event::Killed,
        "injured" | "wounded" | "hurt" => Event::Injured,
        "hospitalized" | "hospitalised" => Event::Hospitalized,
        "detained" | "apprehended" | "captured" => Event::Detained,
        "arrested" => Event::Arrested,
        "missing" => Event::Missing,
        "evacuated" => Event::Evacuated,
        "involved" | "participated" => Event::Involved,
        _ => return None,
    })
}

/// Multi-word reporting phrases after the people counted.
pub const EVENT_PHRASES: &[(&[&str], Event)] = &[
    (&["lost", "their", "lives"], Event::Killed),
    (&["lost", "his", "life"], Event::Killed),
    (&["lost", "her", "life"], Event::Killed),
    (&["shot", "dead"], Event::Killed),
    (&["found", "dead"], Event::Killed),
    (&["gunned", "down"], Event::Killed),
    (&["taken", "into", "custody"], Event::Detained),
    (&["rounded", "up"], Event::Detained),
    (&["taken", "to", "hospital"], Event::Hospitalized),
    (&["taken", "to", "the", "hospital"], Event::Hospitalized),
    (&["admitted", "to", "hospital"], Event::Hospitalized),
    (&["went", "missing"], Event::Missing),
    (&["gone", "missing"], Event::Missing),
    (&["unaccounted", "for"], Event::Missing),
    (&["took", "part"], Event::Involved),
    (&["in", "hospital"], Event::Hospitalized),
    (&["in", "the", "hospital"], Event::Hospitalized),
    (&["in", "intensive", "care"], Event::Hospitalized),
    (&["taking", "part"], Event::Involved),
    (&["in", "custody"], Event::Detained),
    (&["in", "detention"], Event::Detained),
    (&["in", "police", "custody"], Event::Detained),
    (&["behind", "bars"], Event::Detained),
];

/// The group named in "Among the dead were", "were among the injured",
/// "Of the 225 dead,".
pub fn group_event(w: &str) -> Option<Event> {
    Some(match w {
        "dead" | "killed" | "victims" | "fatalities" | "deceased" => Event::Killed,
        "injured" | "wounded" => Event::Injured,
        "detained" | "detainees" => Event::Detained,
        "arrested" => Event::Arrested,
        "missing" => Event::Missing,
        "hospitalized" | "hospitalised" => Event::Hospitalized,
        "casualties" => Event::Other,
        _ => return None,
    })
}

/// Nouns that are themselves the event: "17 deaths", "no casualties".
pub fn event_noun(w: &str) -> Option<Event> {
    Some(match w {
        "dead" | "deaths" | "fatalities" | "bodies" => Event::Killed,
        "detainees" => Event::Detained,
        "injuries" | "injured" | "wounded" => Event::Injured,
        "arrests" => Event::Arrested,
        "detentions" => Event::Detained,
        "casualties" => Event::Other,
        _ => return None,
    })
}

/// Words between the people counted and the verb that do not break the link:
/// auxiliaries and the adverbs of casualty reports.
pub fn aux_word(w: &str) -> bool {
    matches!(
        w,
        "were"
            | "was"
            | "are"
            | "is"
            | "have"
            | "has"
            | "had"
            | "been"
            | "being"
            | "be"
            | "got"
            | "get"
            | "reportedly"
            | "reported"
            | "also"
            | "later"
            | "all"
            | "both"
            | "then"
            | "seriously"
            | "critically"
            | "severely"
            | "slightly"
            | "lightly"
            | "badly"
            | "fatally"
            | "mortally"
            | "gravely"
            | "allegedly"
            | "confirmed"
            | "said"
            | "believed"
            | "feared"
            | "thought"
            | "known"
            | "to"
            | "subsequently"
            | "eventually"
            | "immediately"
            | "already"
            | "now"
            | "still"
            | "who"
            | "reports"
            | "remain"
            | "remains"
            | "remained"
            | "say"
            // hedges: "may have been killed"
            | "may"
            | "might"
            | "could"
            | "would"
            | "likely"
            | "probably"
            | "possibly"
            | "briefly"
            | "temporarily"
            | "initially"
    )
}

/// Words that end the noun after a number: function words, auxiliaries.
pub fn stop_word(w: &str) -> bool {
    aux_word(w)
        || matches!(
            w,
            "in" | "at"
                | "on"
                | "of"
                | "for"
                | "from"
                | "by"
                | "with"
                | "and"
                | "or"
                | "but"
                | "while"
                | "which"
                | "that"
                | "as"
                | "after"
                | "before"
                | "during"
                | "than"
                | "per"
                | "a"
                | "an"
                | "the"
                | "this"
                | "these"
                | "those"
                | "their"
                | "his"
                | "her"
                | "its"
                | "our"
                | "including"
                | "among"
                | "into"
                | "near"
                | "across"
                | "along"
                | "over"
                | "under"
                | "since"
                | "until"
                | "when"
                | "where"
                | "not"
                | "no"
                | "more"
                | "who"
                | "whom"
                | "them"
                | "they"
                | "it"
                | "he"
                | "she"
                | "we"
                | "you"
                | "i"
                | "there"
                | "here"
                | "out"
                | "up"
                | "down"
                | "off"
                | "inside"
                | "outside"
                | "yesterday"
                | "today"
                | "tonight"
                | "ago"
                | "each"
                | "apiece"
                | "every"
                | "so"
                | "if"
                | "because"
                | "although"
                | "though"
                | "whose"
                | "via"
                // verbs that follow the people counted
                | "suffered"
                | "sustained"
                | "received"
                | "suffering"
                | "sustaining"
                | "fled"
                | "gathered"
                | "marched"
                | "rallied"
                | "attacked"
                | "opened"
                | "stormed"
                | "took"
                | "went"
                | "came"
                | "arrived"
                | "tried"
                | "managed"
        )
}

/// The class of a noun that names people, by its last word (singular or
/// plural), or `None` when the noun names something else.
pub fn people_noun(w: &str) -> Option<WhoClass> {
    use WhoClass::*;
    Some(match w {
        "soldiers" | "soldier" | "servicemen" | "serviceman" | "servicemembers" | "servicewomen"
        | "troops" | "policemen" | "policeman" | "policewomen" | "policewoman" | "police" | "officers"
        | "officer" | "enforcers" | "enforcer" | "forces" | "guards" | "guard" | "guardsmen"
        | "guardsman" | "cadets" | "cadet" | "personnel" | "peacekeepers" | "conscripts" | "commandos"
        | "gendarmes" | "conscript" | "commando" | "gendarme" | "peacekeeper" | "sniper" | "snipers"
        | "paratrooper" | "paratroopers" | "sergeant" | "lieutenant" | "colonel" | "captain" => {
            SecurityForces
        }
        "gunmen" | "gunman" | "attackers" | "attacker" | "militants" | "militant" | "terrorists"
        | "terrorist" | "criminals" | "criminal" | "bandits" | "bandit" | "insurgents" | "insurgent"
        | "extremists" | "extremist" | "assailants" | "assailant" | "fighters" | "fighter" | "jihadists"
        | "jihadist" | "raiders" | "bombers" | "bomber" | "gangsters" | "looters" | "marauders"
        | "radicals" | "separatists" | "rebels" | "perpetrators" | "separatist" | "rebel" | "perpetrator"
        | "raider" | "gangster" | "looter" | "marauder" | "jihadis" | "jihadi" => Militants,
        "protesters" | "protester" | "protestors" | "protestor" | "demonstrators" | "demonstrator"
        | "rioters" | "rioter" | "marchers" | "strikers" | "activists" | "activist" | "picketers"
        | "provocateurs" | "marcher" | "striker" | "picketer" => Protesters,
        "civilians" | "civilian" | "residents" | "resident" | "passengers" | "passenger" | "clerk"
        | "clerks" | "shoppers" | "customers" | "customer" | "visitors" | "visitor" | "bystanders"
        | "passers" | "passer" | "passersby" | "pedestrians" | "workers" | "worker" | "miners"
        | "students" | "student" | "pupils" | "sailors" | "pilots" | "fans" | "climbers" | "journalists"
        | "journalist" | "reporters" | "doctors" | "medics" | "paramedics" | "nurses" | "patients"
        | "teachers" | "tourists" | "citizens" | "villagers" | "locals" | "drivers" | "driver"
        | "children" | "child" | "kids" | "women" | "woman" | "girls" | "boys" | "pensioners" | "farmers"
        | "employees" | "staff" | "hostages" | "hostage" | "assistants" | "assistant" | "worshippers"
        | "shopkeepers" | "townspeople" | "migrants" | "refugees" | "schoolchildren" | "infants"
        | "babies" | "teenagers" | "lawyers" | "bloggers" | "volunteers" | "rescuers" | "firefighters"
        | "shopper" | "bystander" | "pedestrian" | "miner" | "pupil" | "sailor" | "pilot" | "fan"
        | "climber" | "reporter" | "doctor" | "medic" | "paramedic" | "nurse" | "patient" | "teacher"
        | "tourist" | "citizen" | "villager" | "pensioner" | "farmer" | "employee" | "worshipper"
        | "shopkeeper" | "migrant" | "refugee" | "infant" | "baby" | "teenager" | "girl" | "boy"
        | "lawyer" | "blogger" | "volunteer" | "rescuer" | "firefighter" | "cameraman" | "cameramen"
        | "photographer" | "photographers" | "businessman" | "businessmen" | "trader" | "traders"
        | "vendor" | "vendors" | "cashier" | "cashiers" | "shepherd" | "shepherds" => Civilians,
        "people" | "persons" | "person" | "individuals" | "men" | "man" | "others" | "victims" | "victim"
        | "suspects" | "suspect" | "bodies" | "body" | "adults" | "youths" | "participants" | "members"
        | "detainees" | "prisoners" | "inmates" | "foreigners" | "nationals" | "casualties" | "dead"
        | "deaths" | "fatalities" | "injured" | "wounded" | "injuries" | "arrests" | "detentions"
        | "relatives" | "survivors" | "crew" | "defendants" | "defendant" | "convicts" | "clients"
        | "prisoner" | "inmate" | "foreigner" | "relative" | "survivor" | "participant" | "member"
        | "youth" | "adult" | "detainee" | "convict" | "client" | "official" | "officials" => People,
        _ => return None,
    })
}

/// Words that qualify a number when they come just before it; longest first
/// within each group so that "no more than" is not read as "more than".
pub const QUALIFIERS: &[(&[&str], Qual)] = &[
    (&["no", "more", "than"], Qual::UpTo),
    (&["not", "more", "than"], Qual::UpTo),
    (&["no", "fewer", "than"], Qual::AtLeast),
    (&["no", "less", "than"], Qual::AtLeast),
    (&["not", "less", "than"], Qual::AtLeast),
    (&["not", "fewer", "than"], Qual::AtLeast),
    (&["a", "minimum", "of"], Qual::AtLeast),
    (&["at", "least"], Qual::AtLeast),
    (&["in", "excess", "of"], Qual::MoreThan),
    (&["upwards", "of"], Qual::MoreThan),
    (&["more", "than"], Qual::MoreThan),
    (&["greater", "than"], Qual::MoreThan),
    (&["over"], Qual::MoreThan),
    (&["less", "than"], Qual::LessThan),
    (&["fewer", "than"], Qual::LessThan),
    (&["under"], Qual::LessThan),
    (&["below"], Qual::LessThan),
    (&["as", "many", "as"], Qual::UpTo),
    (&["a", "maximum", "of"], Qual::UpTo),
    (&["at", "most"], Qual::UpTo),
    (&["up", "to"], Qual::UpTo),
    (&["close", "to"], Qual::Nearly),
    (&["nearly"], Qual::Nearly),
    (&["almost"], Qual::Nearly),
    (&["an", "estimated"], Qual::About),
    (&["estimated"], Qual::About),
    (&["approximately"], Qual::About),
    (&["approx"], Qual::About),
    (&["around"], Qual::About),
    (&["about"], Qual::About),
    (&["roughly"], Qual::About),
    (&["some"], Qual::About),
    (&["circa"], Qual::About),
    (&["between"], Qual::Between),
];

/// A qualifier as read; `Nearly` is written `about` with an upper bound,
/// `Between` becomes a range when "and" and a second number follow.
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

/// Words that add to a count already given: "a further two", "another three".
pub const ADDITIVE: &[&[&str]] =
    &[&["a", "further"], &["an", "additional"], &["another"], &["further"], &["additional"]];

/// Units written after a number, and their short normal form and kind.
pub fn unit_after(w: &str) -> Option<(&'static str, &'static str)> {
    Some(match w {
        "km" | "kms" | "kilometers" | "kilometres" | "kilometer" | "kilometre" => ("km", "distance"),
        "mi" | "miles" | "mile" => ("mi", "distance"),
        "m" | "meters" | "metres" | "meter" | "metre" => ("m", "distance"),
        "percent" | "pct" => ("percent", "percent"),
        "tenge" | "kzt" => ("KZT", "money"),
        "dollars" | "dollar" | "usd" => ("USD", "money"),
        "rubles" | "roubles" | "ruble" | "rouble" | "rub" => ("RUB", "money"),
        "euros" | "euro" | "eur" => ("EUR", "money"),
        "kg" | "kilograms" | "kilogrammes" | "kilos" => ("kg", "other"),
        "tons" | "tonnes" | "ton" | "tonne" => ("t", "other"),
        "hectares" | "hectare" | "ha" => ("ha", "other"),
        "hours" | "hour" => ("hours", "other"),
        "days" | "day" => ("days", "other"),
        "weeks" | "week" => ("weeks", "other"),
        "months" | "month" => ("months", "other"),
        "years" | "year" => ("years", "other"),
        "minutes" | "minute" => ("minutes", "other"),
        _ => return None,
    })
}

/// Currency signs written before (or right after) a number.
pub fn currency_sign(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "₸" => "KZT",
        "€" => "EUR",
        "₽" => "RUB",
        "£" => "GBP",
        _ => return None,
    })
}

/// Words for a person by office, before an age between commas: "the
/// president, 68,".
pub fn person_title(w: &str) -> bool {
    matches!(
        w,
        "president"
            | "minister"
            | "leader"
            | "chairman"
            | "mayor"
            | "akim"
            | "founder"
            | "spokesman"
            | "spokeswoman"
            | "head"
            | "chief"
            | "director"
            | "judge"
            | "prosecutor"
            | "businessman"
            | "father"
            | "mother"
            | "son"
            | "daughter"
            | "husband"
            | "wife"
    )
}

/// Currency codes written before a number, apart from it: "USD 39 billion".
pub fn currency_code(w: &str) -> Option<&'static str> {
    Some(match w {
        "usd" => "USD",
        "kzt" => "KZT",
        "eur" => "EUR",
        "rub" => "RUB",
        "gbp" => "GBP",
        _ => return None,
    })
}

/// Singular nouns of people that are often a modifier of another noun:
/// "police cars", "criminal cases", "terrorist attacks".
pub fn attributive_noun(w: &str) -> bool {
    matches!(
        w,
        "police"
            | "guard"
            | "civilian"
            | "student"
            | "worker"
            | "criminal"
            | "terrorist"
            | "extremist"
            | "militant"
            | "insurgent"
            | "bandit"
            | "passenger"
            | "hostage"
            | "customer"
            | "activist"
    )
}

/// What befalls people in court or after detention, neither harm nor a mere
/// presence: "were sentenced", "fined 23 activists", "were later released".
pub fn fate_verb(w: &str) -> bool {
    matches!(
        w,
        "sentenced"
            | "convicted"
            | "acquitted"
            | "released"
            | "freed"
            | "fined"
            | "charged"
            | "indicted"
            | "prosecuted"
            | "questioned"
            | "interrogated"
            | "pardoned"
            | "amnestied"
            | "deported"
            | "expelled"
            | "extradited"
            | "summoned"
            | "identified"
            | "rescued"
            | "jailed"
            | "imprisoned"
    )
}

/// Words before a number that make it a label, not an amount: "article 272",
/// "Abai Street, 12", "building 5".
pub fn label_word(w: &str) -> bool {
    matches!(
        w,
        "article"
            | "articles"
            | "part"
            | "paragraph"
            | "clause"
            | "chapter"
            | "street"
            | "str"
            | "avenue"
            | "ave"
            | "prospekt"
            | "house"
            | "building"
            | "apartment"
            | "flat"
            | "microdistrict"
    )
}

/// Verbs of change: "rose from 60 to 120" is a change, not a range.
pub fn change_verb(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "risen"
            | "rise"
            | "rises"
            | "grew"
            | "grown"
            | "increased"
            | "increase"
            | "fell"
            | "fallen"
            | "dropped"
            | "climbed"
            | "jumped"
            | "decreased"
            | "raised"
            | "went"
            | "soared"
            | "doubled"
            | "changed"
            | "price"
            | "prices"
    )
}

/// Verbs that bring a toll to its figure: "the death toll has risen to 13".
pub fn toll_verb(w: &str) -> bool {
    matches!(
        w,
        "to" | "at"
            | "reached"
            | "reaches"
            | "hit"
            | "hits"
            | "is"
            | "was"
            | "surpassed"
            | "exceeded"
            | "topped"
            | "stands"
            | "stood"
    )
}

/// Abbreviations after which a full stop does not end a sentence.
pub fn abbreviation(w: &str) -> bool {
    w.len() == 1
        || matches!(
            w,
            "mr" | "mrs"
                | "ms"
                | "dr"
                | "col"
                | "gen"
                | "lt"
                | "st"
                | "no"
                | "vs"
                | "jr"
                | "sr"
                | "maj"
                | "capt"
                | "sgt"
                | "prof"
                | "rep"
                | "sen"
                | "gov"
                | "approx"
                | "incl"
        )
}
