/*
 * lexicon.h — tongji's vocabulary: every word table, as data, in lexicon.c.
 * A new unit, verb or scope word is a one-line change there.
 */
#ifndef TONGJI_LEXICON_H
#define TONGJI_LEXICON_H

#include "wordset.h"

/* One wordset per concept; the meaning of tag/arg is given per table in
 * lexicon.c. */
typedef struct tj_lexicon {
    tj_wordset units;       /* units and classifiers: tag = TJ_Q_* kind */
    tj_wordset nav_lines;   /* lines of saved web pages that are never text */
} tj_lexicon;

int tj_lexicon_init(tj_lexicon *lx); /* 0 or -1 */
void tj_lexicon_free(tj_lexicon *lx);

#endif
