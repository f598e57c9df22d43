/* bits/io_x86.h - <sys/io.h> for x86_64 and i386 (the one header both
   arches install as sys/io.h includes it): I/O-port permissions and the
   port instructions, static inline with glibc's argument order (the value
   first, then the port: outb(value, port)); the _p forms add a write to
   port 0x80 after the access, the traditional short delay. */
#ifndef _BITS_IO_X86_H
#define _BITS_IO_X86_H 1
#if defined(__x86_64__) || defined(__i386__)
#include <features.h>

__FERRO_BEGIN_DECLS
int ioperm(unsigned long, unsigned long, int);
int iopl(int);

#define __FERRO_IO_PAUSE "\n\toutb %%al, $0x80"

static __inline__ unsigned char inb(unsigned short __port)
{
	unsigned char __v;
	__asm__ __volatile__("inb %w1, %0" : "=a"(__v) : "Nd"(__port));
	return __v;
}

static __inline__ unsigned char inb_p(unsigned short __port)
{
	unsigned char __v;
	__asm__ __volatile__("inb %w1, %0" __FERRO_IO_PAUSE : "=a"(__v) : "Nd"(__port));
	return __v;
}

static __inline__ unsigned short inw(unsigned short __port)
{
	unsigned short __v;
	__asm__ __volatile__("inw %w1, %0" : "=a"(__v) : "Nd"(__port));
	return __v;
}

static __inline__ unsigned short inw_p(unsigned short __port)
{
	unsigned short __v;
	__asm__ __volatile__("inw %w1, %0" __FERRO_IO_PAUSE : "=a"(__v) : "Nd"(__port));
	return __v;
}

static __inline__ unsigned int inl(unsigned short __port)
{
	unsigned int __v;
	__asm__ __volatile__("inl %w1, %0" : "=a"(__v) : "Nd"(__port));
	return __v;
}

static __inline__ unsigned int inl_p(unsigned short __port)
{
	unsigned int __v;
	__asm__ __volatile__("inl %w1, %0" __FERRO_IO_PAUSE : "=a"(__v) : "Nd"(__port));
	return __v;
}

static __inline__ void outb(unsigned char __value, unsigned short __port)
{
	__asm__ __volatile__("outb %b0, %w1" : : "a"(__value), "Nd"(__port));
}

static __inline__ void outb_p(unsigned char __value, unsigned short __port)
{
	__asm__ __volatile__("outb %b0, %w1" __FERRO_IO_PAUSE : : "a"(__value), "Nd"(__port));
}

static __inline__ void outw(unsigned short __value, unsigned short __port)
{
	__asm__ __volatile__("outw %w0, %w1" : : "a"(__value), "Nd"(__port));
}

static __inline__ void outw_p(unsigned short __value, unsigned short __port)
{
	__asm__ __volatile__("outw %w0, %w1" __FERRO_IO_PAUSE : : "a"(__value), "Nd"(__port));
}

static __inline__ void outl(unsigned int __value, unsigned short __port)
{
	__asm__ __volatile__("outl %0, %w1" : : "a"(__value), "Nd"(__port));
}

static __inline__ void outl_p(unsigned int __value, unsigned short __port)
{
	__asm__ __volatile__("outl %0, %w1" __FERRO_IO_PAUSE : : "a"(__value), "Nd"(__port));
}

/* The string forms move __count items between the port and memory at
   __addr (rep ins / rep outs, direction flag clear as the ABI keeps it). */
static __inline__ void insb(unsigned short __port, void *__addr, unsigned long __count)
{
	__asm__ __volatile__("rep insb" : "+D"(__addr), "+c"(__count) : "d"(__port) : "memory");
}

static __inline__ void insw(unsigned short __port, void *__addr, unsigned long __count)
{
	__asm__ __volatile__("rep insw" : "+D"(__addr), "+c"(__count) : "d"(__port) : "memory");
}

static __inline__ void insl(unsigned short __port, void *__addr, unsigned long __count)
{
	__asm__ __volatile__("rep insl" : "+D"(__addr), "+c"(__count) : "d"(__port) : "memory");
}

static __inline__ void outsb(unsigned short __port, const void *__addr, unsigned long __count)
{
	__asm__ __volatile__("rep outsb" : "+S"(__addr), "+c"(__count) : "d"(__port) : "memory");
}

static __inline__ void outsw(unsigned short __port, const void *__addr, unsigned long __count)
{
	__asm__ __volatile__("rep outsw" : "+S"(__addr), "+c"(__count) : "d"(__port) : "memory");
}

static __inline__ void outsl(unsigned short __port, const void *__addr, unsigned long __count)
{
	__asm__ __volatile__("rep outsl" : "+S"(__addr), "+c"(__count) : "d"(__port) : "memory");
}
__FERRO_END_DECLS
#endif /* x86 */
#endif
