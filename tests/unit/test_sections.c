/* test_sections.c */
#include "unit.h"

void test_sections(void) {}
