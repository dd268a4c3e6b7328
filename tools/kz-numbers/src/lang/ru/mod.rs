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
//! Words arrive in lower case with `ё` as `е` (`Ru::lowercase`). The
//! inflected classes (nouns, participles, verbs) are generated once, from
//! stems and their endings, into one table looked up per word; the closed
//! classes (prepositions, particles, auxiliaries) are `match`es.

use super::{Event, Lexicon, Qual, WhoClass};
use crate::around::dash;
use crate::extract::{Ctx, Kind, Qualifier, Raw};
use crate::tokens::Tk;
use kz_shared::words::ru as words;

mod table;
use table::*;

/// Russian.
pub struct Ru;

impl Ru {
    /// A noun of the hospital or of the police at token `k`: what
    /// "доставлены в …" means.
    fn place_event(w: &str) -> Option<Event> {
        place_event(w)
    }

    /// Verbs of being taken, sent or staying somewhere: "доставлены",
    /// "находятся", "обратились", "попали".
    fn place_verb(w: &str) -> bool {
        place_verb(w)
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

    /// "в т.ч." (в том числе, abbreviated) just before token `first`.
    fn abbreviated_including(cx: &Ctx<Self>, first: usize) -> bool {
        first >= 5
            && cx.w(first - 5) == "в"
            && cx.w(first - 4) == "т"
            && cx.w(first - 3) == "."
            && cx.w(first - 2) == "ч"
            && cx.w(first - 1) == "."
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

/// One character in lower case as [`Ru::lowercase`] writes it: `ё` as `е`,
/// and a capital only when its small letter has the same length in UTF-8.
fn lower_char(c: char) -> char {
    match c {
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
    }
}

impl Lexicon for Ru {
    fn may_have_numbers(text: &str) -> bool {
        may_have_numbers(text)
    }

    /// Lower case with `ё` as `е`; Cyrillic capitals and their small
    /// letters are both two bytes, so offsets do not move. Runs of
    /// characters that stay as they are (small Cyrillic letters, ASCII
    /// other than capitals, common punctuation) are copied whole, told by
    /// their bytes; only the others are decoded ([`lower_char`]).
    fn lowercase(text: &str, out: &mut String) {
        out.clear();
        out.reserve(text.len());
        let bytes = text.as_bytes();
        let (mut copied, mut i) = (0, 0);
        while i < bytes.len() {
            let next = bytes.get(i + 1).copied().unwrap_or(0);
            let same = match bytes[i] {
                b'A'..=b'Z' => false,
                // ASCII, and the bytes that continue a character.
                0x00..=0xBF => true,
                // U+0080 to U+00BF: no capitals ("«", "»", "№" is elsewhere).
                0xC2 => true,
                // а to п (U+0430 to U+043F); not Ѐ to Я.
                0xD0 => (0xB0..=0xBF).contains(&next),
                // р to џ (U+0440 to U+045F) but ё; not Ѡ and after, where
                // capitals and small letters alternate.
                0xD1 => (0x80..=0x9F).contains(&next) && next != 0x91,
                // General punctuation (U+2000 to U+203F): dashes, quotes.
                0xE2 => next == 0x80,
                _ => false,
            };
            if same {
                i += 1;
                continue;
            }
            out.push_str(&text[copied..i]);
            let c = text[i..].chars().next().unwrap_or(' ');
            out.push(lower_char(c));
            i += c.len_utf8();
            copied = i;
        }
        out.push_str(&text[copied..]);
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
            // "составляет в настоящее время 84", "на данный момент", "на сегодняшний день"
            "время" if p >= 2 && cx.w(p - 1) == "настоящее" && cx.w(p - 2) == "в" => 3,
            "момент" | "день"
                if p >= 2
                    && matches!(cx.w(p - 1), "данный" | "настоящий" | "сегодняшний")
                    && cx.w(p - 2) == "на" =>
            {
                3
            }
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
        abbreviation(w)
    }

    /// Most words are no number: a look at their first letters.
    #[inline]
    fn may_start_number(w: &str) -> bool {
        may_start_number(w)
    }

    fn read_words(cx: &Ctx<Self>, i: usize) -> Option<Raw> {
        let w = cx.w(i);
        if !may_start_number(w) {
            return None;
        }
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
            // "погибших среди мирного населения нет": whom, between.
            let end = (i.saturating_sub(5)..i)
                .rev()
                .find(|&k| cx.w(k) == "среди")
                .filter(|&k| (k..i).all(|x| cx.is(x, Tk::Word) && cx.seg(x) == cx.seg(i)))
                .unwrap_or(i);
            if !Self::none_after_noun(cx, end) {
                return None;
            }
            // The mention is the list and "нет"; its event is its first noun's.
            let first = Self::first_noun_before(cx, end);
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
        if let Some(n) = number_word(w).collective {
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
            let n = number_word(w);
            if let Some(h) = n.hundreds.filter(|_| current == 0.0) {
                current = h as f64;
            } else if let Some(t) = n.tens.filter(|_| current % 100.0 == 0.0) {
                current += t as f64;
            } else if let Some(u) =
                n.unit.filter(|&u| current % 100.0 == 0.0 || (current % 10.0 == 0.0 && u < 10))
            {
                current += u as f64;
            } else if one_and_a_half(w) && current == 0.0 {
                current = 1.5;
            } else if let Some(c) = n.collective.filter(|_| !any) {
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
        cx.word(k).is_some_and(|w| number_word(w).month.is_some())
    }

    fn age_before(_w: &str) -> bool {
        // "в возрасте 25 лет" is read with its unit (`Ru::unit_words`).
        false
    }

    fn label_word(w: &str) -> bool {
        label_word(w)
    }

    fn person_title(w: &str) -> bool {
        person_title(w)
    }

    fn known_word(w: &str) -> bool {
        let i = info(w);
        i.people.is_some()
            || i.after.is_some()
            || i.before.is_some()
            || Self::stop_word(w)
            || number_word(w).month.is_some()
            || words::weekday_number(w).is_some()
            || unit_after(w).is_some()
            || number_word(w).number().is_some()
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
        qualifier_end(w)
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
        // "взяты в плен", "попали в плен": taken prisoner.
        if cx.w(j + 1) == "в" && cx.w(j + 2) == "плен" {
            return Some((Event::Other, j + 3));
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
        complement_class(w)
    }

    fn armed_word(w: &str) -> bool {
        w.starts_with("вооруженн")
    }

    fn aux_word(w: &str) -> bool {
        aux_word(w)
    }

    fn copula(w: &str) -> bool {
        copula(w)
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
        // "потери составили 10 человек", "потери со стороны боевиков — 30
        // человек", "безвозвратные потери в составе 12 человек": losses are
        // the dead ("санитарные потери" the wounded).
        if w == "составе" || w != "до" && toll_verb(w) {
            let loss = (p.saturating_sub(6)..p)
                .rev()
                .take_while(|&k| cx.seg(k) == cx.seg(p))
                .find(|&k| matches!(cx.w(k), "потери" | "потерь" | "потерями"));
            if let Some(k) = loss {
                let medical = k > 0 && cx.w(k - 1).starts_with("санитарн");
                return Some(if medical { Event::Injured } else { Event::Killed });
            }
            // "Раненых насчитывается 142 человека", "погибших — 5": the
            // people named by their event, then the figure.
            if w != "составе" && p > 0 && (prev.ends_with("ых") || prev.ends_with("их") || prev == "жертв")
            {
                if let Some(e) = info(prev).noun {
                    return Some(e);
                }
            }
        }
        // "жертвами стали 17 человек", "погибшими числятся двое"
        if matches!(w, "стали" | "стал" | "стала" | "числится" | "числятся" | "оказались" | "являются")
        {
            if let Some(e) = (p.saturating_sub(5)..p).find_map(|k| info(cx.w(k)).noun) {
                return Some(e);
            }
            // "жертвами трагедии, случившейся вчера в городе, стали четверо":
            // the victims named further back, in the same sentence.
            if (p.saturating_sub(14)..p).any(|k| cx.seg(k) == cx.seg(p) && cx.w(k) == "жертвами") {
                return Some(Event::Killed);
            }
        }
        // "присутствовало около 30 человек"
        if w.starts_with("присутствовал") {
            return Some(Event::Involved);
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
        // "в больницы доставили 121 человека", "в больницах находятся 16";
        // "за помощью с начала беспорядков обратились 2231": a phrase of
        // time between.
        if let Some(e) = Self::placed(cx, p, p.saturating_sub(6), p) {
            return Some(e);
        }
        // "на амбулаторном лечении – 344 пациента": a dash for the verb.
        if dash(w) && p >= 2 {
            let t = p - 1;
            if cx.w(t).starts_with("лечени") && (t.saturating_sub(3)..t).any(|k| cx.w(k) == "на") {
                return Some(Event::Hospitalized);
            }
        }
        // "доставлены в больницу 38 человек": the verb first, then its place.
        if let Some(e) = Self::place_event(w).or(Self::treatment_noun(w).then_some(Event::Hospitalized)) {
            let verb = (p.saturating_sub(4)..p)
                .any(|k| cx.seg(k) == cx.seg(p) && cx.word(k).is_some_and(Self::place_verb));
            if verb {
                return Some(e);
            }
        }
        // "медпомощь потребовалась 1372 жителям", "в медицинской помощи
        // нуждаются 40": treated, counted in the dative or nominative.
        if ["потребовал", "понадобил", "нуждаю", "нуждал"].iter().any(|s| w.starts_with(s))
            && (p.saturating_sub(3)..p).any(|k| {
                cx.seg(k) == cx.seg(p)
                    && (Self::treatment_noun(cx.w(k)) || cx.w(k).starts_with("госпитализац"))
            })
        {
            return Some(Event::Hospitalized);
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
        // "взяли живыми 40 человек": captured by the forces, detained; "взяли
        // в плен двоих": taken prisoner, another fate.
        if w == "живыми" || w == "живьем" {
            return Some(Event::Detained);
        }
        if w == "плен" && prev == "в" {
            return Some(Event::Other);
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
        report_verb(w)
    }

    fn object_start(cx: &Ctx<Self>, k: usize) -> bool {
        let w = cx.w(k);
        cx.is(k, Tk::Num)
            || number_word(w).number().is_some()
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
            "гибели"
            | "гибель"
            | "смерти"
            | "смерть"
            | "убийстве"
            | "убийства"
            | "убийство"
            | "тела"
            | "тел"
            | "трупы"
            | "трупов"
            | "уничтожении"
            | "уничтожение"
            | "ликвидации"
            | "ликвидация" => Event::Killed,
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

    fn population_word(w: &str) -> bool {
        w.starts_with("населени") || w == "численностью"
    }

    fn total_noun(w: &str) -> bool {
        matches!(w, "всего" | "общей" | "сложности")
    }

    fn revise_verb(w: &str) -> bool {
        revise_verb(w)
    }

    fn earlier_word(w: &str) -> bool {
        earlier_word(w)
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
        verb_like(w)
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

    fn modal_reach(cx: &Ctx<Self>, i: usize) -> bool {
        let w = cx.w(i);
        if !(w.starts_with("достиг") || w.starts_with("достичь") || w.starts_with("дойти"))
        {
            return false;
        }
        // "может достигать", "могло бы достичь", "может даже достигнуть".
        (1..=2).any(|b| {
            i >= b
                && matches!(
                    cx.w(i - b),
                    "может" | "могут" | "могло" | "могла" | "мог" | "могли" | "способно" | "способен"
                )
        })
    }

    fn exceed_verb(w: &str) -> bool {
        w.starts_with("превысил") || w.starts_with("превыша")
    }

    fn toll_verb(w: &str) -> bool {
        toll_verb(w)
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
        wound_noun(w)
    }

    fn clause_end(w: &str) -> bool {
        clause_end(w)
    }

    fn subtotal_before(cx: &Ctx<Self>, first: usize) -> bool {
        first > 0 && matches!(cx.w(first - 1), "включая")
            || cx.ends_with(first, &["в", "том", "числе"]).is_some()
            || cx.ends_with(first, &["среди", "них"]).is_some()
            || cx.ends_with(first, &["в", "их", "числе"]).is_some()
            || cx.ends_with(first, &["среди", "которых"]).is_some()
            || cx.ends_with(first, &["из", "них"]).is_some()
            || cx.ends_with(first, &["из", "которых"]).is_some()
            || cx.ends_with(first, &["в", "числе", "которых"]).is_some()
            || Self::abbreviated_including(cx, first)
    }

    fn verb_adverb(w: &str) -> bool {
        matches!(w, "предположительно" | "также" | "уже")
    }

    fn before_skip(w: &str) -> bool {
        before_skip(w)
    }

    fn among_link(w: &str) -> bool {
        among_link(w)
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

    /// Every character, one at a time: what `Ru::lowercase` must agree with.
    fn lowercase_by_char(text: &str) -> String {
        text.chars().map(lower_char).collect()
    }

    #[test]
    fn lower_case_copies_runs_as_lowering_each_character_would() {
        let mut out = String::new();
        for text in [
            "",
            "Ё",
            "ЁЛКА ёлка Ѐ Ѓ Џ ѐ џ Ѡѡ Ѣѣ Ҙҙ Әә Өө ІӘҢҒҮҰҚӨҺ",
            "«Погибли» — 17 человек… № 5, Ⅳ, ℂ, ÀÉ, ΣΑ, Straße İ",
            "tail byte at the end: я",
        ] {
            Ru::lowercase(text, &mut out);
            assert_eq!(out, lowercase_by_char(text), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn lower_case_agrees_on_any_text(text in "\\PC{0,40}|[А-яЁёЀ-ӿ -~«»—]{0,40}") {
            let mut out = String::new();
            Ru::lowercase(&text, &mut out);
            proptest::prop_assert_eq!(out, lowercase_by_char(&text));
        }
    }

    #[test]
    fn lower_case_keeps_offsets() {
        let mut out = String::new();
        Ru::lowercase("ЁЛКА Погибли 17 Человек", &mut out);
        assert_eq!(out, "елка погибли 17 человек");
        assert_eq!(out.len(), "ЁЛКА Погибли 17 Человек".len());
    }
}
