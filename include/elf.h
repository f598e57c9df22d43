/*
 * elf.h - ELF object file format: types and constants.  Part of ferrolibc.
 *
 * Structure layouts and field names follow the System V ABI (gABI) ELF
 * specification; the numeric constants are those of the gABI, the GNU
 * extensions and the Linux kernel (auxiliary vector keys).
 */
#ifndef _ELF_H
#define _ELF_H 1

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Basic types                                                         */

typedef uint16_t Elf32_Half;
typedef uint16_t Elf64_Half;
typedef uint32_t Elf32_Word;
typedef int32_t Elf32_Sword;
typedef uint32_t Elf64_Word;
typedef int32_t Elf64_Sword;
typedef uint64_t Elf32_Xword;
typedef int64_t Elf32_Sxword;
typedef uint64_t Elf64_Xword;
typedef int64_t Elf64_Sxword;
typedef uint32_t Elf32_Addr;
typedef uint64_t Elf64_Addr;
typedef uint32_t Elf32_Off;
typedef uint64_t Elf64_Off;
typedef uint16_t Elf32_Section;
typedef uint16_t Elf64_Section;
typedef Elf32_Half Elf32_Versym;
typedef Elf64_Half Elf64_Versym;
typedef uint64_t Elf32_Lword;
typedef uint64_t Elf64_Lword;
typedef Elf32_Word Elf32_Relr;
typedef Elf64_Xword Elf64_Relr;
typedef uint32_t Elf_Symndx;

#define EI_NIDENT_ (16)

/* File header */
typedef struct {
  unsigned char e_ident[EI_NIDENT_];
  Elf32_Half e_type;
  Elf32_Half e_machine;
  Elf32_Word e_version;
  Elf32_Addr e_entry;
  Elf32_Off e_phoff;
  Elf32_Off e_shoff;
  Elf32_Word e_flags;
  Elf32_Half e_ehsize;
  Elf32_Half e_phentsize;
  Elf32_Half e_phnum;
  Elf32_Half e_shentsize;
  Elf32_Half e_shnum;
  Elf32_Half e_shstrndx;
} Elf32_Ehdr;

typedef struct {
  unsigned char e_ident[EI_NIDENT_];
  Elf64_Half e_type;
  Elf64_Half e_machine;
  Elf64_Word e_version;
  Elf64_Addr e_entry;
  Elf64_Off e_phoff;
  Elf64_Off e_shoff;
  Elf64_Word e_flags;
  Elf64_Half e_ehsize;
  Elf64_Half e_phentsize;
  Elf64_Half e_phnum;
  Elf64_Half e_shentsize;
  Elf64_Half e_shnum;
  Elf64_Half e_shstrndx;
} Elf64_Ehdr;

#undef EI_NIDENT_

/* Section header */
typedef struct {
  Elf32_Word sh_name;
  Elf32_Word sh_type;
  Elf32_Word sh_flags;
  Elf32_Addr sh_addr;
  Elf32_Off sh_offset;
  Elf32_Word sh_size;
  Elf32_Word sh_link;
  Elf32_Word sh_info;
  Elf32_Word sh_addralign;
  Elf32_Word sh_entsize;
} Elf32_Shdr;

typedef struct {
  Elf64_Word sh_name;
  Elf64_Word sh_type;
  Elf64_Xword sh_flags;
  Elf64_Addr sh_addr;
  Elf64_Off sh_offset;
  Elf64_Xword sh_size;
  Elf64_Word sh_link;
  Elf64_Word sh_info;
  Elf64_Xword sh_addralign;
  Elf64_Xword sh_entsize;
} Elf64_Shdr;

/* Compressed section header (SHF_COMPRESSED) */
typedef struct {
  Elf32_Word ch_type;
  Elf32_Word ch_size;
  Elf32_Word ch_addralign;
} Elf32_Chdr;

typedef struct {
  Elf64_Word ch_type;
  Elf64_Word ch_reserved;
  Elf64_Xword ch_size;
  Elf64_Xword ch_addralign;
} Elf64_Chdr;

/* Symbol table entry */
typedef struct {
  Elf32_Word st_name;
  Elf32_Addr st_value;
  Elf32_Word st_size;
  unsigned char st_info;
  unsigned char st_other;
  Elf32_Section st_shndx;
} Elf32_Sym;

typedef struct {
  Elf64_Word st_name;
  unsigned char st_info;
  unsigned char st_other;
  Elf64_Section st_shndx;
  Elf64_Addr st_value;
  Elf64_Xword st_size;
} Elf64_Sym;

/* Relocation entries */
typedef struct {
  Elf32_Addr r_offset;
  Elf32_Word r_info;
} Elf32_Rel;

typedef struct {
  Elf64_Addr r_offset;
  Elf64_Xword r_info;
} Elf64_Rel;

typedef struct {
  Elf32_Addr r_offset;
  Elf32_Word r_info;
  Elf32_Sword r_addend;
} Elf32_Rela;

typedef struct {
  Elf64_Addr r_offset;
  Elf64_Xword r_info;
  Elf64_Sxword r_addend;
} Elf64_Rela;

/* Program header */
typedef struct {
  Elf32_Word p_type;
  Elf32_Off p_offset;
  Elf32_Addr p_vaddr;
  Elf32_Addr p_paddr;
  Elf32_Word p_filesz;
  Elf32_Word p_memsz;
  Elf32_Word p_flags;
  Elf32_Word p_align;
} Elf32_Phdr;

typedef struct {
  Elf64_Word p_type;
  Elf64_Word p_flags;
  Elf64_Off p_offset;
  Elf64_Addr p_vaddr;
  Elf64_Addr p_paddr;
  Elf64_Xword p_filesz;
  Elf64_Xword p_memsz;
  Elf64_Xword p_align;
} Elf64_Phdr;

/* Dynamic section entry */
typedef struct {
  Elf32_Sword d_tag;
  union {
    Elf32_Word d_val;
    Elf32_Addr d_ptr;
  } d_un;
} Elf32_Dyn;

typedef struct {
  Elf64_Sxword d_tag;
  union {
    Elf64_Xword d_val;
    Elf64_Addr d_ptr;
  } d_un;
} Elf64_Dyn;

/* Note header */
typedef struct {
  Elf32_Word n_namesz;
  Elf32_Word n_descsz;
  Elf32_Word n_type;
} Elf32_Nhdr;

typedef struct {
  Elf64_Word n_namesz;
  Elf64_Word n_descsz;
  Elf64_Word n_type;
} Elf64_Nhdr;

/* Version definition (SHT_GNU_verdef) */
typedef struct {
  Elf32_Half vd_version;
  Elf32_Half vd_flags;
  Elf32_Half vd_ndx;
  Elf32_Half vd_cnt;
  Elf32_Word vd_hash;
  Elf32_Word vd_aux;
  Elf32_Word vd_next;
} Elf32_Verdef;

typedef struct {
  Elf64_Half vd_version;
  Elf64_Half vd_flags;
  Elf64_Half vd_ndx;
  Elf64_Half vd_cnt;
  Elf64_Word vd_hash;
  Elf64_Word vd_aux;
  Elf64_Word vd_next;
} Elf64_Verdef;

typedef struct {
  Elf32_Word vda_name;
  Elf32_Word vda_next;
} Elf32_Verdaux;

typedef struct {
  Elf64_Word vda_name;
  Elf64_Word vda_next;
} Elf64_Verdaux;

/* Version requirement (SHT_GNU_verneed) */
typedef struct {
  Elf32_Half vn_version;
  Elf32_Half vn_cnt;
  Elf32_Word vn_file;
  Elf32_Word vn_aux;
  Elf32_Word vn_next;
} Elf32_Verneed;

typedef struct {
  Elf64_Half vn_version;
  Elf64_Half vn_cnt;
  Elf64_Word vn_file;
  Elf64_Word vn_aux;
  Elf64_Word vn_next;
} Elf64_Verneed;

typedef struct {
  Elf32_Word vna_hash;
  Elf32_Half vna_flags;
  Elf32_Half vna_other;
  Elf32_Word vna_name;
  Elf32_Word vna_next;
} Elf32_Vernaux;

typedef struct {
  Elf64_Word vna_hash;
  Elf64_Half vna_flags;
  Elf64_Half vna_other;
  Elf64_Word vna_name;
  Elf64_Word vna_next;
} Elf64_Vernaux;

/* Auxiliary vector entry (as found on the initial process stack) */
typedef struct {
  uint32_t a_type;
  union {
    uint32_t a_val;
  } a_un;
} Elf32_auxv_t;

typedef struct {
  uint64_t a_type;
  union {
    uint64_t a_val;
  } a_un;
} Elf64_auxv_t;

/* ------------------------------------------------------------------ */
/* e_ident magic                                                       */

#define ELFMAG0 0x7f
#define ELFMAG1 'E'
#define ELFMAG2 'L'
#define ELFMAG3 'F'
#define ELFMAG "\177ELF"
#define SELFMAG 4

/* ------------------------------------------------------------------ */
/* Constants                                                           */

/* Indices into e_ident[] */
#define EI_MAG0        0
#define EI_MAG1        1
#define EI_MAG2        2
#define EI_MAG3        3
#define EI_CLASS       4
#define EI_DATA        5
#define EI_VERSION     6
#define EI_OSABI       7
#define EI_ABIVERSION  8
#define EI_PAD         9
#define EI_NIDENT      16

/* e_ident[EI_CLASS] */
#define ELFCLASSNONE  0
#define ELFCLASS32    1
#define ELFCLASS64    2
#define ELFCLASSNUM   3

/* e_ident[EI_DATA] */
#define ELFDATANONE  0
#define ELFDATA2LSB  1
#define ELFDATA2MSB  2
#define ELFDATANUM   3

/* e_ident[EI_OSABI] */
#define ELFOSABI_NONE        0
#define ELFOSABI_SYSV        0
#define ELFOSABI_HPUX        1
#define ELFOSABI_NETBSD      2
#define ELFOSABI_GNU         3
#define ELFOSABI_LINUX       3
#define ELFOSABI_SOLARIS     6
#define ELFOSABI_AIX         7
#define ELFOSABI_IRIX        8
#define ELFOSABI_FREEBSD     9
#define ELFOSABI_TRU64       10
#define ELFOSABI_MODESTO     11
#define ELFOSABI_OPENBSD     12
#define ELFOSABI_ARM_AEABI   64
#define ELFOSABI_ARM         97
#define ELFOSABI_STANDALONE  255

/* e_version / e_ident[EI_VERSION] */
#define EV_NONE     0
#define EV_CURRENT  1
#define EV_NUM      2

/* e_type */
#define ET_NONE    0
#define ET_REL     1
#define ET_EXEC    2
#define ET_DYN     3
#define ET_CORE    4
#define ET_NUM     5
#define ET_LOOS    0xfe00
#define ET_HIOS    0xfeff
#define ET_LOPROC  0xff00
#define ET_HIPROC  0xffff

/* e_machine */
#define EM_NONE         0
#define EM_M32          1
#define EM_SPARC        2
#define EM_386          3
#define EM_68K          4
#define EM_88K          5
#define EM_IAMCU        6
#define EM_860          7
#define EM_MIPS         8
#define EM_S370         9
#define EM_MIPS_RS3_LE  10
#define EM_PARISC       15
#define EM_SPARC32PLUS  18
#define EM_PPC          20
#define EM_PPC64        21
#define EM_S390         22
#define EM_ARM          40
#define EM_SH           42
#define EM_SPARCV9      43
#define EM_IA_64        50
#define EM_X86_64       62
#define EM_OPENRISC     92
#define EM_XTENSA       94
#define EM_MICROBLAZE   189
#define EM_AARCH64      183
#define EM_TILEGX       191
#define EM_RISCV        243
#define EM_BPF          247
#define EM_CSKY         252
#define EM_LOONGARCH    258
#define EM_NUM          259
#define EM_ALPHA        0x9026

/* p_type (segment types) */
#define PT_NULL          0
#define PT_LOAD          1
#define PT_DYNAMIC       2
#define PT_INTERP        3
#define PT_NOTE          4
#define PT_SHLIB         5
#define PT_PHDR          6
#define PT_TLS           7
#define PT_NUM           8
#define PT_LOOS          0x60000000
#define PT_GNU_EH_FRAME  0x6474e550
#define PT_GNU_STACK     0x6474e551
#define PT_GNU_RELRO     0x6474e552
#define PT_GNU_PROPERTY  0x6474e553
#define PT_GNU_SFRAME    0x6474e554
#define PT_LOSUNW        0x6ffffffa
#define PT_SUNWBSS       0x6ffffffa
#define PT_SUNWSTACK     0x6ffffffb
#define PT_HISUNW        0x6fffffff
#define PT_HIOS          0x6fffffff
#define PT_LOPROC        0x70000000
#define PT_HIPROC        0x7fffffff

/* p_flags */
#define PF_X         0x1
#define PF_W         0x2
#define PF_R         0x4
#define PF_MASKOS    0xff00000
#define PF_MASKPROC  0xf0000000U

/* sh_type (section types) */
#define SHT_NULL            0
#define SHT_PROGBITS        1
#define SHT_SYMTAB          2
#define SHT_STRTAB          3
#define SHT_RELA            4
#define SHT_HASH            5
#define SHT_DYNAMIC         6
#define SHT_NOTE            7
#define SHT_NOBITS          8
#define SHT_REL             9
#define SHT_SHLIB           10
#define SHT_DYNSYM          11
#define SHT_INIT_ARRAY      14
#define SHT_FINI_ARRAY      15
#define SHT_PREINIT_ARRAY   16
#define SHT_GROUP           17
#define SHT_SYMTAB_SHNDX    18
#define SHT_RELR            19
#define SHT_NUM             20
#define SHT_LOOS            0x60000000
#define SHT_GNU_ATTRIBUTES  0x6ffffff5
#define SHT_GNU_HASH        0x6ffffff6
#define SHT_GNU_LIBLIST     0x6ffffff7
#define SHT_CHECKSUM        0x6ffffff8
#define SHT_LOSUNW          0x6ffffffa
#define SHT_SUNW_move       0x6ffffffa
#define SHT_SUNW_COMDAT     0x6ffffffb
#define SHT_SUNW_syminfo    0x6ffffffc
#define SHT_GNU_verdef      0x6ffffffd
#define SHT_GNU_verneed     0x6ffffffe
#define SHT_GNU_versym      0x6fffffff
#define SHT_HISUNW          0x6fffffff
#define SHT_HIOS            0x6fffffff
#define SHT_LOPROC          0x70000000
#define SHT_HIPROC          0x7fffffff
#define SHT_LOUSER          0x80000000U
#define SHT_HIUSER          0x8fffffffU

/* sh_flags */
#define SHF_WRITE             0x1
#define SHF_ALLOC             0x2
#define SHF_EXECINSTR         0x4
#define SHF_MERGE             0x10
#define SHF_STRINGS           0x20
#define SHF_INFO_LINK         0x40
#define SHF_LINK_ORDER        0x80
#define SHF_OS_NONCONFORMING  0x100
#define SHF_GROUP             0x200
#define SHF_TLS               0x400
#define SHF_COMPRESSED        0x800
#define SHF_MASKOS            0xff00000
#define SHF_MASKPROC          0xf0000000U
#define SHF_GNU_RETAIN        0x200000
#define SHF_ORDERED           0x40000000
#define SHF_EXCLUDE           0x80000000U

/* ch_type (compressed sections) */
#define ELFCOMPRESS_ZLIB    1
#define ELFCOMPRESS_ZSTD    2
#define ELFCOMPRESS_LOOS    0x60000000
#define ELFCOMPRESS_HIOS    0x6fffffff
#define ELFCOMPRESS_LOPROC  0x70000000
#define ELFCOMPRESS_HIPROC  0x7fffffff

/* SHT_GROUP flag word */
#define GRP_COMDAT  0x1

/* Special section indices */
#define SHN_UNDEF      0
#define SHN_LORESERVE  0xff00
#define SHN_LOPROC     0xff00
#define SHN_BEFORE     0xff00
#define SHN_AFTER      0xff01
#define SHN_HIPROC     0xff1f
#define SHN_LOOS       0xff20
#define SHN_HIOS       0xff3f
#define SHN_ABS        0xfff1
#define SHN_COMMON     0xfff2
#define SHN_XINDEX     0xffff
#define SHN_HIRESERVE  0xffff

/* Symbol binding (ELFxx_ST_BIND) */
#define STB_LOCAL       0
#define STB_GLOBAL      1
#define STB_WEAK        2
#define STB_NUM         3
#define STB_LOOS        10
#define STB_GNU_UNIQUE  10
#define STB_HIOS        12
#define STB_LOPROC      13
#define STB_HIPROC      15

/* Symbol type (ELFxx_ST_TYPE) */
#define STT_NOTYPE     0
#define STT_OBJECT     1
#define STT_FUNC       2
#define STT_SECTION    3
#define STT_FILE       4
#define STT_COMMON     5
#define STT_TLS        6
#define STT_NUM        7
#define STT_LOOS       10
#define STT_GNU_IFUNC  10
#define STT_HIOS       12
#define STT_LOPROC     13
#define STT_HIPROC     15

/* Undefined symbol index */
#define STN_UNDEF  0

/* Symbol visibility (st_other) */
#define STV_DEFAULT    0
#define STV_INTERNAL   1
#define STV_HIDDEN     2
#define STV_PROTECTED  3

/* d_tag (dynamic entry tags) */
#define DT_NULL             0
#define DT_NEEDED           1
#define DT_PLTRELSZ         2
#define DT_PLTGOT           3
#define DT_HASH             4
#define DT_STRTAB           5
#define DT_SYMTAB           6
#define DT_RELA             7
#define DT_RELASZ           8
#define DT_RELAENT          9
#define DT_STRSZ            10
#define DT_SYMENT           11
#define DT_INIT             12
#define DT_FINI             13
#define DT_SONAME           14
#define DT_RPATH            15
#define DT_SYMBOLIC         16
#define DT_REL              17
#define DT_RELSZ            18
#define DT_RELENT           19
#define DT_PLTREL           20
#define DT_DEBUG            21
#define DT_TEXTREL          22
#define DT_JMPREL           23
#define DT_BIND_NOW         24
#define DT_INIT_ARRAY       25
#define DT_FINI_ARRAY       26
#define DT_INIT_ARRAYSZ     27
#define DT_FINI_ARRAYSZ     28
#define DT_RUNPATH          29
#define DT_FLAGS            30
#define DT_ENCODING         32
#define DT_PREINIT_ARRAY    32
#define DT_PREINIT_ARRAYSZ  33
#define DT_SYMTAB_SHNDX     34
#define DT_RELRSZ           35
#define DT_RELR             36
#define DT_RELRENT          37
#define DT_NUM              38
#define DT_LOOS             0x6000000d
#define DT_HIOS             0x6ffff000
#define DT_LOPROC           0x70000000
#define DT_HIPROC           0x7fffffff

/* d_tag: DT_VALRNGLO..DT_VALRNGHI (d_val entries) */
#define DT_VALRNGLO        0x6ffffd00
#define DT_GNU_PRELINKED   0x6ffffdf5
#define DT_GNU_CONFLICTSZ  0x6ffffdf6
#define DT_GNU_LIBLISTSZ   0x6ffffdf7
#define DT_CHECKSUM        0x6ffffdf8
#define DT_PLTPADSZ        0x6ffffdf9
#define DT_MOVEENT         0x6ffffdfa
#define DT_MOVESZ          0x6ffffdfb
#define DT_FEATURE_1       0x6ffffdfc
#define DT_POSFLAG_1       0x6ffffdfd
#define DT_SYMINSZ         0x6ffffdfe
#define DT_SYMINENT        0x6ffffdff
#define DT_VALRNGHI        0x6ffffdff
#define DT_VALNUM          12

/* d_tag: DT_ADDRRNGLO..DT_ADDRRNGHI (d_ptr entries) */
#define DT_ADDRRNGLO     0x6ffffe00
#define DT_GNU_HASH      0x6ffffef5
#define DT_TLSDESC_PLT   0x6ffffef6
#define DT_TLSDESC_GOT   0x6ffffef7
#define DT_GNU_CONFLICT  0x6ffffef8
#define DT_GNU_LIBLIST   0x6ffffef9
#define DT_CONFIG        0x6ffffefa
#define DT_DEPAUDIT      0x6ffffefb
#define DT_AUDIT         0x6ffffefc
#define DT_PLTPAD        0x6ffffefd
#define DT_MOVETAB       0x6ffffefe
#define DT_SYMINFO       0x6ffffeff
#define DT_ADDRRNGHI     0x6ffffeff
#define DT_ADDRNUM       11

/* d_tag: GNU/Sun version and flag entries */
#define DT_VERSYM         0x6ffffff0
#define DT_RELACOUNT      0x6ffffff9
#define DT_RELCOUNT       0x6ffffffa
#define DT_FLAGS_1        0x6ffffffb
#define DT_VERDEF         0x6ffffffc
#define DT_VERDEFNUM      0x6ffffffd
#define DT_VERNEED        0x6ffffffe
#define DT_VERNEEDNUM     0x6fffffff
#define DT_VERSIONTAGNUM  16
#define DT_AUXILIARY      0x7ffffffd
#define DT_FILTER         0x7fffffff
#define DT_EXTRANUM       3

/* DT_FLAGS values */
#define DF_ORIGIN      0x1
#define DF_SYMBOLIC    0x2
#define DF_TEXTREL     0x4
#define DF_BIND_NOW    0x8
#define DF_STATIC_TLS  0x10

/* DT_FLAGS_1 values */
#define DF_1_NOW         0x1
#define DF_1_GLOBAL      0x2
#define DF_1_GROUP       0x4
#define DF_1_NODELETE    0x8
#define DF_1_LOADFLTR    0x10
#define DF_1_INITFIRST   0x20
#define DF_1_NOOPEN      0x40
#define DF_1_ORIGIN      0x80
#define DF_1_DIRECT      0x100
#define DF_1_TRANS       0x200
#define DF_1_INTERPOSE   0x400
#define DF_1_NODEFLIB    0x800
#define DF_1_NODUMP      0x1000
#define DF_1_CONFALT     0x2000
#define DF_1_ENDFILTEE   0x4000
#define DF_1_DISPRELDNE  0x8000
#define DF_1_DISPRELPND  0x10000
#define DF_1_NODIRECT    0x20000
#define DF_1_IGNMULDEF   0x40000
#define DF_1_NOKSYMS     0x80000
#define DF_1_NOHDR       0x100000
#define DF_1_EDITED      0x200000
#define DF_1_NORELOC     0x400000
#define DF_1_SYMINTPOSE  0x800000
#define DF_1_GLOBAUDIT   0x1000000
#define DF_1_SINGLETON   0x2000000
#define DF_1_STUB        0x4000000
#define DF_1_PIE         0x8000000
#define DF_1_KMOD        0x10000000
#define DF_1_WEAKFILTER  0x20000000
#define DF_1_NOCOMMON    0x40000000

/* Symbol versioning */
#define VER_DEF_NONE       0
#define VER_DEF_CURRENT    1
#define VER_DEF_NUM        2
#define VER_FLG_BASE       0x1
#define VER_FLG_WEAK       0x2
#define VER_NDX_LOCAL      0
#define VER_NDX_GLOBAL     1
#define VER_NDX_LORESERVE  0xff00
#define VER_NDX_ELIMINATE  0xff01
#define VER_NEED_NONE      0
#define VER_NEED_CURRENT   1
#define VER_NEED_NUM       2

/* Core-file and generic note types (n_type) */
#define NT_PRSTATUS         1
#define NT_PRFPREG          2
#define NT_FPREGSET         2
#define NT_PRPSINFO         3
#define NT_PRXREG           4
#define NT_TASKSTRUCT       4
#define NT_PLATFORM         5
#define NT_AUXV             6
#define NT_GWINDOWS         7
#define NT_ASRS             8
#define NT_PSTATUS          10
#define NT_PSINFO           13
#define NT_PRCRED           14
#define NT_UTSNAME          15
#define NT_LWPSTATUS        16
#define NT_LWPSINFO         17
#define NT_PRFPXREG         20
#define NT_SIGINFO          0x53494749
#define NT_FILE             0x46494c45
#define NT_PRXFPREG         0x46e62b7f
#define NT_X86_XSTATE       0x202
#define NT_ARM_VFP          0x400
#define NT_ARM_TLS          0x401
#define NT_ARM_HW_BREAK     0x402
#define NT_ARM_HW_WATCH     0x403
#define NT_ARM_SYSTEM_CALL  0x404
#define NT_ARM_SVE          0x405
#define NT_ARM_PAC_MASK     0x406
#define NT_RISCV_CSR        0x900
#define NT_VERSION          1

/* GNU note types and ABI tag OS values */
#define NT_GNU_ABI_TAG          1
#define NT_GNU_HWCAP            2
#define NT_GNU_BUILD_ID         3
#define NT_GNU_GOLD_VERSION     4
#define NT_GNU_PROPERTY_TYPE_0  5
#define ELF_NOTE_OS_LINUX       0
#define ELF_NOTE_OS_GNU         1
#define ELF_NOTE_OS_SOLARIS2    2
#define ELF_NOTE_OS_FREEBSD     3

/* NT_GNU_PROPERTY_TYPE_0 property types and feature bits */
#define GNU_PROPERTY_STACK_SIZE             1
#define GNU_PROPERTY_NO_COPY_ON_PROTECTED   2
#define GNU_PROPERTY_LOPROC                 0xc0000000U
#define GNU_PROPERTY_HIPROC                 0xdfffffffU
#define GNU_PROPERTY_LOUSER                 0xe0000000U
#define GNU_PROPERTY_HIUSER                 0xffffffffU
#define GNU_PROPERTY_X86_FEATURE_1_AND      0xc0000002U
#define GNU_PROPERTY_X86_FEATURE_1_IBT      0x1
#define GNU_PROPERTY_X86_FEATURE_1_SHSTK    0x2
#define GNU_PROPERTY_AARCH64_FEATURE_1_AND  0xc0000000U
#define GNU_PROPERTY_AARCH64_FEATURE_1_BTI  0x1
#define GNU_PROPERTY_AARCH64_FEATURE_1_PAC  0x2

/* Auxiliary vector keys (a_type) */
#define AT_NULL               0
#define AT_IGNORE             1
#define AT_EXECFD             2
#define AT_PHDR               3
#define AT_PHENT              4
#define AT_PHNUM              5
#define AT_PAGESZ             6
#define AT_BASE               7
#define AT_FLAGS              8
#define AT_ENTRY              9
#define AT_NOTELF             10
#define AT_UID                11
#define AT_EUID               12
#define AT_GID                13
#define AT_EGID               14
#define AT_CLKTCK             17
#define AT_PLATFORM           15
#define AT_HWCAP              16
#define AT_FPUCW              18
#define AT_DCACHEBSIZE        19
#define AT_ICACHEBSIZE        20
#define AT_UCACHEBSIZE        21
#define AT_IGNOREPPC          22
#define AT_SECURE             23
#define AT_BASE_PLATFORM      24
#define AT_RANDOM             25
#define AT_HWCAP2             26
#define AT_RSEQ_FEATURE_SIZE  27
#define AT_RSEQ_ALIGN         28
#define AT_HWCAP3             29
#define AT_HWCAP4             30
#define AT_EXECFN             31
#define AT_SYSINFO            32
#define AT_SYSINFO_EHDR       33
#define AT_L1I_CACHESHAPE     34
#define AT_L1D_CACHESHAPE     35
#define AT_L2_CACHESHAPE      36
#define AT_L3_CACHESHAPE      37
#define AT_L1I_CACHESIZE      40
#define AT_L1I_CACHEGEOMETRY  41
#define AT_L1D_CACHESIZE      42
#define AT_L1D_CACHEGEOMETRY  43
#define AT_L2_CACHESIZE       44
#define AT_L2_CACHEGEOMETRY   45
#define AT_L3_CACHESIZE       46
#define AT_L3_CACHEGEOMETRY   47
#define AT_MINSIGSTKSZ        51

#define ELF_NOTE_GNU "GNU"
#define ELF_NOTE_ABI NT_GNU_ABI_TAG

/* ------------------------------------------------------------------ */
/* Field accessors                                                     */

/* st_info */
#define ELF32_ST_BIND(info) (((unsigned char)(info)) >> 4)
#define ELF32_ST_TYPE(info) ((info) & 0xf)
#define ELF32_ST_INFO(bind, type) (((bind) << 4) + ((type) & 0xf))
#define ELF64_ST_BIND(info) ELF32_ST_BIND(info)
#define ELF64_ST_TYPE(info) ELF32_ST_TYPE(info)
#define ELF64_ST_INFO(bind, type) ELF32_ST_INFO((bind), (type))

/* st_other */
#define ELF32_ST_VISIBILITY(other) ((other) & 0x03)
#define ELF64_ST_VISIBILITY(other) ELF32_ST_VISIBILITY(other)

/* r_info */
#define ELF32_R_SYM(info) ((info) >> 8)
#define ELF32_R_TYPE(info) ((unsigned char)(info))
#define ELF32_R_INFO(sym, type) (((sym) << 8) + (unsigned char)(type))
#define ELF64_R_SYM(info) ((info) >> 32)
#define ELF64_R_TYPE(info) ((info) & 0xffffffff)
#define ELF64_R_INFO(sym, type) ((((Elf64_Xword)(sym)) << 32) + (type))

/* Indices for the d_tag ranges (e.g. for tables indexed by tag). */
#define DT_VERSIONTAGIDX(tag) (DT_VERNEEDNUM - (tag))
#define DT_VALTAGIDX(tag) (DT_VALRNGHI - (tag))
#define DT_ADDRTAGIDX(tag) (DT_ADDRRNGHI - (tag))
#define DT_EXTRATAGIDX(tag) \
  ((Elf32_Word) - ((Elf32_Sword)(tag) << 1 >> 1) - 1)

#ifdef __cplusplus
}
#endif

#endif /* _ELF_H */
