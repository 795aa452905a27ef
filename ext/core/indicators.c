/* indicators.c — placeholder until its issue lands. */
#include "internal.h"

int tj_build_indicators(tj_doc *d) {
    (void)d;
    return 0;
}
