//! Russian words that republishers write in more than one way: units in
//! every case form and their abbreviations ("100 километров" = "100 км"),
//! multipliers and vague amounts ("тыс." = "тысяч"). The number words
//! themselves ("семнадцати", "двое") are `kz_shared::words::ru`'s.
//!
//! Words come in lower case with `ё` read as `е`.

/// Case endings of a masculine noun with a hard stem (километр, километра,
/// километру, километром, километре, километры, километров, километрам,
/// километрами, километрах).
const HARD: &[&str] = &["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"];

/// Case endings of a feminine noun in -а (тонна, тонны, тонне, тонну,
/// тонной, тонн, тоннам, тоннами, тоннах).
const FEMININE: &[&str] = &["а", "ы", "е", "у", "ой", "ою", "", "ам", "ами", "ах"];

/// Stems, their endings, and the word they are read as (the English short
/// form, so that both languages meet on the same words for units).
const STEMS: &[(&str, &[&str], &str)] = &[
    ("километр", HARD, "km"),
    ("метр", HARD, "m"),
    ("сантиметр", HARD, "cm"),
    ("миллиметр", HARD, "mm"),
    ("килограмм", HARD, "kg"),
    ("грамм", HARD, "g"),
    ("литр", HARD, "l"),
    ("гектар", HARD, "ha"),
    ("процент", HARD, "percent"),
    ("миллион", HARD, "million"),
    ("миллиард", HARD, "billion"),
    ("тонн", FEMININE, "t"),
    ("дюжин", FEMININE, "dozen"),
];

/// Abbreviations and forms outside the stems above.
const WORDS: &[(&str, &str)] = &[
    ("км", "km"),
    ("м", "m"),
    ("см", "cm"),
    ("мм", "mm"),
    ("кг", "kg"),
    ("т", "t"),
    ("га", "ha"),
    ("млн", "million"),
    ("млрд", "billion"),
    ("тыс", "thousand"),
    ("чел", "человек"),
];

/// Abbreviations that a full stop follows inside a sentence, before a name
/// ("г. Алматы", "ул. Абая", "им. Абая").
pub const TITLES: &[&str] =
    &["г", "гг", "ул", "пр", "им", "пос", "обл", "р", "с", "д", "ген", "полк", "проф"];

/// Multipliers and vague amounts, counted as numbers.
fn amount(word: &str) -> Option<&'static str> {
    if let Some(rest) = word.strip_prefix("тысяч") {
        if ["а", "и", "е", "у", "ей", "ью", "", "ам", "ами", "ах"].contains(&rest) {
            return Some("thousand");
        }
    }
    match word {
        "десяток" | "десятка" | "десятку" | "десятком" | "десятке" | "десятки" | "десятков" | "десяткам"
        | "десятками" | "десятках" => Some("dozens"),
        "сотня" | "сотни" | "сотне" | "сотню" | "сотней" | "сотен" | "сотням" | "сотнями" | "сотнях" => {
            Some("hundreds")
        }
        _ => None,
    }
}

/// What a Russian word is read as: a number value, an amount (its English
/// word), another word, or nothing.
pub enum Reading {
    Value(u32),
    Amount(&'static str),
    Word(&'static str),
}

/// `word` must be in lower case with `ё` as `е`.
pub fn reading(word: &str) -> Option<Reading> {
    if let Some(v) = kz_shared::words::ru::number_word(word) {
        return Some(Reading::Value(v));
    }
    if let Some(a) = amount(word) {
        return Some(Reading::Amount(a));
    }
    if let Some(&(_, w)) = WORDS.iter().find(|(form, _)| *form == word) {
        return Some(if ["million", "billion", "thousand"].contains(&w) {
            Reading::Amount(w)
        } else {
            Reading::Word(w)
        });
    }
    for &(stem, endings, w) in STEMS {
        if let Some(rest) = word.strip_prefix(stem) {
            if endings.contains(&rest) {
                return Some(if ["million", "billion", "dozen"].contains(&w) {
                    Reading::Amount(w)
                } else {
                    Reading::Word(w)
                });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(word: &str) -> Option<String> {
        reading(word).map(|r| match r {
            Reading::Value(v) => format!("={v}"),
            Reading::Amount(a) => format!("#{a}"),
            Reading::Word(w) => w.to_string(),
        })
    }

    #[test]
    fn units_in_every_case_and_abbreviated() {
        for w in ["км", "километр", "километров", "километрах", "километра"]
        {
            assert_eq!(read(w).as_deref(), Some("km"), "{w}");
        }
        assert_eq!(read("тонн").as_deref(), Some("t"));
        assert_eq!(read("тоннами").as_deref(), Some("t"));
        assert_eq!(read("процентов").as_deref(), Some("percent"));
        // the underground is not a metre, nor a tonnage a tonne
        assert_eq!(read("метро"), None);
        assert_eq!(read("тоннаж"), None);
        assert_eq!(read("тоннель"), None);
    }

    #[test]
    fn numbers_and_amounts() {
        assert_eq!(read("семнадцати").as_deref(), Some("=17"));
        assert_eq!(read("двое").as_deref(), Some("=2"));
        assert_eq!(read("тыс").as_deref(), Some("#thousand"));
        assert_eq!(read("тысячи").as_deref(), Some("#thousand"));
        assert_eq!(read("млн").as_deref(), Some("#million"));
        assert_eq!(read("миллионов").as_deref(), Some("#million"));
        assert_eq!(read("десятки").as_deref(), Some("#dozens"));
        assert_eq!(read("сотрудники"), None);
        assert_eq!(read("сотни").as_deref(), Some("#hundreds"));
    }
}
