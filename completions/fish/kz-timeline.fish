complete -c kz-timeline -s o -l output -d 'Write to FILE instead of standard output; the file is replaced only when the run succeeds (written to a temporary file, then renamed)' -r -F
complete -c kz-timeline -l field -d 'The field that holds the text to read' -r
complete -c kz-timeline -l rejects -d 'Write bad input lines verbatim to FILE and go on, instead of stopping at the first one' -r -F
complete -c kz-timeline -l anchor -d 'Resolve the dates of records without `published` against DATE (YYYY-MM-DD)' -r
complete -c kz-timeline -l by -d 'Group by incident (one record per incident) or by date' -r -f -a "incident\t'One record per incident: place, dates, kind, actors, tolls across outlets and days'
date\t'One entry per date, with the claims of every outlet'"
complete -c kz-timeline -l window -d 'Days within which reports of one place tell of one incident (--by incident)' -r
complete -c kz-timeline -l format -d 'Output format of the timeline' -r -f -a "jsonl\t'One JSON object per incident (or date)'
csv\t'One row per claim, for spreadsheets (see --schema for ACLED\'s and GED\'s columns)'
md\t'A readable Markdown table, for a report'
geojson\t'An RFC 7946 FeatureCollection for QGIS, kepler.gl or geojson.io'
html\t'A single self-contained HTML page: map, charts of the tolls, sentences (--by incident)'"
complete -c kz-timeline -l schema -d 'Columns of --format csv: kz\'s own, or those of ACLED or UCDP GED (--by incident)' -r -f -a "kz\t'kz\'s own: one row per incident and claim'
acled\t'An ACLED export\'s: one row per incident (--by incident)'
ged\t'UCDP GED\'s: one row per incident (--by incident)'"
complete -c kz-timeline -l from -d 'What the input records are: sentences, or incident records to render again' -r -f -a "sentences\t'Sentence records (kz-split | kz-entities | kz-numbers)'
incidents\t'Incident records that `--by incident` wrote (saved, perhaps corrected by hand): rendered again'"
complete -c kz-timeline -s q -l quiet -d 'Print no warnings and no closing summary (errors are still printed)'
complete -c kz-timeline -l strict -d 'Stop at the first record with a field in the wrong shape (a `numbers` that is not an array, a `published` that is not a date…) instead of warning and going on'
complete -c kz-timeline -l stats -d 'Print a closing summary on standard error (records read, with replaced characters, rejected), also when nothing went wrong'
complete -c kz-timeline -l annotate -d 'Add `times` to each record instead of building the timeline'
complete -c kz-timeline -l keep-undated -d 'Put dates of unknown year and undated sentences (or incidents) at the end (the default)'
complete -c kz-timeline -l drop-undated -d 'Leave out dates of unknown year and undated sentences (or incidents)'
complete -c kz-timeline -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kz-timeline -s V -l version -d 'Print version'
