#ifndef BERKAS_LIBGIT2_START_H
#define BERKAS_LIBGIT2_START_H

/* libgit2's start-up without loading the system's CA certificates (see start.c);
   git_libgit2_init itself when BERKAS_PLAIN_GIT=1. */
int berkas_libgit2_init(void);

/* How many CA bundle loads were skipped (1 after berkas_libgit2_init when the
   skip works; 0 means libgit2 parsed the bundle itself). */
int berkas_ca_bundle_loads_skipped(void);

#endif
