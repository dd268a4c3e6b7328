//! Cyrillic to Latin letters for the canonical `name` of a Russian or Kazakh
//! name no list has, by BGN/PCGN (the romanization of Russian used by the US
//! and British geographic names boards, and close to what English-language
//! news in Kazakhstan writes): `Ерлан` → `Yerlan`, `Токаев` → `Tokayev`,
//! `Жолдошев` → `Zholdoshev`, `Мирзиёев` → `Mirziyoyev`, `Хорог` → `Khorog`.
//!
//! The simplified form is used: no apostrophes for the hard and soft signs
//! and no diacritics (`Гульзор` → `Gulzor`, `Артём` → `Artyom`). `е` is `ye`
//! at the start of a word and after a vowel or a sign, `e` elsewhere; `ё` is
//! `yo` (`e` after ж ч ш щ); `й` is `y`, so `-ий` is `-iy` and `-ый` `-yy`.
//! One change, as Kazakh passports and the English-language press of
//! Kazakhstan spell it: `й` after `а е о у я ю э` and before a consonant or
//! at the end of a word is `i` (`Айдос` → `Aidos`, `Кайрат` → `Kairat`,
//! `Абай` → `Abai`, `Сергей` → `Sergei`), but `-ой` stays `-oy` (`Толстой`).
//! Kazakh letters take the nearest Russian one's spelling: ә `a`, ғ `g`,
//! қ `k`, ң `ng`, ө `o`, ұ ү `u`, һ `h`, і `i`. Latin letters, digits and
//! punctuation are kept; a word written in capitals stays in capitals
//! (`МВД` → `MVD`).

fn is_vowel(c: char) -> bool {
    matches!(c, 'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'ә' | 'ө' | 'ұ' | 'ү' | 'і')
}

/// The Latin spelling of one lower-case Cyrillic letter after `prev` (the
/// lower-case letter before it, `None` at the start of a word) and before
/// `next` (`None` at the end of a word).
fn letter(c: char, prev: Option<char>, next: Option<char>) -> Option<&'static str> {
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
        'й' => {
            let after_vowel = matches!(prev, Some('а' | 'е' | 'у' | 'я' | 'ю' | 'э' | 'ә'))
                || (prev == Some('о') && next.is_some());
            let before_consonant = next.map_or(true, |n| !is_vowel(n) && n.is_alphabetic());
            if after_vowel && before_consonant {
                "i"
            } else {
                "y"
            }
        }
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

/// `text` in Latin letters (see the module's notes); words keep their case.
pub fn to_latin(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word_upper = false;
    let mut prev: Option<char> = None;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphabetic() {
            out.push(c);
            prev = None;
            continue;
        }
        if prev.is_none() {
            // A word in capitals (two letters or more) stays in capitals.
            let word: Vec<char> = chars[i..].iter().copied().take_while(|c| c.is_alphabetic()).collect();
            word_upper = word.len() >= 2 && word.iter().all(|c| !c.is_lowercase());
        }
        let lower = c.to_lowercase().next().unwrap_or(c);
        let next =
            chars.get(i + 1).filter(|n| n.is_alphabetic()).map(|n| n.to_lowercase().next().unwrap_or(*n));
        match letter(lower, prev, next) {
            Some(latin) => {
                if word_upper {
                    out.push_str(&latin.to_uppercase());
                } else if c.is_uppercase() {
                    let mut it = latin.chars();
                    if let Some(f) = it.next() {
                        out.extend(f.to_uppercase());
                        out.push_str(it.as_str());
                    }
                } else {
                    out.push_str(latin);
                }
            }
            None => out.push(c),
        }
        prev = Some(lower);
    }
    out
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
            ("Октябрьский", "Oktyabrskiy"),
            ("Новый Узень", "Novyy Uzen"),
            ("Артём Хрущёв", "Artyom Khrushchev"),
            ("Подъезд", "Podyezd"),
            ("Қонаев Өскемен", "Konayev Oskemen"),
            ("Яна Юсупова", "Yana Yusupova"),
            ("Айдос Кайратов", "Aidos Kairatov"),
            ("Сергей Толстой", "Sergei Tolstoy"),
            ("Абай Нуртай", "Abai Nurtai"),
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
