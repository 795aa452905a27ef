/*
 * tongji.h — embedding tongji in a program that links SQLite itself.
 *
 * Link libtongji.a (built with SQLITE_CORE; `make static` or `make install`)
 * with -lsqlite3 -lpcre2-8 -lm (or `pkg-config --libs --static tongji`), and
 * register the extension for every connection the program opens:
 *
 *     #include <sqlite3.h>
 *     #include <tongji.h>
 *     sqlite3_auto_extension((void (*)(void))sqlite3_tongji_init);
 *
 * or for one connection: sqlite3_tongji_init(db, &errmsg, NULL).
 * The shared library (tongji.so) is loaded with `.load`,
 * sqlite3_load_extension() or the host language's load_extension().
 */
#ifndef TONGJI_H
#define TONGJI_H

#include <sqlite3.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Registers tongji's functions on db; SQLITE_OK, or an error code with a
 * message in *pzErrMsg (free it with sqlite3_free).  pApi is unused when
 * linked statically. */
int sqlite3_tongji_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

#ifdef __cplusplus
}
#endif

#endif
