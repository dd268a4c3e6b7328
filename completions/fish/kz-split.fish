complete -c kz-split -s o -l output -d 'Write to FILE instead of standard output; the file is replaced only when the run succeeds (written to a temporary file, then renamed)' -r -F
complete -c kz-split -l field -d 'The field that holds the text to read' -r
complete -c kz-split -l rejects -d 'Write bad input lines verbatim to FILE and go on, instead of stopping at the first one' -r -F
complete -c kz-split -l from -d 'Input format; by default from the file name (`.jsonl`/`.ndjson`, `.csv`), else text' -r -f -a "text\t'One article per file, UTF-8 text'
jsonl\t'One JSON object a line, the text in `--field`'
csv\t'A header row, then one article a row, the text in the `--field` column'"
complete -c kz-split -l unit -d 'What one output record holds' -r -f -a "sentence\t'One record per sentence (the headline is one too, `para` 0)'
para\t'One record per paragraph (the headline is `para` 0)'
doc\t'One record per document: the article text without metadata and boilerplate, paragraphs separated by a blank line'"
complete -c kz-split -l published -d 'Publication date (YYYY-MM-DD, or as news sites write it) for documents that state none' -r
complete -c kz-split -l lang -d 'Language of documents whose input gives none (`en`, `ru`, `kk`, `und`); by default each document\'s is told from its text' -r
complete -c kz-split -l files-from -d 'Also read the files named in LIST, one path a line (`-`: standard input), after the FILE arguments; names are read as they are needed, so a list may be longer than a command line can hold' -r -F
complete -c kz-split -s q -l quiet -d 'Print no warnings and no closing summary (errors are still printed)'
complete -c kz-split -l strict -d 'Stop at the first record with a field in the wrong shape (a `numbers` that is not an array, a `published` that is not a date…) instead of warning and going on'
complete -c kz-split -l stats -d 'Print a closing summary on standard error (records read, with replaced characters, rejected), also when nothing went wrong'
complete -c kz-split -l keep-boilerplate -d 'Keep site boilerplate (share lines, ad-blocker pleas, `***`, …) as article text'
complete -c kz-split -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kz-split -s V -l version -d 'Print version'
