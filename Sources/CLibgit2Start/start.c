/*
 * libgit2 (Debian's, built with mbedTLS) parses every certificate of the
 * system's CA bundle in git_libgit2_init, ~4.5 ms of every berkas command,
 * for HTTPS that berkas never asks libgit2 for: fetch and push go through the
 * git program, with its own TLS and the user's credentials.
 *
 * This file defines mbedtls_x509_crt_parse_file in the executable, where the
 * dynamic linker finds it before libmbedx509's. During berkas_libgit2_init it
 * loads nothing (libgit2 then holds no trusted certificates, so an HTTPS
 * connection through libgit2 would be refused, never trusted blindly); at any
 * other time it is mbedTLS's own function (dlsym RTLD_NEXT), so an explicit
 * GIT_OPT_SET_SSL_CERT_LOCATIONS still loads certificates.
 *
 * libssh2_init is skipped the same way: libgit2 calls it at start-up for its
 * SSH transport, and it loads OpenSSL's built-in engines (~0.23 ms of every
 * command) for SSH connections berkas never makes through libgit2. libssh2
 * starts itself when a session or agent is first made (it calls
 * libssh2_init then, which here goes to the real function).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>
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

static int ssh_skipped = 0;
static int ssh_forwarded = 0;

int libssh2_init(int flags) {
    if (skipping) {
        ssh_skipped += 1;
        return 0;
    }
    typedef int (*init_fn)(int);
    static init_fn real = NULL;
    if (real == NULL) real = (init_fn)dlsym(RTLD_NEXT, "libssh2_init");
    ssh_forwarded += 1;
    return real != NULL ? real(flags) : -1;
}

int berkas_libgit2_init(void) {
    skipping = 1;
    int code = git_libgit2_init();
    skipping = 0;
    return code;
}

int berkas_ca_bundle_loads_skipped(void) { return skipped; }
int berkas_ssh_inits_skipped(void) { return ssh_skipped; }
int berkas_ssh_init_now(void) { return libssh2_init(0); }
int berkas_ssh_inits_forwarded(void) { return ssh_forwarded; }
