/* test_periods.c */
#include "unit.h"

void test_periods(void) {}
