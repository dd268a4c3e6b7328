//! English words that several tools read: month and weekday names, and
//! number words. One list each, so that the tools agree on what they accept
//! (kz-split dates a report, kz-numbers tells a day of the month from a
//! count, kz-timeline counts days and weeks). The Russian words are in
//! [`ru`], with the same functions; a further language goes beside it.

pub mod ru;

/// `word` in ASCII lower case, if it is short enough to be one of ours.
fn lower<const N: usize>(word: &str) -> Option<([u8; N], usize)> {
    let bytes = word.as_bytes();
    if bytes.len() > N {
        return None;
    }
    let mut buf = [0u8; N];
    for (b, &c) in buf.iter_mut().zip(bytes) {
        *b = c.to_ascii_lowercase();
    }
    Some((buf, bytes.len()))
}

/// Month (1 to 12) of a month name or a usual abbreviation (`Sept`, `Dec`),
/// in any case, without a full stop.
pub fn month_number(word: &str) -> Option<u8> {
    let (buf, n) = lower::<9>(word)?;
    Some(match &buf[..n] {
        b"january" | b"jan" => 1,
        b"february" | b"feb" => 2,
        b"march" | b"mar" => 3,
        b"april" | b"apr" => 4,
        b"may" => 5,
        b"june" | b"jun" => 6,
        b"july" | b"jul" => 7,
        b"august" | b"aug" => 8,
        b"september" | b"sep" | b"sept" => 9,
        b"october" | b"oct" => 10,
        b"november" | b"nov" => 11,
        b"december" | b"dec" => 12,
        _ => return None,
    })
}

/// Day of the week (1 = Monday to 7 = Sunday) of a weekday's full name, in
/// any case.
pub fn weekday_number(word: &str) -> Option<u8> {
    let (buf, n) = lower::<9>(word)?;
    Some(match &buf[..n] {
        b"monday" => 1,
        b"tuesday" => 2,
        b"wednesday" => 3,
        b"thursday" => 4,
        b"friday" => 5,
        b"saturday" => 6,
        b"sunday" => 7,
        _ => return None,
    })
}

/// [`weekday_number`], also of the three-letter abbreviations (`Mon`,
/// `Sun`), which are ordinary words elsewhere than in a date line.
pub fn weekday_or_abbreviation_number(word: &str) -> Option<u8> {
    weekday_number(word).or_else(|| {
        let (buf, n) = lower::<3>(word)?;
        Some(match &buf[..n] {
            b"mon" => 1,
            b"tue" => 2,
            b"wed" => 3,
            b"thu" => 4,
            b"fri" => 5,
            b"sat" => 6,
            b"sun" => 7,
            _ => return None,
        })
    })
}

/// One to nineteen, of a number word in lower case.
pub fn unit_number(word: &str) -> Option<u32> {
    Some(match word {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

/// The words [`unit_number`] reads, one to nineteen in order.
pub const UNIT_WORDS: [&str; 19] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// The words [`tens_number`] reads, twenty to ninety in order.
pub const TENS_WORDS: [&str; 8] =
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// Twenty to ninety, of a number word in lower case.
pub fn tens_number(word: &str) -> Option<u32> {
    Some(match word {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_in_any_case_and_their_abbreviations() {
        assert_eq!(month_number("January"), Some(1));
        assert_eq!(month_number("SEPT"), Some(9));
        assert_eq!(month_number("sep"), Some(9));
        assert_eq!(month_number("May"), Some(5));
        assert_eq!(month_number("dec"), Some(12));
        assert_eq!(month_number("Decade"), None);
        assert_eq!(month_number("Mayor"), None);
        assert_eq!(month_number("Dec."), None);
        assert_eq!(month_number("Septembers"), None);
        assert_eq!(month_number(""), None);
        assert_eq!(month_number("Маy"), None);
    }

    #[test]
    fn weekdays_and_abbreviations_only_when_asked() {
        assert_eq!(weekday_number("Sunday"), Some(7));
        assert_eq!(weekday_number("WEDNESDAY"), Some(3));
        assert_eq!(weekday_number("Sun"), None);
        assert_eq!(weekday_or_abbreviation_number("Sun"), Some(7));
        assert_eq!(weekday_or_abbreviation_number("monday"), Some(1));
        assert_eq!(weekday_or_abbreviation_number("Sunny"), None);
    }

    #[test]
    fn number_words() {
        for (i, w) in UNIT_WORDS.iter().enumerate() {
            assert_eq!(unit_number(w), Some(i as u32 + 1));
        }
        for (i, w) in TENS_WORDS.iter().enumerate() {
            assert_eq!(tens_number(w), Some(20 + 10 * i as u32));
        }
        assert_eq!(unit_number("One"), None, "lower case only");
        assert_eq!(tens_number("forty"), Some(40));
        assert_eq!(tens_number("fourty"), None);
    }
}
