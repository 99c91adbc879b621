// CFolioSystem: declarations of C library functions that Swift's Glibc module does not export,
// so that Swift code calls them through a declared prototype rather than a guessed symbol.
#ifndef CFOLIOSYSTEM_H
#define CFOLIOSYSTEM_H

#if defined(__linux__)
// malloc_trim: returns freed heap memory to the system (FolioScript's memory governor calls it
// after a note frees what it allocated; glibc otherwise keeps the pages).
#include <malloc.h>
#endif

#endif
