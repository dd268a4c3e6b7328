//! `--emit-keys` / `--from-keys`: the candidate search done by another engine.
//!
//! `--emit-keys` writes, for each compared record, one line per key:
//! `KEY<TAB>N`, KEY 16 hex digits, N the record's number in the stream
//! (1-based, counting every record read). Records that share a key are
//! candidates. Once the lines are grouped by key (`LC_ALL=C sort`, a Spark
//! `groupByKey`, a Hadoop shuffle), `--from-keys FILE` reads them, confirms
//! the candidates and gives exactly what the plain run gives.

use std::io::Write;

use kz_shared::io::{Input, LineReader};
use kz_shared::{Error, Result};

use crate::index::MAX_PER_KEY;

/// Write a record's keys: the exact key as `x` and 16 hex digits, the band
/// keys as `b` and 16 hex digits.
pub fn write_keys(out: &mut impl Write, exact: u64, bands: &[u64], record: u64) -> Result<()> {
    writeln!(out, "x{exact:016x}\t{record}")?;
    for key in bands {
        writeln!(out, "b{key:016x}\t{record}")?;
    }
    Ok(())
}

/// The candidate groups read back: for each record, the groups it is in, and
/// each group's members in stream order. Keys shared by one record only are
/// dropped as they are read.
pub struct KeyGroups {
    members: Vec<u32>,
    group_start: Vec<usize>,
    /// Whether each group is an exact key's.
    exact: Vec<bool>,
    /// (record, group), sorted by record.
    of_record: Vec<(u32, u32)>,
}

impl KeyGroups {
    /// Read a file of `KEY<TAB>N` lines grouped by key (sorted).
    pub fn read(input: &Input) -> Result<KeyGroups> {
        let name = input.name();
        let mut lines = LineReader::new(input.open()?);
        let mut groups =
            KeyGroups { members: Vec::new(), group_start: vec![0], exact: Vec::new(), of_record: Vec::new() };
        let mut current_key: Vec<u8> = Vec::new();
        let mut seen_keys: u64 = 0;
        let mut current: Vec<u32> = Vec::new();
        let mut n = 0u64;
        while let Some(line) = lines.next_line().map_err(|e| Error::io(name.clone(), e))? {
            n += 1;
            if line.is_empty() {
                continue;
            }
            let bad = || Error::data(name.clone(), n, "expected KEY<TAB>RECORD-NUMBER (from --emit-keys)");
            let tab = line.iter().position(|&b| b == b'\t').ok_or_else(bad)?;
            let (key, number) = (&line[..tab], &line[tab + 1..]);
            let record: u32 = std::str::from_utf8(number)
                .ok()
                .and_then(|s| s.trim().parse().ok())
                .filter(|&r| r > 0)
                .ok_or_else(bad)?;
            if seen_keys == 0 || key != current_key.as_slice() {
                if seen_keys > 0 && key < current_key.as_slice() {
                    return Err(Error::data(
                        name.clone(),
                        n,
                        "the keys are not grouped: sort them first (LC_ALL=C sort)",
                    ));
                }
                groups.close(&mut current, current_key.first() == Some(&b'x'));
                current_key.clear();
                current_key.extend_from_slice(key);
                seen_keys += 1;
            }
            current.push(record);
        }
        groups.close(&mut current, current_key.first() == Some(&b'x'));
        groups.of_record.sort_unstable();
        Ok(groups)
    }

    fn close(&mut self, current: &mut Vec<u32>, exact: bool) {
        current.sort_unstable();
        current.dedup();
        if current.len() > 1 {
            let g = (self.group_start.len() - 1) as u32;
            for &r in current.iter() {
                self.of_record.push((r, g));
            }
            self.members.extend_from_slice(current);
            self.group_start.push(self.members.len());
            self.exact.push(exact);
        }
        current.clear();
    }

    /// The kept records that are candidates for record `record`: members of
    /// its groups that came before it and were kept (`kept_as` gives a
    /// record's kept handle), the first MAX_PER_KEY kept ones of each group,
    /// as the in-memory table files them. Those of its exact key go to
    /// `exact` (earliest first), the others to `bands`.
    pub fn candidates(
        &self,
        record: u32,
        kept_as: impl Fn(u32) -> Option<u32>,
        exact: &mut Vec<u32>,
        bands: &mut Vec<u32>,
    ) {
        exact.clear();
        bands.clear();
        let from = self.of_record.partition_point(|&(r, _)| r < record);
        for &(r, g) in &self.of_record[from..] {
            if r != record {
                break;
            }
            let members = &self.members[self.group_start[g as usize]..self.group_start[g as usize + 1]];
            let out = if self.exact[g as usize] { &mut *exact } else { &mut *bands };
            let mut filed = 0;
            for &m in members {
                if m >= record || filed == MAX_PER_KEY {
                    break;
                }
                if let Some(k) = kept_as(m) {
                    out.push(k);
                    filed += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(text: &str) -> Result<KeyGroups> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.tsv");
        std::fs::write(&path, text).unwrap();
        KeyGroups::read(&Input::Path(path))
    }

    #[test]
    fn groups_give_earlier_kept_members() {
        let g = groups("baa\t1\nbaa\t3\nbaa\t2\nbbb\t4\nbcc\t3\nbcc\t5\nxcc\t1\nxcc\t5\n").unwrap();
        let (mut exact, mut out) = (Vec::new(), Vec::new());
        // record 3 meets 1 and 2 (group aa); 2 was not kept
        g.candidates(3, |r| (r != 2).then_some(r * 10), &mut exact, &mut out);
        assert_eq!(out, vec![10]);
        g.candidates(5, Some, &mut exact, &mut out);
        assert_eq!(out, vec![3]);
        assert_eq!(exact, vec![1]);
        g.candidates(4, Some, &mut exact, &mut out);
        assert!(out.is_empty() && exact.is_empty());
    }

    #[test]
    fn unsorted_or_bad_lines_are_errors() {
        let err = groups("bb\t1\naa\t2\n").err().unwrap().to_string();
        assert!(err.contains(":2: the keys are not grouped"), "{err}");
        let err = groups("aa 1\n").err().unwrap().to_string();
        assert!(err.contains(":1: expected KEY<TAB>RECORD-NUMBER"), "{err}");
    }
}
