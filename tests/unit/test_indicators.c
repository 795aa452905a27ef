/* test_indicators.c */
#include "unit.h"

void test_indicators(void) {}
