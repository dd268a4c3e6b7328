//! Just enough Russian morphology for names: the nominative forms a
//! declined word may stand for (`Токаеву` → `Токаев`, `Актюбинской` →
//! `Актюбинская`, `области` → `область`, `Бишкеке` → `Бишкек`), and the
//! nominative of a person's name, with the gender its endings and given
//! name show (`Мисира Ашыркулова` → `Мисир Ашыркулов`, `Динары Ахметовой`
//! → `Динара Ахметова`). Suffix stripping over closed lists: no dictionary.
//! Kazakh, Kyrgyz, Uzbek and Tajik names written in Russian decline as
//! Russian ones do, so the same endings serve them.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use crate::skeleton::SpellingHasher;

/// `c` in lower case (one character or, rarely, more), quickly for Russian
/// and Kazakh letters (the Unicode tables are slow and Russian text asks
/// this of every word).
pub(crate) fn lower_char(c: char, mut push: impl FnMut(char)) {
    match c {
        'А'..='Я' => push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        'Ѐ'..='Џ' => push(char::from_u32(c as u32 + 0x50).unwrap_or(c)),
        'а'..='я' | 'ѐ'..='џ' => push(c),
        _ if c.is_ascii() => push(c.to_ascii_lowercase()),
        _ => c.to_lowercase().for_each(push),
    }
}

/// `word` in lower case.
pub fn lower(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        lower_char(c, |l| out.push(l));
    }
    out
}

/// Calls `f` with the bytes of [`lower`]`(word)`, written on the stack
/// for a word of the usual length (no allocation).
fn with_lower<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    const CAP: usize = 64;
    let mut buf = [0u8; CAP];
    let mut len = 0;
    let mut fits = word.len() <= CAP;
    for c in word.chars() {
        if !fits {
            break;
        }
        lower_char(c, |l| {
            if len + l.len_utf8() <= CAP {
                len += l.encode_utf8(&mut buf[len..]).len();
            } else {
                fits = false;
            }
        });
    }
    if fits {
        f(&buf[..len])
    } else {
        f(lower(word).as_bytes())
    }
}

/// The forms whose nominatives [`for_each_lemma`] may give `nominative`
/// (in lower case): the word itself, its oblique forms by [`ENDINGS`], and
/// the abbreviation that stands for it. Some are no real form: what a
/// form stands for is decided by [`for_each_lemma`] itself.
fn forms_of(nominative: &str) -> Vec<String> {
    let mut out = vec![nominative.to_string()];
    for (ending, nominatives) in ENDINGS {
        for n in *nominatives {
            if let Some(stem) = nominative.strip_suffix(n) {
                out.push(format!("{stem}{ending}"));
            }
        }
    }
    for (short, full) in ABBREVIATIONS {
        if nominative == *full {
            out.push(short.to_string());
        }
    }
    out
}

/// What a closed list of nominatives says about a word in any case form,
/// worked out once for every form of the list's words: asking is one
/// lookup of the word in lower case, where going through its nominatives
/// ([`for_each_lemma`]) would build each of them.
pub struct Forms<V> {
    answers: HashMap<Box<[u8]>, V, BuildHasherDefault<SpellingHasher>>,
}

impl<V: Copy> Forms<V> {
    /// `answer(form)` for the forms of `nominatives` (`answer` must be
    /// `None` for a form that is none of theirs, and depend only on the
    /// word in lower case).
    fn new<'a>(nominatives: impl IntoIterator<Item = &'a str>, answer: impl Fn(&str) -> Option<V>) -> Self {
        let mut answers = HashMap::default();
        for nominative in nominatives {
            for form in forms_of(&lower(nominative)) {
                if let Some(v) = answer(&form) {
                    answers.insert(form.into_bytes().into_boxed_slice(), v);
                }
            }
        }
        Forms { answers }
    }

    /// The answer for `word`, in any case and letter case.
    pub fn get(&self, word: &str) -> Option<V> {
        with_lower(word, |lower| self.answers.get(lower).copied())
    }
}

impl Forms<()> {
    /// The words of `list` in any case form ([`in_list`]).
    pub fn set<'a>(list: impl IntoIterator<Item = &'a str>) -> Self {
        let words: std::collections::HashSet<&str> = list.into_iter().collect();
        Forms::new(words.iter().copied(), |form| in_list(form, &words).then_some(()))
    }

    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}

impl Forms<&'static str> {
    /// The words of `list` in any case form, with the word paired with
    /// each ([`in_pairs`]).
    pub fn pairs(list: &[(&str, &'static str)]) -> Self {
        Forms::new(list.iter().map(|(ru, _)| *ru), |form| in_pairs(form, list))
    }
}

/// The word or one of its nominatives is in `list` (any case).
pub fn in_list(word: &str, list: &std::collections::HashSet<&str>) -> bool {
    let lower = lower(word);
    if list.contains(lower.as_str()) {
        return true;
    }
    let mut hit = false;
    for_each_lemma(&lower, |l| hit |= list.contains(l));
    hit
}

/// The English word paired with the word or one of its nominatives, the
/// word as written first, then its nominatives in order, each in the
/// order of the list.
pub fn in_pairs(word: &str, list: &[(&str, &'static str)]) -> Option<&'static str> {
    let lower = lower(word);
    if let Some((_, en)) = list.iter().find(|(ru, _)| *ru == lower) {
        return Some(en);
    }
    let mut found = None;
    for_each_lemma(&lower, |l| {
        if found.is_none() {
            found = list.iter().find(|(ru, _)| *ru == l).map(|(_, en)| *en);
        }
    });
    found
}

/// Oblique endings and the nominative endings they may stand for, longest
/// first; a word keeps at least two letters before its ending.
const ENDINGS: &[(&str, &[&str])] = &[
    // An adjective of a place in the prepositional (`в Рушанском районе`).
    ("ском", &["ский"]),
    ("ого", &["ый", "ий", "ой", "ое"]),
    ("его", &["ий", "ее"]),
    ("ому", &["ый", "ий", "ой", "ое"]),
    ("ему", &["ий", "ее"]),
    ("ией", &["ия"]),
    ("ием", &["ий", "ие"]),
    ("ии", &["ия", "ий", "ие"]),
    ("ию", &["ия", "ий", "ие"]),
    ("ой", &["ая", "а"]),
    ("ою", &["ая", "а"]),
    ("ей", &["яя", "я", "ь"]),
    ("ею", &["я", "ь"]),
    ("ую", &["ая"]),
    ("юю", &["яя"]),
    ("ым", &["ый", ""]),
    ("им", &["ий", ""]),
    ("ом", &["", "о"]),
    ("ем", &["", "й", "ь", "е"]),
    ("ых", &["ые", "ый"]),
    ("их", &["ие", "ий"]),
    ("а", &["", "о"]),
    ("я", &["й", "ь", "е"]),
    ("у", &["", "а", "о"]),
    ("ю", &["й", "ь", "я"]),
    ("е", &["", "а", "о", "я", "й"]),
    ("ы", &["а"]),
    ("и", &["а", "я", "ь"]),
];

/// Abbreviations that stand for a whole word (`Актюбинской обл.`).
const ABBREVIATIONS: &[(&str, &str)] = &[("обл", "область"), ("р-н", "район"), ("г", "город")];

/// Calls `f` with each nominative form (in lower case) that the Cyrillic
/// word `word` may be a declined form of, most likely first; not with the
/// word itself.
pub fn for_each_lemma(word: &str, mut f: impl FnMut(&str)) {
    let lower = lower(word);
    for (short, full) in ABBREVIATIONS {
        if lower == *short {
            f(full);
            return;
        }
    }
    let chars = lower.chars().count();
    let mut buf = String::with_capacity(lower.len() + 8);
    for (ending, nominatives) in ENDINGS {
        if !lower.ends_with(ending) || chars < ending.chars().count() + 2 {
            continue;
        }
        let stem = &lower[..lower.len() - ending.len()];
        for nominative in *nominatives {
            buf.clear();
            buf.push_str(stem);
            buf.push_str(nominative);
            if buf != lower {
                f(&buf);
            }
        }
    }
}

/// The lemmas of [`for_each_lemma`] as a list (tests and rare paths).
pub fn lemmas(word: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for_each_lemma(word, |l| {
        if !out.iter().any(|o| o == l) {
            out.push(l.to_string())
        }
    });
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

/// Given names and their gender, from `data/given_names.tsv`.
static GIVEN_NAMES: LazyLock<HashMap<String, Gender>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for line in include_str!("../../../data/given_names.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut f = line.split('\t');
        let (Some(gender), Some(names)) = (f.next(), f.next()) else { continue };
        let gender = match gender.trim() {
            "m" => Gender::Male,
            "f" => Gender::Female,
            _ => continue,
        };
        for name in names.split_whitespace() {
            map.insert(lower(name), gender);
        }
    }
    map
});

/// The gender of a given name in the nominative, if the list has it.
pub fn given_name(word: &str) -> Option<Gender> {
    GIVEN_NAMES.get(&lower(word)).copied()
}

/// A given name in any case: its nominative and gender, if the list has it.
pub fn given_name_any_case(word: &str) -> Option<(String, Gender)> {
    if let Some(g) = given_name(word) {
        return Some((word.to_string(), g));
    }
    let mut found = None;
    for_each_lemma(word, |l| {
        if found.is_none() {
            if let Some(g) = GIVEN_NAMES.get(l) {
                found = Some((l.to_string(), *g));
            }
        }
    });
    found.map(|(l, g)| (capitalised_like(word, &l), g))
}

/// `lemma` (in lower case) written with the capitals of `word`.
fn capitalised_like(word: &str, lemma: &str) -> String {
    let mut out = String::with_capacity(lemma.len());
    let mut caps = word.chars().map(char::is_uppercase);
    let mut after_hyphen = false;
    for c in lemma.chars() {
        let upper = caps.next().unwrap_or(false) || after_hyphen;
        after_hyphen = c == '-';
        if upper {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// How a surname is built: the stem up to its suffix and the case ending.
struct Surname<'w> {
    /// Up to and including `-ов`, `-ев`, `-ин`, `-ын`, `-ск`, `-цк`.
    stem: &'w str,
    ending: &'w str,
    adjectival: bool,
}

fn surname_parts(lower: &str) -> Option<Surname<'_>> {
    const NOUN: &[&str] = &["ым", "ой", "ою", "а", "у", "е", ""];
    const ADJ: &[&str] = &["ого", "ому", "ий", "им", "ом", "ая", "ой", "ую", "ый"];
    for suffix in ["ск", "цк"] {
        for ending in ADJ {
            if let Some(stem) = lower.strip_suffix(ending) {
                if stem.ends_with(suffix) && stem.chars().count() >= 4 {
                    return Some(Surname { stem, ending, adjectival: true });
                }
            }
        }
    }
    for ending in NOUN {
        if let Some(stem) = lower.strip_suffix(ending) {
            if ["ов", "ев", "ёв", "ин", "ын"].iter().any(|s| stem.ends_with(s)) && stem.chars().count() >= 4
            {
                return Some(Surname { stem, ending, adjectival: false });
            }
        }
    }
    None
}

/// Whether `word` is built like a Russian-style surname in some case
/// (`Ашыркулова`, `Токаевым`, `Ахметовой`, `Вишневского`).
pub fn is_surname_form(word: &str) -> bool {
    let lower = lower(word);
    surname_parts(&lower).is_some()
}

/// Whether `word` is a patronymic in some case (`Кемелевич`, `Абишевича`,
/// `Нурлановна`, `Кемелұлы`, `Серікқызы`).
pub fn is_patronymic(word: &str) -> bool {
    let lower = lower(word);
    let chars = lower.chars().count();
    if chars < 5 {
        return false;
    }
    ["улы", "ұлы", "уулу", "кызы", "қызы"].iter().any(|e| lower.ends_with(e))
        || ["ович", "евич", "ьич", "овна", "евна", "ична"]
            .iter()
            .any(|p| lower.contains(p) && lower.find(p).is_some_and(|i| lower.len() - i <= p.len() + 4))
}

fn patronymic_lemma(lower: &str) -> String {
    for (suffix, nominative) in [
        ("ович", "ович"),
        ("евич", "евич"),
        ("ьич", "ьич"),
        ("овн", "овна"),
        ("евн", "евна"),
        ("ичн", "ична"),
    ] {
        if let Some(i) = lower.rfind(suffix) {
            return format!("{}{}", &lower[..i], nominative);
        }
    }
    lower.to_string()
}

/// The nominative of a man's given name (or a surname not Russian in
/// form) in an oblique case: `Мисира`, `Ахматбеком`, `Ерлане` → the name
/// ending in a consonant, `Сергея`, `Сергеем` → `Сергей`.
fn given_oblique_male(lower: &str) -> Option<String> {
    let vowel = |c: char| "аеёиоуыэюя".contains(c);
    for (ending, nominative) in
        [("ом", ""), ("ем", "й"), ("а", ""), ("у", ""), ("е", ""), ("я", "й"), ("ю", "й")]
    {
        let Some(stem) = lower.strip_suffix(ending) else { continue };
        if stem.chars().count() < 2 {
            continue;
        }
        let after_vowel = stem.ends_with(vowel);
        if nominative == "й" && after_vowel {
            return Some(format!("{stem}й"));
        }
        if nominative.is_empty() && !after_vowel {
            return Some(stem.to_string());
        }
    }
    None
}

fn given_oblique_female(lower: &str) -> String {
    for (ending, nominative) in
        [("ой", "а"), ("ей", "я"), ("ы", "а"), ("у", "а"), ("ю", "я"), ("е", "а"), ("и", "а")]
    {
        if let Some(stem) = lower.strip_suffix(ending) {
            if stem.chars().count() >= 2 {
                return format!("{stem}{nominative}");
            }
        }
    }
    lower.to_string()
}

/// The nominative of a person's name written in words `words` (given
/// name, patronymic, surname, in any order a news report uses, the surname
/// last), and the gender its endings show. `female_hint`: a verb in the
/// feminine follows the name (`…ова сообщила`), which tells a woman's name
/// in the nominative from a man's in the genitive.
pub fn person_lemma(words: &[&str], female_hint: bool) -> (Vec<String>, Gender) {
    person_lemma_in(words, female_hint, false)
}

/// [`person_lemma`], told whether the name stands where the genitive (or
/// the accusative, alike for men) is wanted (`по данным замглавы МВД
/// Александра Жуляева`): a given name that is a woman's in the nominative
/// and a man's in the genitive (`Александра`, `Валентина`) before a
/// surname in `-а` is then the man's.
pub fn person_lemma_in(words: &[&str], female_hint: bool, genitive: bool) -> (Vec<String>, Gender) {
    let n = words.len();
    if n == 0 {
        return (Vec::new(), Gender::Unknown);
    }
    // A family's surname in the plural (`Осман и Адиль Омаровы`): each
    // one's surname is the singular, a woman's with `-а`.
    let last_lower = lower(words[n - 1]);
    if n >= 2
        && last_lower.chars().count() >= 6
        && ["овы", "евы", "ёвы"].iter().any(|e| last_lower.ends_with(e))
    {
        let female = given_name_any_case(words[0]).is_some_and(|(_, g)| g == Gender::Female);
        let stem = words[n - 1].strip_suffix('ы').unwrap_or(words[n - 1]);
        let singular = if female { format!("{stem}а") } else { stem.to_string() };
        let mut fixed: Vec<&str> = words[..n - 1].to_vec();
        fixed.push(&singular);
        return person_lemma(&fixed, female_hint);
    }
    let lowers: Vec<String> = words.iter().map(|w| lower(w)).collect();
    let surname = surname_parts(&lowers[n - 1]);
    let first = if n >= 2 { Some(lowers[0].as_str()) } else { None };
    let mut first_known = first.and_then(|f| given_name(f).map(|g| (f.to_string(), g, true)));
    let mut first_oblique = first.filter(|_| first_known.is_none()).and_then(|f| {
        let (l, g) = given_name_any_case(f)?;
        Some((lower(&l), g, false))
    });
    if genitive && !female_hint && surname.as_ref().is_some_and(|s| s.ending == "а") {
        let man = first
            .and_then(|f| f.strip_suffix('а'))
            .filter(|stem| given_name(stem) == Some(Gender::Male))
            .filter(|_| first_known.as_ref().is_some_and(|k| k.1 == Gender::Female));
        if let Some(stem) = man {
            first_oblique = Some((stem.to_string(), Gender::Male, false));
            first_known = None;
        }
    }
    // Gender and whether the name is in the nominative.
    let first_ends_consonant = first.is_some_and(|f| !f.ends_with(|c: char| "аеёиоуыэюя".contains(c)));
    let (gender, nominative) = match (&surname, first_known.as_ref().or(first_oblique.as_ref())) {
        (Some(s), Some((_, g, _))) => {
            let nominative = match g {
                Gender::Male => matches!(s.ending, "" | "ий" | "ый"),
                Gender::Female => matches!(s.ending, "а" | "ая"),
                Gender::Unknown => true,
            };
            (*g, nominative)
        }
        (Some(s), None) => match s.ending {
            "" | "ий" | "ый" => (Gender::Male, true),
            "ым" | "е" | "ого" | "ому" | "им" | "ом" => (Gender::Male, false),
            "ой" | "ою" | "ую" => (Gender::Female, false),
            "ая" => (Gender::Female, true),
            "а" if female_hint || first_ends_consonant => (Gender::Female, true),
            "а" => (Gender::Male, false),
            "у" if first_ends_consonant => (Gender::Female, false),
            "у" => (Gender::Male, false),
            _ => (Gender::Unknown, true),
        },
        (None, Some((_, g, is_nom))) => (*g, *is_nom),
        (None, None) => (Gender::Unknown, true),
    };
    let mut out = Vec::with_capacity(n);
    for (k, (word, lower)) in words.iter().zip(&lowers).enumerate() {
        let lemma = if nominative {
            lower.clone()
        } else if k == n - 1 {
            match &surname {
                Some(s) if s.adjectival => {
                    format!("{}{}", s.stem, if gender == Gender::Female { "ая" } else { "ий" })
                }
                Some(s) => format!("{}{}", s.stem, if gender == Gender::Female { "а" } else { "" }),
                None if gender == Gender::Male => given_oblique_male(lower).unwrap_or_else(|| lower.clone()),
                None if gender == Gender::Female && lower.ends_with(|c: char| "ыиеуюй".contains(c)) => {
                    given_oblique_female(lower)
                }
                None => lower.clone(),
            }
        } else if is_patronymic(word) {
            patronymic_lemma(lower)
        } else if k == 0 && first_oblique.is_some() {
            first_oblique.as_ref().map(|f| f.0.clone()).unwrap_or_default()
        } else if k == 0 && first_known.is_some() {
            lower.clone()
        } else if gender == Gender::Female {
            if lower.ends_with(|c: char| "ыиеуюй".contains(c)) {
                given_oblique_female(lower)
            } else {
                lower.clone()
            }
        } else {
            given_oblique_male(lower).unwrap_or_else(|| lower.clone())
        };
        out.push(capitalised_like(word, &lemma));
    }
    (out, gender)
}

/// The base name of a place from the adjective made of it, in lower case,
/// with other possible spellings after it: `ошская` → `ош`, `баткенскую` →
/// `баткен`, `согдийская` → `согд`, `карагандинской` → `карагандинск`,
/// `караганда`.
pub fn adjective_bases(word: &str) -> Vec<String> {
    let lower = lower(word);
    const ADJ: &[&str] =
        &["ская", "ской", "скую", "скою", "ский", "ского", "скому", "ским", "ском", "ское", "ские", "ских"];
    let Some(stem) = ADJ.iter().find_map(|e| lower.strip_suffix(e)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Some(s) = stem.strip_suffix("ий") {
        out.push(s.to_string());
    }
    if let Some(s) = stem.strip_suffix('ь') {
        out.push(format!("{s}ь"));
    }
    out.push(stem.to_string());
    if let Some(s) = stem.strip_suffix("ин") {
        out.push(format!("{stem}ск"));
        out.push(format!("{s}а"));
        out.push(format!("{s}ы"));
    }
    out.push(format!("{stem}а"));
    out.push(format!("{stem}ск"));
    out.dedup();
    out.into_iter().filter(|s| s.chars().count() >= 2).collect()
}

/// Whether the word is an adjective made of a place name (`Ошской`,
/// `Рушанского`, `Горно-Бадахшанская`).
pub fn is_place_adjective(word: &str) -> bool {
    !adjective_bases(word).is_empty()
}

/// The nominative of an unknown place name after a preposition: the
/// prepositional `Оше`, `Хороге` and the genitive `Хорога` are taken for
/// a name ending in a consonant, `Исфары` for one in `-а`, `Ингушетии` for
/// one in `-ия`.
pub fn place_lemma(word: &str) -> String {
    let lower = lower(word);
    let chars = lower.chars().count();
    let lemma = if chars <= 3 && !lower.ends_with(['е', 'а', 'я']) {
        lower.clone()
    } else if let Some(s) = lower.strip_suffix("ии") {
        format!("{s}ия")
    } else if let Some(s) = lower.strip_suffix('я') {
        // `Ак-Сая` → `Ак-Сай`, `Кокшетау` aside: a name in `-ай`, `-ей`.
        let vowel = s.ends_with(|c: char| "аеёиоуыэюя".contains(c));
        format!("{s}{}", if vowel { "й" } else { "ь" })
    } else if let Some(s) = lower.strip_suffix("ы") {
        format!("{s}а")
    } else if let Some(s) =
        lower.strip_suffix('е').or_else(|| lower.strip_suffix('а')).or_else(|| lower.strip_suffix('у'))
    {
        if s.chars().count() >= 2 {
            s.to_string()
        } else {
            lower.clone()
        }
    } else if let Some(s) = lower.strip_suffix('и') {
        format!("{s}ь")
    } else {
        lower.clone()
    };
    capitalised_like(word, &lemma)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declined_words_give_their_nominatives() {
        for (word, lemma) in [
            ("Токаеву", "токаев"),
            ("Токаевым", "токаев"),
            ("Токаева", "токаев"),
            ("Бишкеке", "бишкек"),
            ("Астане", "астана"),
            ("Астаны", "астана"),
            ("Актюбинской", "актюбинская"),
            ("области", "область"),
            ("России", "россия"),
            ("Нацгвардией", "нацгвардия"),
            ("Министерством", "министерство"),
            ("Генеральную", "генеральная"),
            ("Октябрьского", "октябрьский"),
            ("Сергея", "сергей"),
            ("Оша", "ош"),
            ("обл", "область"),
        ] {
            assert!(lemmas(word).iter().any(|l| l == lemma), "{word}: {:?}", lemmas(word));
        }
        assert!(lemmas("Алматы").iter().all(|l| l != "алматы"), "the word itself is not repeated");
        assert!(lemmas("Ош").is_empty());
    }

    fn person(words: &[&str], female: bool) -> (String, Gender) {
        let (l, g) = person_lemma(words, female);
        (l.join(" "), g)
    }

    #[test]
    fn a_name_in_any_case_gives_its_nominative_and_gender() {
        assert_eq!(person(&["Мисира", "Ашыркулова"], false), ("Мисир Ашыркулов".into(), Gender::Male));
        assert_eq!(person(&["Ерлану", "Тургумбаеву"], false), ("Ерлан Тургумбаев".into(), Gender::Male));
        assert_eq!(
            person(&["Ахматбеком", "Келдибековым"], false),
            ("Ахматбек Келдибеков".into(), Gender::Male)
        );
        assert_eq!(person(&["Бакирдин", "Субанбеков"], false), ("Бакирдин Субанбеков".into(), Gender::Male));
        // A woman's name: by the list, by a given name that does not decline, by a verb.
        assert_eq!(person(&["Динара", "Ахметова"], false), ("Динара Ахметова".into(), Gender::Female));
        assert_eq!(person(&["Динары", "Ахметовой"], false), ("Динара Ахметова".into(), Gender::Female));
        assert_eq!(person(&["Асель", "Сейтову"], false), ("Асель Сейтова".into(), Gender::Female));
        assert_eq!(person(&["Айбала", "Нурбекова"], true), ("Айбала Нурбекова".into(), Gender::Female));
        assert_eq!(person(&["Айбалы", "Нурбековой"], false), ("Айбала Нурбекова".into(), Gender::Female));
        // A surname alone is a man's in the genitive unless a verb says otherwise.
        assert_eq!(person(&["Келдибекова"], false), ("Келдибеков".into(), Gender::Male));
        assert_eq!(person(&["Келдибекова"], true), ("Келдибекова".into(), Gender::Female));
        assert_eq!(person(&["Вишневского"], false), ("Вишневский".into(), Gender::Male));
        // A patronymic declines with the name.
        assert_eq!(
            person(&["Касым-Жомарта", "Кемелевича", "Токаева"], false),
            ("Касым-Жомарт Кемелевич Токаев".into(), Gender::Male)
        );
        // A man's surname that is not Russian in form declines too.
        assert_eq!(person(&["Рахмона", "Гульзора"], false), ("Рахмон Гульзор".into(), Gender::Male));
    }

    #[test]
    fn surnames_and_patronymics_are_told_by_their_form() {
        for w in ["Ашыркулова", "Токаевым", "Ахметовой", "Вишневского", "Ильиным"]
        {
            assert!(is_surname_form(w), "{w}");
        }
        for w in ["Бишкек", "Астана", "Ош", "Министерство"] {
            assert!(!is_surname_form(w), "{w}");
        }
        for w in ["Кемелевич", "Абишевича", "Нурлановна", "Кемелұлы", "Сериккызы", "Ильич"]
        {
            assert!(is_patronymic(w), "{w}");
        }
        assert!(!is_patronymic("Иванов"));
    }

    #[test]
    fn forms_answer_as_the_nominatives_do() {
        let roles = ["министр", "аким", "глава", "заместитель", "судья", "пресс-секретарь"];
        let pairs: &[(&str, &str)] = &[("область", "Region"), ("район", "District"), ("город", "City")];
        let set = Forms::set(roles);
        let paired = Forms::pairs(pairs);
        let list: std::collections::HashSet<&str> = roles.into_iter().collect();
        // Every form the endings make, in capitals and title case too, and
        // words that are none of theirs.
        let mut words: Vec<String> =
            roles.iter().chain(pairs.iter().map(|(w, _)| w)).flat_map(|w| forms_of(w)).collect();
        words.extend(
            ["обл", "г", "р-н", "Министру", "ГЛАВОЙ", "Областей", "министрами", "Almaty", "", "ё"]
                .map(String::from),
        );
        for w in &words {
            for w in [w.clone(), w.to_uppercase(), capitalised_like("Ааааааааааааааааааааа", w)]
            {
                assert_eq!(set.contains(&w), in_list(&w, &list), "{w}");
                assert_eq!(paired.get(&w), in_pairs(&w, pairs), "{w}");
            }
        }
        assert!(set.contains("Министру") && set.contains("главой") && !set.contains("главный"));
        assert_eq!(paired.get("Области"), Some("Region"));
        assert_eq!(paired.get("обл"), Some("Region"));
        assert_eq!(paired.get("г"), Some("City"));
    }

    #[test]
    fn lower_case_on_the_stack_is_lower_case() {
        for w in ["Министр", "ПРЕСС-СЕКРЕТАРЬ", "Ёлка", "ҚАЗАҚСТАН", "İstanbul", "ΣΟΦΙΑ", "Almaty", ""]
        {
            assert_eq!(with_lower(w, |b| b.to_vec()), lower(w).into_bytes(), "{w}");
        }
        let long = "Ы".repeat(100);
        assert_eq!(with_lower(&long, |b| b.to_vec()), lower(&long).into_bytes());
    }

    #[test]
    fn places_from_adjectives_and_prepositions() {
        assert_eq!(adjective_bases("Ошской")[0], "ош");
        assert_eq!(adjective_bases("Баткенскую")[0], "баткен");
        assert_eq!(adjective_bases("Согдийская")[0], "согд");
        assert!(adjective_bases("Карагандинской").contains(&"караганда".to_string()));
        assert!(adjective_bases("Джалал-Абадской").contains(&"джалал-абад".to_string()));
        assert!(adjective_bases("Бишкек").is_empty());
        assert_eq!(place_lemma("Оше"), "Ош");
        assert_eq!(place_lemma("Хороге"), "Хорог");
        assert_eq!(place_lemma("Хорога"), "Хорог");
        assert_eq!(place_lemma("Исфары"), "Исфара");
        assert_eq!(place_lemma("Ингушетии"), "Ингушетия");
        assert_eq!(place_lemma("Ош"), "Ош");
    }
}
