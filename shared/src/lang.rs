//! The language of a text, for tools that pick their rules by language.
//!
//! kz-split sets `lang` on every record from the whole document; the other
//! tools read that field and fall back to [`detect`] on the record's own text
//! when it is missing. The test is cheap and needs no model: the script of
//! the letters decides Cyrillic from Latin, and the letters only Kazakh
//! Cyrillic has (ә, ғ, қ, ң, ө, ұ, ү, һ, і) tell Kazakh from Russian. A
//! Russian report that quotes English names, or an English one that quotes
//! a Russian slogan, keeps the language of most of its letters.

/// A language the tools know, or `Unknown` when a text has too few letters
/// to tell (numbers, punctuation, a name alone).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Ru,
    Kk,
    Unknown,
}

impl Lang {
    /// The ISO 639-1 code written in the `lang` field.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
            Lang::Unknown => "und",
        }
    }

    /// The language of a `lang` field's value (`en`, `ru`, `kk`; also
    /// region-tagged codes such as `ru-KZ`), `None` for anything else.
    pub fn from_code(code: &str) -> Option<Lang> {
        let base = code.split(['-', '_']).next().unwrap_or("");
        Some(match base.to_ascii_lowercase().as_str() {
            "en" => Lang::En,
            "ru" => Lang::Ru,
            "kk" | "kz" => Lang::Kk,
            "und" => Lang::Unknown,
            _ => return None,
        })
    }

    /// Whether a text in this language is written in Cyrillic letters.
    pub fn is_cyrillic(self) -> bool {
        matches!(self, Lang::Ru | Lang::Kk)
    }
}

/// Letters needed before a guess is made: a headline or a short sentence is
/// enough, a lone name or a figure is not.
const MIN_LETTERS: usize = 8;

/// The language of `text`, from its letters (see the module's notes).
pub fn detect(text: &str) -> Lang {
    let mut latin = 0usize;
    let mut cyrillic = 0usize;
    let mut kazakh = 0usize;
    for c in text.chars() {
        match c {
            'a'..='z' | 'A'..='Z' => latin += 1,
            '\u{0400}'..='\u{04FF}' => {
                cyrillic += 1;
                if matches!(
                    c,
                    'ә' | 'Ә'
                        | 'ғ'
                        | 'Ғ'
                        | 'қ'
                        | 'Қ'
                        | 'ң'
                        | 'Ң'
                        | 'ө'
                        | 'Ө'
                        | 'ұ'
                        | 'Ұ'
                        | 'ү'
                        | 'Ү'
                        | 'һ'
                        | 'Һ'
                        | 'і'
                        | 'І'
                ) {
                    kazakh += 1;
                }
            }
            _ => {}
        }
    }
    if latin + cyrillic < MIN_LETTERS {
        return Lang::Unknown;
    }
    if cyrillic > latin {
        // Kazakh letters make up several per cent of Kazakh text; a Russian
        // report that names Қонаев or Өскемен has far fewer.
        if kazakh * 40 >= cyrillic {
            Lang::Kk
        } else {
            Lang::Ru
        }
    } else {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_decides_and_quotes_do_not() {
        assert_eq!(detect("Six people were killed in Aktobe."), Lang::En);
        assert_eq!(detect("В Актобе погибли шесть человек."), Lang::Ru);
        assert_eq!(detect("Протестующие скандировали «Шал кет!», сообщает Reuters."), Lang::Ru);
        assert_eq!(detect("Protesters chanted \"Шал, кет!\" outside the akimat on Sunday."), Lang::En);
        assert_eq!(detect("Ақтөбе қаласында алты адам қаза тапты, деп хабарлады полиция."), Lang::Kk);
        assert_eq!(detect("В Өскемене прошёл митинг, задержаны десятки человек."), Lang::Ru);
        assert_eq!(detect("2016"), Lang::Unknown);
        assert_eq!(detect("Aktobe"), Lang::Unknown);
    }

    #[test]
    fn codes_round_trip() {
        for lang in [Lang::En, Lang::Ru, Lang::Kk, Lang::Unknown] {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("ru-KZ"), Some(Lang::Ru));
        assert_eq!(Lang::from_code("fr"), None);
        assert!(Lang::Ru.is_cyrillic());
        assert!(!Lang::En.is_cyrillic());
    }
}
