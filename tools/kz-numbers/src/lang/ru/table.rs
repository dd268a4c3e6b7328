//! Russian words: the inflected nouns, participles and verbs of casualty
//! reports, generated once from stems and endings into one table; number
//! words beyond those of [`kz_shared::words::ru`] ("тысяча", "полтора",
//! "десятки"); qualifiers; units.

use std::sync::LazyLock;

use kz_shared::fxhash::HashMap;

use crate::lang::{Event, Qual, WhoClass};
// ----- the table of inflected words ---------------------------------------------

/// What one word form is.
#[derive(Clone, Copy, Default)]
pub(super) struct Info {
    /// A noun of people, and its class.
    pub(super) people: Option<WhoClass>,
    /// A generic noun whose complement tells its class ("сотрудники полиции").
    pub(super) generic: bool,
    /// After the people counted: "(18 человек) скончались", "(11) ранены".
    pub(super) after: Option<Event>,
    /// Before them: "погибли (17 человек)", "задержали (516)", "ранены (11)".
    pub(super) before: Option<Event>,
    /// The verb takes its people as object: "убили (двух полицейских)".
    pub(super) transitive: bool,
    /// Counts as killing or detention only for a noun of people.
    pub(super) weak: Option<Event>,
    /// A noun that is the event: "(24) погибших", "(31) жертва".
    pub(super) noun: Option<Event>,
    /// A fate that is no harm: "осуждены", "оштрафованы".
    pub(super) fate: Option<Event>,
    /// A full participle that may stand after a comma: "(15 полицейских,)
    /// погибших (при исполнении)".
    pub(super) participle: bool,
}

/// Adjectival endings, singular and plural, every case: "погибш-их".
pub(super) const ADJ: &[&str] = &[
    "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые", "его", "ого", "ему", "ому", "им", "ым", "ими",
    "ыми", "их", "ых", "ем", "ом", "ую", "юю", "ей",
];
/// Hard masculine nouns: "сотрудник-ов".
pub(super) const HARD: &[&str] = &["", "а", "у", "ом", "е", "и", "ы", "ов", "ам", "ами", "ах"];
/// Soft masculine nouns: "жител-ей".
pub(super) const SOFT: &[&str] = &["ь", "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях"];
/// Feminine nouns in -а: "жертв-ы", "женщин".
pub(super) const FEM: &[&str] = &["а", "ы", "и", "е", "у", "ой", "ою", "", "ам", "ами", "ах"];
/// Nouns in -ец: "нацгвардейц-ев" (the nominative is listed apart).
pub(super) const ETS: &[&str] = &["а", "у", "ем", "е", "ы", "ев", "ам", "ами", "ах"];
/// Short participles and past tense: "убит-ы", "пострадал-и".
pub(super) const SHORT: &[&str] = &["", "а", "о", "ы", "и"];
/// Reflexive past: "скончал-ись".
pub(super) const REFL: &[&str] = &["ся", "ась", "ось", "ись"];

pub(super) fn table() -> HashMap<String, Info> {
    use Event::*;
    use WhoClass::*;
    let mut t: HashMap<String, Info> = HashMap::with_capacity_and_hasher(4096, Default::default());
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
    add("погиб", &["", "ла", "ло", "ли", "нут", "ают", "ает", "нуть"], &both(Killed));
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
    // "где скрывались двое боевиков": hiding, at large.
    add("скрывал", REFL, &both(AtLarge));
    add("скрыва", &["ются", "ется"], &both(AtLarge));
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
    // "в доме блокированы двое боевиков": trapped, another fate (people only;
    // a road is also "блокирована").
    add("блокирован", SHORT, &|i: &mut Info| i.weak = Some(Other));
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
    // Perfective gerunds, before their object as the verbs are: "ранив и
    // арестовав еще 41 боевика", "задержав троих".
    for (s, e) in [
        ("убив", Killed),
        ("застрелив", Killed),
        ("расстреляв", Killed),
        ("ликвидировав", Killed),
        ("уничтожив", Killed),
        ("нейтрализовав", Killed),
        ("ранив", Injured),
        ("задержав", Detained),
        ("схватив", Detained),
        ("арестовав", Arrested),
        ("освободив", Released),
    ] {
        add(s, &[""], &active(e));
    }
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

pub(super) static TABLE: LazyLock<HashMap<String, Info>> = LazyLock::new(table);

pub(super) fn info(w: &str) -> Info {
    TABLE.get(w).copied().unwrap_or_default()
}

// ----- numbers ---------------------------------------------------------------------

/// What the number words of [`kz_shared::words::ru`] make of one word.
#[derive(Clone, Copy, Default)]
pub(super) struct NumberWord {
    pub(super) hundreds: Option<u32>,
    pub(super) tens: Option<u32>,
    pub(super) unit: Option<u32>,
    pub(super) collective: Option<u32>,
    pub(super) month: Option<u8>,
}

impl NumberWord {
    /// A cardinal or collective numeral: `kz_shared::words::ru::number_word`.
    pub(super) fn number(self) -> Option<u32> {
        self.unit.or(self.tens).or(self.hundreds).or(self.collective)
    }
}

/// Words remembered by [`number_word`] before it starts afresh (a bound on
/// its memory; a corpus has far fewer distinct words near numbers).
const NUMBER_WORDS_KEPT: usize = 1 << 16;

/// [`NumberWord`] of the lowercase word `w`, remembered from word to word:
/// the shared readers fold (lower-case, decode) every word they are given,
/// and the same few words come back in every report.
pub(super) fn number_word(w: &str) -> NumberWord {
    use kz_shared::words::ru as words;
    use std::cell::RefCell;
    thread_local! {
        static SEEN: RefCell<HashMap<Box<str>, NumberWord>> = RefCell::new(HashMap::default());
    }
    SEEN.with(|seen| {
        if let Some(n) = seen.borrow().get(w) {
            return *n;
        }
        let n = NumberWord {
            hundreds: words::hundreds_number(w),
            tens: words::tens_number(w),
            unit: words::unit_number(w),
            collective: words::collective_number(w),
            month: words::month_number(w),
        };
        let mut seen = seen.borrow_mut();
        if seen.len() >= NUMBER_WORDS_KEPT {
            seen.clear();
        }
        seen.insert(w.into(), n);
        n
    })
}

/// "тысяча", "миллион" and their cases, "тыс", "млн".
pub(super) fn multiplier_word(w: &str) -> Option<f64> {
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
pub(super) fn group_word(w: &str) -> Option<f64> {
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
pub(super) fn one_and_a_half(w: &str) -> bool {
    matches!(w, "полтора" | "полторы" | "полутора")
}

/// Vague amounts and their low bound: "десятки" (at least twenty).
pub(super) fn vague_word(w: &str) -> Option<Option<f64>> {
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
pub(super) const QUALIFIERS: &[(&[&str], Qual)] = &[
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
pub(super) const ADDITIVE: &[&[&str]] = &[&["еще"]];

/// Units after a number: their normal form and kind.
pub(super) fn unit_after(w: &str) -> Option<(&'static str, &'static str)> {
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

/// The word may start a number (by its first letters): "один", "двое",
/// "тысячи", "несколько", "никто", "нет". A quick test before the number
/// readers, which fold every word they are given.
pub(super) fn may_start_number(w: &str) -> bool {
    let mut c = w.chars();
    let rest = &w[c.next().map_or(0, char::len_utf8)..];
    match w.chars().next() {
        Some('о') => rest.starts_with('д'),
        Some('д') => rest.starts_with('в') || rest.starts_with('е'),
        Some('т') => rest.starts_with('р') || rest.starts_with('ы'),
        Some('ч') => rest.starts_with("етыр") || rest.starts_with("етвер"),
        Some('п') => rest.starts_with("ят") || rest.starts_with("олтор") || rest.starts_with("олут"),
        Some('ш') => rest.starts_with("ест"),
        Some('с') => ["ем", "то", "та", "от", "ор"].iter().any(|p| rest.starts_with(p)),
        Some('в') => rest.starts_with("осем") || rest.starts_with("осьм"),
        Some('н') => rest.starts_with("ескольк") || rest.starts_with('и') || rest == "ет",
        Some('м') => rest.starts_with("илл") || rest == "лн" || rest == "лрд",
        _ => false,
    }
}

/// Cyrillic number stems and words of zero, in the forms a sentence may
/// start with: what [`Ru::may_have_numbers`] looks for besides digits.
pub(super) const NUMBER_STEMS: &[&str] = &[
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

pub(super) fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The answer of `Lexicon::place_event`.
pub(super) fn place_event(w: &str) -> Option<Event> {
    const HOSPITAL: &[&str] =
        &["больниц", "стационар", "госпитал", "реанимаци", "медучрежден", "клиник", "травматолог", "морг"];
    const POLICE: &[&str] = &["отдел", "милици", "полици", "ровд", "увд", "овд", "ивс", "сизо", "изолятор"];
    if HOSPITAL.iter().any(|s| w.starts_with(s)) {
        return Some(if w.starts_with("морг") { Event::Killed } else { Event::Hospitalized });
    }
    POLICE.iter().any(|s| w.starts_with(s)).then_some(Event::Detained)
}

/// The answer of `Lexicon::place_verb`.
pub(super) fn place_verb(w: &str) -> bool {
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

/// The answer of `Lexicon::may_have_numbers`.
pub(super) fn may_have_numbers(text: &str) -> bool {
    use crate::prefilter::AnyWord;
    static WORDS: LazyLock<AnyWord> = LazyLock::new(|| {
        let pats: Vec<String> =
            NUMBER_STEMS.iter().flat_map(|s| [s.to_string(), capitalized(s), s.to_uppercase()]).collect();
        // A full DFA: one table look-up per byte of the text.
        AnyWord::new(pats, false)
    });
    crate::extract::has_ascii_digit(text) || WORDS.is_match(text)
}

/// The answer of `Lexicon::abbreviation`.
pub(super) fn abbreviation(w: &str) -> bool {
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

/// The answer of `Lexicon::label_word`.
pub(super) fn label_word(w: &str) -> bool {
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

/// The answer of `Lexicon::person_title`.
pub(super) fn person_title(w: &str) -> bool {
    ["президент", "министр", "глав", "аким", "лидер", "председател", "директор", "начальник", "руководител"]
        .iter()
        .any(|s| w.starts_with(s))
}

/// The answer of `Lexicon::qualifier_end`.
pub(super) fn qualifier_end(w: &str) -> bool {
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

/// The answer of `Lexicon::complement_class`.
pub(super) fn complement_class(w: &str) -> Option<WhoClass> {
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
    const MILITANTS: &[&str] = &[
        "опг",
        "нвф",
        "незаконн",
        "группировк",
        "банд",
        "бандгрупп",
        "ячейк",
        "террористическ",
        "иг",
        "организаци",
    ];
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

/// The answer of `Lexicon::aux_word`.
pub(super) fn aux_word(w: &str) -> bool {
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

/// The answer of `Lexicon::copula`.
pub(super) fn copula(w: &str) -> bool {
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

/// The answer of `Lexicon::report_verb`.
pub(super) fn report_verb(w: &str) -> bool {
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

/// The answer of `Lexicon::revise_verb`.
pub(super) fn revise_verb(w: &str) -> bool {
    ["возросл", "вырос", "увеличил", "уменьшил", "снизил", "сократил", "скорректирова", "уточн"]
        .iter()
        .any(|s| w.starts_with(s))
}

/// The answer of `Lexicon::earlier_word`.
pub(super) fn earlier_word(w: &str) -> bool {
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

/// The answer of `Lexicon::verb_like`.
pub(super) fn verb_like(w: &str) -> bool {
    w.chars().count() >= 4
        && ["ли", "лся", "лась", "лось", "лись", "ются", "ется", "ятся", "ится", "утся", "ют", "ят"]
            .iter()
            .any(|e| w.ends_with(e))
}

/// The answer of `Lexicon::toll_verb`.
pub(super) fn toll_verb(w: &str) -> bool {
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

/// The answer of `Lexicon::wound_noun`.
pub(super) fn wound_noun(w: &str) -> bool {
    ["ранени", "травм", "увечь", "ожог", "перелом", "сотрясени", "повреждени", "ушиб"]
        .iter()
        .any(|s| w.starts_with(s))
}

/// The answer of `Lexicon::clause_end`.
pub(super) fn clause_end(w: &str) -> bool {
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

/// The answer of `Lexicon::before_skip`.
pub(super) fn before_skip(w: &str) -> bool {
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

/// The answer of `Lexicon::among_link`.
pub(super) fn among_link(w: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The prefilter answers as the general search for its stems does.
        #[test]
        fn may_have_numbers_as_aho_corasick_says(text in "[а-яА-ЯёЁ0-9 ,.-]{0,80}|\\PC{0,80}") {
            let pats: Vec<String> =
                NUMBER_STEMS.iter().flat_map(|s| [s.to_string(), capitalized(s), s.to_uppercase()]).collect();
            let words = aho_corasick::AhoCorasick::new(pats).unwrap();
            let digit = text.bytes().any(|b| b.is_ascii_digit());
            prop_assert_eq!(may_have_numbers(&text), digit || words.is_match(&text));
        }
    }
}
