//! Russian: number words in every case and the collective numerals (from
//! [`kz_shared::words::ru`]), "тысяча", "миллион", "полтора", "десятки",
//! qualifiers ("не менее", "свыше", "около", "до"), units, and the words of
//! casualty reports: verbs and participles of killing, injury and detention
//! in both voices and aspects ("погибли", "убиты", "скончались",
//! "ранены", "пострадали", "госпитализированы", "задержаны",
//! "арестовали"), the nouns that are the event ("погибших", "жертв",
//! "раненых") and the nouns of people with their class ("полицейские",
//! "боевики", "митингующие", "мирные жители", "человек").
//!
//! Words arrive in lower case with `ё` as `е` ([`Ru::lowercase`]). The
//! inflected classes (nouns, participles, verbs) are generated once, from
//! stems and their endings, into one table looked up per word; the closed
//! classes (prepositions, particles, auxiliaries) are `match`es.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::{Event, Lexicon, Qual, WhoClass};
use crate::extract::{Ctx, Kind, Qualifier, Raw};
use crate::tokens::Tk;
use kz_shared::words::ru as words;

/// Russian.
pub struct Ru;

// ----- the table of inflected words ---------------------------------------------

/// What one word form is.
#[derive(Clone, Copy, Default)]
struct Info {
    /// A noun of people, and its class.
    people: Option<WhoClass>,
    /// A generic noun whose complement tells its class ("сотрудники полиции").
    generic: bool,
    /// After the people counted: "(18 человек) скончались", "(11) ранены".
    after: Option<Event>,
    /// Before them: "погибли (17 человек)", "задержали (516)", "ранены (11)".
    before: Option<Event>,
    /// The verb takes its people as object: "убили (двух полицейских)".
    transitive: bool,
    /// Counts as killing or detention only for a noun of people.
    weak: Option<Event>,
    /// A noun that is the event: "(24) погибших", "(31) жертва".
    noun: Option<Event>,
    /// A fate that is no harm: "осуждены", "оштрафованы".
    fate: Option<Event>,
    /// A full participle that may stand after a comma: "(15 полицейских,)
    /// погибших (при исполнении)".
    participle: bool,
}

/// Adjectival endings, singular and plural, every case: "погибш-их".
const ADJ: &[&str] = &[
    "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые", "его", "ого", "ему", "ому", "им", "ым", "ими",
    "ыми", "их", "ых", "ем", "ом", "ую", "юю", "ей",
];
/// Hard masculine nouns: "сотрудник-ов".
const HARD: &[&str] = &["", "а", "у", "ом", "е", "и", "ы", "ов", "ам", "ами", "ах"];
/// Soft masculine nouns: "жител-ей".
const SOFT: &[&str] = &["ь", "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях"];
/// Feminine nouns in -а: "жертв-ы", "женщин".
const FEM: &[&str] = &["а", "ы", "и", "е", "у", "ой", "ою", "", "ам", "ами", "ах"];
/// Nouns in -ец: "нацгвардейц-ев" (the nominative is listed apart).
const ETS: &[&str] = &["а", "у", "ем", "е", "ы", "ев", "ам", "ами", "ах"];
/// Short participles and past tense: "убит-ы", "пострадал-и".
const SHORT: &[&str] = &["", "а", "о", "ы", "и"];
/// Reflexive past: "скончал-ись".
const REFL: &[&str] = &["ся", "ась", "ось", "ись"];

fn table() -> HashMap<String, Info> {
    use Event::*;
    use WhoClass::*;
    let mut t: HashMap<String, Info> = HashMap::with_capacity(4096);
    let mut add = |stem: &str, ends: &[&str], f: &dyn Fn(&mut Info)| {
        for e in ends {
            f(t.entry(format!("{stem}{e}")).or_default());
        }
    };
    let people = |c: WhoClass| move |i: &mut Info| i.people = Some(c);
    // Security forces.
    for s in ["полицейск", "военнослужащ", "военн", "служащ"] {
        add(s, ADJ, &people(SecurityForces));
    }
    for s in [
        "милиционер",
        "силовик",
        "солдат",
        "пограничник",
        "инспектор",
        "охранник",
        "офицер",
        "курсант",
        "разведчик",
        "десантник",
        "страж",
        "сотрудник",
        "боевик",
        "работник",
        "член",
        "участник",
    ] {
        let class = match s {
            "боевик" => Militants,
            "сотрудник" | "работник" | "член" | "участник" => People,
            _ => SecurityForces,
        };
        add(s, HARD, &people(class));
    }
    for s in ["правоохранител", "надзирател", "представител"] {
        add(s, SOFT, &people(if s == "представител" { People } else { SecurityForces }));
    }
    for (nom, stem) in [
        ("нацгвардеец", "нацгвардейц"),
        ("росгвардеец", "росгвардейц"),
        ("спецназовец", "спецназовц"),
        ("омоновец", "омоновц"),
        ("боец", "бойц"),
    ] {
        let class = if nom == "боец" { People } else { SecurityForces };
        add(nom, &[""], &people(class));
        add(stem, ETS, &people(class));
        if nom == "боец" {
            add(stem, &["ов", "ом"], &people(class));
        }
    }
    // Generic nouns whose complement tells the class.
    for s in ["сотрудник", "работник", "член", "участник", "боец", "бойц", "представител"]
    {
        let ends: &[&str] = match s {
            "представител" => SOFT,
            "бойц" => &["а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"],
            "боец" => &[""],
            _ => HARD,
        };
        add(s, ends, &|i: &mut Info| i.generic = true);
    }
    // Militants.
    for s in [
        "террорист",
        "преступник",
        "бандит",
        "экстремист",
        "злоумышленник",
        "смертник",
        "налетчик",
        "бунтовщик",
        "мятежник",
        "контрабандист",
        "радикал",
        "джихадист",
        "стрелок",
    ] {
        add(s, HARD, &people(Militants));
    }
    add("стрелк", &["а", "и", "ов", "ам", "ами"], &people(Militants));
    for s in ["исполнител", "нарушител", "похитител"] {
        add(s, SOFT, &people(Militants));
    }
    add("нападавш", ADJ, &people(Militants));
    // Protesters.
    for s in ["митингующ", "протестующ", "бастующ"] {
        add(s, ADJ, &people(Protesters));
    }
    for s in ["демонстрант", "манифестант", "активист", "погромщик", "сторонник", "дружинник", "мародер"]
    {
        add(s, HARD, &people(Protesters));
    }
    // Civilians.
    for s in ["жител", "учител", "посетител", "зрител", "покупател", "водител", "настоятел"]
    {
        add(s, SOFT, &people(Civilians));
    }
    for s in [
        "студент",
        "журналист",
        "пассажир",
        "турист",
        "школьник",
        "медик",
        "пенсионер",
        "священник",
        "паломник",
        "заложник",
    ] {
        add(s, HARD, &people(Civilians));
    }
    add("гражданск", ADJ, &people(Civilians));
    add("рабоч", ADJ, &people(Civilians));
    add("женщин", FEM, &people(Civilians));
    add("врач", &["", "а", "у", "ом", "е", "и", "ей", "ам", "ами", "ах"], &people(Civilians));
    add("ребенок", &[""], &people(Civilians));
    add("ребенк", &["а", "у", "ом", "е"], &people(Civilians));
    add("дет", &["и", "ей", "ям", "ьми", "ях"], &people(Civilians));
    add("прихожан", &["е", "", "ам", "ами", "ах", "ин", "ина"], &people(Civilians));
    // People.
    add("человек", &["", "а", "у", "ом", "е"], &people(People));
    add("люд", &["и", "ей", "ям", "ьми", "ях"], &people(People));
    add("граждан", &["ин", "ина", "ину", "ином", "ине", "е", "", "ам", "ами", "ах"], &people(People));
    add("лиц", &["о", "а", "", "ам", "ами", "ах"], &people(People));
    add("мужчин", FEM, &people(People));
    for s in ["заключенн", "осужденн", "подозреваем", "задержанн", "арестованн", "обвиняем"]
    {
        add(s, ADJ, &people(People));
    }
    for s in ["арестант", "фигурант", "пациент", "таджик", "узбек", "киргиз", "казах"]
    {
        add(s, HARD, &people(People));
    }
    for (nom, stem) in [
        ("иностранец", "иностранц"),
        ("кыргызстанец", "кыргызстанц"),
        ("казахстанец", "казахстанц"),
        ("пакистанец", "пакистанц"),
        ("узбекистанец", "узбекистанц"),
    ] {
        add(nom, &[""], &people(People));
        add(stem, ETS, &people(People));
    }
    add("россиян", &["ин", "ина", "е", "", "ам", "ами"], &people(People));
    // Nouns that are the event, and name people too.
    let noun = |e: Event| {
        move |i: &mut Info| {
            i.noun = Some(e);
            i.people.get_or_insert(People);
        }
    };
    add("погибш", ADJ, &noun(Killed));
    add("умерш", ADJ, &noun(Killed));
    add("скончавш", ADJ, &noun(Killed));
    add("убит", &["ых", "ые", "ый", "ого", "ым", "ыми"], &noun(Killed));
    add("жертв", FEM, &noun(Killed));
    add("тел", &["а", ""], &noun(Killed));
    add("труп", &["ы", "ов", "а"], &noun(Killed));
    add("ранен", &["ых", "ые", "ый", "ого", "ым", "ыми", "ом", "ая"], &noun(Injured));
    add("раненн", ADJ, &noun(Injured));
    add("пострадавш", ADJ, &noun(Injured));
    add("травмированн", ADJ, &noun(Injured));
    add("госпитализированн", ADJ, &noun(Hospitalized));
    add("задержанн", ADJ, &noun(Detained));
    add("арестованн", ADJ, &noun(Arrested));
    add("пропавш", ADJ, &noun(Missing));
    add("эвакуированн", ADJ, &noun(Evacuated));
    add("заложник", HARD, &noun(Hostage));
    // Participles after a comma: "(15 полицейских,) погибших".
    for s in [
        "погибш",
        "убит",
        "раненн",
        "пострадавш",
        "задержанн",
        "арестованн",
        "госпитализированн",
        "захваченн",
        "скончавш",
        "травмированн",
        "пропавш",
    ] {
        add(s, ADJ, &|i: &mut Info| i.participle = true);
    }
    add("захваченн", ADJ, &|i: &mut Info| i.after = Some(Hostage));
    // Verbs and short participles after the count (and before it).
    let both = |e: Event| {
        move |i: &mut Info| {
            i.after = Some(e);
            i.before = Some(e);
        }
    };
    add("погиб", &["", "ла", "ло", "ли", "нут", "ают", "ает"], &both(Killed));
    add("скончал", REFL, &both(Killed));
    add("умер", &["", "ла", "ло", "ли"], &both(Killed));
    for s in ["убит", "застрелен", "расстрелян", "зарезан", "ликвидирован", "казнен", "заколот"]
    {
        add(s, SHORT, &both(Killed));
    }
    add("обезглавлен", SHORT, &both(Beheaded));
    for s in ["ранен", "травмирован", "покалечен", "избит"] {
        add(s, SHORT, &both(Injured));
    }
    add("пострадал", SHORT, &both(Injured));
    add("госпитализирован", SHORT, &both(Hospitalized));
    add("леч", &["атся", "ится"], &both(Hospitalized));
    for s in ["задержан", "схвачен", "пленен", "захвачен"] {
        add(s, SHORT, &both(Detained));
    }
    add("арестован", SHORT, &both(Arrested));
    add("эвакуирован", SHORT, &both(Evacuated));
    for s in ["осужден", "приговорен"] {
        add(s, SHORT, &both(Sentenced));
    }
    add("оштрафован", SHORT, &both(Fined));
    for s in ["освобожден", "отпущен"] {
        add(s, SHORT, &both(Released));
    }
    add("скрыл", REFL, &both(AtLarge));
    for s in ["сбежал", "бежал"] {
        add(s, SHORT, &both(AtLarge));
    }
    add("разыскива", &["ются", "ется", "ют"], &both(AtLarge));
    add("обвиня", &["ются", "ется"], &both(Charged));
    add("собрал", REFL, &both(Involved));
    add("собрал", &["о"], &both(Involved));
    for s in ["участвовал", "митинговал", "протестовал", "напал"] {
        add(s, SHORT, &both(Involved));
    }
    add("ворвал", REFL, &both(Involved));
    add("вышл", &["и"], &both(Involved));
    add("пришл", &["и"], &both(Involved));
    add("совершил", &["", "а", "о", "и"], &|i: &mut Info| i.before = Some(Involved));
    add("подорвал", REFL, &both(Killed));
    for s in ["направлен", "переброшен", "стянут", "задействован", "введен"]
    {
        add(s, SHORT, &both(Involved));
    }
    // Verbs that count as harm only for people ("уничтожены 6 боевиков"; a
    // school is also "уничтожена").
    for s in ["уничтожен", "нейтрализован", "обезврежен"] {
        add(s, SHORT, &|i: &mut Info| i.weak = Some(Killed));
    }
    add("пойман", SHORT, &|i: &mut Info| i.weak = Some(Detained));
    // Active verbs with an object, before the count: "убили двух".
    let active = |e: Event| {
        move |i: &mut Info| {
            i.before = Some(e);
            i.transitive = true;
        }
    };
    for s in [
        "убил",
        "застрелил",
        "расстрелял",
        "зарезал",
        "ликвидировал",
        "уничтожил",
        "нейтрализовал",
        "казнил",
        "обезвредил",
    ] {
        add(s, &["", "а", "о", "и"], &active(Killed));
    }
    add("обезглавил", &["", "а", "о", "и"], &active(Beheaded));
    for s in ["ранил", "травмировал", "избил", "покалечил"] {
        add(s, &["", "а", "о", "и"], &active(Injured));
    }
    add("госпитализировал", &["", "а", "о", "и"], &active(Hospitalized));
    for s in ["задержал", "схватил", "задерживал"] {
        add(s, &["", "а", "о", "и"], &active(Detained));
    }
    add("арестовал", &["", "а", "о", "и"], &active(Arrested));
    add("эвакуировал", &["", "а", "о", "и"], &active(Evacuated));
    for s in ["осудил", "приговорил"] {
        add(s, &["", "а", "о", "и"], &active(Sentenced));
    }
    add("оштрафовал", &["", "а", "о", "и"], &active(Fined));
    for s in ["освободил", "отпустил"] {
        add(s, &["", "а", "о", "и"], &active(Released));
    }
    add("похитил", &["", "а", "о", "и"], &active(Hostage));
    for s in ["направил", "перебросил", "стянул", "задействовал", "ввел"]
    {
        add(s, &["", "а", "о", "и"], &active(Involved));
    }
    for s in ["атаковал", "обстрелял"] {
        add(s, &["", "а", "о", "и"], &|i: &mut Info| i.transitive = true);
    }
    // Fates.
    for (s, e) in [
        ("осужден", Sentenced),
        ("приговорен", Sentenced),
        ("оштрафован", Fined),
        ("освобожден", Released),
        ("отпущен", Released),
        ("допрошен", Other),
        ("депортирован", Other),
        ("выдворен", Other),
    ] {
        add(s, SHORT, &|i: &mut Info| i.fate = Some(e));
    }
    t
}

static TABLE: LazyLock<HashMap<String, Info>> = LazyLock::new(table);

fn info(w: &str) -> Info {
    TABLE.get(w).copied().unwrap_or_default()
}

// ----- numbers ---------------------------------------------------------------------

/// "тысяча", "миллион" and their cases, "тыс", "млн".
fn multiplier_word(w: &str) -> Option<f64> {
    if w.starts_with("тысяч") && w.chars().count() <= 8 || w == "тыс" {
        return Some(1e3);
    }
    if w.starts_with("миллион") || w == "млн" {
        return Some(1e6);
    }
    if w.starts_with("миллиард") || w == "млрд" {
        return Some(1e9);
    }
    None
}

/// "сотни", "десятка" after a number: "две сотни", "полтора десятка".
fn group_word(w: &str) -> Option<f64> {
    match w {
        "сотня" | "сотни" | "сотен" | "сотню" | "сотней" | "сотнями" | "сотням" => {
            Some(100.0)
        }
        "десяток" | "десятка" | "десятков" | "десятком" | "десятками" => {
            Some(10.0)
        }
        _ => None,
    }
}

/// "полтора", "полторы", "полутора".
fn one_and_a_half(w: &str) -> bool {
    matches!(w, "полтора" | "полторы" | "полутора")
}

/// Vague amounts and their low bound: "десятки" (at least twenty).
fn vague_word(w: &str) -> Option<Option<f64>> {
    Some(match w {
        "десятки" | "десятков" | "десяткам" | "десятками" => Some(20.0),
        "сотни" | "сотен" | "сотням" | "сотнями" => Some(200.0),
        "тысячи" | "тысяч" | "тысячам" | "тысячами" => Some(2000.0),
        "миллионы" | "миллионов" => Some(2e6),
        "несколько" | "нескольких" | "нескольким" | "несколькими" => {
            None
        }
        _ => return None,
    })
}

/// Qualifiers before a number, longest first within each group.
const QUALIFIERS: &[(&[&str], Qual)] = &[
    (&["не", "менее", "чем"], Qual::AtLeast),
    (&["не", "менее"], Qual::AtLeast),
    (&["не", "меньше"], Qual::AtLeast),
    (&["по", "меньшей", "мере"], Qual::AtLeast),
    (&["как", "минимум"], Qual::AtLeast),
    (&["минимум"], Qual::AtLeast),
    (&["не", "более", "чем"], Qual::UpTo),
    (&["не", "более"], Qual::UpTo),
    (&["не", "больше"], Qual::UpTo),
    (&["более", "чем"], Qual::MoreThan),
    (&["больше", "чем"], Qual::MoreThan),
    (&["более"], Qual::MoreThan),
    (&["больше"], Qual::MoreThan),
    (&["свыше"], Qual::MoreThan),
    (&["менее", "чем"], Qual::LessThan),
    (&["менее"], Qual::LessThan),
    (&["меньше"], Qual::LessThan),
    (&["около"], Qual::About),
    (&["порядка"], Qual::About),
    (&["примерно"], Qual::About),
    (&["приблизительно"], Qual::About),
    (&["ориентировочно"], Qual::About),
    (&["почти"], Qual::Nearly),
    (&["практически"], Qual::Nearly),
    (&["максимум"], Qual::UpTo),
    (&["до"], Qual::UpTo),
    (&["от"], Qual::Between),
];

/// Words that add to a count already given: "ещё 17".
const ADDITIVE: &[&[&str]] = &[&["еще"]];

/// Units after a number: their normal form and kind.
fn unit_after(w: &str) -> Option<(&'static str, &'static str)> {
    Some(match w {
        "км" | "километр" | "километра" | "километров" | "километре" | "километрах" => {
            ("km", "distance")
        }
        "м" | "метр" | "метра" | "метров" => ("m", "distance"),
        "процент" | "процента" | "процентов" | "проц" => ("percent", "percent"),
        "тенге" | "тг" => ("KZT", "money"),
        "руб" | "рубль" | "рубля" | "рублей" | "рублям" => ("RUB", "money"),
        "долл" | "доллар" | "доллара" | "долларов" => ("USD", "money"),
        "евро" => ("EUR", "money"),
        "сом" | "сома" | "сомов" | "сомы" => ("KGS", "money"),
        "сомони" => ("TJS", "money"),
        "сум" | "сума" | "сумов" | "сумы" => ("UZS", "money"),
        "кг" | "килограмм" | "килограмма" | "килограммов" => ("kg", "other"),
        "т" | "тонн" | "тонны" | "тонна" => ("t", "other"),
        "га" | "гектар" | "гектара" | "гектаров" => ("ha", "other"),
        "лет" | "год" | "года" | "году" => ("years", "other"),
        "час" | "часа" | "часов" => ("hours", "other"),
        "день" | "дня" | "дней" | "суток" | "сутки" => ("days", "other"),
        "неделю" | "недели" | "недель" => ("weeks", "other"),
        "месяц" | "месяца" | "месяцев" => ("months", "other"),
        "минут" | "минуты" | "минуту" => ("minutes", "other"),
        _ => return None,
    })
}

/// Cyrillic number stems and words of zero, in the forms a sentence may
/// start with: what [`Ru::may_have_numbers`] looks for besides digits.
const NUMBER_STEMS: &[&str] = &[
    "один",
    "одн",
    "два",
    "две",
    "двух",
    "двум",
    "три",
    "трех",
    "трёх",
    "трем",
    "четыр",
    "пят",
    "шест",
    "сем",
    "восем",
    "восьм",
    "девят",
    "десят",
    "сорок",
    "девяност",
    "сто",
    "ста",
    "двест",
    "трист",
    "сот",
    "тысяч",
    "тыс",
    "млн",
    "милли",
    "полтор",
    "полут",
    "двое",
    "двоих",
    "трое",
    "троих",
    "четверо",
    "четверых",
    "несколько",
    "нескольк",
    "никто",
    "нет",
];

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

impl Ru {
    /// A noun of the hospital or of the police at token `k`: what
    /// "доставлены в …" means.
    fn place_event(w: &str) -> Option<Event> {
        const HOSPITAL: &[&str] = &[
            "больниц",
            "стационар",
            "госпитал",
            "реанимаци",
            "медучрежден",
            "клиник",
            "травматолог",
            "морг",
        ];
        const POLICE: &[&str] =
            &["отдел", "милици", "полици", "ровд", "увд", "овд", "ивс", "сизо", "изолятор"];
        if HOSPITAL.iter().any(|s| w.starts_with(s)) {
            return Some(if w.starts_with("морг") { Event::Killed } else { Event::Hospitalized });
        }
        POLICE.iter().any(|s| w.starts_with(s)).then_some(Event::Detained)
    }

    /// Verbs of being taken, sent or staying somewhere: "доставлены",
    /// "находятся", "обратились", "попали".
    fn place_verb(w: &str) -> bool {
        const STEMS: &[&str] = &[
            "доставл",
            "достав",
            "госпитализир",
            "находят",
            "находит",
            "находил",
            "оста",
            "леч",
            "обратил",
            "обращал",
            "попал",
            "поступил",
            "поступа",
            "отправлен",
            "отправил",
            "направлен",
            "переведен",
            "оказал",
            "помещен",
            "получил",
            "получа",
            "проход",
            "нужда",
            "оказан",
        ];
        STEMS.iter().any(|s| w.starts_with(s))
    }

    /// Nouns of medical help: "за медицинской помощью", "лечение".
    fn treatment_noun(w: &str) -> bool {
        w.starts_with("помощ") || w.starts_with("лечени") || w.starts_with("медпомощ")
    }

    /// The event of a verb of place at `j` with a hospital, a police
    /// station or a treatment in the words around `lo..hi`.
    fn placed(cx: &Ctx<Self>, j: usize, lo: usize, hi: usize) -> Option<Event> {
        if !cx.word(j).is_some_and(Self::place_verb) {
            return None;
        }
        (lo..hi).filter(|&k| k != j && cx.seg(k) == cx.seg(j)).find_map(|k| {
            let w = cx.w(k);
            Self::place_event(w).or(Self::treatment_noun(w).then_some(Event::Hospitalized))
        })
    }

    /// "нет" after a noun of the event: "жертв нет", "пострадавших нет".
    fn none_after_noun(cx: &Ctx<Self>, i: usize) -> bool {
        i > 0 && cx.is(i - 1, Tk::Word) && info(cx.w(i - 1)).noun.is_some()
    }

    /// The first noun of the event in the list before "нет" ("жертв и
    /// пострадавших нет"): its token.
    fn first_noun_before(cx: &Ctx<Self>, i: usize) -> usize {
        let mut k = i - 1;
        while k >= 2 && matches!(cx.w(k - 1), "и" | ",") && info(cx.w(k - 2)).noun.is_some() {
            k -= 2;
        }
        k
    }
}

impl Lexicon for Ru {
    fn may_have_numbers(text: &str) -> bool {
        use aho_corasick::AhoCorasick;
        static WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
            let pats: Vec<String> =
                NUMBER_STEMS.iter().flat_map(|s| [s.to_string(), capitalized(s), s.to_uppercase()]).collect();
            AhoCorasick::new(pats).expect("Russian number words build")
        });
        text.bytes().any(|b| b.is_ascii_digit()) || WORDS.is_match(text)
    }

    /// Lower case with `ё` as `е`; Cyrillic capitals and their small
    /// letters are both two bytes, so offsets do not move.
    fn lowercase(text: &str, out: &mut String) {
        out.clear();
        out.reserve(text.len());
        for c in text.chars() {
            let l = match c {
                'A'..='Z' => c.to_ascii_lowercase(),
                'А'..='Я' => char::from_u32(c as u32 + 32).unwrap_or(c),
                'Ё' | 'ё' => 'е',
                _ if c.is_uppercase() => {
                    let mut lower = c.to_lowercase();
                    match (lower.next(), lower.next()) {
                        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                        _ => c,
                    }
                }
                _ => c,
            };
            out.push(l);
        }
    }

    const DECIMAL_COMMA: bool = true;

    const PARTITIVE_NEEDS_DETERMINER: bool = false;

    const FREE_ORDER: bool = true;

    fn filler_before(cx: &Ctx<Self>, p: usize) -> usize {
        match cx.w(p) {
            // "погибло 18 человек, пострадало - 243": a dash after the verb.
            "-" | "–" | "—" if p > 0 && info(cx.w(p - 1)).before.is_some() => 1,
            // "в общей сложности"
            "сложности" if p >= 2 && cx.w(p - 1) == "общей" && cx.w(p - 2) == "в" => 3,
            "всего" | "итого" | "только" | "лишь" => 1,
            _ => 0,
        }
    }

    fn dot_clock(cx: &Ctx<Self>, i: usize) -> bool {
        i > 0 && matches!(cx.w(i - 1), "в" | "к" | "до" | "с" | "после" | "около" | "на" | "примерно")
    }

    fn qualifier_ok(cx: &Ctx<Self>, start: usize) -> bool {
        if cx.w(start) != "до" || start == 0 {
            return true;
        }
        // "возросло до 13", "с 60 до 120": a toll or a change, not "up to".
        let prev = cx.w(start - 1);
        !(Self::toll_verb(prev) || Self::revise_verb(prev) || cx.is(start - 1, Tk::Num))
    }

    fn abbreviation(w: &str) -> bool {
        w.chars().count() == 1
            || matches!(
                w,
                "гг" | "ул"
                    | "обл"
                    | "тыс"
                    | "млн"
                    | "млрд"
                    | "руб"
                    | "чел"
                    | "им"
                    | "ст"
                    | "пос"
                    | "пр"
                    | "просп"
                    | "мкр"
                    | "др"
                    | "см"
                    | "ок"
                    | "ред"
                    | "англ"
                    | "долл"
                    | "кв"
                    | "корп"
                    | "стр"
                    | "св"
                    | "тг"
                    | "проц"
            )
    }

    fn read_words(cx: &Ctx<Self>, i: usize) -> Option<Raw> {
        let w = cx.w(i);
        // Zero: "никто не пострадал", "ни один … не погиб"; "жертв нет".
        if w == "никто" || (w == "ни" && cx.w(i + 1) == "один") {
            let last = if w == "ни" { i + 2 } else { i + 1 };
            let mut raw = cx.raw(Ctx::<Self>::blank(0, Some(0.0)), i, last);
            raw.zero = true;
            raw.zero_pronoun = w == "никто";
            // The verb is read past "не".
            let mut j = last;
            while cx.word(j).and_then(|x| info(x).people).is_some() {
                j += 1;
            }
            if cx.w(j) == "не" {
                raw.noun_at = Some(if j == last { j + 1 } else { last });
                if j != last {
                    raw.zero_pronoun = false;
                }
            }
            return Some(cx.finish(raw));
        }
        if w == "нет" {
            if !Self::none_after_noun(cx, i) {
                return None;
            }
            // The mention is the list and "нет"; its event is its first noun's.
            let first = Self::first_noun_before(cx, i);
            let mut raw = cx.raw(Ctx::<Self>::blank(0, Some(0.0)), first, i + 1);
            raw.zero = true;
            raw.noun_at = Some(first);
            return Some(cx.finish(raw));
        }
        // Vague amounts: "десятки", "несколько сотен", "десятки тысяч"; but
        // "около тысячи" is one thousand, "две сотни" two hundred.
        let after_qualifier = i > 0 && QUALIFIERS.iter().any(|(q, _)| q.last() == Some(&cx.w(i - 1)));
        if let Some(low) = vague_word(w).filter(|_| !(after_qualifier && multiplier_word(w).is_some())) {
            let mut last = i + 1;
            let mut low = low;
            if w.starts_with("нескольк") {
                if let Some(size) = cx.word(last).and_then(|x| group_word(x).or_else(|| multiplier_word(x))) {
                    low = Some(2.0 * size);
                    last += 1;
                }
            } else if let Some(m) = cx.word(last).and_then(multiplier_word) {
                // "десятки тысяч", "сотни тысяч"
                low = low.map(|l| l * m);
                last += 1;
            }
            let mut m = Ctx::<Self>::blank(0, None);
            m.qualifier = Qualifier::ApproxWord;
            m.low = low;
            let mut raw = cx.raw(m, i, last);
            raw.approx = true;
            let raw = cx.qualify(raw);
            return Some(cx.finish(raw));
        }
        // Collective numerals: "двое", "пятеро", "троих".
        if let Some(n) = words::collective_number(w) {
            let raw = cx.raw(Ctx::<Self>::blank(0, Some(n as f64)), i, i + 1);
            return Some(cx.after_core(raw));
        }
        // "около тысячи", "более сотни": one of them.
        if after_qualifier {
            if let Some(v) = multiplier_word(w).or_else(|| group_word(w)) {
                let raw = cx.raw(Ctx::<Self>::blank(0, Some(v)), i, i + 1);
                return Some(cx.after_core(raw));
            }
        }
        let (v, end) = Self::number_words(cx, i)?;
        let raw = cx.raw(Ctx::<Self>::blank(0, Some(v)), i, end);
        Some(cx.after_core(raw))
    }

    /// Number words from token `i`: "двадцать пять", "сто двадцать",
    /// "полторы тысячи", "две сотни", "три тысячи пятьсот".
    fn number_words(cx: &Ctx<Self>, i: usize) -> Option<(f64, usize)> {
        let (mut total, mut current, mut any) = (0.0f64, 0.0f64, false);
        let mut j = i;
        while let Some(w) = cx.word(j) {
            if let Some(h) = words::hundreds_number(w).filter(|_| current == 0.0) {
                current = h as f64;
            } else if let Some(t) = words::tens_number(w).filter(|_| current % 100.0 == 0.0) {
                current += t as f64;
            } else if let Some(u) =
                words::unit_number(w).filter(|&u| current % 100.0 == 0.0 || (current % 10.0 == 0.0 && u < 10))
            {
                current += u as f64;
            } else if one_and_a_half(w) && current == 0.0 {
                current = 1.5;
            } else if let Some(c) = words::collective_number(w).filter(|_| !any) {
                // "двоих или троих": the second half of a range.
                return Some((c as f64, j + 1));
            } else if let Some(g) = group_word(w).filter(|_| any && current > 0.0 && current < 10.0) {
                current *= g;
            } else if let Some(m) = multiplier_word(w).filter(|_| any) {
                total += current.max(1.0) * m;
                current = 0.0;
                if cx.w(j + 1) == "." && cx.touch(j, j + 1) {
                    j += 1;
                }
            } else {
                break;
            }
            any = true;
            j += 1;
        }
        any.then_some((total + current, j))
    }

    fn multiplier_word(w: &str) -> Option<f64> {
        multiplier_word(w)
    }

    fn unit_words(cx: &Ctx<Self>, j: usize) -> Option<(&'static str, Kind, usize)> {
        let w = cx.w(j);
        if cx.is(j, Tk::Punct) {
            if w == "%" {
                return Some(("percent", Kind::Percent, j + 1));
            }
            if let Some(cur) = crate::extract::currency_sign(w) {
                return Some((cur, Kind::Money, j + 1));
            }
            // "29-летний", "66-летнего": an age.
            if w == "-" && cx.touch(j - 1, j) && cx.touch(j, j + 1) {
                let next = cx.w(j + 1);
                if next.starts_with("летн") {
                    return Some(("years", Kind::Age, j + 2));
                }
            }
            return None;
        }
        if !cx.is(j, Tk::Word) {
            return None;
        }
        let (unit, kind) = unit_after(w)?;
        // "в возрасте 25 лет"
        let mut kind = Kind::of_unit_kind(kind);
        if unit == "years" && j >= 2 && cx.w(j - 2) == "возрасте" {
            kind = Kind::Age;
        }
        let end =
            if cx.w(j + 1) == "." && cx.touch(j, j + 1) && Self::abbreviation(w) { j + 2 } else { j + 1 };
        Some((unit, kind, end))
    }

    fn unit_after(w: &str) -> Option<(&'static str, &'static str)> {
        unit_after(w)
    }

    fn per_liter(cx: &Ctx<Self>, j: usize) -> Option<usize> {
        (cx.w(j) == "за" && matches!(cx.w(j + 1), "литр" | "л")).then_some(j + 2)
    }

    fn currency_code(w: &str) -> Option<&'static str> {
        Some(match w {
            "usd" => "USD",
            "kzt" => "KZT",
            "eur" => "EUR",
            "rub" => "RUB",
            _ => return None,
        })
    }

    fn ordinal_suffix(_w: &str) -> bool {
        false
    }

    fn decade_suffix(_w: &str) -> bool {
        false
    }

    fn meridiem_suffix(_w: &str) -> bool {
        false
    }

    fn thousand_suffix(w: &str) -> bool {
        w == "тыс"
    }

    fn meridiem(cx: &Ctx<Self>, h: u32, j: usize) -> (u32, usize) {
        // "5-го", "3-й": an ordinal ending after a hyphen is no clock, but
        // the hour of "в 18 часов" is read as a unit of hours.
        let _ = cx;
        (h, j)
    }

    fn meridiem_hour(h: u32, _w: &str) -> u32 {
        h
    }

    fn is_month(cx: &Ctx<Self>, k: usize) -> bool {
        cx.word(k).is_some_and(|w| words::month_number(w).is_some())
    }

    fn age_before(_w: &str) -> bool {
        // "в возрасте 25 лет" is read with its unit ([`Ru::unit_words`]).
        false
    }

    fn label_word(w: &str) -> bool {
        matches!(
            w,
            "статья"
                | "статьи"
                | "статье"
                | "статьей"
                | "ст"
                | "часть"
                | "части"
                | "пункт"
                | "пункта"
                | "п"
                | "дом"
                | "дома"
                | "доме"
                | "д"
                | "улица"
                | "улицы"
                | "улице"
                | "ул"
                | "проспект"
                | "проспекта"
                | "кв"
                | "квартира"
                | "корпус"
                | "номер"
                | "номера"
                | "номеру"
                | "рейс"
                | "рейса"
                | "школа"
                | "школы"
                | "школе"
        )
    }

    fn person_title(w: &str) -> bool {
        [
            "президент",
            "министр",
            "глав",
            "аким",
            "лидер",
            "председател",
            "директор",
            "начальник",
            "руководител",
        ]
        .iter()
        .any(|s| w.starts_with(s))
    }

    fn known_word(w: &str) -> bool {
        let i = info(w);
        i.people.is_some()
            || i.after.is_some()
            || i.before.is_some()
            || Self::stop_word(w)
            || words::month_number(w).is_some()
            || words::weekday_number(w).is_some()
            || unit_after(w).is_some()
            || words::number_word(w).is_some()
    }

    fn ratio_link(_w: &str) -> bool {
        false
    }

    fn change_from(w: &str) -> bool {
        w == "с"
    }

    fn change_to(w: &str) -> bool {
        w == "до"
    }

    const QUALIFIERS: &'static [(&'static [&'static str], Qual)] = QUALIFIERS;

    fn qualifier_end(w: &str) -> bool {
        matches!(
            w,
            "менее"
                | "меньше"
                | "мере"
                | "минимум"
                | "более"
                | "больше"
                | "чем"
                | "свыше"
                | "около"
                | "порядка"
                | "примерно"
                | "приблизительно"
                | "ориентировочно"
                | "почти"
                | "практически"
                | "максимум"
                | "до"
                | "от"
                | "еще"
        )
    }

    const ADDITIVE: &'static [&'static [&'static str]] = ADDITIVE;

    fn more_after(_cx: &Ctx<Self>, _j: usize) -> bool {
        false
    }

    fn after_qualifier(cx: &Ctx<Self>, j: usize) -> Option<(Qualifier, usize)> {
        match (cx.w(j), cx.w(j + 1)) {
            ("с", "лишним") | ("с", "небольшим") => Some((Qualifier::MoreThan, j + 2)),
            ("и", "более") | ("и", "больше") | ("или", "более") => {
                Some((Qualifier::AtLeast, j + 2))
            }
            _ => None,
        }
    }

    fn range_link(cx: &Ctx<Self>, raw: &Raw, j: usize, between: bool) -> bool {
        let link = cx.w(j);
        if between {
            link == "до"
        } else {
            matches!(link, "или" | "–" | "—" | "−" | "-") && raw.m.unit.is_none()
        }
    }

    fn active_verb(w: &str) -> Option<Event> {
        info(w).before
    }

    fn strong_verb(w: &str) -> bool {
        info(w).before.is_some_and(Event::is_harm)
    }

    fn takes_object(w: &str) -> bool {
        info(w).transitive
    }

    fn event_word(w: &str) -> Option<Event> {
        info(w).after
    }

    fn event_phrase(cx: &Ctx<Self>, j: usize) -> Option<(Event, usize)> {
        let w = cx.w(j);
        // "пропали без вести"
        if w.starts_with("пропал") && cx.w(j + 1) == "без" {
            return Some((Event::Missing, j + 3));
        }
        // "стали жертвами"
        if matches!(w, "стали" | "стал" | "стала") && cx.w(j + 1).starts_with("жертв") {
            return Some((Event::Killed, j + 2));
        }
        // "найдены мертвыми", "обнаружены погибшими"
        if (w.starts_with("найден") || w.starts_with("обнаружен")) && cx.w(j + 1).starts_with("мертв")
        {
            return Some((Event::Killed, j + 2));
        }
        // "взяты в заложники", "захвачены в заложники"
        if cx.w(j + 1) == "в" && cx.w(j + 2).starts_with("заложник") {
            return Some((Event::Hostage, j + 3));
        }
        // "взяты под стражу", "заключены под стражу"
        if cx.w(j + 1) == "под" && cx.w(j + 2) == "стражу" {
            return Some((Event::Arrested, j + 3));
        }
        // "объявлены в розыск", "находятся в розыске"
        if cx.w(j + 1) == "в" && cx.w(j + 2).starts_with("розыск") {
            return Some((Event::AtLarge, j + 3));
        }
        // "приняли участие"
        if w.starts_with("принял") && cx.w(j + 1) == "участие" {
            return Some((Event::Involved, j + 2));
        }
        // "удалось скрыться", "удалось ликвидировать", "удалось задержать"
        if w == "удалось" {
            let next = cx.w(j + 1);
            let e = if next.starts_with("скрыть") || next.starts_with("бежать") {
                Event::AtLarge
            } else if ["ликвидир", "уничтож", "нейтрализ", "убить", "застрелить"]
                .iter()
                .any(|s| next.starts_with(s))
            {
                Event::Killed
            } else if next.starts_with("задерж") || next.starts_with("схватит") {
                Event::Detained
            } else {
                return None;
            };
            return Some((e, j + 2));
        }
        // "доставлены в больницу", "находятся в реанимации", "обратились за
        // медицинской помощью", "доставлены в отдел полиции"
        if let Some(e) = Self::placed(cx, j, j + 1, j + 5) {
            return Some((e, j + 1));
        }
        // "в тяжелом состоянии"
        if w == "в" && (j + 1..j + 4).any(|k| cx.w(k).starts_with("состояни")) {
            return Some((Event::Hospitalized, j + 3));
        }
        None
    }

    fn group_event(w: &str) -> Option<Event> {
        info(w).noun.filter(|e| !matches!(e, Event::Hostage))
    }

    fn event_noun(w: &str) -> Option<Event> {
        info(w).noun
    }

    fn partitive_participle(w: &str) -> bool {
        info(w).noun.is_some()
    }

    fn people_noun(w: &str) -> Option<WhoClass> {
        info(w).people
    }

    fn attributive_noun(_w: &str) -> bool {
        false
    }

    fn generic_noun(w: &str) -> bool {
        info(w).generic
    }

    fn complement_class(w: &str) -> Option<WhoClass> {
        const SECURITY: &[&str] = &[
            "полици",
            "милици",
            "мвд",
            "дпс",
            "гибдд",
            "гаи",
            "кнб",
            "гкнб",
            "фсб",
            "омон",
            "собр",
            "росгварди",
            "нацгварди",
            "спецназ",
            "спецподразделени",
            "спецслужб",
            "силов",
            "правоохранител",
            "охран",
            "колони",
            "погран",
            "арми",
            "войск",
            "вооруженн",
        ];
        const MILITANTS: &[&str] =
            &["опг", "группировк", "банд", "бандгрупп", "ячейк", "террористическ", "иг", "организаци"];
        const PROTESTERS: &[&str] = &["акци", "митинг", "протест", "шестви", "демонстраци"];
        if SECURITY.iter().any(|s| w.starts_with(s)) {
            Some(WhoClass::SecurityForces)
        } else if MILITANTS.iter().any(|s| w.starts_with(s)) {
            Some(WhoClass::Militants)
        } else if PROTESTERS.iter().any(|s| w.starts_with(s)) {
            Some(WhoClass::Protesters)
        } else {
            None
        }
    }

    fn armed_word(w: &str) -> bool {
        w.starts_with("вооруженн")
    }

    fn aux_word(w: &str) -> bool {
        matches!(
            w,
            "были"
                | "был"
                | "была"
                | "было"
                | "будут"
                | "будет"
                | "уже"
                | "еще"
                | "также"
                | "тоже"
                | "всего"
                | "затем"
                | "позже"
                | "потом"
                | "впоследствии"
                | "предположительно"
                | "вероятно"
                | "якобы"
                | "тяжело"
                | "легко"
                | "серьезно"
                | "смертельно"
                | "сегодня"
                | "вчера"
                | "ночью"
                | "утром"
                | "днем"
                | "вечером"
                | "накануне"
                | "там"
                | "позднее"
                | "официально"
                | "сразу"
                | "который"
                | "которые"
                | "которая"
                | "кто"
                | "по-прежнему"
                | "ранее"
                | "итого"
        )
    }

    fn copula(w: &str) -> bool {
        matches!(
            w,
            "были"
                | "был"
                | "была"
                | "было"
                | "являются"
                | "являлись"
                | "оказались"
                | "—"
                | "–"
                | "-"
        )
    }

    fn auxiliary(w: &str) -> bool {
        matches!(w, "были" | "был" | "была" | "было" | "будут" | "будет")
    }

    fn singular_aux(_w: &str) -> bool {
        false
    }

    fn passive_aux(w: &str) -> bool {
        matches!(w, "были" | "был" | "была" | "было" | "будут" | "будет")
    }

    fn passive_event(_w: &str) -> Option<Event> {
        None
    }

    fn phrase_before(cx: &Ctx<Self>, p: usize) -> Option<Event> {
        let w = cx.w(p);
        let prev = if p > 0 { cx.w(p - 1) } else { "" };
        // "жертвами стали 17 человек", "погибшими числятся двое"
        if matches!(w, "стали" | "стал" | "стала" | "числится" | "числятся" | "оказались" | "являются")
        {
            if let Some(e) = (p.saturating_sub(5)..p).find_map(|k| info(cx.w(k)).noun) {
                return Some(e);
            }
        }
        // "ранения получили четыре человека", "получили ранения 17"
        let light = |x: &str| x.starts_with("получил");
        if light(w) && (p.saturating_sub(4)..p).any(|k| Self::wound_noun(cx.w(k))) {
            let fatal = (p.saturating_sub(4)..p).any(|k| Self::fatal_word(cx.w(k)));
            return Some(if fatal { Event::Killed } else { Event::Injured });
        }
        if Self::wound_noun(w) && (p.saturating_sub(3)..p).any(|k| light(cx.w(k))) {
            let fatal = (p.saturating_sub(3)..p).any(|k| Self::fatal_word(cx.w(k)));
            return Some(if fatal { Event::Killed } else { Event::Injured });
        }
        // "в больницы доставили 121 человека", "в больницах находятся 16"
        if let Some(e) = Self::placed(cx, p, p.saturating_sub(4), p) {
            return Some(e);
        }
        // "унесла жизни 17 человек"
        if Self::life_noun(w) && Self::life_verb(prev) {
            return Some(Event::Killed);
        }
        // "у дома было 300 человек", "собралось около тысячи": present.
        if matches!(w, "было" | "были" | "находилось" | "находились" | "присутствовали" | "насчитывалось")
        {
            return Some(Event::Involved);
        }
        // "приняли участие 1–1,5 тыс. человек"
        if w == "участие" && prev.starts_with("принял") {
            return Some(Event::Involved);
        }
        // "ОПГ в составе 200 человек": its members.
        if w == "составе" && prev == "в" {
            return Some(Event::Involved);
        }
        // "заключил под стражу четырех"
        if w == "стражу" && prev == "под" {
            return Some(Event::Arrested);
        }
        None
    }

    fn participle(w: &str) -> bool {
        info(w).participle
    }

    fn modifier_participle(w: &str) -> bool {
        // "находившихся в здании", "вооруженных ножами"
        ["вших", "вшие", "вшиеся", "вшихся", "ющих", "ющие", "ящих", "ящие", "щихся"]
            .iter()
            .any(|e| w.ends_with(e))
            && info(w).noun.is_none()
    }

    fn report_verb(w: &str) -> bool {
        [
            "сообщ",
            "заявил",
            "уточнил",
            "отметил",
            "рассказал",
            "добавил",
            "подтвердил",
            "передает",
            "пишет",
            "говорит",
        ]
        .iter()
        .any(|s| w.starts_with(s))
    }

    fn object_start(cx: &Ctx<Self>, k: usize) -> bool {
        let w = cx.w(k);
        cx.is(k, Tk::Num)
            || words::number_word(w).is_some()
            || info(w).people.is_some()
            || matches!(w, "их" | "его" | "ее")
    }

    fn weak_event(w: &str) -> Option<Event> {
        info(w).weak
    }

    fn with_word(w: &str) -> bool {
        matches!(w, "с" | "со")
    }

    fn fatal_word(w: &str) -> bool {
        w.starts_with("смертельн") || w.starts_with("несовместим")
    }

    fn event_noun_of(w: &str) -> Option<Event> {
        Some(match w {
            "гибели" | "гибель" | "смерти" | "смерть" | "убийстве" | "убийства" | "убийство" | "тела"
            | "тел" | "трупы" | "трупов" => Event::Killed,
            "ранении" | "ранениях" | "ранения" => Event::Injured,
            "госпитализации" => Event::Hospitalized,
            "задержании" | "задержания" | "задержание" => Event::Detained,
            "аресте" | "ареста" | "арест" => Event::Arrested,
            "эвакуации" | "эвакуация" => Event::Evacuated,
            "исчезновении" => Event::Missing,
            // "из 590 пострадавших 150 …", "пострадавших нет"
            _ => return info(w).noun.filter(|_| w.ends_with("их") || w.ends_with("ых") || w == "жертв"),
        })
    }

    fn noun_link(w: &str) -> bool {
        w == "из"
    }

    fn crowd_noun(w: &str) -> bool {
        ["толп", "групп", "отряд"].iter().any(|s| w.starts_with(s))
    }

    fn participant_noun(w: &str) -> bool {
        w.starts_with("участник") || w.starts_with("дружинник")
    }

    fn life_noun(w: &str) -> bool {
        matches!(w, "жизни" | "жизней")
    }

    fn life_verb(w: &str) -> bool {
        w.starts_with("унес") || w.starts_with("унёс") || w.starts_with("забрал") || w.starts_with("стоил")
    }

    fn include_verb(_w: &str) -> bool {
        false
    }

    fn conjunct_link(cx: &Ctx<Self>, first: usize) -> Option<(usize, bool)> {
        let p = first.checked_sub(1)?;
        match cx.w(p) {
            "и" | "или" | "," => Some((p, false)),
            // "а также"
            "также" if p > 0 && cx.w(p - 1) == "а" => Some((p - 1, false)),
            // "вместе с", "наряду с"
            "с" | "со" if p > 0 && matches!(cx.w(p - 1), "вместе" | "наряду") => {
                Some((p - 1, true))
            }
            _ => None,
        }
    }

    fn total_noun(w: &str) -> bool {
        matches!(w, "всего" | "общей" | "сложности")
    }

    fn revise_verb(w: &str) -> bool {
        ["возросл", "вырос", "увеличил", "уменьшил", "снизил", "сократил", "скорректирова", "уточн"]
            .iter()
            .any(|s| w.starts_with(s))
    }

    fn earlier_word(w: &str) -> bool {
        matches!(
            w,
            "ранее"
                | "прежде"
                | "первоначально"
                | "изначально"
                | "раньше"
                | "предыдущие"
                | "предыдущих"
                | "прежние"
                | "прежних"
                | "предварительно"
        )
    }

    fn time_after_earlier(w: &str) -> bool {
        matches!(w, "в" | "на" | "этого" | "этой" | "этим")
    }

    fn figure_noun(w: &str) -> bool {
        ["данн", "сведени", "информаци", "числ", "цифр"].iter().any(|s| w.starts_with(s))
    }

    fn retract_word(w: &str) -> bool {
        w.starts_with("опроверг") || w.starts_with("отозвал")
    }

    fn supersede_initial(w: &str) -> bool {
        matches!(w.chars().next(), Some('р' | 'п' | 'и' | 'о'))
    }

    fn verb_like(w: &str) -> bool {
        w.chars().count() >= 4
            && ["ли", "лся", "лась", "лось", "лись", "ются", "ется", "ятся", "ится", "утся", "ют", "ят"]
                .iter()
                .any(|e| w.ends_with(e))
    }

    fn stop_word(w: &str) -> bool {
        Self::aux_word(w)
            || Self::report_verb(w)
            || matches!(
                w,
                "в" | "во"
                    | "на"
                    | "из"
                    | "с"
                    | "со"
                    | "у"
                    | "к"
                    | "ко"
                    | "по"
                    | "от"
                    | "до"
                    | "за"
                    | "при"
                    | "после"
                    | "о"
                    | "об"
                    | "обо"
                    | "для"
                    | "без"
                    | "под"
                    | "над"
                    | "перед"
                    | "через"
                    | "между"
                    | "среди"
                    | "возле"
                    | "против"
                    | "около"
                    | "и"
                    | "а"
                    | "но"
                    | "или"
                    | "что"
                    | "чтобы"
                    | "как"
                    | "когда"
                    | "где"
                    | "если"
                    | "хотя"
                    | "не"
                    | "ни"
                    | "же"
                    | "ли"
                    | "бы"
                    | "только"
                    | "лишь"
                    | "даже"
                    | "они"
                    | "их"
                    | "них"
                    | "его"
                    | "ее"
                    | "им"
                    | "ими"
                    | "он"
                    | "она"
                    | "оно"
                    | "мы"
                    | "вы"
                    | "я"
                    | "это"
                    | "этот"
                    | "эта"
                    | "эти"
                    | "этих"
                    | "тот"
                    | "те"
                    | "того"
                    | "тех"
                    | "которых"
                    | "которым"
                    | "свой"
                    | "своих"
                    | "есть"
                    | "является"
                    | "являются"
                    | "стал"
                    | "стала"
                    | "стали"
                    | "нет"
            )
    }

    fn fate_verb(w: &str) -> Option<Event> {
        info(w).fate
    }

    fn fate_phrase(cx: &Ctx<Self>, j: usize) -> Option<Option<Event>> {
        let w = cx.w(j);
        // "привлечены к ответственности", "получили сроки"
        if w.starts_with("привлечен") {
            return Some(
                (j + 1..j + 4).any(|k| cx.w(k).starts_with("ответственност")).then_some(Event::Other),
            );
        }
        if w.starts_with("получил") {
            return Some(
                (j + 1..j + 4)
                    .any(|k| ["срок", "лет", "штраф", "приговор"].iter().any(|s| cx.w(k).starts_with(s)))
                    .then_some(Event::Sentenced),
            );
        }
        None
    }

    fn past_verb(_w: &str) -> bool {
        false
    }

    fn toll_verb(w: &str) -> bool {
        matches!(w, "до" | "—" | "–" | "-")
            || [
                "возросл",
                "вырос",
                "увеличил",
                "достиг",
                "составил",
                "составля",
                "превысил",
                "превыша",
                "насчитыва",
            ]
            .iter()
            .any(|s| w.starts_with(s))
    }

    fn toll_noun(w: &str) -> bool {
        matches!(w, "число" | "количество" | "численность" | "числа" | "количества")
    }

    fn toll_default(_w: &str) -> Option<Event> {
        None
    }

    fn partitive_prep(w: &str) -> bool {
        w == "из"
    }

    fn partitive_link(cx: &Ctx<Self>, j: usize) -> Option<usize> {
        (cx.w(j) == "из").then_some(j + 1)
    }

    fn partitive_pronoun(w: &str) -> bool {
        matches!(w, "них" | "которых" | "их" | "этих")
    }

    fn determiner(_w: &str, _after_vague: bool) -> bool {
        false
    }

    fn article(_w: &str) -> bool {
        false
    }

    fn demonstrative(w: &str) -> bool {
        matches!(w, "тех" | "этих")
    }

    fn noun_prefix(w: &str) -> bool {
        matches!(w, "других" | "остальных" | "прочих" | "их" | "его" | "ее" | "своих")
    }

    fn conjunction(w: &str) -> bool {
        matches!(w, "и" | "или" | "а")
    }

    fn negation(w: &str) -> bool {
        matches!(w, "не" | "ни")
    }

    fn relative(w: &str) -> bool {
        matches!(w, "который" | "которые" | "которая" | "которых" | "кто")
    }

    fn among(w: &str) -> bool {
        matches!(w, "среди" | "числе")
    }

    fn aside_opener(w: &str) -> bool {
        matches!(w, "в" | "включая" | "среди" | "из" | "большинство" | "почти" | "около" | "преимущественно")
    }

    fn origin_prep(w: &str) -> bool {
        w == "из"
    }

    fn light_verb(w: &str) -> bool {
        w.starts_with("получил") || w.starts_with("получа")
    }

    fn wound_noun(w: &str) -> bool {
        ["ранени", "травм", "увечь", "ожог", "перелом", "сотрясени", "повреждени", "ушиб"]
            .iter()
            .any(|s| w.starts_with(s))
    }

    fn clause_end(w: &str) -> bool {
        matches!(
            w,
            "в" | "во"
                | "на"
                | "у"
                | "при"
                | "после"
                | "до"
                | "и"
                | "а"
                | "но"
                | "когда"
                | "где"
                | "среди"
                | "из"
        )
    }

    fn subtotal_before(cx: &Ctx<Self>, first: usize) -> bool {
        first > 0 && matches!(cx.w(first - 1), "включая")
            || cx.ends_with(first, &["в", "том", "числе"]).is_some()
            || cx.ends_with(first, &["среди", "них"]).is_some()
            || cx.ends_with(first, &["среди", "которых"]).is_some()
            || cx.ends_with(first, &["из", "них"]).is_some()
            || cx.ends_with(first, &["из", "которых"]).is_some()
            || cx.ends_with(first, &["в", "числе", "которых"]).is_some()
    }

    fn verb_adverb(w: &str) -> bool {
        matches!(w, "предположительно" | "также" | "уже")
    }

    fn before_skip(w: &str) -> bool {
        matches!(
            w,
            "уже"
                | "также"
                | "всего"
                | "предположительно"
                | "официально"
                | "еще"
                | "были"
                | "было"
                | "был"
                | "была"
        )
    }

    fn among_link(w: &str) -> bool {
        matches!(
            w,
            "—" | "–"
                | "-"
                | "были"
                | "оказались"
                | "есть"
                | "числятся"
                | "числится"
                | "оказался"
                | "оказалась"
        )
    }

    fn number_of(cx: &Ctx<Self>, k: usize) -> Option<usize> {
        Self::toll_noun(cx.w(k)).then_some(k + 1)
    }

    fn locative(w: &str) -> bool {
        matches!(w, "в" | "во" | "на" | "у" | "под" | "возле" | "по")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_knows_inflected_words() {
        assert_eq!(info("полицейских").people, Some(WhoClass::SecurityForces));
        assert_eq!(info("боевиков").people, Some(WhoClass::Militants));
        assert_eq!(info("митингующие").people, Some(WhoClass::Protesters));
        assert_eq!(info("жителей").people, Some(WhoClass::Civilians));
        assert_eq!(info("погибших").noun, Some(Event::Killed));
        assert_eq!(info("погибли").after, Some(Event::Killed));
        assert_eq!(info("убили").before, Some(Event::Killed));
        assert!(info("убили").transitive && info("убили").after.is_none());
        assert_eq!(info("госпитализированы").after, Some(Event::Hospitalized));
        assert!(info("столом").people.is_none());
    }

    #[test]
    fn lower_case_keeps_offsets() {
        let mut out = String::new();
        Ru::lowercase("ЁЛКА Погибли 17 Человек", &mut out);
        assert_eq!(out, "елка погибли 17 человек");
        assert_eq!(out.len(), "ЁЛКА Погибли 17 Человек".len());
    }
}
