complete -c kz-entities -s o -l output -d 'Write to FILE instead of standard output; the file is replaced only when the run succeeds (written to a temporary file, then renamed)' -r -F
complete -c kz-entities -l field -d 'The field that holds the text to read' -r
complete -c kz-entities -l rejects -d 'Write bad input lines verbatim to FILE and go on, instead of stopping at the first one' -r -F
complete -c kz-entities -l gazetteer -d 'Add or override gazetteer entries from a CSV file with the columns name,type,aliases,lat,lon,id (aliases separated by `;`); may be repeated' -r -F
complete -c kz-entities -s q -l quiet -d 'Print no warnings and no closing summary (errors are still printed)'
complete -c kz-entities -l strict -d 'Stop at the first record with a field in the wrong shape (a `numbers` that is not an array, a `published` that is not a date…) instead of warning and going on'
complete -c kz-entities -l stats -d 'Print a closing summary on standard error (records read, with replaced characters, rejected), also when nothing went wrong'
complete -c kz-entities -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kz-entities -s V -l version -d 'Print version'
