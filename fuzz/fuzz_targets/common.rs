// Shared by the fuzz targets (included with `include!`): every annotation of
// a text must select, by its character offsets, exactly its own text.

#[allow(dead_code)]
fn check_char_spans(text: &str, items: &serde_json::Value) {
    let chars: Vec<char> = text.chars().collect();
    for item in items.as_array().expect("an array of annotations") {
        let start = item["start"].as_u64().unwrap() as usize;
        let end = item["end"].as_u64().unwrap() as usize;
        assert!(start <= end && end <= chars.len(), "span {start}..{end} of {}", chars.len());
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(item["text"].as_str().unwrap(), slice);
    }
}

#[allow(dead_code)]
fn check_byte_span(text: &str, start: usize, end: usize) {
    assert!(start <= end && end <= text.len(), "span {start}..{end} of {}", text.len());
    assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
}
