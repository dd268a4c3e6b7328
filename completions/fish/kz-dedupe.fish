complete -c kz-dedupe -s o -l output -d 'Write to FILE instead of standard output; the file is replaced only when the run succeeds (written to a temporary file, then renamed)' -r -F
complete -c kz-dedupe -l field -d 'The field that holds the text to read' -r
complete -c kz-dedupe -l rejects -d 'Write bad input lines verbatim to FILE and go on, instead of stopping at the first one' -r -F
complete -c kz-dedupe -l key -d 'Field(s) to compare; repeat for several (`--key title --key text`). Default: the --field (text)' -r
complete -c kz-dedupe -l measure -d 'How alike two records are: `jaccard`, the shingles they share over all their shingles (a copy is about as long as its source), or `containment`, the shingles they share over those of the shorter (a copy may be cut short or lose a clause; the shorter counts as at least 10 words and a third of the longer). `similarity` reports this measure' -r -f -a "jaccard\t''
containment\t''"
complete -c kz-dedupe -l threshold -d 'Similarity of the shingle sets (by --measure) at or above which two records are duplicates (1 = same shingles) [default: 0.8 for jaccard, 0.6 for containment]' -r
complete -c kz-dedupe -l shingle -d 'Words per shingle (shingles run over the start and end of the key, so a one-word key has some too)' -r
complete -c kz-dedupe -l sketch -d 'Shingle hashes kept per record to confirm candidates: exact Jaccard up to this many shingles, an estimate beyond (4 bytes each)' -r
complete -c kz-dedupe -l bands -d 'LSH bands (default: chosen from the threshold); needs --rows' -r
complete -c kz-dedupe -l rows -d 'Min-hashes per LSH band (default: chosen from the threshold); needs --bands' -r
complete -c kz-dedupe -l within -d 'Compare only records with the same value of FIELD (`--within doc`: repeats inside one document); records without it pass through' -r
complete -c kz-dedupe -l from-keys -d 'Take the candidates from FILE (--emit-keys output grouped by key, e.g. with LC_ALL=C sort) instead of finding them; use the same options as for --emit-keys' -r -F
complete -c kz-dedupe -s q -l quiet -d 'Print no warnings and no closing summary (errors are still printed)'
complete -c kz-dedupe -l strict -d 'Stop at the first record with a field in the wrong shape (a `numbers` that is not an array, a `published` that is not a date…) instead of warning and going on'
complete -c kz-dedupe -l stats -d 'Print a closing summary on standard error (records read, with replaced characters, rejected), also when nothing went wrong'
complete -c kz-dedupe -l mark -d 'Keep every record; add `cluster` (group number, from 1) to compared records and `dup_of` (the first record\'s doc and sent or para, or its line) and `similarity` to duplicates'
complete -c kz-dedupe -l clusters -d 'Print one line per group of two or more: cluster, size, members (doc/sent or line; similarity to the first)'
complete -c kz-dedupe -l emit-keys -d 'Print the LSH keys of each record (KEY<TAB>RECORD-NUMBER) for an external engine to group, instead of deduplicating'
complete -c kz-dedupe -l numbers-may-differ -d 'Let near duplicates differ in their numbers (and, with containment, their names)'
complete -c kz-dedupe -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kz-dedupe -s V -l version -d 'Print version'
