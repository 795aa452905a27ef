/* test_quantities.c */
#include "unit.h"

void test_quantities(void) {}
