/* main.c — a program that links libtongji.a and SQLite, registers tongji with
 * sqlite3_auto_extension() and uses it: the static library works as documented
 * in tongji.h.  Prints what it found; exits non-zero on any failure. */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "tongji.h"

int main(void) {
    if (sqlite3_auto_extension((void (*)(void))sqlite3_tongji_init) != SQLITE_OK) return 1;
    sqlite3 *db;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 2;
    sqlite3_stmt *st;
    const char *sql = "SELECT tongji_version(), cn_number('8203.2亿'), "
                      "(SELECT group_concat(subject || ':' || value || coalesce(unit, ''), ', ') "
                      " FROM indicators('全年地区生产总值增长5.2%，外贸进出口8203.2亿元。', 2023))";
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
        return 3;
    }
    if (sqlite3_step(st) != SQLITE_ROW) return 4;
    printf("%s | %lld | %s\n", (const char *)sqlite3_column_text(st, 0), (long long)sqlite3_column_int64(st, 1),
           (const char *)sqlite3_column_text(st, 2));
    int ok = strncmp((const char *)sqlite3_column_text(st, 0), "v", 1) == 0 &&
             sqlite3_column_int64(st, 1) == 820320000000LL;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return ok ? 0 : 5;
}
