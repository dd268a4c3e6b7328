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
///
/// Counted on bytes, in passes the compiler turns into vector code: an
/// ASCII letter is a Latin letter, and the lead bytes 0xD0 to 0xD3 start
/// exactly the Cyrillic block (U+0400 to U+04FF).
pub fn detect(text: &str) -> Lang {
    let bytes = text.as_bytes();
    let (mut latin, mut cyrillic) = (0usize, 0usize);
    // Byte-wide counters over runs of 255 bytes vectorise best.
    for chunk in bytes.chunks(255) {
        let (mut l, mut c) = (0u8, 0u8);
        for &b in chunk {
            l += u8::from((b | 0x20).wrapping_sub(b'a') < 26);
            c += u8::from(b.wrapping_sub(0xD0) < 4);
        }
        latin += usize::from(l);
        cyrillic += usize::from(c);
    }
    if latin + cyrillic < MIN_LETTERS {
        return Lang::Unknown;
    }
    if cyrillic <= latin {
        return Lang::En;
    }
    // Counted on byte pairs, in runs of 255 that vectorise (see
    // [`kazakh_pair`]).
    let mut kazakh = 0usize;
    let mut start = 0;
    while start + 1 < bytes.len() {
        let end = (start + 255).min(bytes.len() - 1);
        let mut n = 0u8;
        for (&a, &b) in bytes[start..end].iter().zip(&bytes[start + 1..end + 1]) {
            n += kazakh_pair(a, b);
        }
        kazakh += usize::from(n);
        start = end;
    }
    // Kazakh letters make up several per cent of Kazakh text; a Russian
    // report that names Қонаев or Өскемен has far fewer.
    if kazakh * 40 >= cyrillic {
        Lang::Kk
    } else {
        Lang::Ru
    }
}

/// 1 when `lead`, `next` are the UTF-8 of a letter of the Kazakh alphabet
/// that Russian lacks: ә, ғ, қ, ң, ө, ұ, ү, һ (all led by 0xD2 or 0xD3, as
/// the rest of the extended Cyrillic block is, which Russian never uses)
/// and і (0xD1 0x96; І 0xD0 0x86); else 0. Arithmetic only, so that a
/// loop over a text turns into vector code.
#[inline]
fn kazakh_pair(lead: u8, next: u8) -> u8 {
    u8::from(lead.wrapping_sub(0xD2) < 2)
        | u8::from(lead == 0xD1 && next == 0x96)
        | u8::from(lead == 0xD0 && next == 0x86)
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
    fn byte_counts_agree_with_the_letters() {
        for (c, kazakh) in [
            ('ә', true),
            ('Ә', true),
            ('ғ', true),
            ('Ғ', true),
            ('қ', true),
            ('Қ', true),
            ('ң', true),
            ('Ң', true),
            ('ө', true),
            ('Ө', true),
            ('ұ', true),
            ('Ұ', true),
            ('ү', true),
            ('Ү', true),
            ('һ', true),
            ('Һ', true),
            ('і', true),
            ('І', true),
            ('а', false),
            ('Я', false),
            ('ё', false),
            ('Ё', false),
            ('ї', false),
            ('Ї', false),
            ('ы', false),
        ] {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(kazakh_pair(b[0], b[1]) == 1, kazakh, "{c}");
        }
        // Letters outside the Cyrillic block are not counted as Cyrillic.
        assert_eq!(detect("ԱԲԳԴԵԶԷԸԹԺ"), Lang::Unknown);
        assert_eq!(detect("éèêëàâîïôû abc"), Lang::Unknown);
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
