# concepts.awk — turn ext/data/concepts.tsv (the vocabulary of indicator
# concepts, one per line: code, name_zh, aliases, name_en, measure, unit, wdi,
# notes) into rows of a C array, included by ext/core/concepts.c.  Run by the
# build:  awk -F'\t' -f ext/data/concepts.awk ext/data/concepts.tsv > build/gen/concepts_data.inc
# Adding a concept or an alias is a one-line edit of the TSV; nothing else.
function c(s) {
    gsub(/\\/, "\\\\", s)
    gsub(/"/, "\\\"", s)
    gsub(/\r/, "", s)
    return "\"" s "\""
}
BEGIN { print "/* GENERATED from ext/data/concepts.tsv by ext/data/concepts.awk; do not edit. */" }
NR == 1 {
    if ($1 != "code" || $2 != "name_zh" || $3 != "aliases" || $7 != "wdi") {
        print "concepts.awk: unexpected header in " FILENAME > "/dev/stderr"
        exit 1
    }
    next
}
NF >= 7 && $1 != "" { printf "    {%s, %s, %s, %s, %s, %s, %s},\n", c($1), c($2), c($3), c($4), c($5), c($6), c($7) }
