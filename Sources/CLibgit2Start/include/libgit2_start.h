#ifndef BERKAS_LIBGIT2_START_H
#define BERKAS_LIBGIT2_START_H

/* libgit2's start-up without loading the system's CA certificates (see start.c). */
int berkas_libgit2_init(void);

/* How many CA bundle loads were skipped (1 after berkas_libgit2_init when the
   skip works; 0 means libgit2 parsed the bundle itself). */
int berkas_ca_bundle_loads_skipped(void);

/* How many libssh2_init calls were skipped at start-up (1 when the skip works). */
int berkas_ssh_inits_skipped(void);
/* Calls libssh2_init(0) now, as libssh2 does when a session starts; returns its result. */
int berkas_ssh_init_now(void);
/* How many libssh2_init calls went to libssh2 itself. */
int berkas_ssh_inits_forwarded(void);

#endif
