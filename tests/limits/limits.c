/* limits.c — what an application embedding SQLite can rely on (issue 15):
 *
 *   alloc      every allocation failure, at every point, gives SQLITE_NOMEM
 *              or exactly the rows of a run without one: the extension's
 *              initialisation, then every function over a real document on a
 *              fresh connection (cold) and on one that has run it (warm);
 *   heap       sqlite3_hard_heap_limit64 stops a dense document with
 *              SQLITE_NOMEM, and tongji's memory shows in sqlite3_memory_used;
 *   interrupt  sqlite3_interrupt() from another thread stops indicators()
 *              over 100 MB within 0.2 s.
 *
 * Linked with tongji's sources (SQLITE_CORE) and the system's SQLite, so
 * that sqlite3_tongji_init's own return code is seen; built with
 * AddressSanitizer by tests/limits/run.sh, so a leak on any failure path
 * fails too.  Prints "N passed, N failed".
 *
 *   limits DOCUMENT [alloc|heap|interrupt]...
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int sqlite3_tongji_init(sqlite3 *db, char **pzErrMsg, const void *pApi);

static int passed, failed;

#define CHECK(cond, ...)                                                                                               \
    do {                                                                                                               \
        if (cond) {                                                                                                    \
            passed++;                                                                                                  \
        } else {                                                                                                       \
            failed++;                                                                                                  \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);                                                       \
            fprintf(stderr, __VA_ARGS__);                                                                              \
            fputc('\n', stderr);                                                                                       \
        }                                                                                                              \
    } while (0)

/* ---- an allocator that fails the Nth allocation --------------------------- */

static sqlite3_mem_methods base;
static long long nalloc;        /* allocations so far */
static long long fail_at = -1;  /* the one to fail */
static int injected;            /* it was failed */

static void *fail_malloc(int n) {
    if (++nalloc == fail_at) {
        injected = 1;
        return NULL;
    }
    return base.xMalloc(n);
}

static void *fail_realloc(void *p, int n) {
    if (++nalloc == fail_at) {
        injected = 1;
        return NULL;
    }
    return base.xRealloc(p, n);
}

static void arm(long long after) { /* fail the allocation `after` from now (0: none) */
    injected = 0;
    fail_at = after > 0 ? nalloc + after : -1;
}

/* ---- running a query ----------------------------------------------------- */

/* FNV-1a over every column of every row, as text. */
static int run(sqlite3 *db, const char *sql, const char *doc, uint64_t *hash, long *rows) {
    sqlite3_stmt *st = NULL;
    *hash = 1469598103934665603ULL;
    *rows = 0;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK) return rc;
    if (sqlite3_bind_parameter_count(st) > 0) rc = sqlite3_bind_text(st, 1, doc, -1, SQLITE_STATIC);
    while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        (*rows)++;
        for (int k = 0; k < sqlite3_column_count(st); k++) {
            const unsigned char *t = sqlite3_column_text(st, k);
            if (!t && sqlite3_column_type(st, k) != SQLITE_NULL) {
                rc = SQLITE_NOMEM; /* the conversion to text ran out of memory */
                break;
            }
            for (const unsigned char *p = t ? t : (const unsigned char *)"\1"; *p; p++)
                *hash = (*hash ^ *p) * 1099511628211ULL;
            *hash = (*hash ^ 0xFF) * 1099511628211ULL;
        }
        rc = rc == SQLITE_ROW ? SQLITE_OK : rc;
    }
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
    int frc = sqlite3_finalize(st);
    return rc != SQLITE_OK ? rc : frc;
}

static sqlite3 *open_db(int *rc) {
    sqlite3 *db = NULL;
    *rc = sqlite3_open(":memory:", &db);
    if (*rc != SQLITE_OK) {
        sqlite3_close(db);
        return NULL;
    }
    return db;
}

static int init_tongji(sqlite3 *db) {
    char *err = NULL;
    int rc = sqlite3_tongji_init(db, &err, NULL);
    sqlite3_free(err);
    return rc;
}

/* ---- alloc ---------------------------------------------------------------- */

static const char *const QUERIES[] = {
    "SELECT * FROM sentences(?1)",
    "SELECT * FROM sections(?1)",
    "SELECT * FROM quantities(?1)",
    "SELECT * FROM periods(?1, 2023)",
    "SELECT * FROM indicators(?1)",
    "SELECT * FROM indicators(?1, 2023)",
    "SELECT * FROM doc_info(?1)",
    "SELECT tongji_html(?1)",
    "SELECT cn_number('一千二百三十四万五千')",
    "SELECT count(*), sum(length(name)) FROM tongji_regions",
    "SELECT * FROM tongji_concepts",
};

/* The extension's initialisation: SQLITE_NOMEM at every failed allocation. */
static void alloc_init(void) {
    long trials = 0, bad = 0;
    for (long long n = 1;; n++) {
        int rc;
        arm(0);
        sqlite3 *db = open_db(&rc);
        if (!db) break;
        arm(n);
        rc = init_tongji(db);
        int hit = injected;
        arm(0);
        sqlite3_close(db);
        if (!hit) {
            CHECK(rc == SQLITE_OK, "init without a failure: %d", rc);
            break;
        }
        trials++;
        if (rc != SQLITE_NOMEM && rc != SQLITE_OK && bad++ < 5)
            fprintf(stderr, "  init, allocation %lld failed: rc %d (%s)\n", n, rc, sqlite3_errstr(rc));
    }
    CHECK(bad == 0, "init: %ld of %ld failed allocations gave something else than SQLITE_NOMEM", bad, trials);
    printf("alloc: init, %ld failed allocations\n", trials);
}

/* One query, cold or warm: every allocation it makes failed in turn. */
static void alloc_query(const char *sql, const char *doc, int warm) {
    uint64_t want_hash, got;
    long want_rows, rows;
    int rc;
    arm(0);
    sqlite3 *db = open_db(&rc);
    CHECK(db && init_tongji(db) == SQLITE_OK, "reference connection");
    rc = db ? run(db, sql, doc, &want_hash, &want_rows) : SQLITE_ERROR;
    CHECK(rc == SQLITE_OK, "%s: reference run: %s", sql, sqlite3_errstr(rc));
    sqlite3_close(db);
    long trials = 0, bad = 0;
    for (long long n = 1;; n++) {
        arm(0);
        db = open_db(&rc);
        if (!db || init_tongji(db) != SQLITE_OK) {
            CHECK(0, "connection");
            sqlite3_close(db);
            break;
        }
        if (warm) run(db, sql, doc, &got, &rows);
        arm(n);
        rc = run(db, sql, doc, &got, &rows);
        int hit = injected;
        arm(0);
        sqlite3_close(db);
        if (!hit) break; /* every allocation of the query has been failed once */
        trials++;
        int ok = rc == SQLITE_NOMEM || (rc == SQLITE_OK && got == want_hash && rows == want_rows);
        if (!ok && bad++ < 3)
            fprintf(stderr, "  %s (%s), allocation %lld failed: rc %d (%s), %ld rows (want %ld)%s\n", sql,
                    warm ? "warm" : "cold", n, rc, sqlite3_errstr(rc), rows, want_rows,
                    rc == SQLITE_OK ? ", different rows" : "");
    }
    CHECK(bad == 0, "%s (%s): %ld of %ld failed allocations gave neither SQLITE_NOMEM nor the same rows", sql,
          warm ? "warm" : "cold", bad, trials);
    printf("alloc: %-45s %s, %ld failed allocations\n", sql, warm ? "warm" : "cold", trials);
}

/* ---- heap ----------------------------------------------------------------- */

static char *repeat(const char *unit, size_t bytes) {
    size_t u = strlen(unit), n = bytes / u * u;
    char *t = malloc(n + 1);
    if (!t) return NULL;
    for (size_t i = 0; i < n; i += u)
        memcpy(t + i, unit, u);
    t[n] = 0;
    return t;
}

static void heap_limit(void) {
    char *dense = repeat("1%", (size_t)4 << 20); /* a row every two bytes */
    if (!dense) return;
    int rc;
    uint64_t h;
    long rows;
    sqlite3 *db = open_db(&rc);
    CHECK(db && init_tongji(db) == SQLITE_OK, "connection");
    /* the text fits, its analysis does not */
    sqlite3_int64 before = sqlite3_hard_heap_limit64(-1);
    sqlite3_hard_heap_limit64(sqlite3_memory_used() + ((sqlite3_int64)4 << 20) + ((sqlite3_int64)1 << 20));
    rc = run(db, "SELECT count(*) FROM indicators(?1, 2023)", dense, &h, &rows);
    CHECK(rc == SQLITE_NOMEM, "a hard heap limit stops a dense document: got %d (%s)", rc, sqlite3_errstr(rc));
    /* with room for a window's analysis, the same query goes through: the
     * memory follows the window, not the document */
    sqlite3_hard_heap_limit64(sqlite3_memory_used() + ((sqlite3_int64)64 << 20));
    rc = run(db, "SELECT count(*) FROM indicators(?1, 2023)", dense, &h, &rows);
    CHECK(rc == SQLITE_OK, "with 64 MiB over the text it completes: %d (%s)", rc, sqlite3_errstr(rc));
    sqlite3_hard_heap_limit64(before);
    /* SQLite's counter sees tongji's memory: a finished analysis kept for the
     * next one on the connection is counted */
    sqlite3_int64 idle = sqlite3_memory_used();
    rc = run(db, "SELECT count(*) FROM quantities(?1)", "全年增长5%，新增就业9万人。", &h, &rows);
    CHECK(rc == SQLITE_OK && sqlite3_memory_highwater(0) > idle, "tongji's memory is SQLite's");
    sqlite3_close(db);
    CHECK(sqlite3_memory_used() < idle, "a closed connection gives its memory back (%lld, was %lld)",
          (long long)sqlite3_memory_used(), (long long)idle);
    free(dense);
    printf("heap: a dense document stops at the limit; memory counted by SQLite\n");
}

/* ---- interrupt -------------------------------------------------------------- */

typedef struct {
    sqlite3 *db;
    double at; /* when it interrupted */
} interrupter;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void *interrupt_later(void *arg) {
    interrupter *it = arg;
    struct timespec d = {0, 300 * 1000 * 1000};
    nanosleep(&d, NULL);
    it->at = now();
    sqlite3_interrupt(it->db);
    return NULL;
}

static void interrupt_big(const char *doc) {
    /* 100 MB of prose made of the document */
    size_t one = strlen(doc), want = (size_t)100 << 20;
    char *big = malloc(want + one + 3);
    if (!big) return;
    size_t n = 0;
    while (n < want) {
        memcpy(big + n, doc, one);
        n += one;
        big[n++] = '\n';
        big[n++] = '\n';
    }
    big[n] = 0;
    int rc;
    sqlite3 *db = open_db(&rc);
    CHECK(db && init_tongji(db) == SQLITE_OK, "connection");
    interrupter it = {db, 0};
    pthread_t th;
    pthread_create(&th, NULL, interrupt_later, &it);
    uint64_t h;
    long rows;
    double t0 = now();
    rc = run(db, "SELECT count(*) FROM indicators(?1)", big, &h, &rows);
    double t1 = now();
    pthread_join(th, NULL);
    CHECK(rc == SQLITE_INTERRUPT, "interrupted: got %d (%s)", rc, sqlite3_errstr(rc));
    CHECK(t1 - it.at < 0.2, "stopped %.3f s after the interrupt (limit 0.2 s)", t1 - it.at);
    printf("interrupt: indicators() over %zu MB stopped %.3f s after sqlite3_interrupt (%.2f s in)\n", n >> 20,
           t1 - it.at, t1 - t0);
    sqlite3_close(db);
    free(big);
}

/* ---- main ------------------------------------------------------------------- */

static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *t = malloc((size_t)n + 1);
    if (t && fread(t, 1, (size_t)n, f) != (size_t)n) {
        free(t);
        t = NULL;
    }
    if (t) t[n] = 0;
    fclose(f);
    return t;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: limits DOCUMENT [alloc|heap|interrupt]...\n");
        return 2;
    }
    sqlite3_config(SQLITE_CONFIG_GETMALLOC, &base);
    sqlite3_mem_methods m = base;
    m.xMalloc = fail_malloc;
    m.xRealloc = fail_realloc;
    sqlite3_config(SQLITE_CONFIG_MALLOC, &m);
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 1);
    sqlite3_initialize();
    char *doc = read_file(argv[1]);
    if (!doc) {
        fprintf(stderr, "limits: cannot read %s\n", argv[1]);
        return 2;
    }
    for (int a = 2; a < argc || argc == 2; a++) {
        const char *what = argc == 2 ? "all" : argv[a];
        int all = !strcmp(what, "all");
        if (all || !strcmp(what, "alloc")) {
            alloc_init();
            for (size_t k = 0; k < sizeof QUERIES / sizeof QUERIES[0]; k++) {
                alloc_query(QUERIES[k], doc, 0);
                alloc_query(QUERIES[k], doc, 1);
            }
        }
        if (all || !strcmp(what, "heap")) heap_limit();
        if (all || !strcmp(what, "interrupt")) interrupt_big(doc);
        if (argc == 2) break;
    }
    free(doc);
    sqlite3_shutdown();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
