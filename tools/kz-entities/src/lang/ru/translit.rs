//! Cyrillic to Latin letters for the canonical `name` of a Russian or Kazakh
//! name no list has, by BGN/PCGN (the romanization of Russian used by the US
//! and British geographic names boards, and close to what English-language
//! news in Kazakhstan writes): `Ерлан` → `Yerlan`, `Токаев` → `Tokayev`,
//! `Жолдошев` → `Zholdoshev`, `Мирзиёев` → `Mirziyoyev`, `Хорог` → `Khorog`.
//!
//! The simplified form is used: no apostrophes for the hard and soft signs
//! and no diacritics (`Гульзор` → `Gulzor`, `Артём` → `Artyom`). `е` is `ye`
//! at the start of a word and after a vowel or a sign, `e` elsewhere; `ё` is
//! `yo` (`e` after ж ч ш щ); `й` is `y` (`Айдос` → `Aydos`). As English
//! writes adjectives, `-ский`, `-цкий` and `-ый` at the end of a word are
//! `-sky`, `-tsky`, `-y` (`Октябрьский` → `Oktyabrsky`, `Басманный` →
//! `Basmanny`); other `-ий` stay `-iy`. Common Russian given names keep the
//! spelling English gives them (`Николай` → `Nikolai`, `Сергей` →
//! `Sergei`, `Дмитрий` → `Dmitry`; [`GIVEN_NAMES_EN`]).
//! Kazakh letters take the nearest Russian one's spelling: ә `a`, ғ `g`,
//! қ `k`, ң `ng`, ө `o`, ұ ү `u`, һ `h`, і `i`. Latin letters, digits and
//! punctuation are kept; a word written in capitals stays in capitals
//! (`МВД` → `MVD`).

use crate::tokens::is_letter;

fn is_vowel(c: char) -> bool {
    matches!(c, 'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'ә' | 'ө' | 'ұ' | 'ү' | 'і')
}

/// The Latin spelling of one lower-case Cyrillic letter after `prev` (the
/// lower-case letter before it, `None` at the start of a word).
fn letter(c: char, prev: Option<char>) -> Option<&'static str> {
    let soft_start = prev.map_or(true, |p| is_vowel(p) || matches!(p, 'ъ' | 'ь' | 'й'));
    Some(match c {
        'а' | 'ә' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ғ' => "g",
        'д' => "d",
        'е' => {
            if soft_start {
                "ye"
            } else {
                "e"
            }
        }
        'ё' => {
            if matches!(prev, Some('ж' | 'ч' | 'ш' | 'щ')) {
                "e"
            } else {
                "yo"
            }
        }
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' => "i",
        'й' => "y",
        'к' | 'қ' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'ң' => "ng",
        'о' | 'ө' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ұ' | 'ү' => "u",
        'ф' => "f",
        'х' => "kh",
        'һ' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'э' => "e",
        'ю' => "yu",
        'я' => "ya",
        _ => return None,
    })
}

/// Common Russian given names in the spelling English gives them.
pub const GIVEN_NAMES_EN: &[(&str, &str)] = &[
    ("николай", "Nikolai"),
    ("сергей", "Sergei"),
    ("алексей", "Alexei"),
    ("андрей", "Andrei"),
    ("дмитрий", "Dmitry"),
    ("юрий", "Yury"),
    ("евгений", "Yevgeny"),
    ("василий", "Vasily"),
    ("анатолий", "Anatoly"),
    ("аркадий", "Arkady"),
    ("виталий", "Vitaly"),
    ("георгий", "Georgy"),
    ("григорий", "Grigory"),
    ("валерий", "Valery"),
    ("геннадий", "Gennady"),
    ("александр", "Alexander"),
    ("мария", "Maria"),
    ("наталья", "Natalia"),
    ("юлия", "Yulia"),
    ("татьяна", "Tatiana"),
];

/// `text` in Latin letters (see the module's notes); words keep their case.
pub fn to_latin(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(start) = rest.find(is_letter) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find(|c: char| !is_letter(c)).unwrap_or(rest.len());
        word_to_latin(&rest[..end], &mut out);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn word_to_latin(word: &str, out: &mut String) {
    let chars: Vec<char> = word.chars().collect();
    let lower: Vec<char> = chars.iter().map(|c| c.to_lowercase().next().unwrap_or(*c)).collect();
    let lower_word: String = lower.iter().collect();
    // A word in capitals (two letters or more) stays in capitals.
    let upper = chars.len() >= 2 && chars.iter().all(|c| !c.is_lowercase());
    if let Some((_, en)) = GIVEN_NAMES_EN.iter().find(|(ru, _)| *ru == lower_word) {
        out.push_str(&if upper { en.to_uppercase() } else { en.to_string() });
        return;
    }
    // `-ский`, `-цкий`, `-ый` at the end: `-sky`, `-tsky`, `-y`.
    let n = lower.len();
    let adjectival = n > 3
        && ((lower[n - 2] == 'и' && lower[n - 1] == 'й' && matches!(lower[n - 3], 'к'))
            || (lower[n - 2] == 'ы' && lower[n - 1] == 'й'));
    let mut prev: Option<char> = None;
    for (i, (&c, &l)) in chars.iter().zip(&lower).enumerate() {
        let latin = if adjectival && i == n - 2 {
            Some("y")
        } else if adjectival && i == n - 1 {
            Some("")
        } else {
            letter(l, prev)
        };
        match latin {
            Some(latin) if upper => out.push_str(&latin.to_uppercase()),
            Some(latin) if c.is_uppercase() => {
                let mut it = latin.chars();
                if let Some(f) = it.next() {
                    out.extend(f.to_uppercase());
                    out.push_str(it.as_str());
                }
            }
            Some(latin) => out.push_str(latin),
            None => out.push(c),
        }
        prev = Some(l);
    }
}

/// Whether `text` has a Cyrillic letter.
pub fn has_cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::to_latin;

    #[test]
    fn names_in_bgn_pcgn() {
        for (ru, en) in [
            ("Ерлан Тургумбаев", "Yerlan Turgumbayev"),
            ("Токаев", "Tokayev"),
            ("Кылычбек Жолдошев", "Kylychbek Zholdoshev"),
            ("Шавкат Мирзиёев", "Shavkat Mirziyoyev"),
            ("Рахмон Гульзор", "Rakhmon Gulzor"),
            ("Хорог", "Khorog"),
            ("Щучинск", "Shchuchinsk"),
            ("Джалал-Абад", "Dzhalal-Abad"),
            ("Ахматбек Келдибеков", "Akhmatbek Keldibekov"),
            ("Октябрьский", "Oktyabrsky"),
            ("Басманный", "Basmanny"),
            ("Дмитрий Николай", "Dmitry Nikolai"),
            ("Новый Узень", "Novy Uzen"),
            ("Артём Хрущёв", "Artyom Khrushchev"),
            ("Подъезд", "Podyezd"),
            ("Қонаев Өскемен", "Konayev Oskemen"),
            ("Яна Юсупова", "Yana Yusupova"),
            ("Айдос Кайратов", "Aydos Kayratov"),
            ("Сергей Толстой", "Sergei Tolstoy"),
            ("Абай Нуртай", "Abay Nurtay"),
            ("Майя Кадырова", "Mayya Kadyrova"),
        ] {
            assert_eq!(to_latin(ru), en, "{ru}");
        }
    }

    #[test]
    fn capitals_latin_letters_and_punctuation_are_kept() {
        assert_eq!(to_latin("МВД"), "MVD");
        assert_eq!(to_latin("ЖАНАОЗЕН"), "ZHANAOZEN");
        assert_eq!(to_latin("АКИpress"), "AKIpress");
        assert_eq!(to_latin("Газета.uz"), "Gazeta.uz");
        assert_eq!(to_latin("Ж. Бусурманкулов"), "Zh. Busurmankulov");
        assert_eq!(to_latin("Хабар 24"), "Khabar 24");
    }
}
