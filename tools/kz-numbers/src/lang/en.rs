//! English: the word lists kz-numbers reads English news with (number words,
//! reporting verbs, the nouns that name people and their class, units), and
//! the English ways of writing numbers ("twenty-five", "a dozen", "no one").
//!
//! Every function takes a lowercase word (ASCII-lowercased; the text's
//! other characters are unchanged) and answers with a `match`, which the
//! compiler turns into length-and-bytes comparisons: no hashing, no allocation.

use super::{Event, Lexicon, Qual, WhoClass};
use crate::extract::{Ctx, Kind, Qualifier, Raw};
use crate::tokens::Tk;
use kz_shared::words::{month_number, tens_number, unit_number, weekday_number};

/// English.
pub struct En;

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
        "killed" | "killing" | "kill" | "kills" | "murdered" | "executed" | "slew" | "slain" | "lost"
        | "liquidated" | "eliminated" => Event::Killed,
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
        "killed" | "died" | "dead" | "perished" | "slain" | "murdered" | "executed" | "deceased" | "die"
        | "liquidated" | "eliminated" => Event::Killed,
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
fn event_phrases(first: &str) -> &'static [(&'static [&'static str], Event)] {
    match first {
        "lost" => &[
            (&["their", "lives"], Event::Killed),
            (&["his", "life"], Event::Killed),
            (&["her", "life"], Event::Killed),
        ],
        "shot" => &[(&["dead"], Event::Killed)],
        "found" => &[(&["dead"], Event::Killed)],
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

/// Every word [`En::read_words`] may start a number with: zero words,
/// articles, "another", vague amounts, ordinals, number words.
fn starts_number(w: &str) -> bool {
    matches!(
        w,
        "nobody"
            | "none"
            | "no"
            | "a"
            | "an"
            | "another"
            | "tens"
            | "scores"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "millions"
            | "several"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
            | "eleventh"
            | "twelfth"
            | "twentieth"
            | "hundredth"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "sixteen"
            | "seventeen"
            | "eighteen"
            | "nineteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
    )
}

/// "total" of "a total of 37".
pub fn total_noun(w: &str) -> bool {
    matches!(w, "total" | "tally" | "toll" | "maximum" | "minimum")
}

/// Verbs that take lives: "claimed 140 lives", "took the lives of 5".
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

impl En {
    /// "hundred", "dozen", "hundred thousand" after "several" or "a few":
    /// their product and the token after.
    fn vague_multiple(cx: &Ctx<Self>, mut j: usize) -> Option<(f64, usize)> {
        let start = j;
        let mut size = 1.0;
        while let Some(m) =
            cx.word(j).and_then(|w| if w == "dozen" { Some(12.0) } else { multiplier_word(w) })
        {
            size *= m;
            j += 1;
        }
        (j > start).then_some((size, j))
    }
}

impl Lexicon for En {
    fn may_have_numbers(text: &str) -> bool {
        use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
        use std::sync::LazyLock;
        static WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                // Only whether there is a match is asked: the standard
                // semantics let the automaton stop at the first.
                .match_kind(MatchKind::Standard)
                .build(NUMBER_WORDS.iter().chain(HARM_WORDS))
                .expect("number words build")
        });
        text.bytes().any(|b| b.is_ascii_digit()) || WORDS.is_match(text)
    }

    fn lowercase(text: &str, out: &mut String) {
        out.clear();
        out.push_str(text);
        out.make_ascii_lowercase();
    }

    const DECIMAL_COMMA: bool = false;

    const PARTITIVE_NEEDS_DETERMINER: bool = true;

    const FREE_ORDER: bool = false;

    fn filler_before(cx: &Ctx<Self>, p: usize) -> usize {
        // "killed in total 12", "detained in all 40"
        if matches!(cx.w(p), "total" | "all") && p > 0 && cx.w(p - 1) == "in" {
            2
        } else {
            0
        }
    }

    fn dot_clock(_cx: &Ctx<Self>, _i: usize) -> bool {
        false
    }

    fn qualifier_ok(_cx: &Ctx<Self>, _start: usize) -> bool {
        true
    }

    fn abbreviation(w: &str) -> bool {
        abbreviation(w)
    }

    fn read_words(cx: &Ctx<Self>, i: usize) -> Option<Raw> {
        let w = cx.w(i);
        // Every word read here (number, ordinal, vague amount, "no one", "a",
        // "another"): one match, and most words stop here.
        if !starts_number(w) {
            return None;
        }
        // Zero: "no one", "nobody", "none", "no casualties".
        if w == "nobody" || w == "none" || (w == "no" && cx.word(i + 1) == Some("one")) {
            let last = if w == "no" { i + 2 } else { i + 1 };
            let mut raw = cx.raw(Ctx::<Self>::blank(0, Some(0.0)), i, last);
            raw.zero = true;
            raw.zero_pronoun = w != "none";
            return Some(cx.finish(raw));
        }
        if w == "no" {
            let noun = cx.word(i + 1)?;
            if people_noun(noun).is_some() || event_noun(noun).is_some() {
                let mut raw = cx.raw(Ctx::<Self>::blank(0, Some(0.0)), i, i + 1);
                raw.zero = true;
                return Some(cx.finish(raw));
            }
            return None;
        }
        // "a dozen", "a hundred", "a few".
        if w == "a" || w == "an" {
            // "a 16-year-old (boy) was killed": one, the noun after the age.
            if cx.is(i + 1, Tk::Num) {
                let (_, _, end) = Self::unit_words(cx, i + 2).filter(|(_, kind, _)| *kind == Kind::Age)?;
                let noun = cx.noun_after(end, false);
                if noun.blocked || noun.partitive || (noun.head.is_none() && noun.end > noun.start) {
                    return None;
                }
                let mut raw = cx.raw(Ctx::<Self>::blank(0, Some(1.0)), i, i + 1);
                raw.article = true;
                raw.noun_at = Some(end);
                return Some(cx.finish(raw));
            }
            let next = cx.word(i + 1)?;
            if next == "dozen" {
                let raw = cx.raw(Ctx::<Self>::blank(0, Some(12.0)), i, i + 2);
                return Some(cx.after_core(raw));
            }
            if multiplier_word(next).is_some() {
                let (v, end) = cx.multiplied(1.0, i + 1);
                let raw = cx.raw(Ctx::<Self>::blank(0, Some(v)), i, end);
                return Some(cx.after_core(raw));
            }
            if next == "few" || next == "handful" {
                let mut m = Ctx::<Self>::blank(0, None);
                m.qualifier = Qualifier::ApproxWord;
                let mut last = i + 2;
                // "a few hundred": at least two hundred, like "hundreds".
                if let Some((size, end)) = Self::vague_multiple(cx, last).filter(|_| next == "few") {
                    m.low = Some(2.0 * size);
                    last = end;
                }
                let mut raw = cx.raw(m, i, last);
                raw.approx = true;
                return Some(cx.finish(raw));
            }
            // "a number of journalists": an unknown count, like "several".
            if next == "number" && cx.w(i + 2) == "of" {
                let mut m = Ctx::<Self>::blank(0, None);
                m.qualifier = Qualifier::ApproxWord;
                let mut raw = cx.raw(m, i, i + 2);
                raw.approx = true;
                return Some(cx.finish(raw));
            }
            // "a police officer was killed": one, kept only with an event of harm.
            // "a second man died", "a third was wounded": one more.
            // Not "a second attack": the noun, if any, must name people.
            let after_ordinal = || {
                let noun = cx.noun_after(i + 2, false);
                noun.head.is_some() || noun.end == noun.start
            };
            if ordinal_word(next).is_some_and(|n| (2..=10).contains(&n)) && after_ordinal() {
                let mut raw = cx.raw(Ctx::<Self>::blank(0, Some(1.0)), i, i + 2);
                raw.article = true;
                raw.m.additional = true;
                return Some(cx.finish(raw));
            }
            // "an unknown number of", "a large number of": an unknown count.
            if cx.w(i + 2) == "number" && cx.w(i + 3) == "of" && cx.is(i + 1, Tk::Word) {
                let mut m = Ctx::<Self>::blank(0, None);
                m.qualifier = Qualifier::ApproxWord;
                let mut raw = cx.raw(m, i, i + 3);
                raw.approx = true;
                return Some(cx.finish(raw));
            }
            // Not "a further two men", "a 25-year-old woman": another number follows.
            let noun = cx.noun_after(i + 1, false);
            let plain = |h: usize| {
                noun.start == i + 1
                    && (i + 1..h)
                        .all(|x| (cx.is(x, Tk::Word) && unit_number(cx.w(x)).is_none()) || cx.w(x) == "-")
            };
            // A noun not in the table only after a verb that takes people or
            // after "and": "killed a cashier", "three guards and a cook"
            // (checked again with the event).
            let unknown = noun.head.is_none()
                && !total_noun(cx.w(i + 1))
                && i > 0
                && (strong_verb(cx.w(i - 1)) || cx.w(i - 1) == "and")
                && noun.end > noun.start
                && noun.end - noun.start <= 2
                && plain(noun.end);
            if (noun.head.is_some_and(|(h, _)| plain(h)) || unknown) && !noun.blocked && !noun.partitive {
                let mut raw = cx.raw(Ctx::<Self>::blank(0, Some(1.0)), i, i + 1);
                raw.article = true;
                return Some(cx.finish(raw));
            }
            return None;
        }
        // "One guard was killed and another wounded": "another" alone is one more.
        if w == "another" {
            let next = cx.w(i + 1);
            let number = cx.is(i + 1, Tk::Num)
                || unit_number(next).is_some()
                || tens_number(next).is_some()
                || matches!(next, "one" | "dozen" | "few" | "several" | "hundred" | "further");
            let noun = cx.noun_after(i + 1, false);
            if !number && (noun.head.is_some() || noun.end == noun.start) {
                let mut raw = cx.raw(Ctx::<Self>::blank(0, Some(1.0)), i, i + 1);
                raw.article = true;
                raw.m.additional = true;
                return Some(cx.finish(raw));
            }
            return None;
        }
        // Vague amounts: "dozens", "hundreds of thousands", "scores of", "tens of".
        let vague = match w {
            "tens" | "scores" if cx.w(i + 1) == "of" => {
                let base = if w == "tens" { 20.0 } else { 40.0 };
                Some(Some(base))
            }
            _ => vague_word(w),
        };
        if let Some(low) = vague {
            let mut last = i + 1;
            let mut low = low;
            // "several hundred", "several dozen": at least two of them.
            if w == "several" {
                if let Some((size, end)) = Self::vague_multiple(cx, last) {
                    low = Some(2.0 * size);
                    last = end;
                }
            }
            if cx.w(i + 1) == "of" {
                if let Some(m) = cx.word(i + 2).and_then(|x| match x {
                    "thousands" => Some(1e3),
                    "millions" => Some(1e6),
                    _ => None,
                }) {
                    low = low.map(|l| l * m);
                    last = i + 3;
                }
            }
            let mut m = Ctx::<Self>::blank(0, None);
            m.qualifier = Qualifier::ApproxWord;
            m.low = low;
            // "hundreds more", "dozens more were hurt"
            if cx.w(last) == "more" && cx.w(last + 1) != "than" {
                m.additional = true;
                last += 1;
            }
            let mut raw = cx.raw(m, i, last);
            raw.approx = true;
            // "several weeks", "hundreds of kilometres"
            let unit_at = if cx.w(last) == "of" { last + 1 } else { last };
            if let Some((unit, kind, end)) =
                Self::unit_words(cx, unit_at).filter(|_| cx.is(unit_at, Tk::Word))
            {
                raw.m.unit = Some(unit);
                raw.m.kind = kind;
                raw.last = end;
            }
            return Some(cx.finish(raw));
        }
        if let Some(n) = ordinal_word(w) {
            let mut m = Ctx::<Self>::blank(0, Some(n as f64));
            m.kind = Kind::Ordinal;
            let raw = cx.raw(m, i, i + 1);
            return Some(cx.finish(raw));
        }
        if unit_number(w).is_some() || tens_number(w).is_some() {
            // "one" as a pronoun: "the one", "one another", "this one".
            if w == "one"
                && (i > 0
                    && matches!(
                        cx.w(i - 1),
                        "the" | "this" | "that" | "any" | "every" | "each" | "which" | "no"
                    )
                    // "(said) that one person died": a number.
                    && !(matches!(cx.w(i - 1), "that" | "which") && people_noun(cx.w(i + 1)).is_some())
                    || cx.w(i + 1) == "another")
            {
                return None;
            }
            let (v, end) = Self::number_words(cx, i)?;
            let raw = cx.raw(Ctx::<Self>::blank(0, Some(v)), i, end);
            return Some(cx.after_core(raw));
        }
        None
    }

    /// Number words from token `i`: "twenty-five", "two hundred", "three thousand".
    fn number_words(cx: &Ctx<Self>, i: usize) -> Option<(f64, usize)> {
        let (mut total, mut current, mut any) = (0.0f64, 0.0f64, false);
        let mut j = i;
        while let Some(w) = cx.word(j) {
            if let Some(t) = tens_number(w) {
                if current % 100.0 != 0.0 {
                    break;
                }
                current += t as f64;
                any = true;
                if matches!(cx.w(j + 1), "-" | "–") && cx.touch(j, j + 1) && cx.touch(j + 1, j + 2) {
                    if let Some(u) = cx.word(j + 2).and_then(unit_number).filter(|&u| u < 10) {
                        current += u as f64;
                        j += 3;
                        continue;
                    }
                }
                j += 1;
            } else if let Some(u) = unit_number(w) {
                let rest = current % 100.0;
                if !(rest == 0.0 || rest >= 20.0 && rest % 10.0 == 0.0 && u < 10) {
                    break;
                }
                current += u as f64;
                any = true;
                j += 1;
            } else if w == "hundred" && any && current % 100.0 != 0.0 {
                current *= 100.0;
                j += 1;
            } else if let Some(m) = multiplier_word(w).filter(|&m| m >= 1e3 && any) {
                total += current.max(1.0) * m;
                current = 0.0;
                j += 1;
            } else if w == "dozen" && any {
                current *= 12.0;
                j += 1;
            } else if w == "and" && any && cx.w(j + 1) == "a" && cx.w(j + 2) == "half" && current % 1.0 == 0.0
            {
                // "one and a half thousand", "two and a half"
                current += 0.5;
                j += 3;
            } else if w == "and"
                && any
                && current == 0.0
                && cx.word(j + 1).is_some_and(|x| unit_number(x).is_some() || tens_number(x).is_some())
            {
                j += 1;
            } else {
                break;
            }
        }
        any.then_some((total + current, j))
    }

    fn multiplier_word(w: &str) -> Option<f64> {
        multiplier_word(w)
    }

    /// A unit in words after token `j`: its normal form, kind, and the token after.
    fn unit_words(cx: &Ctx<Self>, j: usize) -> Option<(&'static str, Kind, usize)> {
        let w = cx.w(j);
        if cx.is(j, Tk::Punct) {
            if w == "%" {
                return Some(("percent", Kind::Percent, j + 1));
            }
            if let Some(cur) = crate::extract::currency_sign(w) {
                return Some((cur, Kind::Money, j + 1));
            }
            // "a nine-hour standoff", "a 3-km queue"
            if w == "-"
                && cx.touch(j - 1, j)
                && cx.touch(j, j + 1)
                && cx.w(j + 1) != "year"
                && cx.is(j + 1, Tk::Word)
            {
                let (unit, kind) = unit_after(cx.w(j + 1))?;
                return Some((unit, Kind::of_unit_kind(kind), j + 2));
            }
            // "29-yearold"
            if w == "-" && cx.touch(j - 1, j) && cx.w(j + 1) == "yearold" {
                return Some(("years", Kind::Age, j + 2));
            }
            // "25-year-old", "25-year old"
            if w == "-" && cx.touch(j - 1, j) && cx.w(j + 1) == "year" {
                let mut end = j + 2;
                if matches!(cx.w(end), "-") && cx.w(end + 1) == "old" {
                    end += 2;
                } else if cx.w(end) == "old" {
                    end += 1;
                } else {
                    return None;
                }
                return Some(("years", Kind::Age, end));
            }
            return None;
        }
        if !cx.is(j, Tk::Word) {
            return None;
        }
        if w == "per" && cx.w(j + 1) == "cent" {
            return Some(("percent", Kind::Percent, j + 2));
        }
        if matches!(w, "year" | "years") {
            if cx.w(j + 1) == "old" {
                return Some(("years", Kind::Age, j + 2));
            }
            if cx.w(j + 1) == "-" && cx.w(j + 2) == "old" {
                return Some(("years", Kind::Age, j + 3));
            }
        }
        let (unit, kind) = unit_after(w)?;
        if unit == "m" && w == "m" && cx.w(j + 1) == "." {
            return None; // "p.m." is read elsewhere; a lone "m." is not metres
        }
        Some((unit, Kind::of_unit_kind(kind), j + 1))
    }

    fn unit_after(w: &str) -> Option<(&'static str, &'static str)> {
        unit_after(w)
    }

    fn per_liter(cx: &Ctx<Self>, j: usize) -> Option<usize> {
        (matches!(cx.w(j), "per" | "a" | "/") && matches!(cx.w(j + 1), "liter" | "litre" | "l"))
            .then_some(j + 2)
    }

    fn currency_code(w: &str) -> Option<&'static str> {
        currency_code(w)
    }

    fn ordinal_suffix(w: &str) -> bool {
        matches!(w, "st" | "nd" | "rd" | "th")
    }

    fn decade_suffix(w: &str) -> bool {
        w == "s"
    }

    fn meridiem_suffix(w: &str) -> bool {
        matches!(w, "pm" | "am")
    }

    fn thousand_suffix(w: &str) -> bool {
        w == "k"
    }

    /// "p.m.", "a.m.", "pm", "am", "o'clock" at token `j`: the hour on a 24-hour
    /// clock and the token after.
    fn meridiem(cx: &Ctx<Self>, h: u32, j: usize) -> (u32, usize) {
        match cx.w(j) {
            "p" | "a" if cx.w(j + 1) == "." && cx.w(j + 2) == "m" && cx.touch(j, j + 1) => {
                let end = if cx.w(j + 3) == "." && cx.touch(j + 2, j + 3) { j + 4 } else { j + 3 };
                (Self::meridiem_hour(h, if cx.w(j) == "p" { "pm" } else { "am" }), end)
            }
            "pm" | "am" if h <= 12 => (Self::meridiem_hour(h, cx.w(j)), j + 1),
            "o'clock" | "o’clock" => (h, j + 1),
            _ => (h, j),
        }
    }

    fn meridiem_hour(h: u32, w: &str) -> u32 {
        match (w, h) {
            ("pm", h) if h < 12 => h + 12,
            ("am", 12) => 0,
            (_, h) => h,
        }
    }

    fn is_month(cx: &Ctx<Self>, k: usize) -> bool {
        cx.word(k).is_some_and(|w| month_number(w).is_some() && (w != "may" || cx.capitalized(k)))
    }

    fn age_before(w: &str) -> bool {
        w == "aged"
    }

    fn label_word(w: &str) -> bool {
        label_word(w)
    }

    fn person_title(w: &str) -> bool {
        person_title(w)
    }

    fn known_word(w: &str) -> bool {
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

    fn ratio_link(w: &str) -> bool {
        w == "in"
    }

    fn change_from(w: &str) -> bool {
        w == "from"
    }

    fn change_to(w: &str) -> bool {
        w == "to"
    }

    const QUALIFIERS: &'static [(&'static [&'static str], Qual)] = QUALIFIERS;

    fn qualifier_end(w: &str) -> bool {
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

    const ADDITIVE: &'static [&'static [&'static str]] = ADDITIVE;

    fn more_after(cx: &Ctx<Self>, j: usize) -> bool {
        cx.w(j) == "more" && cx.w(j + 1) != "than"
    }

    fn after_qualifier(cx: &Ctx<Self>, j: usize) -> Option<(Qualifier, usize)> {
        match (cx.w(j), cx.w(j + 1)) {
            ("or", "more") => Some((Qualifier::AtLeast, j + 2)),
            // "500 or so"
            ("or", "so") => Some((Qualifier::About, j + 2)),
            _ => None,
        }
    }

    fn range_link(cx: &Ctx<Self>, raw: &Raw, j: usize, between: bool) -> bool {
        let link = cx.w(j);
        if between {
            link == "and"
        } else if link == "to" {
            let from = raw.first > 0 && cx.w(raw.first - 1) == "from";
            let change = from
                && (raw.first.saturating_sub(6)..raw.first - 1)
                    .any(|k| change_verb(cx.w(k)) || cx.w(k) == "toll" || Self::revise_verb(cx.w(k)));
            !change && raw.m.unit.is_none()
        } else {
            matches!(link, "or" | "–" | "—") && raw.m.unit.is_none()
        }
    }

    fn active_verb(w: &str) -> Option<Event> {
        active_verb(w)
    }

    fn strong_verb(w: &str) -> bool {
        strong_verb(w)
    }

    fn takes_object(w: &str) -> bool {
        active_verb(w).is_some()
    }

    fn event_word(w: &str) -> Option<Event> {
        event_word(w)
    }

    fn event_phrase(cx: &Ctx<Self>, j: usize) -> Option<(Event, usize)> {
        let w = cx.w(j);
        // Most words open no phrase: look the word up first.
        for (rest, e) in event_phrases(w) {
            if cx.starts_with(j + 1, rest) {
                return Some((*e, j + 1 + rest.len()));
            }
        }
        if !matches!(
            w,
            "taken"
                | "admitted"
                | "delivered"
                | "brought"
                | "rushed"
                | "transported"
                | "sent"
                | "in"
                | "hostage"
                | "hostages"
                | "pulled"
                | "called"
                | "drafted"
                | "received"
                | "given"
                | "got"
        ) {
            return None;
        }
        // "taken to a local hospital", "admitted to Moscow hospitals",
        // "delivered to the morgue"
        if matches!(w, "taken" | "admitted" | "delivered" | "brought" | "rushed" | "transported" | "sent")
            && cx.w(j + 1) == "to"
        {
            if let Some(k) = (j + 2..j + 6).find(|&k| {
                matches!(
                    cx.w(k),
                    "hospital" | "hospitals" | "clinic" | "clinics" | "morgue" | "ward" | "wards"
                )
            }) {
                let e = if cx.w(k) == "morgue" { Event::Killed } else { Event::Hospitalized };
                return Some((e, k + 1));
            }
        }
        // "in (a, an extremely) serious condition", "in stable condition"
        if w == "in" {
            if let Some(k) = (j + 1..j + 6).find(|&k| cx.w(k) == "condition") {
                if (j + 1..k).all(|x| cx.is(x, Tk::Word) && !matches!(cx.w(x), "good" | "no")) {
                    return Some((Event::Hospitalized, k + 1));
                }
            }
            if matches!(cx.w(j + 1), "medical" | "treatment") {
                return Some((Event::Hospitalized, j + 2));
            }
        }
        // "took 800 people hostage", "were held hostage"
        if matches!(w, "hostage" | "hostages") {
            return Some((Event::Hostage, j + 1));
        }
        // "were pulled in", "brought in", "called in": forces sent in.
        if matches!(w, "pulled" | "brought" | "called" | "drafted" | "sent") && cx.w(j + 1) == "in" {
            return Some((Event::Involved, j + 2));
        }
        // "received administrative arrest": a short detention.
        if matches!(w, "received" | "given" | "got") {
            if let Some(k) = (j + 1..j + 3).find(|&k| cx.w(k) == "arrest") {
                return Some((Event::Detained, k + 1));
            }
        }
        None
    }

    fn group_event(w: &str) -> Option<Event> {
        group_event(w)
    }

    fn event_noun(w: &str) -> Option<Event> {
        event_noun(w)
    }

    fn partitive_participle(w: &str) -> bool {
        matches!(w, "killed" | "detained" | "arrested" | "missing" | "hospitalized")
    }

    fn people_noun(w: &str) -> Option<WhoClass> {
        people_noun(w)
    }

    fn attributive_noun(w: &str) -> bool {
        attributive_noun(w)
    }

    fn generic_noun(w: &str) -> bool {
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

    fn complement_class(w: &str) -> Option<WhoClass> {
        Some(match w {
            "police" | "security" | "military" | "army" | "armed" | "guard" | "border" | "forces"
            | "interior" | "knb" | "gknb" | "fsb" | "omon" | "spetsnaz" | "militia" | "troops"
            | "special" | "swat" => WhoClass::SecurityForces,
            "gang" | "group" | "cell" | "jamaat" | "organisation" | "organization" | "network" => {
                WhoClass::Militants
            }
            _ => return None,
        })
    }

    fn armed_word(w: &str) -> bool {
        w == "armed"
    }

    fn aux_word(w: &str) -> bool {
        aux_word(w)
    }

    fn copula(w: &str) -> bool {
        matches!(w, "were" | "was" | "are" | "is")
    }

    fn auxiliary(w: &str) -> bool {
        matches!(w, "were" | "was" | "are" | "is" | "have" | "has" | "had" | "been")
    }

    fn singular_aux(w: &str) -> bool {
        matches!(w, "was" | "is" | "has")
    }

    fn passive_aux(w: &str) -> bool {
        matches!(w, "were" | "was" | "been" | "being" | "are" | "is")
    }

    fn passive_event(w: &str) -> Option<Event> {
        matches!(w, "held" | "jailed" | "seized").then_some(Event::Detained)
    }

    fn phrase_before(cx: &Ctx<Self>, p: usize) -> Option<Event> {
        let w = cx.w(p);
        if !matches!(w, "dead" | "down" | "for" | "of" | "death") || p == 0 {
            return None;
        }
        let prev = cx.w(p - 1);
        match (prev, w) {
            // "shot dead a policeman", "gunned down two guards"
            ("shot" | "shooting" | "gunned", "dead") | ("gunned" | "shot", "down") => Some(Event::Killed),
            // "police are looking for eight suspects": still at large.
            ("looking" | "searching" | "hunting" | "search" | "hunt" | "manhunt", "for") => {
                Some(Event::AtLarge)
            }
            // "claimed the lives of 5 people"
            ("lives", "of") if p > 2 && cx.w(p - 2) == "the" && life_verb(cx.w(p - 3)) => Some(Event::Killed),
            // "stabbed to death three guards", "beat to death"
            ("to", "death") => Some(Event::Killed),
            _ => None,
        }
    }

    fn participle(w: &str) -> bool {
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

    fn modifier_participle(w: &str) -> bool {
        // "three nationals working for a company (were killed)"
        (w.len() > 5
            && w.ends_with("ing")
            && active_verb(w).is_none()
            && !matches!(w, "including" | "during"))
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
            )
    }

    fn report_verb(w: &str) -> bool {
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

    fn object_start(cx: &Ctx<Self>, k: usize) -> bool {
        let w = cx.w(k);
        let number = cx.is(k, Tk::Num)
            || (cx.is(k, Tk::Word) && (unit_number(w).is_some() || tens_number(w).is_some()))
            || matches!(w, "dozens" | "several" | "hundreds" | "scores");
        if number {
            // "killed two guards", not "killed two days ago"
            let next = if cx.is(k + 1, Tk::Punct) { cx.w(k + 2) } else { cx.w(k + 1) };
            return unit_after(next).is_none();
        }
        matches!(w, "a" | "an" | "his" | "her" | "their" | "its") || people_noun(w).is_some()
    }

    fn weak_event(w: &str) -> Option<Event> {
        match w {
            "destroyed" | "neutralized" | "neutralised" => Some(Event::Killed),
            "caught" | "seized" | "nabbed" => Some(Event::Detained),
            _ => None,
        }
    }

    fn with_word(w: &str) -> bool {
        w == "with"
    }

    fn fatal_word(w: &str) -> bool {
        matches!(w, "fatal" | "mortal" | "lethal")
    }

    fn event_noun_of(w: &str) -> Option<Event> {
        Some(match w {
            "deaths" | "death" | "killing" | "killings" | "murder" | "murders" | "execution"
            | "executions" | "bodies" | "massacre" => Event::Killed,
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

    fn noun_link(w: &str) -> bool {
        matches!(w, "of" | "to")
    }

    fn crowd_noun(w: &str) -> bool {
        matches!(
            w,
            "crowd"
                | "crowds"
                | "rally"
                | "protest"
                | "demonstration"
                | "march"
                | "gathering"
                | "mob"
                | "group"
        )
    }

    fn participant_noun(w: &str) -> bool {
        matches!(w, "participants" | "participant" | "attendees" | "crowd")
    }

    fn life_noun(w: &str) -> bool {
        w == "lives"
    }

    fn life_verb(w: &str) -> bool {
        life_verb(w)
    }

    fn include_verb(w: &str) -> bool {
        matches!(w, "included" | "include" | "includes")
    }

    fn conjunct_link(cx: &Ctx<Self>, first: usize) -> Option<(usize, bool)> {
        let p = first.checked_sub(1)?;
        match cx.w(p) {
            // "three guards, and then five inmates"
            "then" if p > 0 && cx.w(p - 1) == "and" => Some((p - 1, false)),
            "and" | "or" | "," => Some((p, false)),
            // "along with", "together with"
            "with" if p > 0 && matches!(cx.w(p - 1), "along" | "together") => Some((p - 1, true)),
            // "as well as"
            "as" if cx.ends_with(first, &["as", "well", "as"]).is_some() => Some((p - 2, true)),
            _ => None,
        }
    }

    fn verb_like(w: &str) -> bool {
        w.len() > 4
            && w.ends_with("ed")
            && !matches!(w, "armed" | "unarmed" | "masked" | "hooded" | "retired")
    }

    fn total_noun(w: &str) -> bool {
        total_noun(w)
    }

    fn revise_verb(w: &str) -> bool {
        change_verb(w) || matches!(w, "revised" | "corrected" | "updated" | "lowered" | "up" | "down")
    }

    fn earlier_word(w: &str) -> bool {
        matches!(w, "earlier" | "previously" | "initially" | "originally" | "previous" | "initial")
    }

    fn time_after_earlier(w: &str) -> bool {
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

    fn figure_noun(w: &str) -> bool {
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

    fn supersede_initial(w: &str) -> bool {
        matches!(w.as_bytes().first(), Some(b'e' | b'p' | b'i' | b'o' | b'r' | b'w' | b'd'))
    }

    fn retract_word(w: &str) -> bool {
        matches!(w, "retracted" | "retract" | "withdrew" | "withdrawn" | "disavowed")
    }

    fn among_link(w: &str) -> bool {
        matches!(w, "were" | "was" | "are" | "is" | "included" | "include" | "includes")
    }

    fn number_of(cx: &Ctx<Self>, k: usize) -> Option<usize> {
        (cx.w(k) == "number" && cx.w(k + 1) == "of").then_some(k + 2)
    }

    fn locative(w: &str) -> bool {
        matches!(w, "in" | "at" | "on" | "near")
    }

    fn fate_phrase(cx: &Ctx<Self>, j: usize) -> Option<Option<Event>> {
        match cx.w(j) {
            // "were brought to administrative responsibility"
            "brought" => Some((j + 1..j + 5).any(|k| cx.w(k) == "responsibility").then_some(Event::Other)),
            // "face charges", "facing trial"
            "face" | "faces" | "facing" => Some(
                (j + 1..j + 3)
                    .any(|k| matches!(cx.w(k), "charges" | "charge" | "trial" | "prosecution"))
                    .then_some(Event::Charged),
            ),
            "received" | "got" | "given" | "handed" => Some(
                (j + 1..j + 5)
                    .any(|k| {
                        matches!(
                            cx.w(k),
                            "sentence"
                                | "sentences"
                                | "term"
                                | "terms"
                                | "years"
                                | "fine"
                                | "fines"
                                | "probation"
                        )
                    })
                    .then_some(Event::Sentenced),
            ),
            _ => None,
        }
    }

    fn past_verb(w: &str) -> bool {
        w.ends_with("ed")
            || matches!(w, "slew" | "slain" | "lost" | "hurt" | "were" | "was" | "included" | "dead" | "down")
    }

    fn stop_word(w: &str) -> bool {
        stop_word(w)
    }

    fn fate_verb(w: &str) -> Option<Event> {
        fate_verb(w)
    }

    fn toll_verb(w: &str) -> bool {
        toll_verb(w)
    }

    fn toll_noun(w: &str) -> bool {
        w == "toll"
    }

    fn toll_default(w: &str) -> Option<Event> {
        (w == "toll").then_some(Event::Killed)
    }

    fn partitive_prep(w: &str) -> bool {
        w == "of"
    }

    fn partitive_link(cx: &Ctx<Self>, j: usize) -> Option<usize> {
        let k = match (cx.w(j), cx.w(j + 1)) {
            ("of", _) => j + 1,
            ("out", "of") => j + 2,
            _ => return None,
        };
        Some(if cx.w(k) == "the" { k + 1 } else { k })
    }

    fn partitive_pronoun(w: &str) -> bool {
        matches!(w, "them" | "whom" | "which" | "us" | "those" | "these")
    }

    fn determiner(w: &str, after_vague: bool) -> bool {
        if after_vague {
            matches!(w, "the" | "these" | "those")
        } else {
            matches!(w, "the" | "their" | "our" | "its" | "his" | "her")
        }
    }

    fn article(w: &str) -> bool {
        w == "the"
    }

    fn demonstrative(w: &str) -> bool {
        matches!(w, "those" | "these")
    }

    fn noun_prefix(w: &str) -> bool {
        matches!(w, "other" | "more" | "additional" | "further")
    }

    fn conjunction(w: &str) -> bool {
        matches!(w, "and" | "or")
    }

    fn negation(w: &str) -> bool {
        matches!(w, "not" | "never" | "no")
    }

    fn relative(w: &str) -> bool {
        matches!(w, "who" | "that" | "which")
    }

    fn among(w: &str) -> bool {
        w == "among"
    }

    fn aside_opener(w: &str) -> bool {
        matches!(
            w,
            "including"
                | "born"
                | "among"
                | "mostly"
                | "most"
                | "many"
                | "all"
                | "both"
                | "aged"
                | "according"
        )
    }

    fn origin_prep(w: &str) -> bool {
        matches!(w, "of" | "from")
    }

    fn light_verb(w: &str) -> bool {
        matches!(
            w,
            "suffered" | "sustained" | "received" | "suffering" | "sustaining" | "have" | "has" | "had"
        )
    }

    fn wound_noun(w: &str) -> bool {
        matches!(
            w,
            "wounds" | "wound" | "injuries" | "injury" | "burns" | "fractures" | "concussions" | "concussion"
        )
    }

    fn clause_end(w: &str) -> bool {
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

    /// "including 11 attackers", "among them two children": a subtotal.
    fn subtotal_before(cx: &Ctx<Self>, first: usize) -> bool {
        if first == 0 {
            return false;
        }
        match cx.w(first - 1) {
            "including" | "incl" => true,
            "them" => first > 1 && cx.w(first - 2) == "among",
            "whom" => first > 1 && matches!(cx.w(first - 2), "among" | "of"),
            _ => false,
        }
    }

    fn verb_adverb(w: &str) -> bool {
        matches!(w, "reportedly" | "allegedly" | "also")
    }

    fn before_skip(w: &str) -> bool {
        matches!(w, "reportedly" | "allegedly" | "also" | "the" | "all" | "its" | "their" | "a")
    }
}
