//! Russian words that several tools read: month and weekday names in every
//! case form, and number words (cardinals in every case, the collective
//! numerals used for people, `полтора`). Words are compared in lower case
//! with `ё` read as `е`, as Russian print often drops the diaeresis.
//!
//! Russian declines: "5 июня" (genitive), "в июне" (prepositional), "до
//! семнадцати человек" (genitive), "двое задержанных" (collective). Each
//! function takes one word form and answers for all of them, so a tool does
//! not need its own morphology for these closed classes.

/// `word` in lower case with `ё` as `е`, into `buf`; `None` for words longer
/// than any of ours (so the hot path never allocates).
fn fold<'b>(word: &str, buf: &'b mut [u8; 48]) -> Option<&'b str> {
    if word.len() > buf.len() {
        return None;
    }
    let mut n = 0;
    for c in word.chars() {
        let c = match c {
            'ё' | 'Ё' => 'е',
            'А'..='Я' => char::from_u32(c as u32 + 32)?,
            'A'..='Z' => c.to_ascii_lowercase(),
            _ => c,
        };
        n += c.encode_utf8(&mut buf[n..]).len();
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// `word` is `stem` followed by one of `endings` (an empty ending allowed
/// only when listed).
fn stem_with(word: &str, stem: &str, endings: &[&str]) -> bool {
    word.strip_prefix(stem).is_some_and(|rest| endings.contains(&rest))
}

/// Month (1 to 12) of a Russian month name in any case ("июнь", "июня",
/// "в июне", "январём") or a usual abbreviation ("янв", "сент"), in any
/// letter case, without a full stop.
pub fn month_number(word: &str) -> Option<u8> {
    let mut buf = [0u8; 48];
    let w = fold(word, &mut buf)?;
    // Soft-stem months: январь, января, январю, январём, январе.
    const SOFT: &[&str] = &["ь", "я", "ю", "ем", "е"];
    // Hard-stem months: март, марта, марту, мартом, марте.
    const HARD: &[&str] = &["", "а", "у", "ом", "е"];
    const SOFT_MONTHS: [(&str, u8); 9] = [
        ("январ", 1),
        ("феврал", 2),
        ("апрел", 4),
        ("июн", 6),
        ("июл", 7),
        ("сентябр", 9),
        ("октябр", 10),
        ("ноябр", 11),
        ("декабр", 12),
    ];
    for (stem, n) in SOFT_MONTHS {
        if stem_with(w, stem, SOFT) {
            return Some(n);
        }
    }
    if stem_with(w, "март", HARD) {
        return Some(3);
    }
    if stem_with(w, "август", HARD) {
        return Some(8);
    }
    if stem_with(w, "ма", &["й", "я", "ю", "ем", "е"]) {
        return Some(5);
    }
    Some(match w {
        "янв" => 1,
        "фев" | "февр" => 2,
        "мар" => 3,
        "апр" => 4,
        "авг" => 8,
        "сен" | "сент" => 9,
        "окт" => 10,
        "ноя" | "нояб" => 11,
        "дек" => 12,
        _ => return None,
    })
}

/// Day of the week (1 = Monday to 7 = Sunday) of a Russian weekday name in
/// any case ("в воскресенье", "в пятницу", "со среды на четверг").
pub fn weekday_number(word: &str) -> Option<u8> {
    let mut buf = [0u8; 48];
    let w = fold(word, &mut buf)?;
    // Masculine: понедельник, понедельника, понедельнику, понедельником, понедельнике.
    const MASC: &[&str] = &["", "а", "у", "ом", "е", "и", "ам", "ов"];
    // Feminine: среда, среды, среде, среду, средой.
    const FEM: &[&str] = &["а", "ы", "и", "е", "у", "ой", "ам"];
    if stem_with(w, "понедельник", MASC) {
        return Some(1);
    }
    if stem_with(w, "вторник", MASC) {
        return Some(2);
    }
    if stem_with(w, "сред", FEM) {
        return Some(3);
    }
    if stem_with(w, "четверг", MASC) {
        return Some(4);
    }
    if stem_with(w, "пятниц", FEM) {
        return Some(5);
    }
    if stem_with(w, "суббот", FEM) {
        return Some(6);
    }
    if stem_with(w, "воскресень", &["е", "я", "ю", "ем", "и", "ям"]) {
        return Some(7);
    }
    None
}

/// One to nineteen, of a Russian cardinal in any case and gender ("один",
/// "одной", "две", "двух", "трём", "пятью", "семнадцати").
pub fn unit_number(word: &str) -> Option<u32> {
    let mut buf = [0u8; 48];
    let w = fold(word, &mut buf)?;
    unit_folded(w)
}

fn unit_folded(w: &str) -> Option<u32> {
    Some(match w {
        "один" | "одна" | "одно" | "одного" | "одной" | "одному" | "одну" | "одним" | "одном" | "одною" => {
            1
        }
        "два" | "две" | "двух" | "двум" | "двумя" => 2,
        "три" | "трех" | "трем" | "тремя" => 3,
        "четыре" | "четырех" | "четырем" | "четырьмя" => 4,
        "восемь" | "восьми" | "восемью" | "восьмью" => 8,
        _ => {
            // пять, пяти, пятью; the teens alike: семнадцать, семнадцати, семнадцатью.
            const STEMS: [(&str, u32); 13] = [
                ("пят", 5),
                ("шест", 6),
                ("сем", 7),
                ("девят", 9),
                ("десят", 10),
                ("одиннадцат", 11),
                ("двенадцат", 12),
                ("тринадцат", 13),
                ("четырнадцат", 14),
                ("пятнадцат", 15),
                ("шестнадцат", 16),
                ("семнадцат", 17),
                ("восемнадцат", 18),
            ];
            for (stem, n) in STEMS {
                if stem_with(w, stem, &["ь", "и", "ью"]) {
                    return Some(n);
                }
            }
            if stem_with(w, "девятнадцат", &["ь", "и", "ью"]) {
                return Some(19);
            }
            return None;
        }
    })
}

/// Twenty to ninety, of a Russian cardinal in any case ("двадцать",
/// "двадцати", "сорока", "пятидесяти", "девяноста").
pub fn tens_number(word: &str) -> Option<u32> {
    let mut buf = [0u8; 48];
    let w = fold(word, &mut buf)?;
    Some(match w {
        "двадцать" | "двадцати" | "двадцатью" => 20,
        "тридцать" | "тридцати" | "тридцатью" => 30,
        "сорок" | "сорока" => 40,
        "пятьдесят" | "пятидесяти" | "пятьюдесятью" => 50,
        "шестьдесят" | "шестидесяти" | "шестьюдесятью" => 60,
        "семьдесят" | "семидесяти" | "семьюдесятью" => 70,
        "восемьдесят" | "восьмидесяти" | "восемьюдесятью" => 80,
        "девяносто" | "девяноста" => 90,
        _ => return None,
    })
}

/// One hundred to nine hundred, of a Russian cardinal in any case ("сто",
/// "ста", "двести", "двухсот", "пятистах").
pub fn hundreds_number(word: &str) -> Option<u32> {
    let mut buf = [0u8; 48];
    let w = fold(word, &mut buf)?;
    if w == "сто" || w == "ста" {
        return Some(100);
    }
    // двести / триста / четыреста, then -сот forms: двухсот, двумстам, двумястами, двухстах.
    const WHOLE: [(&str, u32); 3] = [("двести", 200), ("триста", 300), ("четыреста", 400)];
    for (form, n) in WHOLE {
        if w == form {
            return Some(n);
        }
    }
    const OBLIQUE: [(&[&str], u32); 8] = [
        (&["двух", "двум", "двумя"], 200),
        (&["трех", "трем", "тремя"], 300),
        (&["четырех", "четырем", "четырьмя"], 400),
        (&["пят", "пять", "пяти", "пятью"], 500),
        (&["шест", "шесть", "шести", "шестью"], 600),
        (&["сем", "семь", "семи", "семью"], 700),
        (&["восем", "восемь", "восьми", "восемью"], 800),
        (&["девят", "девять", "девяти", "девятью"], 900),
    ];
    for (stems, n) in OBLIQUE {
        for stem in stems {
            if let Some(rest) = w.strip_prefix(stem) {
                if matches!(rest, "сот" | "стам" | "стами" | "стах") {
                    return Some(n);
                }
            }
        }
    }
    None
}

/// Two to ten, of a Russian collective numeral, the usual way to count
/// people ("двое погибших", "трое задержанных", "пятерых", "семерым").
pub fn collective_number(word: &str) -> Option<u32> {
    let mut buf = [0u8; 48];
    let w = fold(word, &mut buf)?;
    const STEMS: [(&str, &str, u32); 9] = [
        ("двое", "двоих", 2),
        ("трое", "троих", 3),
        ("четверо", "четверых", 4),
        ("пятеро", "пятерых", 5),
        ("шестеро", "шестерых", 6),
        ("семеро", "семерых", 7),
        ("восьмеро", "восьмерых", 8),
        ("девятеро", "девятерых", 9),
        ("десятеро", "десятерых", 10),
    ];
    for (nominative, genitive, n) in STEMS {
        if w == nominative || w == genitive {
            return Some(n);
        }
        // Dative and instrumental: двоим, двоими; пятерым, пятерыми.
        let stem = &genitive[..genitive.len() - "х".len()];
        if let Some(rest) = w.strip_prefix(stem) {
            if matches!(rest, "м" | "ми") {
                return Some(n);
            }
        }
    }
    None
}

/// Value of any single Russian number word: a unit, a ten, a hundred or a
/// collective numeral. Compound numbers ("двадцать пять") are read word by
/// word by the tool that needs them; `тысяча` and `миллион` are multipliers
/// and are not here.
pub fn number_word(word: &str) -> Option<u32> {
    unit_number(word)
        .or_else(|| tens_number(word))
        .or_else(|| hundreds_number(word))
        .or_else(|| collective_number(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_in_every_case_and_abbreviated() {
        for (w, n) in [
            ("января", 1),
            ("Январь", 1),
            ("январе", 1),
            ("февраля", 2),
            ("марта", 3),
            ("март", 3),
            ("апреле", 4),
            ("мая", 5),
            ("май", 5),
            ("мае", 5),
            ("июня", 6),
            ("июле", 7),
            ("августа", 8),
            ("сентябре", 9),
            ("октября", 10),
            ("ноябрём", 11),
            ("декабря", 12),
            ("ДЕКАБРЯ", 12),
            ("сент", 9),
            ("янв", 1),
        ] {
            assert_eq!(month_number(w), Some(n), "{w}");
        }
        for w in ["мама", "марш", "маяк", "июнский", "", "маяя", "январский"]
        {
            assert_eq!(month_number(w), None, "{w}");
        }
    }

    #[test]
    fn weekdays_in_every_case() {
        for (w, n) in [
            ("понедельник", 1),
            ("понедельника", 1),
            ("вторник", 2),
            ("среду", 3),
            ("среды", 3),
            ("четверг", 4),
            ("четверга", 4),
            ("пятницу", 5),
            ("пятнице", 5),
            ("субботу", 6),
            ("воскресенье", 7),
            ("Воскресенье", 7),
        ] {
            assert_eq!(weekday_number(w), Some(n), "{w}");
        }
        for w in ["средство", "среда_", "пятницкий", "вторники2"] {
            assert_eq!(weekday_number(w), None, "{w}");
        }
    }

    #[test]
    fn cardinals_in_every_case() {
        for (w, n) in [
            ("один", 1),
            ("одного", 1),
            ("две", 2),
            ("двух", 2),
            ("трёх", 3),
            ("трех", 3),
            ("четырьмя", 4),
            ("пять", 5),
            ("пяти", 5),
            ("семь", 7),
            ("семью", 7),
            ("восьми", 8),
            ("десяти", 10),
            ("одиннадцать", 11),
            ("семнадцати", 17),
            ("девятнадцать", 19),
        ] {
            assert_eq!(unit_number(w), Some(n), "{w}");
        }
        for w in ["пятый", "семья", "десятки", "сема", "пятница"] {
            assert_eq!(unit_number(w), None, "{w}");
        }
        assert_eq!(tens_number("сорока"), Some(40));
        assert_eq!(tens_number("пятидесяти"), Some(50));
        assert_eq!(tens_number("девяноста"), Some(90));
        assert_eq!(hundreds_number("сто"), Some(100));
        assert_eq!(hundreds_number("двести"), Some(200));
        assert_eq!(hundreds_number("трехсот"), Some(300));
        assert_eq!(hundreds_number("пятистах"), Some(500));
        assert_eq!(hundreds_number("девятьсот"), Some(900));
        assert_eq!(hundreds_number("сотни"), None);
    }

    #[test]
    fn collective_numerals_count_people() {
        for (w, n) in [
            ("двое", 2),
            ("двоих", 2),
            ("двоим", 2),
            ("трое", 3),
            ("Пятеро", 5),
            ("пятерых", 5),
            ("семерыми", 7),
            ("десятеро", 10),
        ] {
            assert_eq!(collective_number(w), Some(n), "{w}");
        }
        assert_eq!(collective_number("двор"), None);
        assert_eq!(number_word("трое"), Some(3));
        assert_eq!(number_word("сорок"), Some(40));
        assert_eq!(number_word("тысяча"), None);
    }
}
