#ifndef BERKAS_CLIBGIT2_SHIM_H
#define BERKAS_CLIBGIT2_SHIM_H
#include <git2.h>
#include <git2/sys/repository.h>

/* git_libgit2_opts is variadic, which Swift cannot call: small wrappers. */

/* Trees larger than this are kept in libgit2's object cache (its default, 4 KiB,
   leaves out the year folders of a large archive, which are then rebuilt from
   pack deltas on every read). */
static inline int berkas_git_set_tree_cache_limit(size_t bytes) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_TREE, bytes);
}

static inline int berkas_git_set_blob_cache_limit(size_t bytes) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_BLOB, bytes);
}

static inline int berkas_git_set_cache_max_size(ssize_t bytes) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, bytes);
}
/* How much of the pack files libgit2 keeps mapped at once. */
static inline int berkas_git_set_mwindow_mapped_limit(size_t bytes) {
    return git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, bytes);
}
/* Whether libgit2 rehashes every object it reads (on by default). */
static inline int berkas_git_set_strict_hash_verification(int on) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, on);
}
/* Whether libgit2 keeps parsed and raw objects in its per-repository cache. */
static inline int berkas_git_enable_caching(int on) {
    return git_libgit2_opts(GIT_OPT_ENABLE_CACHING, on);
}
/* How much of a pack file one mapping covers (libgit2's default on 64-bit is
   1 GiB, so a whole pack is mapped at once and the mapped limit cannot bite). */
static inline int berkas_git_set_mwindow_size(size_t bytes) {
    return git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, bytes);
}
/* Whether a repository must belong to the user who opens it (git's safe.directory). */
static inline int berkas_git_set_owner_validation(int enabled) {
    return git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, enabled);
}
/* Certificates libgit2 would trust for HTTPS (berkas itself never asks it to). */
static inline int berkas_git_set_ssl_cert_file(const char *file) {
    return git_libgit2_opts(GIT_OPT_SET_SSL_CERT_LOCATIONS, file, NULL);
}
#endif
