/* quantities.c — placeholder until its issue lands. */
#include "internal.h"

int tj_build_quantities(tj_doc *d) {
    (void)d;
    return 0;
}
