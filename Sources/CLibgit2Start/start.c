/*
 * libgit2's start-up without parsing the system's CA bundle.
 *
 * Debian's libgit2 (built with mbedTLS) parses every certificate of the
 * system's CA bundle in git_libgit2_init: ~4.5 ms of every berkas command,
 * a third of an `act` on a small archive, for HTTPS that berkas never asks
 * libgit2 for (fetch and push go through the git program, with its own TLS
 * and the user's credentials). BENCHMARKS.md ("Against the targets") shows
 * it is what keeps `act` level with `git commit -S` on a small archive.
 *
 * This file defines mbedtls_x509_crt_parse_file in the executable. libgit2
 * refers to it, so the linker exports the executable's definition and the
 * dynamic linker binds libgit2's call to it before libmbedx509's. During
 * berkas_libgit2_init it loads nothing (libgit2 then holds no trusted
 * certificate: an HTTPS connection through libgit2 would be refused, never
 * trusted blindly); at any other time it is mbedTLS's own function (dlsym
 * RTLD_NEXT), so an explicit GIT_OPT_SET_SSL_CERT_LOCATIONS still works.
 *
 * The plain path is git_libgit2_init itself: BERKAS_PLAIN_GIT=1 takes it
 * (with every other plain path, see BerkasCore/FastPaths.swift), and the
 * test suite runs both.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include "libgit2_start.h"

int git_libgit2_init(void);

static int skipping = 0;
static int skipped = 0;

int mbedtls_x509_crt_parse_file(void *chain, const char *path) {
    if (skipping) {
        skipped += 1;
        return 0;
    }
    typedef int (*parse_file)(void *, const char *);
    static parse_file real = NULL;
    if (real == NULL) real = (parse_file)dlsym(RTLD_NEXT, "mbedtls_x509_crt_parse_file");
    return real != NULL ? real(chain, path) : -0x2900; /* MBEDTLS_ERR_X509_FILE_IO_ERROR */
}

int berkas_libgit2_init(void) {
    const char *plain = getenv("BERKAS_PLAIN_GIT");
    if (plain != NULL && plain[0] == '1') return git_libgit2_init();
    skipping = 1;
    int code = git_libgit2_init();
    skipping = 0;
    return code;
}

int berkas_ca_bundle_loads_skipped(void) { return skipped; }
