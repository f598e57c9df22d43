/* The kernel's executable page size for this arch (<sys/param.h>). */
#define EXEC_PAGESIZE 4096
