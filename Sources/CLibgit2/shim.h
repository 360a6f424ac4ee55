#ifndef BERKAS_CLIBGIT2_SHIM_H
#define BERKAS_CLIBGIT2_SHIM_H
#include <git2.h>
#include <git2/sys/repository.h>
#endif
