//! English words: number words, reporting verbs and phrases, the nouns
//! that name people and their class, qualifiers, units. Every function
//! takes a lowercase word and answers with a `match`, which the compiler
//! turns into length-and-bytes comparisons: no hashing, no allocation.

use crate::lang::{Event, Qual, WhoClass};
use kz_shared::words::{month_number, tens_number, unit_number, weekday_number, TENS_WORDS, UNIT_WORDS};

/// Words that multiply what comes before: "two hundred", "1.5 million".
#[inline]
pub fn multiplier_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 100.0,
        "thousand" => 1e3,
        "million" | "mln" => 1e6,
        "billion" | "bln" => 1e9,
        _ => return None,
    })
}

#[inline]
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
#[inline]
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
#[inline]
pub fn active_verb(w: &str) -> Option<Event> {
    Some(match w {
        "killed" | "killing" | "kill" | "kills" | "murdered" | "executed" | "slew" | "slain" | "lost"
        | "liquidated" | "eliminated" | "annihilated" | "neutralized" | "neutralised" => Event::Killed,
        "beheaded" | "beheading" => Event::Beheaded,
        "wounded" | "wounding" | "wound" | "wounds" | "injured" | "injuring" | "injure" | "injures"
        | "hurt" | "hurting" => Event::Injured,
        "detained" | "detaining" | "detain" | "detains" | "apprehended" | "captured" => Event::Detained,
        "arrested" | "arresting" | "arrest" | "arrests" => Event::Arrested,
        "evacuated" | "evacuating" | "evacuate" | "evacuates" => Event::Evacuated,
        "hospitalized" | "hospitalised" | "treated" | "treating" => Event::Hospitalized,
        "involving" | "involved" | "deployed" | "deploying" | "dispatched" | "sent" | "mobilized"
        | "mobilised" => Event::Involved,
        _ => return None,
    })
}

/// Verbs before a number that vouch for a noun not in the table being
/// people: "killed two shepherds"; not "lost 7 tanks", "captured 3 trucks".
#[inline]
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
#[inline]
pub fn event_word(w: &str) -> Option<Event> {
    Some(match w {
        "killed" | "died" | "dead" | "perished" | "slain" | "murdered" | "executed" | "deceased" | "die"
        | "liquidated" | "eliminated" | "annihilated" | "neutralized" | "neutralised" => Event::Killed,
        "beheaded" => Event::Beheaded,
        "injured" | "wounded" | "hurt" => Event::Injured,
        "hospitalized" | "hospitalised" | "treated" => Event::Hospitalized,
        "detained" | "apprehended" | "captured" => Event::Detained,
        "arrested" => Event::Arrested,
        "missing" => Event::Missing,
        "evacuated" => Event::Evacuated,
        "fled" | "escaped" | "wanted" => Event::AtLarge,
        "involved" | "participated" | "gathered" | "rallied" | "marched" | "protested" | "demonstrated"
        | "picketed" | "joined" | "stormed" | "attacked" | "clashed" | "blocked" | "occupied"
        | "deployed" | "dispatched" | "mobilized" | "mobilised" | "sent" | "confronted" => Event::Involved,
        _ => return None,
    })
}

/// Multi-word phrases that say what happened, by their first word: the rest
/// of each phrase and its event ("were taken to hospital", "remain at large").
#[inline]
pub(super) fn event_phrases(first: &str) -> &'static [(&'static [&'static str], Event)] {
    match first {
        "lost" => &[
            (&["their", "lives"], Event::Killed),
            (&["his", "life"], Event::Killed),
            (&["her", "life"], Event::Killed),
        ],
        "shot" => &[(&["dead"], Event::Killed)],
        "found" => &[(&["dead"], Event::Killed)],
        "pronounced" => &[(&["dead"], Event::Killed)],
        "declared" => &[(&["dead"], Event::Killed)],
        "gunned" => &[(&["down"], Event::Killed)],
        "taken" => &[
            (&["into", "custody"], Event::Detained),
            (&["to", "hospital"], Event::Hospitalized),
            (&["to", "the", "hospital"], Event::Hospitalized),
            (&["to", "hospitals"], Event::Hospitalized),
        ],
        "rounded" => &[(&["up"], Event::Detained)],
        "swept" => &[(&["up"], Event::Detained)],
        "admitted" => &[(&["to", "hospital"], Event::Hospitalized)],
        "went" => &[(&["missing"], Event::Missing), (&["into", "hiding"], Event::AtLarge)],
        "gone" => &[(&["missing"], Event::Missing)],
        "unaccounted" => &[(&["for"], Event::Missing)],
        "took" => &[(&["part"], Event::Involved), (&["to", "the", "streets"], Event::Involved)],
        "in" => &[
            (&["hospital"], Event::Hospitalized),
            (&["the", "hospital"], Event::Hospitalized),
            (&["intensive", "care"], Event::Hospitalized),
            (&["custody"], Event::Detained),
            (&["detention"], Event::Detained),
            (&["police", "custody"], Event::Detained),
            (&["hospitals"], Event::Hospitalized),
            (&["serious", "condition"], Event::Hospitalized),
            (&["critical", "condition"], Event::Hospitalized),
            (&["a", "serious", "condition"], Event::Hospitalized),
            (&["a", "critical", "condition"], Event::Hospitalized),
            (&["hiding"], Event::AtLarge),
        ],
        "taking" => &[(&["part"], Event::Involved), (&["to", "the", "streets"], Event::Involved)],
        "behind" => &[(&["bars"], Event::Detained)],
        "turned" => &[
            (&["to", "doctors"], Event::Hospitalized),
            (&["to", "hospitals"], Event::Hospitalized),
            (&["to", "hospital"], Event::Hospitalized),
            (&["to", "medics"], Event::Hospitalized),
            (&["for", "medical"], Event::Hospitalized),
            (&["for", "help"], Event::Hospitalized),
            (&["out"], Event::Involved),
        ],
        "sought" => &[
            (&["treatment"], Event::Hospitalized),
            (&["medical"], Event::Hospitalized),
            (&["help"], Event::Hospitalized),
            (&["to", "hide"], Event::AtLarge),
        ],
        "needed" => &[(&["medical"], Event::Hospitalized), (&["treatment"], Event::Hospitalized)],
        "received" => &[
            (&["medical"], Event::Hospitalized),
            (&["treatment"], Event::Hospitalized),
            (&["outpatient"], Event::Hospitalized),
        ],
        "sent" => &[
            (&["for", "outpatient"], Event::Hospitalized),
            (&["for", "treatment"], Event::Hospitalized),
            (&["to", "hospital"], Event::Hospitalized),
            (&["to", "prison"], Event::Sentenced),
        ],
        "at" => &[(&["large"], Event::AtLarge)],
        "on" => &[(&["the", "run"], Event::AtLarge)],
        "being" => &[(&["sought"], Event::AtLarge), (&["hunted"], Event::AtLarge)],
        "managed" => &[(&["to", "flee"], Event::AtLarge), (&["to", "escape"], Event::AtLarge)],
        "burst" => &[(&["into"], Event::Involved)],
        "broke" => &[(&["into"], Event::Involved)],
        "opened" => &[(&["fire"], Event::Involved)],
        "take" => &[(&["to", "the", "streets"], Event::Involved)],
        "held" => &[(&["a"], Event::Involved)],
        "staged" => &[(&["a"], Event::Involved)],
        "came" => &[(&["out"], Event::Involved)],
        _ => &[],
    }
}

/// Every word `En::read_words` may start a number with: zero words,
/// articles, "another", vague amounts, ordinals, and the number words of
/// [`UNIT_WORDS`] and [`TENS_WORDS`].
const STARTS: &[&str] = &[
    "a",
    "an",
    "no",
    "nobody",
    "none",
    "another",
    "tens",
    "scores",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "several",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "twentieth",
    "hundredth",
];

/// For each first letter and second letter (or none: index 26), the
/// lengths of the words that start a number ([`STARTS`] and the number
/// words) that begin so, as bits: most words of a text are told apart from
/// every such word by this alone.
static STARTS_BY_PREFIX: [[u32; 27]; 26] = {
    let mut table = [[0u32; 27]; 26];
    let lists: [&[&str]; 3] = [STARTS, &UNIT_WORDS, &TENS_WORDS];
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].len() {
            let w = lists[l][k].as_bytes();
            let second = if w.len() > 1 { (w[1] - b'a') as usize } else { 26 };
            table[(w[0] - b'a') as usize][second] |= 1 << w.len();
            k += 1;
        }
        l += 1;
    }
    table
};

/// Whether `w` may start a number, without comparing most words.
#[inline]
pub(super) fn starts_number(w: &str) -> bool {
    let b = w.as_bytes();
    let (Some(&first), true) = (b.first(), b.len() < 32) else {
        return false;
    };
    let second = match b.get(1) {
        None => 26,
        Some(&c) if c.is_ascii_lowercase() => (c - b'a') as usize,
        Some(_) => return false,
    };
    first.is_ascii_lowercase()
        && STARTS_BY_PREFIX[(first - b'a') as usize][second] >> b.len() & 1 == 1
        && (STARTS.contains(&w) || unit_number(w).is_some() || tens_number(w).is_some())
}

/// "total" of "a total of 37".
#[inline]
pub fn total_noun(w: &str) -> bool {
    matches!(w, "total" | "tally" | "toll" | "maximum" | "minimum")
}

/// Verbs that take lives: "claimed 140 lives", "took the lives of 5".
#[inline]
pub fn life_verb(w: &str) -> bool {
    matches!(
        w,
        "claimed"
            | "claim"
            | "claims"
            | "claiming"
            | "took"
            | "take"
            | "takes"
            | "taking"
            | "taken"
            | "cost"
            | "costs"
            | "costing"
    )
}

/// The group named in "Among the dead were", "were among the injured",
/// "Of the 225 dead,".
#[inline]
pub fn group_event(w: &str) -> Option<Event> {
    Some(match w {
        "dead" | "killed" | "victims" | "fatalities" | "deceased" => Event::Killed,
        "injured" | "wounded" => Event::Injured,
        "detained" | "detainees" => Event::Detained,
        "arrested" => Event::Arrested,
        "missing" => Event::Missing,
        "hospitalized" | "hospitalised" => Event::Hospitalized,
        "casualties" => Event::Casualties,
        _ => return None,
    })
}

/// Nouns that are themselves the event: "17 deaths", "no casualties".
#[inline]
pub fn event_noun(w: &str) -> Option<Event> {
    Some(match w {
        "dead" | "deaths" | "fatalities" | "bodies" => Event::Killed,
        "detainees" => Event::Detained,
        "injuries" | "injured" | "wounded" => Event::Injured,
        "arrests" => Event::Arrested,
        "detentions" => Event::Detained,
        "casualties" => Event::Casualties,
        "hostages" | "hostage" => Event::Hostage,
        _ => return None,
    })
}

/// Words between the people counted and the verb that do not break the link:
/// auxiliaries and the adverbs of casualty reports.
#[inline]
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
#[inline]
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
                | "turned"
                | "sought"
                | "needed"
                | "seeking"
                | "face"
                | "faces"
                | "facing"
                | "held"
                | "staged"
        )
}

/// The class of a noun that names people, by its last word (singular or
/// plural), or `None` when the noun names something else.
#[inline]
pub fn people_noun(w: &str) -> Option<WhoClass> {
    use WhoClass::*;
    Some(match w {
        "soldiers" | "soldier" | "servicemen" | "serviceman" | "servicemembers" | "servicewomen"
        | "troops" | "policemen" | "policeman" | "policewomen" | "policewoman" | "police" | "officers"
        | "officer" | "enforcers" | "enforcer" | "forces" | "guards" | "guard" | "guardsmen"
        | "guardsman" | "cadets" | "cadet" | "personnel" | "peacekeepers" | "conscripts" | "commandos"
        | "gendarmes" | "conscript" | "commando" | "gendarme" | "peacekeeper" | "sniper" | "snipers"
        | "paratrooper" | "paratroopers" | "sergeant" | "lieutenant" | "colonel" | "captain" | "cops"
        | "cop" | "inspectors" | "inspector" | "warders" | "warder" | "wardens" | "warden" => SecurityForces,
        "gunmen" | "gunman" | "attackers" | "attacker" | "militants" | "militant" | "terrorists"
        | "terrorist" | "criminals" | "criminal" | "bandits" | "bandit" | "insurgents" | "insurgent"
        | "extremists" | "extremist" | "assailants" | "assailant" | "fighters" | "fighter" | "jihadists"
        | "jihadist" | "raiders" | "bombers" | "bomber" | "gangsters" | "looters" | "marauders"
        | "radicals" | "separatists" | "rebels" | "perpetrators" | "separatist" | "rebel" | "perpetrator"
        | "raider" | "gangster" | "looter" | "marauder" | "jihadis" | "jihadi" | "smugglers" | "smuggler"
        | "traffickers" | "trafficker" | "trespassers" | "trespasser" | "intruders" | "intruder"
        | "infiltrators" | "infiltrator" | "hijacker" | "hijackers" | "kidnappers" | "kidnapper" => Militants,
        "protesters" | "protester" | "protestors" | "protestor" | "demonstrators" | "demonstrator"
        | "supporters" | "mob" | "rioters" | "rioter" | "marchers" | "strikers" | "activists"
        | "activist" | "picketers" | "provocateurs" | "marcher" | "striker" | "picketer" => Protesters,
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
        | "vendor" | "vendors" | "cashier" | "cashiers" | "shepherd" | "shepherds" | "priest" | "priests"
        | "archpriest" | "imam" | "imams" | "clerics" | "cleric" | "worshipers" | "concertgoers" => Civilians,
        "people" | "persons" | "person" | "individuals" | "men" | "man" | "others" | "victims" | "victim"
        | "suspects" | "suspect" | "bodies" | "body" | "adults" | "youths" | "participants" | "members"
        | "detainees" | "prisoners" | "inmates" | "foreigners" | "nationals" | "casualties" | "dead"
        | "deaths" | "fatalities" | "injured" | "wounded" | "injuries" | "arrests" | "detentions"
        | "relatives" | "survivors" | "crew" | "defendants" | "defendant" | "convicts" | "clients"
        | "prisoner" | "inmate" | "foreigner" | "relative" | "survivor" | "participant" | "member"
        | "youth" | "adult" | "detainee" | "convict" | "client" | "official" | "officials" | "tajiks"
        | "uzbeks" | "kazakhs" | "kyrgyz" | "russians" | "afghans" | "turkmens" | "lives"
        | "representatives" | "tajik" | "uzbek" | "kazakh" | "russian" | "afghan" | "pakistani"
        | "pakistanis" | "indian" | "indians" | "egyptian" | "egyptians" | "bangladeshis" | "chinese"
        | "uyghurs" | "georgians" | "ukrainians" | "iranians" | "americans" | "turks" => People,
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
    (&["as", "high", "as"], Qual::UpTo),
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

/// Words that add to a count already given: "a further two", "another three".
pub const ADDITIVE: &[&[&str]] =
    &[&["a", "further"], &["an", "additional"], &["another"], &["further"], &["additional"]];

/// Units written after a number, and their short normal form and kind.
#[inline]
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

/// Words for a person by office, before an age between commas: "the
/// president, 68,".
#[inline]
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
#[inline]
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
#[inline]
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
#[inline]
pub fn fate_verb(w: &str) -> Option<Event> {
    Some(match w {
        "sentenced" | "convicted" | "jailed" | "imprisoned" => Event::Sentenced,
        "fined" => Event::Fined,
        "acquitted" | "released" | "freed" | "pardoned" | "amnestied" => Event::Released,
        "charged" | "indicted" | "prosecuted" => Event::Charged,
        "questioned" | "interrogated" | "deported" | "expelled" | "extradited" | "summoned"
        | "identified" | "rescued" => Event::Other,
        _ => return None,
    })
}

/// Words before a number that make it a label, not an amount: "article 272",
/// "Abai Street, 12", "building 5".
#[inline]
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
#[inline]
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
#[inline]
pub fn toll_verb(w: &str) -> bool {
    matches!(
        w,
        "to" | "at"
            | "reached"
            | "reaches"
            | "reach"
            | "be"
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
#[inline]
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

/// The answer of `Lexicon::may_have_numbers`.
#[inline]
pub(super) fn may_have_numbers(text: &str) -> bool {
    use crate::prefilter::AnyWord;
    use std::sync::LazyLock;
    // Only whether there is a match is asked: the automaton stops at the
    // first.
    static WORDS: LazyLock<AnyWord> =
        LazyLock::new(|| AnyWord::new(NUMBER_WORDS.iter().chain(HARM_WORDS), true));
    crate::extract::has_ascii_digit(text) || WORDS.is_match(text)
}

/// The answer of `Lexicon::known_word`.
#[inline]
pub(super) fn known_word(w: &str) -> bool {
    stop_word(w)
        || event_word(w).is_some()
        || active_verb(w).is_some()
        || people_noun(w).is_some()
        || month_number(w).is_some()
        || weekday_number(w).is_some()
        || unit_after(w).is_some()
        || change_verb(w)
        || toll_verb(w)
        || unit_number(w).is_some()
        || matches!(
            w,
            "least"
                | "about"
                | "around"
                | "some"
                | "nearly"
                | "almost"
                | "approximately"
                | "roughly"
                | "toll"
                | "killing"
                | "injuring"
                | "total"
                | "another"
                | "further"
                | "including"
                | "among"
                | "only"
                | "just"
                | "aged"
                | "age"
        )
}

/// The answer of `Lexicon::qualifier_end`.
#[inline]
pub(super) fn qualifier_end(w: &str) -> bool {
    matches!(
        w,
        "than"
            | "least"
            | "of"
            | "over"
            | "under"
            | "below"
            | "as"
            | "most"
            | "to"
            | "nearly"
            | "almost"
            | "estimated"
            | "approximately"
            | "approx"
            | "around"
            | "about"
            | "roughly"
            | "some"
            | "circa"
            | "between"
            | "further"
            | "additional"
            | "another"
    )
}

/// The answer of `Lexicon::generic_noun`.
#[inline]
pub(super) fn generic_noun(w: &str) -> bool {
    matches!(
        w,
        "members"
            | "member"
            | "employees"
            | "employee"
            | "staff"
            | "personnel"
            | "representatives"
            | "officers"
            | "officer"
    )
}

/// The answer of `Lexicon::complement_class`.
#[inline]
pub(super) fn complement_class(w: &str) -> Option<WhoClass> {
    Some(match w {
        "police" | "security" | "military" | "army" | "armed" | "guard" | "border" | "forces"
        | "interior" | "knb" | "gknb" | "fsb" | "omon" | "spetsnaz" | "militia" | "troops" | "special"
        | "swat" => WhoClass::SecurityForces,
        "gang" | "group" | "cell" | "jamaat" | "organisation" | "organization" | "network" => {
            WhoClass::Militants
        }
        _ => return None,
    })
}

/// The answer of `Lexicon::participle`.
#[inline]
pub(super) fn participle(w: &str) -> bool {
    matches!(
        w,
        "killed"
            | "injured"
            | "wounded"
            | "hurt"
            | "detained"
            | "arrested"
            | "involved"
            | "hospitalized"
            | "hospitalised"
            | "captured"
            | "apprehended"
            | "evacuated"
            | "beheaded"
            | "slain"
    )
}

/// The answer of `Lexicon::modifier_participle`.
#[inline]
pub(super) fn modifier_participle(w: &str) -> bool {
    // "three nationals working for a company (were killed)"
    (w.len() > 5 && w.ends_with("ing") && active_verb(w).is_none() && !matches!(w, "including" | "during"))
        || matches!(
            w,
            "suspected"
                | "accused"
                | "armed"
                | "wanted"
                | "linked"
                | "affiliated"
                | "belonging"
                | "responsible"
                | "serving"
                | "convicted"
                | "believed"
                | "thought"
                // "30 people described as militants (were killed)"
                | "described"
                | "labelled"
                | "labeled"
                | "branded"
                | "identified"
                | "dubbed"
        )
}

/// The answer of `Lexicon::report_verb`.
#[inline]
pub(super) fn report_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "put"
            | "gave"
            | "given"
            | "estimated"
            | "acknowledged"
            | "cited"
            | "quoted"
            | "says"
            | "reported"
            | "reports"
            | "stated"
            | "announced"
            | "added"
            | "confirmed"
            | "told"
    )
}

/// The answer of `Lexicon::weak_event`.
#[inline]
pub(super) fn weak_event(w: &str) -> Option<Event> {
    match w {
        "destroyed" | "neutralized" | "neutralised" => Some(Event::Killed),
        "caught" | "seized" | "nabbed" => Some(Event::Detained),
        _ => None,
    }
}

/// The answer of `Lexicon::event_noun_of`.
#[inline]
pub(super) fn event_noun_of(w: &str) -> Option<Event> {
    Some(match w {
        "deaths" | "death" | "killing" | "killings" | "murder" | "murders" | "execution" | "executions"
        | "bodies" | "massacre" => Event::Killed,
        "beheading" | "beheadings" => Event::Beheaded,
        "injuries" | "injury" | "wounding" => Event::Injured,
        "hospitalization" | "hospitalisation" => Event::Hospitalized,
        "arrest" | "arrests" => Event::Arrested,
        "detention" | "detentions" => Event::Detained,
        "disappearance" | "disappearances" => Event::Missing,
        "evacuation" => Event::Evacuated,
        _ => return None,
    })
}

/// The answer of `Lexicon::crowd_noun`.
#[inline]
pub(super) fn crowd_noun(w: &str) -> bool {
    matches!(
        w,
        "crowd" | "crowds" | "rally" | "protest" | "demonstration" | "march" | "gathering" | "mob" | "group"
    )
}

/// The answer of `Lexicon::verb_like`.
#[inline]
pub(super) fn verb_like(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") && !matches!(w, "armed" | "unarmed" | "masked" | "hooded" | "retired")
}

/// The answer of `Lexicon::time_after_earlier`.
#[inline]
pub(super) fn time_after_earlier(w: &str) -> bool {
    matches!(
        w,
        "this"
            | "that"
            | "last"
            | "in"
            | "on"
            | "today"
            | "yesterday"
            | "tonight"
            | "the"
            | "year"
            | "month"
            | "week"
    )
}

/// The answer of `Lexicon::figure_noun`.
#[inline]
pub(super) fn figure_noun(w: &str) -> bool {
    matches!(
        w,
        "toll"
            | "figure"
            | "figures"
            | "report"
            | "reports"
            | "estimate"
            | "estimates"
            | "data"
            | "count"
            | "tally"
            | "number"
            | "reporting"
            | "information"
    )
}

/// The answer of `Lexicon::aside_opener`.
#[inline]
pub(super) fn aside_opener(w: &str) -> bool {
    matches!(
        w,
        "including" | "born" | "among" | "mostly" | "most" | "many" | "all" | "both" | "aged" | "according"
    )
}

/// The answer of `Lexicon::light_verb`.
#[inline]
pub(super) fn light_verb(w: &str) -> bool {
    matches!(w, "suffered" | "sustained" | "received" | "suffering" | "sustaining" | "have" | "has" | "had")
}

/// The answer of `Lexicon::wound_noun`.
#[inline]
pub(super) fn wound_noun(w: &str) -> bool {
    matches!(
        w,
        "wounds" | "wound" | "injuries" | "injury" | "burns" | "fractures" | "concussions" | "concussion"
    )
}

/// The answer of `Lexicon::clause_end`.
#[inline]
pub(super) fn clause_end(w: &str) -> bool {
    matches!(
        w,
        "in" | "at"
            | "on"
            | "near"
            | "during"
            | "after"
            | "before"
            | "with"
            | "from"
            | "outside"
            | "inside"
            | "and"
            | "while"
            | "when"
            | "as"
            | "by"
            | "but"
            | "according"
            | "last"
            | "this"
            | "overnight"
            | "yesterday"
            | "today"
            | "including"
            | "among"
            | "mostly"
            | "mainly"
    )
}

/// What a number may start with: "one" … "ninety", "dozen", "no one" …
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "thousand", "million", "billion", "dozen", "several", "few", "nobody", "none", "no ", "first", "second",
    "third", "fifth", "th ", "tieth", "twelfth", "scores", "tens of",
];

/// Words of harm or arrest: only with them can "a", "an" or "another" count
/// one ("a guard was killed").
const HARM_WORDS: &[&str] = &[
    "kill",
    "wound",
    "injur",
    "hurt",
    "died",
    "dead",
    "slain",
    "slew",
    "murder",
    "behead",
    "liquidat",
    "eliminat",
    "detain",
    "arrest",
    "custody",
    "captur",
    "apprehend",
    "missing",
    "hospital",
    "shot",
];

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The prefilter answers as the general search for its words does.
        #[test]
        fn may_have_numbers_as_aho_corasick_says(text in "[a-zA-Z0-9 ,.'’-]{0,80}|\\PC{0,80}") {
            let words = aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(NUMBER_WORDS.iter().chain(HARM_WORDS))
                .unwrap();
            let digit = text.bytes().any(|b| b.is_ascii_digit());
            prop_assert_eq!(may_have_numbers(&text), digit || words.is_match(&text));
        }
    }

    #[test]
    fn may_have_numbers_finds_words_in_any_case_but_not_look_alikes() {
        assert!(may_have_numbers("Forty Miners were rescued"));
        assert!(may_have_numbers("the guard was KILLED"));
        assert!(!may_have_numbers("Police said the road was closed."));
    }
}
